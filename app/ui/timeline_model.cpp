// app/ui/timeline_model.cpp — one pass over the step log into timeline spans.
//
// The main lane shows when JavaScript runs: a span opens when the call stack goes from empty
// to one frame and closes when it is empty again, coloured by the loop phase at the time.
// Microtask checkpoints are the outermost kDrainStart..kDrainEnd pairs (a drain may start
// another inside it). Pool lanes show kPoolJobStart..kPoolJobFinish per thread index. A
// browser run's frames are its `rendering` phases, and its requests the networking tasks
// enqueued with a due time (a fetch's latency, engine/browser/lib/fetch.js). A worker's
// events (after a kThread marker) go to its own lane only: its frames, as the main lane's.
#include "app/ui/timeline_model.h"

#include <algorithm>

#include "engine/trace/explain.h"

namespace loopscope::app {
namespace {

void OpenPoolJob(TimelineModel& model, const trace::Event& e, size_t index) {
  if (e.value < 0 || e.value > 1024) return;  // libuv clamps pool size to 1024
  size_t thread = static_cast<size_t>(e.value);
  if (model.pool.size() <= thread) model.pool.resize(thread + 1);
  model.pool[thread].push_back({e.time_ns, e.time_ns, index, e.text, trace::Phase::kNone});
}

void ClosePoolJob(TimelineModel& model, const trace::Event& e) {
  if (e.value < 0 || static_cast<size_t>(e.value) >= model.pool.size()) return;
  auto& lane = model.pool[static_cast<size_t>(e.value)];
  if (!lane.empty()) lane.back().end_ns = e.time_ns;
}

// A request in flight goes in the first network lane free at its start.
void AddRequest(TimelineModel& model, const trace::Event& e, size_t index) {
  if (e.value <= e.time_ns) return;  // queued at once: nothing in flight
  const TimelineSpan span{e.time_ns, e.value, index, e.text, trace::Phase::kTask};
  for (auto& lane : model.network)
    if (lane.back().end_ns <= e.time_ns) return lane.push_back(span);
  model.network.push_back({span});
}

// A worker's event: its JavaScript spans, by call-stack depth as on the main lane.
// `depths[k]` is worker k+1's depth.
void AddWorkerEvent(TimelineModel& model, std::vector<int>& depths, uint32_t thread,
                    const trace::Event& e, size_t index) {
  const size_t k = thread - size_t{1};
  if (model.workers.size() <= k) {
    model.workers.resize(k + 1);
    depths.resize(k + 1, 0);
  }
  auto& lane = model.workers[k];
  if (e.kind == trace::EventKind::kFramePush || e.kind == trace::EventKind::kFrameResume) {
    if (depths[k]++ == 0) lane.push_back({e.time_ns, e.time_ns, index, e.text});
  } else if (e.kind == trace::EventKind::kFramePop || e.kind == trace::EventKind::kFrameSuspend) {
    if (depths[k] > 0 && --depths[k] == 0) lane.back().end_ns = e.time_ns;
  }
}

}  // namespace

TimelineModel BuildTimeline(const trace::StepLog& log) {
  TimelineModel model;
  trace::Phase phase = trace::Phase::kNone;
  int depth = 0, drain_depth = 0;
  uint32_t thread = 0;
  std::vector<int> worker_depths;
  for (size_t i = 0; i < log.size(); ++i) {
    const trace::Event& e = log[i];
    model.end_ns = std::max(model.end_ns, e.time_ns);
    if (e.kind == trace::EventKind::kThread) thread = log.ThreadAt(i);
    if (thread != 0) {
      AddWorkerEvent(model, worker_depths, thread, e, i);
      continue;
    }
    switch (e.kind) {
      case trace::EventKind::kPhaseEnter:
        phase = e.phase;
        if (phase == trace::Phase::kRendering)
          model.frames.push_back({e.time_ns, e.time_ns, i, 0, phase});
        break;
      case trace::EventKind::kPhaseLeave:
        if (e.phase == trace::Phase::kRendering && !model.frames.empty())
          model.frames.back().end_ns = e.time_ns;
        break;
      case trace::EventKind::kEnqueue:
        if (e.queue == trace::Queue::kNetworkTasks) AddRequest(model, e, i);
        break;
      case trace::EventKind::kFramePush:
      case trace::EventKind::kFrameResume:
        if (depth++ == 0) model.main.push_back({e.time_ns, e.time_ns, i, e.text, phase});
        break;
      case trace::EventKind::kFramePop:
      case trace::EventKind::kFrameSuspend:
        if (depth > 0 && --depth == 0) model.main.back().end_ns = e.time_ns;
        break;
      case trace::EventKind::kDrainStart:
        if (drain_depth++ == 0)
          model.drains.push_back(
              {e.time_ns, e.time_ns, i, 0, phase, trace::DrainKindFromValue(e.value)});
        break;
      case trace::EventKind::kDrainEnd:
        if (drain_depth > 0 && --drain_depth == 0) model.drains.back().end_ns = e.time_ns;
        break;
      case trace::EventKind::kClockAdvance:
        if (trace::IsSimulatedCost(e, log))
          model.costs.push_back({e.time_ns, e.time_ns + e.value, i, e.text, phase});
        break;
      case trace::EventKind::kPoolJobStart:
        OpenPoolJob(model, e, i);
        break;
      case trace::EventKind::kPoolJobFinish:
        ClosePoolJob(model, e);
        break;
      default:
        break;
    }
  }
  if (depth > 0 && !model.main.empty()) model.main.back().end_ns = model.end_ns;
  for (size_t k = 0; k < model.workers.size(); ++k)
    if (worker_depths[k] > 0) model.workers[k].back().end_ns = model.end_ns;
  if (drain_depth > 0) model.drains.back().end_ns = model.end_ns;
  // Only a browser run (it has task turns) marks long tasks: Node has no such notion.
  const bool browser = std::any_of(model.main.begin(), model.main.end(), [](const TimelineSpan& s) {
    return s.phase == trace::Phase::kTask;
  });
  for (const TimelineSpan& span : model.main)
    if (browser && span.end_ns - span.start_ns >= kLongTaskNs) model.long_tasks.push_back(span);
  return model;
}

size_t StepAtTime(const trace::StepLog& log, int64_t time_ns) {
  size_t lo = 0, hi = log.size();
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    if (log[mid].time_ns < time_ns)
      lo = mid + 1;
    else
      hi = mid;
  }
  return log.empty() ? 0 : std::min(lo, log.size() - 1);
}

size_t FirstVisibleSpan(const std::vector<TimelineSpan>& spans, int64_t time_ns) {
  auto it = std::partition_point(spans.begin(), spans.end(),
                                 [&](const TimelineSpan& s) { return s.end_ns < time_ns; });
  return static_cast<size_t>(it - spans.begin());
}

}  // namespace loopscope::app
