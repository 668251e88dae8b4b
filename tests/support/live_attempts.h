// tests/support/live_attempts.h — running a program live for a comparison, with retries,
// and telling a slow host from a wrong order.
//
// A live run is real time: on a loaded machine the process can be descheduled between
// creating a 3 ms and a 5 ms timer, and the order they fire in changes — as it would for
// real Node on that machine. A comparison therefore gets up to three live runs and accepts
// the first that matches; an engine bug fails every one of them. When all three differ and
// the live log shows the host was too slow to keep time (a timer ran well after it was due),
// the comparison says so and is skipped rather than failed: no result of a real-time run on
// such a host can confirm or refute a millisecond-sized order.
#pragma once

#include <map>
#include <optional>
#include <string>

#include "engine/live/live_run.h"
#include "engine/trace/step_log.h"

namespace loopscope::testing {

template <typename Accept>
node::RunResult RunLiveAttempts(const scenario::Scenario& scenario, const node::RunOptions& options,
                                Accept accept, int attempts = 3) {
  node::RunResult run = live::RunLive(scenario, options);
  for (int i = 1; i < attempts && !accept(run); ++i) run = live::RunLive(scenario, options);
  return run;
}

// How late a timer may run on a host that keeps time: libuv's millisecond clock and one
// loop iteration's work.
inline constexpr int64_t kHostKeepsTimeNs = 3'000'000;

// A sentence naming the latest timer of a live log, when one ran more than
// kHostKeepsTimeNs after it was due; nullopt when the host kept time (or no log).
inline std::optional<std::string> HostTooSlowForRealTime(const trace::StepLog* log) {
  if (!log) return std::nullopt;
  std::map<uint64_t, int64_t> due;  // timer item -> due time (real ns)
  int64_t worst = 0;
  for (size_t i = 0; i < log->size(); ++i) {
    const trace::Event& e = log->At(i);
    if (e.queue != trace::Queue::kTimers) continue;
    if (e.kind == trace::EventKind::kEnqueue) due[e.item] = e.value;
    if (e.kind == trace::EventKind::kCallbackStart) {
      if (auto it = due.find(e.item); it != due.end())
        worst = std::max(worst, e.time_ns - it->second);
    }
  }
  if (worst <= kHostKeepsTimeNs) return std::nullopt;
  return "the host is too slow for a real-time comparison: a timer ran " +
         std::to_string(worst / 1'000'000) +
         " ms after it was due, so orders a few milliseconds apart can come out either way, as "
         "they "
         "would for Node on this machine";
}

}  // namespace loopscope::testing
