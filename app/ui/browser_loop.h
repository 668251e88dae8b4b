// app/ui/browser_loop.h — the steps of one turn of the browser's event loop as the loop panel
// draws them for a browser run (panel_browser_loop.cpp), and which one a state is in.
//
// HTML §8.1.7.3 "Processing model": run one task, perform a microtask checkpoint, then (at a
// rendering opportunity) update the rendering: the animation frame callbacks, then style,
// layout and paint (engine/browser/event_loop.cpp records them; docs/browser.md). The main
// script counts as the page's first task.
#pragma once

#include <string_view>

#include "engine/trace/loop_state.h"
#include "engine/trace/step_log.h"

namespace loopscope::app {

// clang-format off
//        enum               label on the strip   colour (vocabulary.h)
#define LOOPSCOPE_BROWSER_LOOP_STEPS(X)                                                     \
  X(kTask,            "task",              trace::PhaseColour(trace::Phase::kTask))         \
  X(kMicrotasks,      "microtasks",        trace::QueueColour(trace::Queue::kMicrotask))    \
  X(kAnimationFrames, "rAF",               trace::QueueColour(trace::Queue::kAnimationFrames)) \
  X(kStyle,           "style",             trace::PhaseColour(trace::Phase::kRendering))    \
  X(kLayout,          "layout",            trace::PhaseColour(trace::Phase::kRendering))    \
  X(kPaint,           "paint",             trace::PhaseColour(trace::Phase::kRendering))
// clang-format on

enum class BrowserLoopStep {
#define X(e, label, colour) e,
  LOOPSCOPE_BROWSER_LOOP_STEPS(X)
#undef X
      kNone,  // between turns: the loop waits for a task or a frame
};
inline constexpr int kBrowserLoopStepCount = static_cast<int>(BrowserLoopStep::kNone);

std::string_view BrowserLoopStepLabel(BrowserLoopStep step);
unsigned BrowserLoopStepColour(BrowserLoopStep step);

// The step `state` (the state after event state.step of `log`) is in.
BrowserLoopStep CurrentBrowserLoopStep(const trace::LoopState& state, const trace::StepLog& log);

}  // namespace loopscope::app
