// app/ui/panel_common.cpp — panel windows, chips, dim text.
#include "app/ui/panel_common.h"

#include <algorithm>

namespace loopscope::app {

bool BeginPanel(const char* title, const PanelEnv& env, ImGuiWindowFlags extra_flags) {
  ImGui::SetNextWindowPos(env.pos);
  ImGui::SetNextWindowSize(env.size);
  constexpr ImGuiWindowFlags kFlags =
      ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoCollapse |
      ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoBringToFrontOnFocus;
  return ImGui::Begin(title, nullptr, kFlags | extra_flags);
}

void EndPanel() {
  ImGui::End();
}

bool DrawChip(ImDrawList* draw, const PanelEnv& env, ImVec2 pos, ImVec2 size, std::string_view text,
              const ChipStyle& style) {
  const Palette& p = *env.palette;
  auto fade = [&](ImU32 c) {
    unsigned a = static_cast<unsigned>(((c >> IM_COL32_A_SHIFT) & 0xFF) * style.alpha);
    return (c & ~IM_COL32_A_MASK) | (a << IM_COL32_A_SHIFT);
  };
  ImVec2 max(pos.x + size.x, pos.y + size.y);
  float rounding = size.y * 0.2f;
  bool hovered = ImGui::IsMouseHoveringRect(pos, max);
  draw->AddRectFilled(pos, max, fade(p.card), rounding);
  float tab_w = size.y * 0.22f;
  if (style.progress >= 0) {
    // A light wash of the tab's colour behind the text; an overrun only colours the detail.
    ImU32 fill = ProgressFill(style.tab);
    float end = pos.x + tab_w + (size.x - tab_w) * std::min(style.progress, 1.0f);
    draw->AddRectFilled(
        ImVec2(pos.x + tab_w, pos.y), ImVec2(end, max.y), fade(fill), rounding,
        style.progress >= 1 ? ImDrawFlags_RoundCornersRight : ImDrawFlags_RoundCornersNone);
  }
  draw->AddRectFilled(pos, ImVec2(pos.x + tab_w, max.y), fade(style.tab), rounding,
                      ImDrawFlags_RoundCornersLeft);
  if (style.highlighted || hovered) draw->AddRect(pos, max, fade(p.accent), rounding, 0, 2.5f);
  float pad = size.y * 0.18f;
  float text_y = pos.y + (size.y - ImGui::GetFontSize()) * 0.5f;
  float right = max.x - pad;
  if (!style.detail.empty()) {
    float w = ImGui::CalcTextSize(style.detail.data(), style.detail.data() + style.detail.size()).x;
    right = std::max(pos.x + tab_w + pad, right - w);
    draw->AddText(ImVec2(right, text_y), fade(style.overrun ? p.stderr_text : p.text_dim),
                  style.detail.data(), style.detail.data() + style.detail.size());
    right -= pad * 2;
  }
  ImVec4 clip(pos.x + tab_w + pad, pos.y, right, max.y);
  // Most labels fit: only one that does not is copied and shortened.
  const bool fits =
      ImGui::CalcTextSize(text.data(), text.data() + text.size()).x <= clip.z - clip.x;
  const std::string shortened = fits ? std::string() : FitTextToWidth(text, clip.z - clip.x);
  const std::string_view shown = fits ? text : std::string_view(shortened);
  draw->AddText(ImGui::GetFont(), ImGui::GetFontSize(), ImVec2(clip.x, text_y), fade(p.card_text),
                shown.data(), shown.data() + shown.size(), 0.0f, &clip);
  if (hovered && !fits) ImGui::SetTooltip("%.*s", static_cast<int>(text.size()), text.data());
  return hovered;
}

std::string FitTextToWidth(std::string_view text, float room) {
  auto width = [](std::string_view s) {
    return ImGui::CalcTextSize(s.data(), s.data() + s.size()).x;
  };
  if (width(text) <= room) return std::string(text);
  // A label's parenthesised detail goes first ("crypto.pbkdf2 (200000 iterations)").
  const size_t detail = text.ends_with(')') ? text.rfind(" (") : std::string_view::npos;
  const std::string_view head =
      detail != std::string_view::npos && detail > 0 ? text.substr(0, detail) : text;
  if (head.size() < text.size()) {
    if (width(std::string(head) + " (…)") <= room) return std::string(head) + " (…)";
    if (width(head) <= room) return std::string(head);
  }
  // Then its module ("crypto.pbkdf2" is "pbkdf2" in a pool lane too narrow for both).
  const size_t dot = head.rfind('.');
  if (dot != std::string_view::npos && dot + 1 < head.size() && head.find(' ') > dot &&
      width(head.substr(dot + 1)) <= room)
    return std::string(head.substr(dot + 1));
  return CutTextToWidth(text, room);
}

std::string CutTextToWidth(std::string_view text, float room) {
  auto width = [](std::string_view s) {
    return ImGui::CalcTextSize(s.data(), s.data() + s.size()).x;
  };
  if (width(text) <= room) return std::string(text);
  std::string cut(text);
  const float ellipsis_w = width("…");
  while (!cut.empty() && width(cut) + ellipsis_w > room) {
    cut.pop_back();
    while (!cut.empty() && (static_cast<unsigned char>(cut.back()) & 0xC0) == 0x80)
      cut.pop_back();  // never leave half a UTF-8 sequence
  }
  return cut + "…";
}

ChipRow LayoutChips(const std::vector<std::string>& texts, float x, float right, float chip_h) {
  ChipRow row;
  const float gap = chip_h * 0.2f;
  // The room a "+N" count for `hidden` chips takes after a chip (none when nothing follows).
  auto count_room = [&](size_t hidden) {
    return hidden == 0 ? 0.0f : gap + ImGui::CalcTextSize(("+" + std::to_string(hidden)).c_str()).x;
  };
  for (size_t k = 0; k < texts.size(); ++k) {
    float w = ImGui::CalcTextSize(texts[k].c_str()).x + chip_h * 0.9f;
    // A chip stays only with room after it for the count of the chips behind it.
    const float after = count_room(texts.size() - k - 1);
    if (k == 0) w = std::min(w, std::max(0.0f, right - x - after));
    if (k > 0 && x + w + after > right) {
      row.more_x = x, row.more = texts.size() - k;
      break;
    }
    row.chips.push_back({k, x, w});
    x += w + gap;
  }
  return row;
}

void DrawMoreCount(ImDrawList* draw, const PanelEnv& env, const ChipRow& row, float y, float chip_h,
                   const std::vector<std::string>& texts) {
  if (row.more == 0) return;
  std::string more = "+" + std::to_string(row.more);
  draw->AddText(ImVec2(row.more_x, y + (chip_h - ImGui::GetFontSize()) / 2), env.palette->text_dim,
                more.c_str());
  const float w = ImGui::CalcTextSize(more.c_str()).x;
  if (ImGui::IsMouseHoveringRect(ImVec2(row.more_x, y), ImVec2(row.more_x + w, y + chip_h)))
    HiddenItemsTooltip(texts, texts.size() - row.more);
}

void HiddenItemsTooltip(const std::vector<std::string>& texts, size_t first) {
  constexpr size_t kListed = 40;
  std::string tip;
  for (size_t k = first; k < texts.size() && k < first + kListed; ++k)
    tip += std::to_string(k + 1) + ". " + texts[k] + "\n";
  if (texts.size() > first + kListed)
    tip += "… and " + std::to_string(texts.size() - first - kListed) + " more";
  ImGui::SetTooltip("%s", tip.c_str());
}

void DimTextWrapped(const PanelEnv& env, std::string_view text) {
  ImGui::PushStyleColor(ImGuiCol_Text, env.palette->text_dim);
  ImGui::PushTextWrapPos(0.0f);
  ImGui::TextUnformatted(text.data(), text.data() + text.size());
  ImGui::PopTextWrapPos();
  ImGui::PopStyleColor();
}

ImU32 ProgressFill(ImU32 tab) {
  unsigned a = static_cast<unsigned>(((tab >> IM_COL32_A_SHIFT) & 0xFF) * 0.3f);
  return (tab & ~IM_COL32_A_MASK) | (a << IM_COL32_A_SHIFT);
}

void DimText(const PanelEnv& env, std::string_view text) {
  ImGui::PushStyleColor(ImGuiCol_Text, env.palette->text_dim);
  ImGui::TextUnformatted(text.data(), text.data() + text.size());
  ImGui::PopStyleColor();
}

}  // namespace loopscope::app
