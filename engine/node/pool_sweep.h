// engine/node/pool_sweep.h — throughput against thread-pool size, computed by sweeping the
// model: the same scenario simulated with pools of 1..N threads (scenario/what_if.h), each
// run's pool jobs counted and timed from its step log.
//
// This is the simulator's version of the classic bcrypt-server measurement (requests/s for
// pools of 1, 2, 3, 4 and 8 threads on 4 cores): throughput grows with the pool while
// threads are fewer than cores, then stays flat, because CPU-bound jobs share the cores
// (docs/semantics.md §6). scenarios/threadpool/pool-size-sweep.json is the scenario the
// app charts it for; tests/unit/node/pool_sweep_test.cpp checks the shape.
#pragma once

#include <atomic>
#include <cstddef>
#include <vector>

#include "engine/scenario/scenario.h"
#include "engine/trace/step_log.h"

namespace loopscope::node {

struct PoolSweepPoint {
  int pool_size = 0;
  size_t jobs = 0;        // pool jobs that finished
  double busy_ms = 0;     // from the first job starting to the last one finishing
  double per_second = 0;  // jobs / busy time (0 when no job ran)
  bool complete = true;   // the run ended normally (not stopped by a limit or cancelled)
};

// The pool throughput of one recorded run.
PoolSweepPoint MeasurePoolThroughput(const trace::StepLog& log, int pool_size);

// Simulates `scenario` once per pool size 1..max_pool_size, nothing else changed. Stops early
// (returning the points measured so far) when `cancel` is set.
std::vector<PoolSweepPoint> SweepPoolSizes(const scenario::Scenario& scenario,
                                           int max_pool_size = 8,
                                           const std::atomic<bool>* cancel = nullptr);

}  // namespace loopscope::node
