// app/ui/panel_explanation.cpp — the sentence that says why this step happened (written by
// engine/trace/explain.h), with the step number, the phase and any race the engine noted.
#include <string>

#include "app/ui/panel_common.h"
#include "engine/trace/explain.h"

namespace loopscope::app {

void DrawExplanationPanel(const trace::LoopState& state, ExplanationPanelState& panel, float anim_t) {
  const PanelEnv& env = panel.env;
  if (!BeginPanel("Why###explanation", env) || !env.doc) return EndPanel();
  const trace::StepLog& log = *env.doc->log;
  std::string where = "step " + std::to_string(state.step) + " · " +
                      std::string(trace::PhaseDisplayName(state.phase)) + " · t = " + trace::FormatMs(state.time_ns);
  ImGui::PushStyleColor(ImGuiCol_Text, VocabColour(trace::PhaseColour(state.phase)));
  ImGui::TextUnformatted(where.c_str());
  ImGui::PopStyleColor();
  ImGui::SameLine();
  ImGui::PushTextWrapPos(0.0f);
  ImGui::TextUnformatted(state.explanation.empty() ? "Press → to take the first step." : state.explanation.c_str());
  if (state.race.text != 0 && state.race.step == state.step) {
    std::string race = "Race: " + std::string(log.Text(state.race.text));
    ImGui::PushStyleColor(ImGuiCol_Text, env.palette->stderr_text);
    ImGui::TextUnformatted(race.c_str());
    ImGui::PopStyleColor();
  }
  if (state.step + 1 == env.doc->step_count()) {
    std::string end = env.doc->limit_message.empty()
                          ? "The program has ended with exit code " + std::to_string(env.doc->exit_code) + "."
                          : "Stopped by a limit: " + env.doc->limit_message;
    DimText(env, end);
  }
  ImGui::PopTextWrapPos();
  EndPanel();
}

}  // namespace loopscope::app
