// app/ui/browser_loop.cpp — the browser loop's step table and the state → step mapping
// (browser_loop.h).
#include "app/ui/browser_loop.h"

#include "engine/trace/vocabulary.h"

namespace loopscope::app {

std::string_view BrowserLoopStepLabel(BrowserLoopStep step) {
  switch (step) {
#define X(e, label, colour) \
  case BrowserLoopStep::e:  \
    return label;
    LOOPSCOPE_BROWSER_LOOP_STEPS(X)
#undef X
    default:
      return "";
  }
}

unsigned BrowserLoopStepColour(BrowserLoopStep step) {
  switch (step) {
#define X(e, label, colour) \
  case BrowserLoopStep::e:  \
    return colour;
    LOOPSCOPE_BROWSER_LOOP_STEPS(X)
#undef X
    default:
      return 0x9E9E9E;
  }
}

BrowserLoopStep CurrentBrowserLoopStep(const trace::LoopState& state, const trace::StepLog& log) {
  using trace::Phase;
  if (!state.in_phase || state.step >= log.size()) return BrowserLoopStep::kNone;
  // The checkpoint after a task, after the main script and after each frame callback.
  if (state.drain_depth > 0) return BrowserLoopStep::kMicrotasks;
  if (state.phase == Phase::kMain || state.phase == Phase::kTask) return BrowserLoopStep::kTask;
  if (state.phase != Phase::kRendering) return BrowserLoopStep::kNone;
  // Style, layout and paint are one render_step event each; the rest of the phase runs the
  // animation frame callbacks.
  const trace::Event& e = log[state.step];
  if (e.kind != trace::EventKind::kRenderStep) return BrowserLoopStep::kAnimationFrames;
  switch (trace::RenderStepFromValue(e.value)) {
    case trace::RenderStep::kStyle:
      return BrowserLoopStep::kStyle;
    case trace::RenderStep::kLayout:
      return BrowserLoopStep::kLayout;
    case trace::RenderStep::kPaint:
      return BrowserLoopStep::kPaint;
  }
  return BrowserLoopStep::kPaint;
}

}  // namespace loopscope::app
