// app/ui/panel_os_io.cpp — operations the kernel is doing for the program (network reads,
// connections, timers of the OS): in flight, or ready and waiting for the poll phase to run
// their callbacks. Unlike pool jobs they take no thread. An operation in flight shows how far
// it is towards the time the scenario makes it ready (progress.h).
#include <string>

#include "app/ui/panel_common.h"
#include "app/ui/progress.h"
#include "engine/trace/explain.h"

namespace loopscope::app {

void DrawOsIoPanel(const trace::LoopState& state, OsIoPanelState& panel, float anim_t) {
  const PanelEnv& env = panel.env;
  if (!BeginPanel("OS I/O###osio", env) || !env.doc) return EndPanel();
  const trace::StepLog& log = *env.doc->log;
  ImDrawList* draw = ImGui::GetWindowDrawList();
  float chip_h = ImGui::GetFrameHeight();
  float width = ImGui::GetContentRegionAvail().x;
  ImU32 waiting_tab = VocabColour(trace::PhaseColour(trace::Phase::kPoll), 0.45f);
  ImU32 ready_tab = VocabColour(trace::PhaseColour(trace::Phase::kPoll));
  int64_t now = AnimatedTime(env.previous ? env.previous->time_ns : state.time_ns, state.time_ns,
                             Ease(anim_t));
  if (state.os_ops.empty()) DimText(env, "(nothing in flight)");
  for (const trace::OsOperation& op : state.os_ops) {
    ImVec2 pos = ImGui::GetCursorScreenPos();
    if (pos.y > env.pos.y + env.size.y) break;
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
  EndPanel();
}

}  // namespace loopscope::app
