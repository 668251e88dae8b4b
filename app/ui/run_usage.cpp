// app/ui/run_usage.cpp — one pass over the step log for run_usage.h.
#include "app/ui/run_usage.h"

namespace loopscope::app {

RunUsage FindRunUsage(const trace::StepLog& log) {
  RunUsage usage{false, false, false};
  for (size_t i = 0; i < log.size(); ++i) {
    const trace::Event& e = log[i];
    if (e.kind == trace::EventKind::kPoolJobStart) usage.pool = true;
    if (e.kind == trace::EventKind::kEnqueue && e.queue == trace::Queue::kPoolWork)
      usage.pool = true;
    if (e.kind == trace::EventKind::kOsOpStart) usage.os_io = true;
  }
  // The timeline's only other lanes are pool threads (timeline_model.h).
  usage.timeline = usage.pool;
  return usage;
}

}  // namespace loopscope::app
