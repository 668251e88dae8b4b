// tests/unit/js/heap_limit_test.cpp — the heap meter and Vm::SetHeapLimit: what the heap
// holds is counted as it grows (arrays, objects, strings, maps, external memory), garbage
// never trips the limit, a live heap past it reaches Hooks::OnHeapLimitReached at once, and
// an allocation that could never fit is refused before it is made.
#include <gtest/gtest.h>

#include "tests/unit/js/test_host.h"

namespace loopscope::js::testing {
namespace {

constexpr size_t kMb = size_t{1} << 20;

// A TestHost whose heap is limited; it records what the hook saw and stops the program.
class LimitedHost : public TestHost {
 public:
  explicit LimitedHost(size_t limit_mb) { vm().SetHeapLimit(limit_mb * kMb); }
  bool OnHeapLimitReached(size_t heap_bytes) override {
    ++calls;
    reported = heap_bytes;
    return false;
  }
  int calls = 0;
  size_t reported = 0;
};

TEST(HeapLimit, GrowingLiveDataStopsJustPastTheLimit) {
  for (const char* grow : {"keep.push(new Array(1000).fill(i))", "keep.push('x'.repeat(1000) + i)",
                           "keep.push({ a: i, b: [i], c: 'k' + i })", "map.set(i, [i, i])"}) {
    LimitedHost host(32);
    EXPECT_FALSE(host.Run(
        std::string("const keep = [], map = new Map();\nfor (let i = 0; ; i++) ") + grow + ";\n"))
        << grow;
    EXPECT_EQ(host.errors, "terminated\n") << grow;
    EXPECT_EQ(host.calls, 1) << grow;
    // Noticed at the next instruction after the allocation that passed it.
    EXPECT_GT(host.reported, 32 * kMb) << grow;
    EXPECT_LT(host.reported, 34 * kMb) << grow;
  }
}

TEST(HeapLimit, GarbageIsCollectedNotCounted) {
  LimitedHost host(32);
  ASSERT_TRUE(
      host.Run("let total = 0;\n"
               "for (let i = 0; i < 200; i++) total += new Array(1e5).fill(1).length + "
               "('y'.repeat(1e5) + i).length;\n"
               "console.log(total);\n"))
      << host.errors;
  EXPECT_EQ(host.out, "40000490\n");
  EXPECT_EQ(host.calls, 0);
}

// An allocation that alone passes the limit is refused before it is made.
TEST(HeapLimit, HugeAllocationsAreRefusedBeforehand) {
  for (const char* big :
       {"new Array(1e9).fill(0)", "'x'.repeat(4e8)", "'x'.padEnd(4e8)", "[...Array(4294967295)]"}) {
    LimitedHost host(64);
    EXPECT_FALSE(host.Run(std::string("const a = ") + big + ";\n")) << big;
    EXPECT_EQ(host.calls, 1) << big;
    EXPECT_LT(host.vm().heap_bytes(), 64 * kMb) << big;
  }
}

TEST(HeapLimit, MemoryIsGivenBackWhenFreed) {
  TestHost host;
  size_t empty = host.vm().heap_bytes();
  ASSERT_TRUE(host.Run("globalThis.keep = new Array(1e6).fill(0);"));
  EXPECT_GE(host.vm().heap_bytes(), empty + 8'000'000);
  ASSERT_TRUE(host.Run("globalThis.keep = null;"));
  host.vm().CollectGarbage();
  EXPECT_LT(host.vm().heap_bytes(), empty + kMb);
}

TEST(HeapLimit, ExternalMemoryCounts) {
  LimitedHost host(16);
  host.vm().AdjustExternalMemory(static_cast<int64_t>(20 * kMb));
  EXPECT_FALSE(host.Run("for (let i = 0; i < 10; i++) {}"));
  EXPECT_EQ(host.calls, 1);
  host.vm().AdjustExternalMemory(-static_cast<int64_t>(20 * kMb));
  host.calls = 0;
  host.errors.clear();
  EXPECT_TRUE(host.Run("for (let i = 0; i < 10; i++) {}")) << host.errors;
  EXPECT_EQ(host.calls, 0);
}

}  // namespace
}  // namespace loopscope::js::testing
