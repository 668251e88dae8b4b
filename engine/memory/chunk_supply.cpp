// engine/memory/chunk_supply.cpp — mapping, faulting in and keeping chunks. See chunk_supply.h.
#include "engine/memory/chunk_supply.h"

#include <sys/mman.h>

#include <cstdint>
#include <new>
#include <system_error>
#include <thread>

// LeakSanitizer scans malloc's blocks, not mappings of our own: a chunk an arena holds is a
// root region for it, as the malloc'd chunk it replaced was scanned, so that what live cells
// point to (their property storage, their strings) is not reported as leaked.
#if defined(__SANITIZE_ADDRESS__)
#define LOOPSCOPE_LSAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(leak_sanitizer)
#define LOOPSCOPE_LSAN 1
#endif
#endif
#ifdef LOOPSCOPE_LSAN
#include <sanitizer/lsan_interface.h>
#endif

#ifndef MADV_POPULATE_WRITE
#define MADV_POPULATE_WRITE 23  // Linux 5.14; older kernels refuse it and get the touch loop
#endif

namespace loopscope::memory {
namespace {

constexpr size_t kPageBytes = 4096;

// A fresh mapping of one chunk, aligned to its size so that the kernel can back it with one
// huge page (MADV_HUGEPAGE: Debian's transparent huge pages are "madvise"). Null when the
// kernel has no memory to give.
void* MapChunk() {
  constexpr size_t kSpan = 2 * ChunkSupply::kChunkBytes;
  void* mapped = mmap(nullptr, kSpan, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  if (mapped == MAP_FAILED) return nullptr;
  const auto start = reinterpret_cast<uintptr_t>(mapped);
  const uintptr_t chunk = (start + ChunkSupply::kChunkBytes - 1) & ~(ChunkSupply::kChunkBytes - 1);
  const uintptr_t end = chunk + ChunkSupply::kChunkBytes;
  if (chunk > start) munmap(mapped, chunk - start);
  if (start + kSpan > end) munmap(reinterpret_cast<void*>(end), start + kSpan - end);
  madvise(reinterpret_cast<void*>(chunk), ChunkSupply::kChunkBytes, MADV_HUGEPAGE);  // advice only
  return reinterpret_cast<void*>(chunk);
}

// Makes the kernel allocate and zero every page of `chunk` now, on this thread.
void FaultIn(void* chunk) {
  if (madvise(chunk, ChunkSupply::kChunkBytes, MADV_POPULATE_WRITE) == 0) return;
  auto* bytes = static_cast<volatile char*>(chunk);
  for (size_t at = 0; at < ChunkSupply::kChunkBytes; at += kPageBytes) bytes[at] = 0;
}

}  // namespace

ChunkSupply& ChunkSupply::Process() {
  static ChunkSupply* const supply = new ChunkSupply();
  return *supply;
}

// As many ready chunks as the arenas hold, up to kMostAhead: a small run (most of them) gets
// a chunk or two ahead, a run that grows by hundreds of megabytes the full lead.
size_t ChunkSupply::Wanted() const {
  return taken_ < kMostAhead ? taken_ : kMostAhead;
}

void* ChunkSupply::Take() {
  void* chunk = nullptr;
  {
    std::lock_guard lock(mutex_);
    if (!ready_.empty()) {
      chunk = ready_.back();
      ready_.pop_back();
    }
  }
  if (!chunk) chunk = MapChunk();  // the helper fell behind: this thread takes the faults
  if (!chunk) throw std::bad_alloc();
#ifdef LOOPSCOPE_LSAN
  __lsan_register_root_region(chunk, kChunkBytes);
#endif
  std::lock_guard lock(mutex_);
  ++taken_;
  if (!helper_started_) {
    helper_started_ = true;
    try {
      std::thread([this] { FaultInAhead(); }).detach();
    } catch (const std::system_error&) {
      // No thread to be had: every chunk is faulted in by its user, as without the supply.
    }
  }
  if (ready_.size() < Wanted()) wanted_.notify_one();
  return chunk;
}

void ChunkSupply::Give(void* chunk) {
#ifdef LOOPSCOPE_LSAN
  __lsan_unregister_root_region(chunk, kChunkBytes);
#endif
  std::lock_guard lock(mutex_);
  --taken_;
  if (ready_.size() * kChunkBytes < kMostKeptBytes) {
    ready_.push_back(chunk);
  } else {
    munmap(chunk, kChunkBytes);
  }
}

size_t ChunkSupply::ready_chunks() {
  std::lock_guard lock(mutex_);
  return ready_.size();
}

void ChunkSupply::FaultInAhead() {
  std::unique_lock lock(mutex_);
  for (;;) {
    wanted_.wait(lock, [this] { return ready_.size() < Wanted(); });
    lock.unlock();
    void* chunk = MapChunk();
    if (chunk) FaultIn(chunk);
    lock.lock();
    if (!chunk) return;  // out of memory: leave the faults to the arenas, which will report it
    ready_.push_back(chunk);
  }
}

}  // namespace loopscope::memory
