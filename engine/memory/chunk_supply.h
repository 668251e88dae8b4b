// engine/memory/chunk_supply.h — the process's 2 MiB chunks, faulted in ahead of need.
//
// A simulation's big stores (engine/memory/block_arena.h) grow by a gigabyte a second. The
// kernel zeroes every page on its first touch, and on the project's machine that zeroing was
// four tenths of a whole `loopscope run` of the promise storm with its step log (perf: 44% of
// the samples in the kernel, nearly all clearing huge pages). So the supply keeps a few
// chunks faulted in ahead of the arenas on a helper thread, where the zeroing overlaps the
// simulation on another core, and takes chunks back when an arena is destroyed: the next
// simulation in the process (the app re-simulating, a benchmark loop) finds them already
// touched. It keeps at most kMostKeptBytes that nobody uses; the rest go back to the kernel.
// Where to look next: block_arena.h (the users), README.md ("Performance").
#pragma once

#include <condition_variable>
#include <cstddef>
#include <mutex>
#include <vector>

namespace loopscope::memory {

class ChunkSupply {
 public:
  static constexpr size_t kChunkBytes = size_t{2} << 20;
  // Chunks kept faulted in beyond what the arenas hold, once they have asked for as many.
  static constexpr size_t kMostAhead = 4;
  // Given-back chunks kept for the next user (what an idle app may hold that it does not use).
  static constexpr size_t kMostKeptBytes = size_t{256} << 20;

  // The one supply of the process. It is never destroyed: an arena may outlive main().
  static ChunkSupply& Process();

  // A chunk aligned to kChunkBytes; its contents are unspecified. Throws std::bad_alloc.
  void* Take();
  // Gives a chunk from Take back; it may be handed out again.
  void Give(void* chunk);
  // Chunks ready to hand out: faulted in ahead or given back (memory reports, tests).
  size_t ready_chunks();

 private:
  ChunkSupply() = default;
  void FaultInAhead();  // the helper thread's loop
  size_t Wanted() const;

  std::mutex mutex_;
  std::condition_variable wanted_;
  std::vector<void*> ready_;  // nobody's: faulted in by the helper, or given back
  size_t taken_ = 0;          // chunks held by arenas now
  bool helper_started_ = false;
};

}  // namespace loopscope::memory
