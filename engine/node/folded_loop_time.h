// engine/node/folded_loop_time.h — the arithmetic every host shares to time a loop the language
// engine runs in closed form (js/folded_loop.h): the CPU time of N iterations at the cost
// model's interpreted rate, then its optimised one, and the bisection that finds the last
// iteration of a clock spin (`while (Date.now() - t < 1500) {}`). The Node host
// (engine/node/loop_costs.cpp) and the browser host (engine/browser/window_costs.cpp) differ only
// in how they read their clocks and spend the time.
#pragma once

#include <algorithm>
#include <cstdint>

#include "engine/js/folded_loop.h"
#include "engine/node/clock.h"

namespace loopscope::node {

// CPU nanoseconds of `n` iterations of `steps` instructions, the first `cold` interpreted.
inline double IterationsNs(const CostModel& costs, uint64_t n, uint64_t cold, uint64_t steps) {
  cold = std::min(cold, n);
  return (static_cast<double>(cold) * static_cast<double>(costs.interpreted_step_ps) +
          static_cast<double>(n - cold) * static_cast<double>(costs.optimised_step_ps)) *
         static_cast<double>(steps) / 1000.0;
}

// The loop's comparison of a clock reading `x` against its bound.
inline bool FoldPasses(js::FoldCompare op, double x, double bound) {
  switch (op) {
    case js::FoldCompare::kLt:
      return x < bound;
    case js::FoldCompare::kLe:
      return x <= bound;
    case js::FoldCompare::kGt:
      return x > bound;
    case js::FoldCompare::kGe:
      return x >= bound;
  }
  return false;
}

// A clock spin's iteration k reads the clock at `read_at(k)` (virtual ns, rising with k) and
// `goes_on(k)` says whether the loop continues after that read. Returns the last iteration
// that goes on (0 when the first read already ends the loop), searching no further than one
// read past `limit_ns`: doubling, then bisection.
template <class ReadAt, class GoesOn>
uint64_t LastIterationGoingOn(const ReadAt& read_at, const GoesOn& goes_on, double limit_ns) {
  uint64_t hi = 1;
  while (hi < (uint64_t{1} << 62) && read_at(hi) < limit_ns && goes_on(hi)) hi *= 2;
  if (!goes_on(0)) return 0;
  uint64_t lo = 0;  // goes_on(lo); the first that stops is in (lo, hi] or hi is past the limit
  while (hi - lo > 1) {
    const uint64_t mid = lo + (hi - lo) / 2;
    (goes_on(mid) ? lo : hi) = mid;
  }
  return lo;
}

}  // namespace loopscope::node
