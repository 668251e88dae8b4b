// app/ui/run_usage.cpp — one pass over the step log for run_usage.h.
#include "app/ui/run_usage.h"

namespace loopscope::app {
namespace {

// The six phases of uv_run's loop (libuv src/unix/core.c), the ring's segments.
bool IsLoopPhase(trace::Phase p) {
  using trace::Phase;
  return p == Phase::kTimers || p == Phase::kPending || p == Phase::kIdlePrepare ||
         p == Phase::kPoll || p == Phase::kCheck || p == Phase::kClose;
}

// The browser host's phases and task queues (vocabulary.h): only a browser run records them.
bool IsBrowserEvent(const trace::Event& e) {
  using trace::Queue;
  if (e.kind == trace::EventKind::kPhaseEnter)
    return e.phase == trace::Phase::kTask || e.phase == trace::Phase::kRendering;
  if (e.kind == trace::EventKind::kRenderStep) return true;
  return e.kind == trace::EventKind::kEnqueue &&
         (e.queue == Queue::kTimerTasks || e.queue == Queue::kMessageTasks ||
          e.queue == Queue::kInputTasks || e.queue == Queue::kNetworkTasks ||
          e.queue == Queue::kAnimationFrames);
}

}  // namespace

RunUsage FindRunUsage(const trace::StepLog& log) {
  RunUsage usage{false, false, false, false, false, false};
  for (size_t i = 0; i < log.size(); ++i) {
    const trace::Event& e = log[i];
    if (e.kind == trace::EventKind::kPoolJobStart) usage.pool = true;
    if (e.kind == trace::EventKind::kEnqueue && e.queue == trace::Queue::kPoolWork)
      usage.pool = true;
    if (e.kind == trace::EventKind::kOsOpStart) usage.os_io = true;
    if (e.kind == trace::EventKind::kPhaseEnter && IsLoopPhase(e.phase)) usage.loop = true;
    if (IsBrowserEvent(e)) usage.browser = true;
    if (e.kind == trace::EventKind::kStream) usage.streams = true;
  }
  // The timeline's only other lanes that open it by themselves are pool threads and workers
  // (a lane each, timeline_model.h). A browser run's frame and request lanes are there when
  // the user shows the folded timeline: at 1280x720 the room it takes would make the queues
  // scroll.
  usage.timeline = usage.pool || log.thread_count() > 1;
  return usage;
}

}  // namespace loopscope::app
