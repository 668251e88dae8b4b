// engine/trace/synthetic_log.h — realistic step logs of any size, without running a program.
//
// Benchmarks, property tests and the app's frame-time tests need logs far larger than any
// puzzle produces. The generator plays a plausible Node program on a virtual clock: a main
// script, then loop iterations through all six phases, with timers, immediates, nextTicks,
// promise jobs, pool jobs on N threads, OS operations, handles, nested frames, folded busy
// loops, console lines and race marks. The same options always give the same log.
// Where to look next: tests/bench/trace_bench.cpp, tests/unit/trace/checkpoints_test.cpp.
#pragma once

#include <cstddef>
#include <cstdint>

#include "engine/trace/step_log.h"

namespace loopscope::trace {

struct SyntheticOptions {
  size_t events = 100'000;  // at least this many events (a few more close the run)
  uint64_t seed = 1;
  int pool_size = 4;
};

StepLog MakeSyntheticLog(const SyntheticOptions& options);

}  // namespace loopscope::trace
