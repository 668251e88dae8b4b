// engine/node/clock_reading.h — what the program's clocks read at a virtual time.
//
// Date.now() is a fixed epoch plus the virtual clock, whole milliseconds, so output that
// prints differences of Date.now() is reproducible; performance.now() counts fractional
// milliseconds from the process's start. The natives (globals.cpp) and the loop fast path's
// clock spins (loop_costs.cpp) read them through this one function, so they agree.
#pragma once

#include <cmath>
#include <cstdint>

#include "engine/node/clock.h"

namespace loopscope::node {

inline constexpr double kEpochMs = 1'700'000'000'000.0;

enum class ClockKind : uint8_t { kDateNow, kPerformanceNow };

inline double ClockReading(ClockKind kind, int64_t now_ns) {
  return kind == ClockKind::kDateNow ? std::floor(kEpochMs + NsToMs(now_ns)) : NsToMs(now_ns);
}

}  // namespace loopscope::node
