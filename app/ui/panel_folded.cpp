// app/ui/panel_folded.cpp — the one-line strip standing in for a panel whose mechanism the
// run never uses, or that has no room (layout.h folds it): its name, why it is folded, and
// a button to open it.
// It keeps the panel's window id, so the layout report (layout_report.h) finds it too.
#include <string>

#include "app/ui/layout_report.h"
#include "app/ui/panel_common.h"

namespace loopscope::app {

void DrawFoldedPanel(PanelId id, const char* name, const PanelEnv& env, const char* why,
                     const char* why_short) {
  std::string window = std::string(name) + PanelWindowId(id);
  ImGuiWindowFlags flags = ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_NoScrollbar |
                           ImGuiWindowFlags_NoScrollWithMouse;
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding,
                      ImVec2(ImGui::GetStyle().WindowPadding.x, ImGui::GetFontSize() * 0.12f));
  bool open = BeginPanel(window.c_str(), env, flags);
  ImGui::PopStyleVar();
  if (!open) return EndPanel();
  // "Show" and the name where both fit, else the name alone on the button (a narrow strip
  // beside a tall source column at projector sizes).
  float right = ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x;
  const ImGuiStyle& style = ImGui::GetStyle();
  float full_w = ImGui::CalcTextSize("Show").x + style.FramePadding.x * 2 + style.ItemSpacing.x +
                 ImGui::CalcTextSize(name).x;
  bool compact = ImGui::GetCursorScreenPos().x + full_w > right;
  std::string button = (compact ? std::string(name) : std::string("Show")) + "##" + window;
  if (ImGui::SmallButton(button.c_str()))
    env.commands->push_back({UiCommand::Kind::kUnfoldPanel, static_cast<size_t>(id)});
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("Open this panel anyway");
  if (compact) return EndPanel();
  ImGui::SameLine();
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted(name);
  // The reason in full where it fits, else a word, else nothing (a narrow strip).
  auto fits = [&](const char* text) {
    return ImGui::GetItemRectMax().x + ImGui::GetStyle().ItemSpacing.x +
               ImGui::CalcTextSize(text).x <=
           right;
  };
  const char* shown = fits(why) ? why : fits(why_short) ? why_short : nullptr;
  if (!shown) return EndPanel();
  ImGui::SameLine();
  DimText(env, shown);
  EndPanel();
}

}  // namespace loopscope::app
