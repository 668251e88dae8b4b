// engine/js/job_queue.h — the FIFO the ECMAScript job queue is kept in (Runtime::jobs_).
//
// A ring over one growing array: a drained queue keeps its storage, so a program that queues
// and runs millions of reactions allocates only while the queue grows past its largest size.
// (std::deque, used before, holds three 160-byte jobs per 512-byte block and went back to
// malloc for a block every third job.) Nothing here knows what a job is.
// Where to look next: promise.cpp (EnqueueJob, RunNextJob), heap.cpp (marks the queued jobs).
#pragma once

#include <cstddef>
#include <utility>
#include <vector>

namespace loopscope::js {

template <typename T>
class JobQueue {
 public:
  bool empty() const { return count_ == 0; }
  size_t size() const { return count_; }

  T& push_back(T&& item) {
    if (count_ == slots_.size()) Grow();
    T& slot = slots_[(head_ + count_) & (slots_.size() - 1)];
    slot = std::move(item);
    ++count_;
    return slot;
  }
  // Moves the oldest item out; the queue must not be empty.
  T TakeFront() {
    T item = std::move(slots_[head_]);
    head_ = (head_ + 1) & (slots_.size() - 1);
    --count_;
    return item;
  }
  template <typename Fn>
  void ForEach(Fn&& fn) const {
    for (size_t i = 0; i < count_; ++i) fn(slots_[(head_ + i) & (slots_.size() - 1)]);
  }

 private:
  // Doubles the ring (a power of two, so an index wraps with a mask), oldest item first.
  void Grow() {
    std::vector<T> bigger(slots_.empty() ? 64 : slots_.size() * 2);
    for (size_t i = 0; i < count_; ++i)
      bigger[i] = std::move(slots_[(head_ + i) & (slots_.size() - 1)]);
    slots_ = std::move(bigger);
    head_ = 0;
  }

  std::vector<T> slots_;
  size_t head_ = 0;
  size_t count_ = 0;
};

}  // namespace loopscope::js
