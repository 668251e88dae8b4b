// app/ui/timeline_model.h — the timeline's spans, computed once per log.
//
// One lane for the main thread (callbacks, coloured by the phase they ran in, and the
// microtask checkpoints that drain nextTicks and promise jobs between them) and one per pool
// thread (jobs); a browser run has no pool but a lane of rendering frames and lanes of
// requests in flight (docs/browser.md), and a run with workers one lane per worker (when its
// JavaScript runs, on its own clock). Spans are sorted by start so the panel draws only the
// visible ones (binary search), which keeps a frame cheap with a million-event log.
#pragma once

#include <cstdint>
#include <vector>

#include "engine/trace/step_log.h"
#include "engine/trace/vocabulary.h"

namespace loopscope::app {

struct TimelineSpan {
  int64_t start_ns = 0, end_ns = 0;
  size_t start_step = 0;  // the event that began it (click jumps there)
  uint32_t label = 0;     // string index in the log (callbacks, jobs)
  trace::Phase phase = trace::Phase::kMain;
  trace::DrainKind drain = trace::DrainKind::kMicrotaskCheckpoint;  // which drain (drain spans)
};

// W3C Long Tasks API: a task that keeps the main thread 50 ms or more is a long task.
inline constexpr int64_t kLongTaskNs = 50'000'000;

struct TimelineModel {
  std::vector<TimelineSpan> main;               // callbacks on the main thread
  std::vector<TimelineSpan> drains;             // outermost kDrainStart..kDrainEnd (drain: which)
  std::vector<std::vector<TimelineSpan>> pool;  // jobs, one vector per pool thread
  // Node's modelled one-off costs on the main thread (trace::IsSimulatedCost), labelled on
  // the main lane so their time is not taken for the program's own.
  std::vector<TimelineSpan> costs;
  // A browser run: each rendering opportunity (rAF callbacks, style, layout, paint), and
  // each fetch's request from the call until its response's networking task is due, packed
  // into as few lanes as keep every lane's spans apart (FirstVisibleSpan needs that).
  std::vector<TimelineSpan> frames;
  std::vector<std::vector<TimelineSpan>> network;
  // worker_threads: workers[k] is worker k+1's JavaScript (call stack not empty), by the
  // worker's own clock. The main and pool lanes hold the main thread's events only.
  std::vector<std::vector<TimelineSpan>> workers;
  // A browser run: the main lane's spans of kLongTaskNs or more (the Long Tasks API's 50 ms),
  // labelled on the lane with their length (timeline_costs.h).
  std::vector<TimelineSpan> long_tasks;
  int64_t end_ns = 0;  // virtual time of the last event

  size_t LaneCount() const {
    return 1 + workers.size() + pool.size() + (frames.empty() ? 0 : 1) + network.size();
  }
};

TimelineModel BuildTimeline(const trace::StepLog& log);

// The first step whose time is >= `time_ns`, clamped to the last step. The main thread's
// times never decrease; a run with workers interleaves clocks, so there it is approximate.
size_t StepAtTime(const trace::StepLog& log, int64_t time_ns);

// Index of the first span in `spans` that ends at or after `time_ns` (for culling).
size_t FirstVisibleSpan(const std::vector<TimelineSpan>& spans, int64_t time_ns);

}  // namespace loopscope::app
