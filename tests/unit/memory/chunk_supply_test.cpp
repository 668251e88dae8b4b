// tests/unit/memory/chunk_supply_test.cpp — ChunkSupply, the process's 2 MiB chunks: they are
// aligned to their size and writable, a chunk given back is handed out again, and the helper
// thread has the next chunk faulted in (every page resident) before an arena asks for it.
#include "engine/memory/chunk_supply.h"

#include <gtest/gtest.h>
#include <sys/mman.h>
#include <unistd.h>

#include <chrono>
#include <cstdint>
#include <cstring>
#include <set>
#include <thread>
#include <vector>

namespace loopscope::memory {
namespace {

constexpr size_t kChunk = ChunkSupply::kChunkBytes;

size_t ResidentPages(void* chunk) {
  const auto page = static_cast<size_t>(sysconf(_SC_PAGESIZE));
  std::vector<unsigned char> resident(kChunk / page);
  if (mincore(chunk, kChunk, resident.data()) != 0) return 0;
  size_t count = 0;
  for (unsigned char r : resident) count += r & 1;
  return count;
}

TEST(ChunkSupply, ChunksAreAlignedToTheirSizeAndWritable) {
  ChunkSupply& supply = ChunkSupply::Process();
  std::vector<void*> chunks;
  for (int i = 0; i < 3; ++i) {
    void* chunk = supply.Take();
    EXPECT_EQ(reinterpret_cast<uintptr_t>(chunk) % kChunk, 0u);
    std::memset(chunk, 0xab, kChunk);
    chunks.push_back(chunk);
  }
  EXPECT_EQ(std::set<void*>(chunks.begin(), chunks.end()).size(), chunks.size());
  for (void* chunk : chunks) supply.Give(chunk);
}

TEST(ChunkSupply, AChunkGivenBackIsHandedOutAgain) {
  ChunkSupply& supply = ChunkSupply::Process();
  constexpr int kCount = 8;
  std::set<void*> first;
  for (int i = 0; i < kCount; ++i) first.insert(supply.Take());
  for (void* chunk : first) supply.Give(chunk);
  // The helper may finish one chunk it was faulting in after the gives and hand that out
  // first; every other chunk comes from the ones given back.
  int reused = 0;
  std::vector<void*> second;
  for (int i = 0; i < kCount; ++i) {
    second.push_back(supply.Take());
    reused += first.count(second.back()) ? 1 : 0;
  }
  EXPECT_GE(reused, kCount - 1);
  for (void* chunk : second) supply.Give(chunk);
}

TEST(ChunkSupply, TheHelperFaultsTheNextChunkInAhead) {
  ChunkSupply& supply = ChunkSupply::Process();
  // Chunks given back by the tests above are ready too, untouched; take them out of the way
  // (the helper cannot keep up with a loop that only takes, so this ends).
  std::vector<void*> held;
  while (supply.ready_chunks() > 0) held.push_back(supply.Take());
  held.push_back(supply.Take());  // arenas hold chunks: the helper keeps some ready
  // A bound on the wait only, so that a broken helper fails instead of hanging the suite.
  const auto give_up = std::chrono::steady_clock::now() + std::chrono::seconds(30);
  while (supply.ready_chunks() == 0 && std::chrono::steady_clock::now() < give_up)
    std::this_thread::sleep_for(std::chrono::milliseconds(1));
  ASSERT_GT(supply.ready_chunks(), 0u) << "the helper never faulted a chunk in";
  void* next = supply.Take();
  EXPECT_EQ(ResidentPages(next), kChunk / static_cast<size_t>(sysconf(_SC_PAGESIZE)))
      << "every page of a ready chunk is in memory before its first use";
  supply.Give(next);
  for (void* chunk : held) supply.Give(chunk);
}

}  // namespace
}  // namespace loopscope::memory
