// tests/support/live_attempts.h — running a program live for a comparison, with retries.
//
// A live run is real time: on a loaded machine the process can be descheduled between
// creating a 3 ms and a 5 ms timer, and the order they fire in changes — as it would for
// real Node on that machine. A comparison therefore gets up to three live runs and accepts
// the first that matches; an engine bug fails every one of them.
#pragma once

#include "engine/live/live_run.h"

namespace loopscope::testing {

template <typename Accept>
node::RunResult RunLiveAttempts(const scenario::Scenario& scenario, const node::RunOptions& options,
                                Accept accept, int attempts = 3) {
  node::RunResult run = live::RunLive(scenario, options);
  for (int i = 1; i < attempts && !accept(run); ++i) run = live::RunLive(scenario, options);
  return run;
}

}  // namespace loopscope::testing
