// engine/js/folded_loop.h — what the loop fast path (loop_fold.h) tells the embedder.
//
// A loop whose iterations change nothing but a counter register, or only read a clock, is
// run in closed form: the VM works out how many iterations it has left and the final state,
// and the embedder charges the time they take on its clock and records them as one span.
// Both kinds are described here; js::Hooks::OnLoopFolded and js::Hooks::SpinOnClock take
// them. Types only: included by embedder.h.
#pragma once

#include <cstdint>

#include "engine/js/value.h"

namespace loopscope::js {

// The loop's test, once its counter or clock side is on the left: `x + offset <op> bound`.
enum class FoldCompare : uint8_t { kLt, kLe, kGt, kGe };

// How many of `iterations` still run interpreted before the function tiers up (the rest run
// optimised): the embedder charges each part at its own rate.
struct FoldedLoop {
  uint32_t line = 0;
  uint32_t col = 0;
  uint64_t iterations = 0;
  uint64_t cold_iterations = 0;
  uint64_t steps_per_iteration = 0;
};

// A loop that spins until a clock read passes a bound. Each iteration runs
// steps_before_read instructions, calls `clock_fn` (a native the embedder made), and runs the
// rest of its steps_per_iteration; it goes on while (read + offset <op> bound) == continue_when.
struct ClockSpin {
  uint32_t line = 0;
  uint32_t col = 0;
  Value clock_fn;
  uint64_t cold_iterations = 0;  // iterations left before the function tiers up
  uint64_t steps_per_iteration = 0;
  uint64_t steps_before_read = 0;
  FoldCompare op = FoldCompare::kLt;
  double offset = 0;
  double bound = 0;
  bool continue_when = true;
  uint64_t max_iterations = UINT64_MAX;  // past it the registers the loop counts lose exactness
};

}  // namespace loopscope::js
