// app/ui/panel_call_stack.cpp — the call stack, top frame first. A frame pushed by this
// step slides in from the right; a frame popped by it fades out above the stack.
#include <string>

#include "app/ui/panel_common.h"
#include "engine/trace/explain.h"

namespace loopscope::app {
namespace {

std::string FrameText(const trace::StepLog& log, const trace::Frame& f) {
  std::string text(log.Text(f.name));
  if (f.statement.line > 0) text += "   " + trace::FormatLoc(f.statement);
  if (f.repeats > 1) text += " ×" + std::to_string(f.repeats);
  return text;
}

}  // namespace

void DrawCallStackPanel(const trace::LoopState& state, CallStackPanelState& panel, float anim_t) {
  const PanelEnv& env = panel.env;
  if (!BeginPanel("Call stack###stack", env) || !env.doc) return EndPanel();
  const trace::StepLog& log = *env.doc->log;
  ImDrawList* draw = ImGui::GetWindowDrawList();
  float row_h = ImGui::GetFrameHeight() * 1.15f;
  float gap = row_h * 0.18f;
  ImVec2 origin = ImGui::GetCursorScreenPos();
  float width = ImGui::GetContentRegionAvail().x;
  const auto& stack = state.stack;
  size_t prev_depth = env.previous ? env.previous->stack.size() : stack.size();
  float t = Ease(anim_t);
  // A frame popped by this step: draw the old top fading away above the others.
  if (env.previous && prev_depth > stack.size() && t < 1.0f) {
    const trace::Frame& gone = env.previous->stack.back();
    ImVec2 pos(origin.x, origin.y - t * row_h * 0.5f);
    DrawChip(draw, env, pos, ImVec2(width, row_h), FrameText(log, gone),
             {VocabColour(trace::PhaseColour(state.phase)), false, 1.0f - t});
  }
  float shift = env.previous && prev_depth > stack.size() ? (1.0f - t) * (row_h + gap) : 0.0f;
  for (size_t k = 0; k < stack.size(); ++k) {
    const trace::Frame& f = stack[stack.size() - 1 - k];
    float y = origin.y + shift + static_cast<float>(k) * (row_h + gap);
    float x = origin.x;
    bool pushed_now = k == 0 && stack.size() > prev_depth;
    if (pushed_now) x += (1.0f - t) * width * 0.6f;
    ChipStyle style{VocabColour(trace::PhaseColour(state.phase)), k == 0, pushed_now ? 0.3f + 0.7f * t : 1.0f};
    if (DrawChip(draw, env, ImVec2(x, y), ImVec2(width, row_h), FrameText(log, f), style))
      env.hover_out->line = f.statement.line;
  }
  ImGui::Dummy(ImVec2(width, static_cast<float>(stack.size()) * (row_h + gap)));
  if (stack.empty()) DimText(env, "(empty: the event loop is in control)");
  EndPanel();
}

}  // namespace loopscope::app
