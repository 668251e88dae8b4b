// app/ui/theme.cpp — palette values and the ImGuiStyle for the light and dark themes.
//
// Both themes keep body text at a contrast ratio of at least 7:1 against the panel colour
// (WCAG AAA) because projectors wash colours out; tests/gui/theme_test.cpp checks it.
#include "app/ui/theme.h"

namespace loopscope::app {
namespace {

constexpr ImU32 Rgb(unsigned rgb, unsigned a = 255) {
  return IM_COL32((rgb >> 16) & 0xFF, (rgb >> 8) & 0xFF, rgb & 0xFF, a);
}

constexpr Palette kLight = {.background = Rgb(0xE4E7EC),
                            .panel = Rgb(0xFFFFFF),
                            .panel_border = Rgb(0xB0B7C3),
                            .text = Rgb(0x111418),
                            .text_dim = Rgb(0x4A5260),
                            .accent = Rgb(0x1F5FCC),
                            .line_highlight = Rgb(0xFFE98A),
                            .card = Rgb(0xEEF1F6),
                            .card_text = Rgb(0x111418),
                            .stderr_text = Rgb(0xB3261E),
                            .syn_keyword = Rgb(0x8B1FA9),
                            .syn_string = Rgb(0x1B7A2E),
                            .syn_number = Rgb(0xA24A00),
                            .syn_comment = Rgb(0x5F6B7A),
                            .syn_call = Rgb(0x1450B4)};

constexpr Palette kDark = {.background = Rgb(0x101318),
                           .panel = Rgb(0x1B2028),
                           .panel_border = Rgb(0x3A4350),
                           .text = Rgb(0xF2F4F7),
                           .text_dim = Rgb(0xA9B2BF),
                           .accent = Rgb(0x6EA8FF),
                           .line_highlight = Rgb(0x4A4020),
                           .card = Rgb(0x2A313C),
                           .card_text = Rgb(0xF2F4F7),
                           .stderr_text = Rgb(0xFF8A80),
                           .syn_keyword = Rgb(0xD7A8FF),
                           .syn_string = Rgb(0x9BE39B),
                           .syn_number = Rgb(0xFFC07A),
                           .syn_comment = Rgb(0x8D99A8),
                           .syn_call = Rgb(0x8CC4FF)};

ImVec4 V(ImU32 c) {
  return ImGui::ColorConvertU32ToFloat4(c);
}

void ApplyColours(const Palette& p, bool dark) {
  ImVec4* c = ImGui::GetStyle().Colors;
  if (dark)
    ImGui::StyleColorsDark();
  else
    ImGui::StyleColorsLight();
  c[ImGuiCol_WindowBg] = V(p.panel);
  c[ImGuiCol_ChildBg] = V(p.panel);
  c[ImGuiCol_PopupBg] = V(p.panel);
  c[ImGuiCol_Border] = V(p.panel_border);
  c[ImGuiCol_Text] = V(p.text);
  c[ImGuiCol_TextDisabled] = V(p.text_dim);
  c[ImGuiCol_TitleBg] = V(p.card);
  c[ImGuiCol_TitleBgActive] = V(p.card);
  c[ImGuiCol_FrameBg] = V(p.card);
  c[ImGuiCol_Button] = V(p.card);
  c[ImGuiCol_ButtonHovered] = V(p.line_highlight);
  c[ImGuiCol_SliderGrab] = V(p.accent);
  c[ImGuiCol_SliderGrabActive] = V(p.accent);
  c[ImGuiCol_CheckMark] = V(p.accent);
  c[ImGuiCol_Header] = V(p.card);
  c[ImGuiCol_HeaderHovered] = V(p.line_highlight);
  c[ImGuiCol_MenuBarBg] = V(p.panel);
}

}  // namespace

std::string_view ThemeName(ThemeKind kind) {
  return kind == ThemeKind::kDark ? "dark" : "light";
}

bool ThemeFromName(std::string_view name, ThemeKind* out) {
  if (name == "light") return *out = ThemeKind::kLight, true;
  if (name == "dark") return *out = ThemeKind::kDark, true;
  return false;
}

const Palette& GetPalette(ThemeKind kind) {
  return kind == ThemeKind::kDark ? kDark : kLight;
}

void ApplyTheme(ThemeKind kind, float font_size) {
  ApplyColours(GetPalette(kind), kind == ThemeKind::kDark);
  ImGuiStyle& s = ImGui::GetStyle();
  float u = font_size / 18.0f;  // the spacing below is tuned at 18 px and scales with text
  s.WindowPadding = ImVec2(12 * u, 10 * u);
  s.FramePadding = ImVec2(8 * u, 5 * u);
  s.ItemSpacing = ImVec2(10 * u, 7 * u);
  s.ItemInnerSpacing = ImVec2(6 * u, 5 * u);
  s.CellPadding = ImVec2(6 * u, 3 * u);
  s.ScrollbarSize = 14 * u;
  s.GrabMinSize = 12 * u;
  s.WindowRounding = 6 * u;
  s.ChildRounding = 4 * u;
  s.FrameRounding = 4 * u;
  s.GrabRounding = 4 * u;
  s.WindowBorderSize = 1;
  s.FrameBorderSize = 0;
  s.WindowTitleAlign = ImVec2(0.0f, 0.5f);
}

ImU32 VocabColour(unsigned colour, float alpha) {
  return Rgb(colour, static_cast<unsigned>(alpha * 255.0f + 0.5f));
}

}  // namespace loopscope::app
