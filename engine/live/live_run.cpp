// engine/live/live_run.cpp — see live_run.h.
#include "engine/live/live_run.h"

#include "engine/live/live_backend.h"
#include "engine/node/process.h"

namespace loopscope::live {

node::RunResult RunLive(const scenario::Scenario& scenario, const node::RunOptions& options,
                        const LiveOptions& live) {
  double wall = live.wall_limit_seconds > 0            ? live.wall_limit_seconds
                : scenario.limits.max_wall_seconds > 0 ? scenario.limits.max_wall_seconds
                                                       : kDefaultLiveWallSeconds;
  LiveBackend backend(wall);
  node::RunResult result;
  {
    node::Process process(scenario, options, &backend);
    result = process.Run();
    backend.Shutdown();  // before the Process goes: its parts own the handles
  }
  return result;
}

}  // namespace loopscope::live
