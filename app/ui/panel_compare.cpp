// app/ui/panel_compare.cpp — two runs side by side (the simulated and the live run, or one
// program run two ways: two_way_compare.h): which one the panels show, whether they agree and
// why not, and both consoles line by line (line k of each run in one row, wrapped to be read
// in full) with the first difference marked and scrolled into view. The names, the headers
// and the sentence come from CompareLabels. The layout gives it most of the window
// (layout_compare.cpp).
#include <algorithm>
#include <cstdio>
#include <string>

#include "app/ui/live_compare.h"
#include "app/ui/panel_common.h"

namespace loopscope::app {
namespace {

constexpr unsigned kDifferenceColour = 0xE57373;  // the first different line's cells

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
    const CompareLabels& labels = *panel.labels;
    if (ImGui::Button((live ? labels.show_b : labels.show_a).c_str())) {
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
  const CompareLabels& labels = *panel.labels;
  ImGui::PushTextWrapPos(0);
  if (!divergence && labels.sentence.empty()) {
    ImGui::TextUnformatted(
        "Both runs printed the same lines and ran the same callbacks in "
        "the same order.");
  } else if (!divergence) {
    ImGui::TextUnformatted(labels.sentence.c_str());
    for (const std::string& note : labels.notes) DimText(env, note);
  } else {
    ImGui::PushStyleColor(ImGuiCol_Text, env.palette->stderr_text);
    ImGui::TextUnformatted(("First difference: " + divergence->summary + ".").c_str());
    ImGui::PopStyleColor();
    if (!labels.sentence.empty()) ImGui::TextUnformatted(("Why: " + labels.sentence).c_str());
    if (divergence->after_race) {
      ImGui::TextUnformatted(
          "The simulation marked a timing race before this point: real "
          "Node can take either order here, so a difference is expected.");
    }
    for (const std::string& note : labels.notes) DimText(env, note);
    if (ImGui::Button("Go to the difference") && panel.divergence_step) {
      env.commands->push_back({UiCommand::Kind::kJumpTo, *panel.divergence_step});
    }
  }
  ImGui::PopTextWrapPos();
}

// A line of one run in its column: lines from the first difference on are dimmed, the
// first of them marked; wrapped at the column's edge so every line reads in full.
void DrawCell(const ComparePanelState& panel, const Document& doc, size_t k, size_t diff_line) {
  const PanelEnv& env = panel.env;
  if (k >= doc.console_lines.size()) return;
  const ConsoleLine& line = doc.console_lines[k];
  if (k == diff_line)
    ImGui::TableSetBgColor(ImGuiTableBgTarget_CellBg, VocabColour(kDifferenceColour, 0.45f));
  ImU32 colour = line.is_stderr ? env.palette->stderr_text
                                : (k > diff_line ? env.palette->text_dim : env.palette->text);
  ImGui::PushStyleColor(ImGuiCol_Text, colour);
  ImGui::PushTextWrapPos(0);
  // An empty line is drawn as a space, begin and end from the same string (a blank line of
  // Node's error report once paired " " with the empty view's end).
  std::string_view text = line.text.empty() ? std::string_view(" ") : line.text;
  ImGui::TextUnformatted(text.data(), text.data() + text.size());
  ImGui::PopTextWrapPos();
  ImGui::PopStyleColor();
}

// Row k: its number (a click shows the run on screen at the step that printed its line
// there), then line k of each run, so equal lines sit side by side.
void DrawRow(ComparePanelState& panel, size_t k, size_t diff_sim, size_t diff_live) {
  const PanelEnv& env = panel.env;
  ImGui::TableNextRow();
  ImGui::TableSetColumnIndex(0);
  bool marked = k == diff_sim || k == diff_live;
  std::string number = (marked ? "✗ " : "") + std::to_string(k + 1) + "##row" + std::to_string(k);
  const Document& shown = panel.viewing_live ? *panel.live : *panel.simulated;
  if (marked) ImGui::PushStyleColor(ImGuiCol_Header, VocabColour(kDifferenceColour, 0.45f));
  if (ImGui::Selectable(number.c_str(), marked, ImGuiSelectableFlags_SpanAllColumns) &&
      k < shown.console_lines.size())
    env.commands->push_back({UiCommand::Kind::kJumpTo, shown.console_lines[k].step});
  if (marked) ImGui::PopStyleColor();
  // The first difference comes into view once, when the comparison opens.
  if (marked && panel.scrolled_for != panel.live) {
    if (!ImGui::IsItemVisible()) ImGui::SetScrollHereY(0.3f);  // else the rows above stay
    panel.scrolled_for = panel.live;
  }
  ImGui::TableSetColumnIndex(1);
  DrawCell(panel, *panel.simulated, k, diff_sim);
  ImGui::TableSetColumnIndex(2);
  DrawCell(panel, *panel.live, k, diff_live);
}

}  // namespace

void DrawComparePanel(const trace::LoopState& /*state*/, ComparePanelState& panel,
                      float /*anim_t*/) {
  const PanelEnv& env = panel.env;
  if (!BeginPanel(panel.labels->title.c_str(), env) || !panel.simulated || !panel.live)
    return EndPanel();
  DrawChoice(panel);
  DrawVerdict(panel);
  const auto& divergence = *panel.divergence;
  size_t diff_sim = divergence ? FirstLineFrom(*panel.simulated, divergence->event_a) : SIZE_MAX;
  size_t diff_live = divergence ? FirstLineFrom(*panel.live, divergence->event_b) : SIZE_MAX;
  size_t rows = std::max(panel.simulated->console_lines.size(), panel.live->console_lines.size());
  constexpr ImGuiTableFlags kFlags = ImGuiTableFlags_BordersInnerV | ImGuiTableFlags_ScrollY |
                                     ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingStretchSame;
  if (ImGui::BeginTable("##runs", 3, kFlags)) {
    ImGui::TableSetupScrollFreeze(0, 2);
    ImGui::TableSetupColumn("#", ImGuiTableColumnFlags_WidthFixed, ImGui::CalcTextSize("✗ 000").x);
    ImGui::TableSetupColumn(panel.labels->header_a.c_str());
    ImGui::TableSetupColumn(panel.labels->header_b.c_str());
    ImGui::TableHeadersRow();
    ImGui::TableNextRow();
    ImGui::TableSetColumnIndex(1);
    panel.clipped_headers =
        ImGui::CalcTextSize(panel.labels->header_a.c_str()).x > ImGui::GetContentRegionAvail().x;
    DimText(env, RunSummary(*panel.simulated));
    ImGui::TableSetColumnIndex(2);
    panel.clipped_headers +=
        ImGui::CalcTextSize(panel.labels->header_b.c_str()).x > ImGui::GetContentRegionAvail().x;
    DimText(env, RunSummary(*panel.live));
    ImGui::PushFont(env.fonts->mono);
    for (size_t k = 0; k < rows; ++k) DrawRow(panel, k, diff_sim, diff_live);
    ImGui::PopFont();
    ImGui::EndTable();
  }
  EndPanel();
}

}  // namespace loopscope::app
