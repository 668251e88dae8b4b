// app/ui/panel_os_io.cpp — operations the kernel is doing for the program (network reads,
// connections, timers of the OS): in flight, or ready and waiting for the poll phase to run
// their callbacks. Unlike pool jobs they take no thread.
#include <string>

#include "app/ui/panel_common.h"
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
  if (state.os_ops.empty()) DimText(env, "(nothing in flight)");
  for (const trace::OsOperation& op : state.os_ops) {
    ImVec2 pos = ImGui::GetCursorScreenPos();
    if (pos.y > env.pos.y + env.size.y) break;
    std::string text = std::string(log.Text(op.label)) +
                       (op.ready ? "  · ready, waits for poll" : "  · in flight " + trace::FormatMs(state.time_ns - op.since_ns));
    if (DrawChip(draw, env, pos, ImVec2(width, chip_h), text,
                 {op.ready ? ready_tab : waiting_tab, env.hover_in.item == op.id}))
      env.hover_out->item = op.id, env.hover_out->line = op.from.line;
    ImGui::Dummy(ImVec2(width, chip_h));
  }
  EndPanel();
}

}  // namespace loopscope::app
