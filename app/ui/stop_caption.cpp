// app/ui/stop_caption.cpp — the stop buttons and the caption band (stop_caption.h). The
// toggle's label is a fixed width, so stepping between stops never reflows the toolbar.
#include "app/ui/stop_caption.h"

#include <algorithm>
#include <string>

#include "app/ui/panel_common.h"
#include "app/ui/stop_nav.h"

namespace loopscope::app {
namespace {

using K = UiCommand::Kind;

void Post(const PanelEnv& env, K kind) {
  env.commands->push_back({kind});
}

float ButtonWidth(const char* label) {
  return ImGui::CalcTextSize(label).x + ImGui::GetStyle().FramePadding.x * 2;
}

// "Stop 3/9": a word, then stop `k` (counting from 1) of `n`.
std::string Numbered(const char* word, size_t k, size_t n) {
  std::string out(word);
  out.append(" ").append(std::to_string(k)).append("/").append(std::to_string(n));
  return out;
}

// The toggle's label: the stop the cursor is at, else the next one, else the end.
std::string ToggleLabel(const Document& doc, size_t step, bool on) {
  const size_t count = doc.stops.size();
  if (!on) return "Stops off";
  if (std::optional<size_t> here = StopAt(doc.stops, step))
    return Numbered("Stop", *here + 1, count);
  if (std::optional<size_t> next = NextStop(doc.stops, step))
    return Numbered("Next", *next + 1, count);
  return Numbered("End", count, count);
}

std::string ToggleTip(const Document& doc, size_t step) {
  std::string tip =
      "On: Page Down/Page Up jump from stop to stop. Off: they step like the arrow keys.";
  if (std::optional<size_t> next = NextStop(doc.stops, step))
    tip.append("\nPage Down goes to ").append(Numbered("stop", *next + 1, doc.stops.size()));
  if (doc.unreached_stops > 0)
    tip.append("\n")
        .append(std::to_string(doc.unreached_stops))
        .append(" not reached in this run.");
  return tip;
}

// The widest label the toggle can show, so its width never changes.
float ToggleWidth(const Document& doc) {
  const size_t n = doc.stops.size();
  return std::max(ButtonWidth(Numbered("Next", n, n).c_str()), ButtonWidth("Stops off"));
}

}  // namespace

float StopButtonsWidth(const ControlsPanelState& panel) {
  const Document* doc = panel.env.doc;
  if (!doc || doc->stops.empty()) return 0;
  return ButtonWidth("<") + ToggleWidth(*doc) + ButtonWidth(">") +
         2 * ImGui::GetStyle().ItemSpacing.x;
}

void DrawStopButtons(const ControlsPanelState& panel) {
  const PanelEnv& env = panel.env;
  if (!env.doc || env.doc->stops.empty()) return;
  if (ImGui::Button("<##prevstop")) Post(env, K::kPrevStop);
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("Previous stop (Page Up)");
  ImGui::SameLine();
  const bool on = panel.stops_on;
  if (on) ImGui::PushStyleColor(ImGuiCol_Button, env.palette->accent);
  if (on) ImGui::PushStyleColor(ImGuiCol_Text, env.palette->card);
  const std::string label = ToggleLabel(*env.doc, panel.step, on) + "##stops";
  if (ImGui::Button(label.c_str(), ImVec2(ToggleWidth(*env.doc), 0))) Post(env, K::kToggleStops);
  if (on) ImGui::PopStyleColor(2);
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", ToggleTip(*env.doc, panel.step).c_str());
  ImGui::SameLine();
  if (ImGui::Button(">##nextstop")) Post(env, K::kNextStop);
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("Next stop (Page Down)");
}

void DrawStopCaptionPanel(CaptionPanelState& panel) {
  const PanelEnv& env = panel.env;
  panel.caption_px = 0;
  std::optional<size_t> here = env.doc ? StopAt(env.doc->stops, panel.step) : std::nullopt;
  if (!here) return;
  // A thin padding above and below: at the projector size every pixel of the band is taken
  // from the panels under it.
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding,
                      ImVec2(ImGui::GetStyle().WindowPadding.x, ImGui::GetFontSize() * 0.2f));
  const bool open = BeginPanel("Stop###caption", env, ImGuiWindowFlags_NoTitleBar);
  ImGui::PopStyleVar();
  if (!open) return EndPanel();
  // The band: the accent at a low alpha over the window's background, under the text.
  const ImU32 tint = (env.palette->accent & ~IM_COL32_A_MASK) | (0x38u << IM_COL32_A_SHIFT);
  const ImVec2 pos = ImGui::GetWindowPos();
  ImGui::GetWindowDrawList()->AddRectFilled(
      pos, ImVec2(pos.x + ImGui::GetWindowWidth(), pos.y + ImGui::GetWindowHeight()), tint,
      ImGui::GetStyle().WindowRounding);
  const std::string text = std::to_string(*here + 1) + "/" + std::to_string(env.doc->stops.size()) +
                           "  " + env.doc->stops[*here].caption;
  // The title font (1.25x the interface text, 30 px at the projector size of 24): larger
  // type would cost the call stack and Why their lines at 1280x720.
  ImGui::PushFont(env.fonts->title);
  ImGui::PushTextWrapPos(0);
  ImGui::TextUnformatted(text.c_str());
  ImGui::PopTextWrapPos();
  panel.caption_px = ImGui::GetFontSize();
  ImGui::PopFont();
  EndPanel();
}

}  // namespace loopscope::app
