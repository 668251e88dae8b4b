// engine/live/live_run.h — `loopscope run FILE --live`: the program on a real libuv loop.
//
// The same language engine and Node layer as Simulate(), with LiveBackend's real parts
// underneath: the result has the same shape, and its step log is stamped with real
// monotonic time and real pool threads, so every panel and export works on it unchanged.
// Timing-dependent orders (the main-module setTimeout/setImmediate race) may differ from
// the simulation and between runs, as they do in Node.
#pragma once

#include "engine/node/simulation.h"
#include "engine/scenario/scenario.h"

namespace loopscope::live {

// A live run stops after this much wall-clock time unless the scenario sets its own
// limits.max_wall_seconds. (A live run's clock is real, so this limit is a property of the
// run, unlike the simulator's wall-clock guard.)
inline constexpr double kDefaultLiveWallSeconds = 10;

struct LiveOptions {
  double wall_limit_seconds = 0;  // 0: the scenario's limits.max_wall_seconds, else the default
};

node::RunResult RunLive(const scenario::Scenario& scenario, const node::RunOptions& options = {},
                        const LiveOptions& live = {});

}  // namespace loopscope::live
