// engine/js/heap_meter.h — how many bytes the JavaScript heap holds, kept as it changes.
//
// Every cell's fixed size and every string's text is counted when allocated and discounted
// when swept (heap.cpp). The storage that grows after allocation — array elements, object
// properties, Map and Set entries, scope slots — lives in HeapVectors, whose allocator
// counts each (re)allocation, so `new Array(1e6)` or a million pushes are seen the moment
// they happen. When the count passes the limit the meter asks the dispatch loop to stop at
// its next instruction (the step-budget path), where the embedder decides (Hooks). It does
// the same after every 64 MB allocated or processed (`churn`): a loop whose few steps each
// copy 100 MB must reach the embedder's limit checks long before 20,000 steps. The total
// (`total_work`) is a deterministic measure of native work that the embedder's step limit
// counts, so a loop of few, huge native steps ends the same way on every machine.
// Where to look next: runtime.h (the limit, ReserveHeap), heap.cpp (collection).
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <type_traits>
#include <vector>

namespace loopscope::js {

struct HeapMeter {
  static constexpr size_t kChurnPerCheck = size_t{64} << 20;
  size_t bytes = 0;
  size_t limit = SIZE_MAX;
  size_t churn = 0;                 // bytes allocated or processed since the last checkpoint
  uint64_t total_work = 0;          // bytes allocated or processed since the start (monotonic)
  uint64_t* step_budget = nullptr;  // set to 0 to request a checkpoint

  void Add(size_t n) {
    bytes += n;
    Work(n);
    if (bytes > limit && step_budget) *step_budget = 0;
  }
  void Sub(size_t n) { bytes -= n; }
  void Work(size_t n) {
    churn += n;
    total_work += n;
    if (churn >= kChurnPerCheck && step_budget) *step_budget = 0;
  }
};

// A std::allocator that reports to a HeapMeter (none: counts nothing, for containers
// created before their cell is attached to a runtime).
template <typename T>
struct HeapAllocator {
  using value_type = T;
  using propagate_on_container_move_assignment = std::true_type;
  using propagate_on_container_swap = std::true_type;

  HeapMeter* meter = nullptr;
  HeapAllocator() = default;
  explicit HeapAllocator(HeapMeter* m) : meter(m) {}
  template <typename U>
  HeapAllocator(const HeapAllocator<U>& other) : meter(other.meter) {}

  T* allocate(size_t n) {
    if (meter) meter->Add(n * sizeof(T));
    return std::allocator<T>().allocate(n);
  }
  void deallocate(T* p, size_t n) {
    if (meter) meter->Sub(n * sizeof(T));
    std::allocator<T>().deallocate(p, n);
  }
  template <typename U>
  bool operator==(const HeapAllocator<U>& other) const {
    return meter == other.meter;
  }
};

template <typename T>
using HeapVector = std::vector<T, HeapAllocator<T>>;

}  // namespace loopscope::js
