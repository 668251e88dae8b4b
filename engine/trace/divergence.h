// engine/trace/divergence.h — where two runs of the same program stop agreeing.
//
// Live mode shows a simulated and a live log side by side. What a user can check between
// them is what the program observably did: the console lines it printed and the order in
// which callbacks ran (their labels: "setTimeout callback", "readFile callback", ...).
// Times differ always and are not compared. FirstDivergence walks both logs' observable
// steps in order and reports the first that differs, with the event index of each side, so
// the app can put both cursors there. Timing races (the main-module setTimeout/setImmediate
// one) can legitimately diverge: the simulator marks them, and the result says whether a
// race mark precedes the divergence.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>

#include "engine/trace/step_log.h"

namespace loopscope::trace {

struct Divergence {
  size_t event_a = 0;       // index in the first log of its differing step (its size if none)
  size_t event_b = 0;       // same for the second log
  size_t step = 0;          // how many observable steps agreed before it
  std::string summary;      // "console line 2: \"timeout\" here, \"immediate\" there"
  bool after_race = false;  // the first log marked a timing race before this point
};

// nullopt when both logs printed the same lines and ran the same callbacks in order.
std::optional<Divergence> FirstDivergence(const StepLog& a, const StepLog& b);

// The first timing race the log marks before event `end` (the simulator marks every order
// that could go the other way on another machine), or nullopt.
std::optional<size_t> FirstRaceMark(const StepLog& log, size_t end = SIZE_MAX);

// The event of `to` at the same point as event `step` of `from`: where `to` has taken as
// many observable steps as `from` had up to and including `step` (its last event when it
// has fewer). Switching the view from one run to the other keeps the cursor there.
size_t CorrespondingEvent(const StepLog& from, size_t step, const StepLog& to);

}  // namespace loopscope::trace
