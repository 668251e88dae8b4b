// app/ui/panel_folded.cpp — the one-line strip standing in for a panel whose mechanism the
// run never uses (layout.h folds it): its name, why it is folded, and a button to open it.
// It keeps the panel's window id, so the layout report (layout_report.h) finds it too.
#include <string>

#include "app/ui/layout_report.h"
#include "app/ui/panel_common.h"

namespace loopscope::app {

void DrawFoldedPanel(PanelId id, const char* name, const PanelEnv& env) {
  std::string window = std::string(name) + PanelWindowId(id);
  ImGuiWindowFlags flags = ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_NoScrollbar |
                           ImGuiWindowFlags_NoScrollWithMouse;
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding,
                      ImVec2(ImGui::GetStyle().WindowPadding.x, ImGui::GetFontSize() * 0.12f));
  bool open = BeginPanel(window.c_str(), env, flags);
  ImGui::PopStyleVar();
  if (!open) return EndPanel();
  std::string button = "Show##" + window;
  if (ImGui::SmallButton(button.c_str()))
    env.commands->push_back({UiCommand::Kind::kUnfoldPanel, static_cast<size_t>(id)});
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("Open this panel anyway");
  ImGui::SameLine();
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted(name);
  // The reason in full where it fits, else a word.
  const char* why = "— not used by this program";
  float right = ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x;
  if (ImGui::GetItemRectMax().x + ImGui::GetStyle().ItemSpacing.x + ImGui::CalcTextSize(why).x >
      right)
    why = "(unused)";
  ImGui::SameLine();
  DimText(env, why);
  EndPanel();
}

}  // namespace loopscope::app
