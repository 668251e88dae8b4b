// engine/trace/program_divergence.h — where two runs of one program under different hosts or
// module systems stop agreeing.
//
// divergence.h compares a simulated and a live run of the same host, label by label. Two
// hosts (Node, the browser) or two module systems (CommonJS, ES module) label the same
// callback differently ("setTimeout cb @ L2" in Node, "setTimeout 0 ms" in the browser) and
// an ES module's loader runs callbacks of its own before the program. Here a callback is
// known by the place in the program that queued it (its enqueue's `from`), callbacks that
// nothing in the program queued are left out, and console lines are compared line by line
// without their trailing newline. Each side of the difference carries the callback it was in,
// which difference_kind.h turns into a sentence.
#pragma once

#include <cstddef>
#include <optional>
#include <string>

#include "engine/trace/event.h"
#include "engine/trace/step_log.h"

namespace loopscope::trace {

// The callback a run was in (or starting) at its first differing step.
struct DivergingCallback {
  bool in_callback = false;  // false: the main script or module body, or the run's end
  Queue queue = Queue::kNextTick;
  std::string label;   // the callback's label in that run ("setTimeout cb @ L2")
  Loc from;            // where the program queued it
  int64_t due_ns = 0;  // a timer's due time in that run (its enqueue's value), else 0
};

struct ProgramDivergence {
  size_t event_a = 0;  // index in the first log of its differing step (its size if none)
  size_t event_b = 0;  // same for the second log
  size_t step = 0;     // how many observable steps agreed before it
  bool ended_a = false, ended_b = false;  // that run had nothing more to show
  DivergingCallback callback_a, callback_b;
  std::string what_a, what_b;  // "printed \"timeout\"", "ran setTimeout cb @ L2", "nothing more"
  bool after_race = false;     // a run marked a timing race before it (divergence.h)
};

// nullopt when both runs printed the same lines and ran the program's callbacks in order.
std::optional<ProgramDivergence> FirstProgramDivergence(const StepLog& a, const StepLog& b);

// The first uncaught error a log records before event `end` (its event index), or nullopt.
std::optional<size_t> FirstUncaught(const StepLog& log, size_t end = SIZE_MAX);

}  // namespace loopscope::trace
