// engine/trace/checkpoints.h — StateAt(i) for any step i, forwards or backwards, in bounded time.
//
// Built once over an immutable StepLog: one full replay that stores a copy of the LoopState
// every so often. StateAt(i) copies the nearest stored state at or before i and replays at
// most one interval. Interval rule (the memory trade-off): a checkpoint is stored once at
// least kMinInterval events have passed since the last one AND the state's size is at most
// kBytesPerEvent times that distance, so checkpoints never cost more than kBytesPerEvent per
// event on average (about half the 28-byte record the log keeps per event, packed_event.h)
// while small states, the common case, get a checkpoint every kMinInterval events (≈ 20–50 µs
// of replay; a real ten-million-event run averages 1.5 bytes per event, tests/bench).
// Where to look next: loop_state.h (Apply), navigation.h (where the player moves to).
#pragma once

#include <cstddef>
#include <vector>

#include "engine/trace/loop_state.h"
#include "engine/trace/step_log.h"

namespace loopscope::trace {

class Checkpoints {
 public:
  static constexpr size_t kMinInterval = 1024;
  static constexpr size_t kBytesPerEvent = 16;

  // Replays `log` once; the log must outlive this object and must not grow afterwards.
  explicit Checkpoints(const StepLog& log);

  // The state after events [0, index], explanation included. index < log.size().
  LoopState StateAt(size_t index) const;

  size_t count() const { return states_.size(); }
  size_t MemoryBytes() const;

 private:
  const StepLog* log_;
  std::vector<LoopState> states_;  // states_[k] is the state after event steps_[k]
  std::vector<size_t> steps_;
};

// Replays events [0, index] from the initial state, with no checkpoints (the reference the
// tests compare StateAt with).
LoopState ReplayTo(const StepLog& log, size_t index);

}  // namespace loopscope::trace
