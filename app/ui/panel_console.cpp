// app/ui/panel_console.cpp — the program's output as printed so far; clicking a line jumps
// to the step that printed it. Predict-first classroom mode hides the output until the
// learner has written a prediction, then shows each line beside the predicted one.
#include <imgui.h>
#include <imgui_stdlib.h>  // after imgui.h, which defines IMGUI_API

#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include "app/ui/panel_common.h"

namespace loopscope::app {
namespace {

std::vector<std::string> SplitLines(std::string_view text) {
  std::vector<std::string> lines;
  size_t start = 0;
  while (start < text.size()) {
    size_t nl = text.find('\n', start);
    if (nl == std::string_view::npos) nl = text.size();
    lines.emplace_back(text.substr(start, nl - start));
    start = nl + 1;
  }
  return lines;
}

// Only the visible lines are submitted (ImGuiListClipper): a run may print thousands.
void DrawOutput(const trace::LoopState& state, ConsolePanelState& panel) {
  const PanelEnv& env = panel.env;
  const Document& doc = *env.doc;
  size_t events = std::min(state.console_count, doc.console_line_end.size() - 1);
  size_t count = doc.console_line_end[events];
  ImGui::BeginChild("##output", ImVec2(0, 0));
  ImGui::PushFont(env.fonts->mono);
  panel.lines = count;
  panel.lines_in_view = ImGui::GetWindowHeight() / ImGui::GetTextLineHeightWithSpacing();
  ImGuiListClipper clipper;
  clipper.Begin(static_cast<int>(count));
  while (clipper.Step()) {
    for (int k = clipper.DisplayStart; k < clipper.DisplayEnd; ++k) {
      const ConsoleLine& line = doc.console_lines[static_cast<size_t>(k)];
      std::string label = (line.text.empty() ? std::string(" ") : std::string(line.text)) + "##" +
                          std::to_string(k);
      ImGui::PushStyleColor(ImGuiCol_Text,
                            line.is_stderr ? env.palette->stderr_text : env.palette->text);
      if (ImGui::Selectable(label.c_str(), line.step == state.step))
        env.commands->push_back({UiCommand::Kind::kJumpTo, line.step});
      ImGui::PopStyleColor();
      if (ImGui::IsItemHovered())
        ImGui::SetTooltip("printed at step %zu: click to jump there", line.step);
    }
  }
  if (count != panel.last_count) ImGui::SetScrollHereY(1.0f);
  panel.last_count = count;
  ImGui::PopFont();
  ImGui::EndChild();
}

// The whole run's stdout lines (the answer the prediction is compared with).
std::vector<std::string> AllStdout(const Document& doc) {
  std::vector<std::string> out;
  for (const ConsoleLine& line : doc.console_lines)
    if (!line.is_stderr) out.emplace_back(line.text);
  return out;
}

// How many of the run's lines the prediction got right, in place: "6 of 8".
struct Score {
  size_t right = 0, total = 0;
};

Score ScoreOf(const std::vector<std::string>& actual, const std::vector<std::string>& predicted) {
  Score score{0, std::max(actual.size(), predicted.size())};
  for (size_t i = 0; i < std::min(actual.size(), predicted.size()); ++i)
    if (actual[i] == predicted[i]) ++score.right;
  return score;
}

void DrawComparison(ConsolePanelState& panel) {
  const PanelEnv& env = panel.env;
  std::vector<std::string> actual = AllStdout(*env.doc), predicted = SplitLines(panel.prediction);
  Score score = ScoreOf(actual, predicted);
  ImGui::SameLine();
  ImGui::AlignTextToFramePadding();
  panel.last_score = std::to_string(score.right) + " of " + std::to_string(score.total);
  ImGui::TextUnformatted(panel.last_score.c_str());
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("Lines of output predicted right, in order");
  ImGui::BeginChild("##compare", ImVec2(0, 0));
  ImGui::PushFont(env.fonts->mono);
  bool wrong_seen = false;
  for (size_t i = 0; i < score.total; ++i) {
    std::string a = i < actual.size() ? actual[i] : "(no line)";
    std::string p = i < predicted.size() ? predicted[i] : "(no line)";
    bool same = i < actual.size() && i < predicted.size() && a == p;
    // Just revealed: the first wrong line scrolls into view (the score says how many).
    if (!same && !wrong_seen && panel.scroll_to_wrong) ImGui::SetScrollHereY(0.2f);
    wrong_seen = wrong_seen || !same;
    ImGui::PushStyleColor(ImGuiCol_Text, same ? env.palette->text : env.palette->stderr_text);
    ImGui::Text("%s %-18s  you: %s", same ? "✓" : "✗", a.c_str(), p.c_str());
    ImGui::PopStyleColor();
  }
  panel.scroll_to_wrong = false;
  ImGui::PopFont();
  ImGui::EndChild();
}

}  // namespace

void DrawConsolePanel(const trace::LoopState& state, ConsolePanelState& panel, float anim_t) {
  const PanelEnv& env = panel.env;
  panel.lines = 0, panel.lines_in_view = -1;
  if (!BeginPanel("Console###console", env) || !env.doc) return EndPanel();
  ImGui::Checkbox("Predict first", &panel.predict_mode);
  if (panel.predict_mode && !panel.revealed) {
    ImGui::SameLine();
    ImGui::BeginDisabled(panel.prediction.empty());
    if (ImGui::Button("Reveal"))
      panel.revealed = true, panel.scroll_to_wrong = true, ++panel.reveals;
    panel.button_min = ImGui::GetItemRectMin(), panel.button_max = ImGui::GetItemRectMax();
    ImGui::EndDisabled();
    DimTextWrapped(env, "Write the output you expect, one line each:");
    ImGui::InputTextMultiline("##prediction", &panel.prediction, ImVec2(-1, -1));
    panel.box_min = ImGui::GetItemRectMin(), panel.box_max = ImGui::GetItemRectMax();
  } else if (panel.predict_mode) {
    ImGui::SameLine();
    // The prediction stays, to be corrected; the comparison is drawn this frame still, so
    // the panel never shows an empty one in between.
    bool again = ImGui::Button("Try again");
    panel.button_min = ImGui::GetItemRectMin(), panel.button_max = ImGui::GetItemRectMax();
    DrawComparison(panel);
    if (again) panel.revealed = false;
  } else {
    DrawOutput(state, panel);
  }
  EndPanel();
}

}  // namespace loopscope::app
