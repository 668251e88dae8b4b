// app/ui/panel_call_stack.cpp — the call stack, top frame first. A callback that waited in
// a queue flies onto the stack from its slot (motion.h); other new frames slide in from the
// right; a frame popped by the move fades out above the stack. Below it, the async functions
// suspended at an `await` (LoopState::parked).
#include <string>
#include <vector>

#include "app/ui/panel_common.h"
#include "app/ui/thread_view.h"
#include "engine/trace/explain.h"

namespace loopscope::app {
namespace {

std::string FrameText(const trace::StepLog& log, const trace::Frame& f) {
  std::string text(log.Text(f.name));
  if (f.statement.line > 0) text += "   " + trace::FormatLoc(f.statement);
  if (f.repeats > 1) text += " ×" + std::to_string(f.repeats);
  return text;
}

// The functions parked at an `await`: not on the stack, not finished, waiting for a
// microtask to put them back. Hovering one lights the await's line.
void DrawParked(const trace::LoopState& state, const PanelEnv& env, float row_h, float gap) {
  const trace::StepLog& log = *env.doc->log;
  DimTextWrapped(env, "Suspended at await (off the stack):");  // a narrow column wraps it
  ImDrawList* draw = ImGui::GetWindowDrawList();
  float width = ImGui::GetContentRegionAvail().x;
  for (auto p = state.parked.rbegin(); p != state.parked.rend(); ++p) {
    ImVec2 pos = ImGui::GetCursorScreenPos();
    std::string text = std::string(log.Text(p->name)) + "   await " + trace::FormatLoc(p->at);
    ChipStyle style{VocabColour(trace::QueueColour(trace::Queue::kMicrotask)), false, 0.7f};
    if (DrawChip(draw, env, pos, ImVec2(width, row_h), text, style))
      env.hover_out->line = p->at.line;
    ImGui::Dummy(ImVec2(width, row_h + gap));
  }
}

// Frames are the same frame when name, function and queue item match (the statement moves).
bool SameFrame(const trace::Frame& a, const trace::Frame& b) {
  return a.name == b.name && a.function == b.function && a.item == b.item;
}

}  // namespace

void DrawCallStackPanel(const trace::LoopState& state, CallStackPanelState& panel, float anim_t) {
  const PanelEnv& env = panel.env;
  // A run with workers names the thread shown and offers the others (thread_view.h).
  const trace::StepLog* shown_log = env.doc ? env.doc->log.get() : nullptr;
  const bool threads = shown_log && panel.threads && shown_log->thread_count() > 1;
  const std::string title = threads ? "Call stack — " + ThreadName(state.thread) + "###stack"
                                    : std::string("Call stack###stack");
  if (!BeginPanel(title.c_str(), env) || !env.doc) return EndPanel();
  const trace::StepLog& log = *env.doc->log;
  if (threads) DrawThreadSelector(*panel.threads, log.thread_count());
  ImDrawList* draw = ImGui::GetWindowDrawList();
  float row_h = ImGui::GetFrameHeight() * 1.15f;
  float gap = row_h * 0.18f;
  ImVec2 origin = ImGui::GetCursorScreenPos();
  float width = ImGui::GetContentRegionAvail().x;
  // Rows that fit between the title bar and the bottom padding (the last needs no gap).
  float room =
      ImGui::GetWindowHeight() - ImGui::GetFrameHeight() - ImGui::GetStyle().WindowPadding.y * 2;
  if (threads) room -= ImGui::GetFrameHeightWithSpacing();  // the selector's row
  panel.rows_in_view = (room + gap) / (row_h + gap);
  const auto& stack = state.stack;
  const std::vector<trace::Frame>& before = env.previous ? env.previous->stack : stack;
  size_t common = 0;  // frames below this depth were there before the move and still are
  while (common < before.size() && common < stack.size() &&
         SameFrame(before[common], stack[common]))
    ++common;
  bool popped = before.size() > common, pushed = stack.size() > common;
  float t = Ease(anim_t);
  // A frame popped by this move: draw the old top fading away above the others.
  if (env.previous && popped && t < 1.0f) {
    ImVec2 pos(origin.x, origin.y - t * row_h * 0.5f);
    DrawChip(draw, env, pos, ImVec2(width, row_h), FrameText(log, before.back()),
             {VocabColour(trace::PhaseColour(state.phase)), false, 1.0f - t});
  }
  float shift = env.previous && popped && !pushed ? (1.0f - t) * (row_h + gap) : 0.0f;
  for (size_t k = 0; k < stack.size(); ++k) {
    size_t depth = stack.size() - 1 - k;
    const trace::Frame& f = stack[depth];
    float y = origin.y + shift + static_cast<float>(k) * (row_h + gap);
    if (env.motion && f.item != 0)
      env.motion->anchors.targets[f.item] = {ImVec2(origin.x, y),
                                             ImVec2(origin.x + width, y + row_h)};
    if (env.motion && f.item != 0 && env.motion->Arriving(f.item)) continue;  // the flight draws it
    bool new_now = env.previous && depth >= common;
    float x = origin.x + (new_now ? (1.0f - t) * width * 0.6f : 0.0f);
    ChipStyle style{VocabColour(trace::PhaseColour(state.phase)), k == 0,
                    new_now ? 0.3f + 0.7f * t : 1.0f};
    if (DrawChip(draw, env, ImVec2(x, y), ImVec2(width, row_h), FrameText(log, f), style))
      env.hover_out->line = f.statement.line;
  }
  // An empty stack is its sentence alone (an empty Dummy's item spacing would push the
  // sentence a fraction of a pixel past the panel's want: a scroll bar over nothing).
  if (stack.empty())
    DimTextWrapped(env, "(empty: the event loop is in control)");
  else
    ImGui::Dummy(ImVec2(width, static_cast<float>(stack.size()) * (row_h + gap)));
  if (!state.parked.empty()) DrawParked(state, env, row_h, gap);
  EndPanel();
}

}  // namespace loopscope::app
