// app/ui/panel_explanation.cpp — the "why" strip: the step number, phase and time in its
// title; on the left the sentence that says why this step happened (written by
// engine/trace/explain.h) and any race the engine noted; on the right, where the panel is
// wide enough, the scenario's description (Markdown, scrolls).
#include <string>

#include "app/ui/load_progress.h"
#include "app/ui/markdown_view.h"
#include "app/ui/panel_common.h"
#include "engine/trace/explain.h"

namespace loopscope::app {
namespace {

// The width, in font sizes, below which the scenario's description leaves the sentence alone.
constexpr float kTwoColumnsMinFonts = 30.0f;

void DrawSentence(const trace::LoopState& state, const PanelEnv& env) {
  const trace::StepLog& log = *env.doc->log;
  ImGui::PushTextWrapPos(0.0f);
  ImGui::TextUnformatted(state.explanation.empty() ? "Press → to take the first step."
                                                   : state.explanation.c_str());
  if (state.race.text != 0 && state.race.step == state.step) {
    std::string race = "Race: " + std::string(log.Text(state.race.text));
    ImGui::PushStyleColor(ImGuiCol_Text, env.palette->stderr_text);
    ImGui::TextUnformatted(race.c_str());
    ImGui::PopStyleColor();
  }
  if (state.step + 1 == env.doc->step_count()) {
    std::string end =
        env.doc->limit_message.empty()
            ? "The program has ended with exit code " + std::to_string(env.doc->exit_code) + "."
            : "Stopped by a limit: " + env.doc->limit_message;
    DimText(env, end);
  }
  ImGui::PopTextWrapPos();
}

}  // namespace

void DrawExplanationPanel(const trace::LoopState& state, ExplanationPanelState& panel,
                          float anim_t) {
  const PanelEnv& env = panel.env;
  // Where the step is goes in the title bar, so the strip's lines are all for the sentence.
  std::string title = "Why";
  if (env.doc && !env.doc->log->empty())
    title += " — step " + std::to_string(state.step) + " · " +
             std::string(trace::PhaseDisplayName(state.phase)) +
             " · t = " + trace::FormatMs(state.time_ns);
  if (!BeginPanel((title + "###explanation").c_str(), env)) return EndPanel();
  if (!env.doc) {
    if (!env.loading.empty()) DimText(env, LoadingText(env.loading, *env.load));
    return EndPanel();
  }
  panel.lines_in_view =
      (ImGui::GetWindowHeight() - ImGui::GetFrameHeight() - ImGui::GetStyle().WindowPadding.y * 2) /
      ImGui::GetTextLineHeight();
  // A narrow Why (under the queues at a classroom stop) gives the sentence the whole width:
  // two columns of a dozen words each would read as neither.
  if (env.doc->description.empty() ||
      ImGui::GetContentRegionAvail().x < ImGui::GetFontSize() * kTwoColumnsMinFonts) {
    DrawSentence(state, env);
    return EndPanel();
  }
  // Two columns, each scrolling on its own: the sentence changes every step, the
  // description stays put while the class reads it.
  float gap = ImGui::GetStyle().ItemSpacing.x * 2;
  float sentence_w = (ImGui::GetContentRegionAvail().x - gap) * 0.52f;
  ImGui::BeginChild("##sentence", ImVec2(sentence_w, 0));
  DrawSentence(state, env);
  ImGui::EndChild();
  ImGui::SameLine(0, gap);
  ImVec2 top = ImGui::GetCursorScreenPos();
  ImGui::GetWindowDrawList()->AddLine(
      ImVec2(top.x - gap / 2, top.y),
      ImVec2(top.x - gap / 2, top.y + ImGui::GetContentRegionAvail().y), env.palette->panel_border);
  ImGui::BeginChild("##about", ImVec2(0, 0));
  DimText(env, "About this scenario");
  DrawMarkdown(env.doc->description, *env.fonts, *env.palette);
  ImGui::EndChild();
  EndPanel();
}

}  // namespace loopscope::app
