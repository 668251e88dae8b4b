// engine/memory/block_arena.h — fixed-size blocks cut from 2 MiB chunks that the kernel may
// back with one huge page each.
//
// A simulation's big stores (the cell heap's pages, the step log's record chunks) grow by
// tens of megabytes in a run that lasts a fraction of a second. Taken from malloc 64 or
// 112 KiB at a time, every 4 KiB of them cost a page fault on first touch: 17,000 faults and
// a sixth of a whole `loopscope run` of the promise storm. Chunks marked MADV_HUGEPAGE fault
// once per 2 MiB where the kernel's transparent huge pages are on ("madvise" or "always",
// Debian's default is "madvise"); where they are off this is an aligned malloc and nothing
// else changes. Blocks are never given back one by one: the arena frees its chunks when it is
// destroyed (glibc may keep them for the next run: engine/node/memory_reuse.h).
// Header-only so that every engine layer can use it without a dependency between layers.
// Where to look next: engine/js/cell_heap.h, engine/trace/step_log.h (the users).
#pragma once

#include <sys/mman.h>

#include <cstddef>
#include <cstdlib>
#include <new>
#include <utility>
#include <vector>

namespace loopscope::memory {

class BlockArena {
 public:
  static constexpr size_t kChunkBytes = size_t{2} << 20;

  // `block_bytes` at most kChunkBytes; a chunk holds kChunkBytes / block_bytes blocks.
  explicit BlockArena(size_t block_bytes) : block_bytes_(block_bytes) {}
  BlockArena(BlockArena&& other) noexcept
      : block_bytes_(other.block_bytes_),
        chunks_(std::move(other.chunks_)),
        next_(std::exchange(other.next_, nullptr)),
        left_(std::exchange(other.left_, 0)) {}
  BlockArena& operator=(BlockArena&& other) noexcept {
    std::swap(block_bytes_, other.block_bytes_);
    std::swap(chunks_, other.chunks_);
    std::swap(next_, other.next_);
    std::swap(left_, other.left_);
    return *this;
  }
  BlockArena(const BlockArena&) = delete;
  BlockArena& operator=(const BlockArena&) = delete;
  ~BlockArena() {
    for (void* chunk : chunks_) std::free(chunk);
  }

  // A fresh block, uninitialised, aligned to at least 16 bytes (a page when block_bytes is a
  // multiple of the page size); it lives as long as the arena.
  std::byte* Take() {
    if (left_ == 0) {
      void* chunk = std::aligned_alloc(kChunkBytes, kChunkBytes);
      if (!chunk) throw std::bad_alloc();
      madvise(chunk, kChunkBytes, MADV_HUGEPAGE);  // advice only: a refusal changes nothing
      chunks_.push_back(chunk);
      next_ = static_cast<std::byte*>(chunk);
      left_ = kChunkBytes / block_bytes_;
    }
    --left_;
    return std::exchange(next_, next_ + block_bytes_);
  }

  // Bytes of the chunks taken so far (for memory reports).
  size_t bytes() const { return chunks_.size() * kChunkBytes; }

 private:
  size_t block_bytes_;
  std::vector<void*> chunks_;
  std::byte* next_ = nullptr;
  size_t left_ = 0;  // blocks still free in the newest chunk
};

}  // namespace loopscope::memory
