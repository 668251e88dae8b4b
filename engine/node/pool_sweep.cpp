// engine/node/pool_sweep.cpp — see pool_sweep.h.
#include "engine/node/pool_sweep.h"

#include "engine/node/simulation.h"
#include "engine/scenario/what_if.h"

namespace loopscope::node {

PoolSweepPoint MeasurePoolThroughput(const trace::StepLog& log, int pool_size) {
  PoolSweepPoint point{.pool_size = pool_size};
  int64_t first_start = -1, last_finish = 0;
  for (size_t i = 0; i < log.size(); ++i) {
    const trace::Event& e = log.At(i);
    if (e.kind == trace::EventKind::kPoolJobStart && first_start < 0) first_start = e.time_ns;
    if (e.kind == trace::EventKind::kPoolJobFinish) ++point.jobs, last_finish = e.time_ns;
  }
  if (point.jobs == 0 || first_start < 0 || last_finish <= first_start) return point;
  point.busy_ms = static_cast<double>(last_finish - first_start) / 1e6;
  point.per_second = static_cast<double>(point.jobs) * 1000.0 / point.busy_ms;
  return point;
}

std::vector<PoolSweepPoint> SweepPoolSizes(const scenario::Scenario& scenario, int max_pool_size,
                                           const std::atomic<bool>* cancel) {
  std::vector<PoolSweepPoint> points;
  for (int size = 1; size <= max_pool_size; ++size) {
    if (cancel && cancel->load()) break;
    scenario::Scenario run = scenario::ApplyWhatIf(scenario, {.threadpool_size = size});
    RunResult result = Simulate(run, RunOptions{.record_log = true, .cancel = cancel});
    if (result.outcome == RunResult::Outcome::kCancelled) break;
    PoolSweepPoint point =
        result.log ? MeasurePoolThroughput(*result.log, size) : PoolSweepPoint{.pool_size = size};
    point.complete = result.outcome == RunResult::Outcome::kExited;
    points.push_back(point);
  }
  return points;
}

}  // namespace loopscope::node
