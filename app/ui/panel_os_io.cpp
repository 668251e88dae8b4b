// app/ui/panel_os_io.cpp — operations the kernel is doing for the program (network reads,
// connections, timers of the OS): in flight, or ready and waiting for the poll phase to run
// their callbacks. Unlike pool jobs they take no thread. An operation in flight shows how far
// it is towards the time the scenario makes it ready (progress.h). Where the panel is too short
// for every operation, its last row counts the rest ("+N more operations", listed in a
// tooltip) instead of scrolling.
#include <algorithm>
#include <string>
#include <vector>

#include "app/ui/panel_common.h"
#include "app/ui/progress.h"
#include "engine/trace/explain.h"

namespace loopscope::app {
namespace {

// The row standing for the operations from `first` on: "+N more operations", listed in its
// tooltip; operations arriving among them fly to it (motion.h).
void DrawMoreOperations(const std::vector<trace::OsOperation>& ops, size_t first,
                        const PanelEnv& env, float width, float chip_h, size_t* hidden) {
  *hidden = ops.size() - first;
  const ImVec2 pos = ImGui::GetCursorScreenPos();
  ImGui::Dummy(ImVec2(width, chip_h));
  const std::string more = "+" + std::to_string(*hidden) + " more operations";
  ImGui::GetWindowDrawList()->AddText(
      ImVec2(pos.x + chip_h * 0.45f, pos.y + (chip_h - ImGui::GetFontSize()) / 2),
      env.palette->text_dim, more.c_str());
  const ImVec2 end(pos.x + width, pos.y + chip_h);
  if (env.motion)
    for (size_t k = first; k < ops.size(); ++k) env.motion->anchors.targets[ops[k].id] = {pos, end};
  if (!ImGui::IsMouseHoveringRect(pos, end)) return;
  // The labels are copied only for the tooltip, while the pointer rests on the row.
  std::vector<std::string> texts;
  for (const trace::OsOperation& op : ops) texts.emplace_back(env.doc->log->Text(op.label));
  HiddenItemsTooltip(texts, first);
}

}  // namespace

void DrawOsIoPanel(const trace::LoopState& state, OsIoPanelState& panel, float anim_t) {
  const PanelEnv& env = panel.env;
  panel.hidden_items = 0;
  if (!BeginPanel("OS I/O###osio", env) || !env.doc) return EndPanel();
  const trace::StepLog& log = *env.doc->log;
  ImDrawList* draw = ImGui::GetWindowDrawList();
  float chip_h = ImGui::GetFrameHeight();
  float width = ImGui::GetContentRegionAvail().x;
  ImU32 waiting_tab = VocabColour(trace::PhaseColour(trace::Phase::kPoll), 0.45f);
  ImU32 ready_tab = VocabColour(trace::PhaseColour(trace::Phase::kPoll));
  int64_t now = AnimatedTime(env.previous ? env.previous->time_ns : state.time_ns, state.time_ns,
                             Ease(anim_t));
  const auto& ops = state.os_ops;
  // Rows that fit; when some do not, the last of them counts the rest (never a scroll bar that
  // hides operations without saying how many). The want is every row, for the next layout.
  const float pitch = chip_h + ImGui::GetStyle().ItemSpacing.y;
  const ImVec2 avail = ImGui::GetContentRegionAvail();
  // (Half a pixel of slack: a panel laid out to its want measures a hair short of it.)
  const auto fit = static_cast<size_t>(std::max(1.0f, (avail.y + 0.5f + pitch - chip_h) / pitch));
  const size_t shown = ops.size() <= fit ? ops.size() : fit - 1;
  panel.want_h = env.size.y - avail.y +
                 static_cast<float>(std::max<size_t>(ops.size(), 1)) * pitch -
                 ImGui::GetStyle().ItemSpacing.y;
  if (ops.empty()) DimText(env, "(nothing in flight)");
  for (size_t k = 0; k < shown; ++k) {
    const trace::OsOperation& op = ops[k];
    ImVec2 pos = ImGui::GetCursorScreenPos();
    ImGui::Dummy(ImVec2(width, chip_h));
    if (env.motion)
      env.motion->anchors.targets[op.id] = {pos, ImVec2(pos.x + width, pos.y + chip_h)};
    if (env.motion && env.motion->Arriving(op.id)) continue;  // the flight draws it
    Progress progress = ProgressAt(op.since_ns, op.expected_ns, now);
    std::string detail = op.ready ? "ready, waits for poll" : "in flight " + ProgressText(progress);
    ChipStyle style{op.ready ? ready_tab : waiting_tab,
                    env.hover_in.item == op.id,
                    1.0f,
                    !op.ready && progress.known ? progress.fraction : -1.0f,
                    false,
                    detail};
    if (DrawChip(draw, env, pos, ImVec2(width, chip_h), log.Text(op.label), style))
      env.hover_out->item = op.id, env.hover_out->line = op.from.line;
  }
  if (shown < ops.size()) DrawMoreOperations(ops, shown, env, width, chip_h, &panel.hidden_items);
  EndPanel();
}

}  // namespace loopscope::app
