// app/ui/panel_compare.cpp — the simulated and the live run side by side: which one the
// panels show, whether they agree, and both consoles with the first difference marked.
#include <algorithm>
#include <cstdio>
#include <string>

#include "app/ui/panel_common.h"

namespace loopscope::app {
namespace {

// The index of the first console line printed at or after `event` (count if none).
size_t FirstLineFrom(const Document& doc, size_t event) {
  size_t k = 0;
  while (k < doc.console_lines.size() && doc.console_lines[k].step < event) ++k;
  return k;
}

std::string RunSummary(const Document& doc) {
  const trace::StepLog& log = *doc.log;
  double ms = log.empty() ? 0 : static_cast<double>(log.At(log.size() - 1).time_ns) / 1e6;
  char buf[96];
  std::snprintf(buf, sizeof buf, "exit %d · %.1f ms %s", doc.exit_code, ms,
                log.info().real_time ? "real" : "virtual");
  return buf;
}

void DrawChoice(const ComparePanelState& panel) {
  const PanelEnv& env = panel.env;
  using K = UiCommand::Kind;
  for (int live = 0; live <= 1; ++live) {
    bool on = panel.viewing_live == (live == 1);
    if (on) ImGui::PushStyleColor(ImGuiCol_Button, env.palette->accent);
    if (ImGui::Button(live ? "Show the live run" : "Show the simulation")) {
      env.commands->push_back({K::kShowRun, static_cast<size_t>(live)});
    }
    if (on) ImGui::PopStyleColor();
    ImGui::SameLine();
  }
  if (ImGui::Button("Close")) env.commands->push_back({K::kCloseComparison});
}

void DrawVerdict(const ComparePanelState& panel) {
  const PanelEnv& env = panel.env;
  const auto& divergence = *panel.divergence;
  ImGui::PushTextWrapPos(0);
  if (!divergence) {
    ImGui::TextUnformatted(
        "Both runs printed the same lines and ran the same callbacks in "
        "the same order.");
  } else {
    ImGui::PushStyleColor(ImGuiCol_Text, env.palette->stderr_text);
    ImGui::TextUnformatted(("First difference: " + divergence->summary + ".").c_str());
    ImGui::PopStyleColor();
    if (divergence->after_race) {
      ImGui::TextUnformatted(
          "The simulation marked a timing race before this point: real "
          "Node can take either order here, so a difference is expected.");
    }
    if (ImGui::Button("Go to the difference") && panel.divergence_step) {
      env.commands->push_back({UiCommand::Kind::kJumpTo, *panel.divergence_step});
    }
  }
  ImGui::PopTextWrapPos();
}

// One run's console. Lines from the first difference on are dimmed and the first of them
// is marked; clicking a line shows that run at the step that printed it.
void DrawColumn(const ComparePanelState& panel, const Document& doc, bool is_live,
                size_t diff_line) {
  const PanelEnv& env = panel.env;
  ImGui::PushFont(env.fonts->mono);
  for (size_t k = 0; k < doc.console_lines.size(); ++k) {
    const ConsoleLine& line = doc.console_lines[k];
    bool marked = k == diff_line;
    ImU32 colour = line.is_stderr ? env.palette->stderr_text
                                  : (k > diff_line ? env.palette->text_dim : env.palette->text);
    ImGui::PushStyleColor(ImGuiCol_Text, colour);
    if (marked) ImGui::PushStyleColor(ImGuiCol_Header, VocabColour(0xE57373, 0.45f));
    std::string label = (line.text.empty() ? std::string(" ") : std::string(line.text)) + "##" +
                        (is_live ? "l" : "s") + std::to_string(k);
    if (ImGui::Selectable(label.c_str(), marked)) {
      if (is_live != panel.viewing_live)
        env.commands->push_back({UiCommand::Kind::kShowRun, is_live ? 1u : 0u});
      env.commands->push_back({UiCommand::Kind::kJumpTo, line.step});
    }
    if (marked) ImGui::PopStyleColor();
    ImGui::PopStyleColor();
  }
  ImGui::PopFont();
}

}  // namespace

void DrawComparePanel(const trace::LoopState& /*state*/, ComparePanelState& panel,
                      float /*anim_t*/) {
  const PanelEnv& env = panel.env;
  if (!BeginPanel("Simulated vs live###compare", env) || !panel.simulated || !panel.live)
    return EndPanel();
  DrawChoice(panel);
  DrawVerdict(panel);
  const auto& divergence = *panel.divergence;
  size_t diff_sim = divergence ? FirstLineFrom(*panel.simulated, divergence->event_a) : SIZE_MAX;
  size_t diff_live = divergence ? FirstLineFrom(*panel.live, divergence->event_b) : SIZE_MAX;
  if (ImGui::BeginTable("##runs", 2, ImGuiTableFlags_BordersInnerV | ImGuiTableFlags_ScrollY)) {
    ImGui::TableSetupScrollFreeze(0, 1);
    ImGui::TableSetupColumn("Simulated");
    ImGui::TableSetupColumn("Live (real libuv loop)");
    ImGui::TableHeadersRow();
    ImGui::TableNextRow();
    ImGui::TableSetColumnIndex(0);
    DimText(env, RunSummary(*panel.simulated));
    DrawColumn(panel, *panel.simulated, false, diff_sim);
    ImGui::TableSetColumnIndex(1);
    DimText(env, RunSummary(*panel.live));
    DrawColumn(panel, *panel.live, true, diff_live);
    ImGui::EndTable();
  }
  EndPanel();
}

}  // namespace loopscope::app
