// engine/node/memory_reuse.h — keep freed memory in the process for the next simulation.
//
// A simulation allocates tens of megabytes and frees them at the end. The heap's cell pages
// and the step log's records come from the chunk supply, which keeps its chunks itself
// (engine/memory/chunk_supply.h); the rest (property and element storage, strings, queues)
// is malloc's. glibc hands large freed blocks and the heap's free top back to the kernel, so
// the next run in the same process (the app re-simulating after an edit or a reload, a
// benchmark loop) would take a page fault and a zeroed page for every page again: a third of
// the run's CPU on the promise storm when the cells came from malloc too (README's
// performance table). Processes that simulate call this once
// at start; the bound keeps an idle app from holding more than kRetainedBytes it no longer
// uses. Where to look next: app/main.cpp and tests/bench/bench_main.cpp (the callers).
#pragma once

#include <cstddef>

namespace loopscope::node {

// Freed memory glibc may keep at the top of its heap instead of returning it.
inline constexpr size_t kRetainedBytes = size_t{256} << 20;
// Blocks from this size up get their own mapping (glibc's largest fixed threshold).
inline constexpr size_t kOwnMappingBytes = size_t{32} << 20;

// Sets glibc's trim and mmap thresholds (mallopt M_TRIM_THRESHOLD, M_MMAP_THRESHOLD).
// Returns false when the C library refused (or is not glibc).
bool KeepFreedMemoryForNextRun();

}  // namespace loopscope::node
