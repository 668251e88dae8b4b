// engine/memory/block_arena.h — fixed-size blocks cut from 2 MiB chunks that the kernel may
// back with one huge page each.
//
// A simulation's big stores (the cell heap's pages, the step log's record chunks) grow by
// tens of megabytes in a run that lasts a fraction of a second. Taken from malloc 64 or
// 112 KiB at a time, every 4 KiB of them cost a page fault on first touch: 17,000 faults and
// a sixth of a whole `loopscope run` of the promise storm. Chunks of 2 MiB fault once each
// where the kernel's transparent huge pages are on ("madvise" or "always", Debian's default
// is "madvise"), and the process's chunk supply has most of them faulted in already, on
// another core (chunk_supply.h). Blocks are never given back one by one: the arena gives its
// chunks back to the supply when it is destroyed, for the next run in the process.
// Where to look next: engine/js/cell_heap.h, engine/trace/step_log.h (the users).
#pragma once

#include <cstddef>
#include <utility>
#include <vector>

#include "engine/memory/chunk_supply.h"

namespace loopscope::memory {

class BlockArena {
 public:
  static constexpr size_t kChunkBytes = ChunkSupply::kChunkBytes;

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
    for (void* chunk : chunks_) ChunkSupply::Process().Give(chunk);
  }

  // A fresh block, uninitialised, aligned to at least 16 bytes (a page when block_bytes is a
  // multiple of the page size); it lives as long as the arena.
  std::byte* Take() {
    if (left_ == 0) {
      if (chunks_.size() == chunks_.capacity()) chunks_.reserve(2 * chunks_.size() + 8);
      void* chunk = ChunkSupply::Process().Take();
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
