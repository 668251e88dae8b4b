// engine/trace/checkpoints.cpp — building the checkpoint table and answering StateAt(i).
// Where to look next: checkpoints.h for the interval rule and its memory bound.
#include "engine/trace/checkpoints.h"

#include <algorithm>
#include <cassert>

namespace loopscope::trace {

Checkpoints::Checkpoints(const StepLog& log) : log_(&log) {
  LoopState state;
  size_t last = 0;
  for (size_t i = 0; i < log.size(); ++i) {
    ApplyEvent(state, log.At(i), i);
    const size_t distance = i + 1 - last;
    if (distance >= kMinInterval && state.MemoryBytes() <= distance * kBytesPerEvent) {
      states_.push_back(state);
      steps_.push_back(i);
      last = i + 1;
    }
  }
}

LoopState Checkpoints::StateAt(size_t index) const {
  assert(index < log_->size() && "StateAt past the end of the log");
  // The last checkpoint strictly before `index`, so event `index` itself is always replayed
  // with Apply and the state carries its explanation.
  auto it = std::lower_bound(steps_.begin(), steps_.end(), index);
  LoopState state;
  size_t next = 0;
  if (it != steps_.begin()) {
    const size_t k = static_cast<size_t>(it - steps_.begin()) - 1;
    state = states_[k];
    next = steps_[k] + 1;
  }
  for (; next < index; ++next) ApplyEvent(state, log_->At(next), next);
  Apply(state, *log_, index);
  return state;
}

size_t Checkpoints::MemoryBytes() const {
  size_t bytes = steps_.capacity() * sizeof(size_t);
  for (const LoopState& s : states_) bytes += s.MemoryBytes();
  return bytes;
}

LoopState ReplayTo(const StepLog& log, size_t index) {
  assert(index < log.size() && "ReplayTo past the end of the log");
  LoopState state;
  for (size_t i = 0; i < index; ++i) ApplyEvent(state, log.At(i), i);
  Apply(state, log, index);
  return state;
}

}  // namespace loopscope::trace
