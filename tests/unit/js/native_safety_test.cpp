// tests/unit/js/native_safety_test.cpp — the helpers that keep natives inside their bounds
// whatever the program passes: TimSort under comparators that contradict themselves or
// throw, and the argument clamps of checked_args.h on NaN, infinities and huge values.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <numeric>
#include <random>

#include "engine/js/checked_args.h"
#include "engine/js/tim_sort.h"

namespace loopscope::js {
namespace {

std::vector<size_t> Positions(size_t n) {
  std::vector<size_t> v(n);
  std::iota(v.begin(), v.end(), 0);
  return v;
}

bool IsPermutation(std::vector<size_t> v) {
  std::sort(v.begin(), v.end());
  for (size_t i = 0; i < v.size(); ++i)
    if (v[i] != i) return false;
  return true;
}

TEST(TimSort, RandomAnswersStillGiveAPermutation) {
  std::mt19937 rng(7);
  for (size_t n : {0u, 1u, 2u, 5u, 63u, 64u, 65u, 200u, 1000u, 5000u}) {
    std::vector<size_t> v = Positions(n);
    Completion c = TimSort(v, [&](size_t, size_t, double& order) {
      order = static_cast<double>(rng() % 3) - 1;
      return Ok();
    });
    EXPECT_TRUE(c.ok());
    EXPECT_TRUE(IsPermutation(v)) << "n = " << n;
  }
}

TEST(TimSort, ConsistentComparatorSortsStably) {
  std::vector<int> keys(3000);
  for (size_t i = 0; i < keys.size(); ++i) keys[i] = static_cast<int>((i * 7919) % 13);
  std::vector<size_t> v = Positions(keys.size());
  ASSERT_TRUE(TimSort(v, [&](size_t x, size_t y, double& order) {
                order = keys[x] - keys[y];
                return Ok();
              }).ok());
  for (size_t i = 1; i < v.size(); ++i) {
    ASSERT_LE(keys[v[i - 1]], keys[v[i]]);
    if (keys[v[i - 1]] == keys[v[i]]) ASSERT_LT(v[i - 1], v[i]) << "not stable at " << i;
  }
}

TEST(TimSort, ThrowStopsTheSortAndKeepsAPermutation) {
  // Scrambled keys make many runs and merges, so each throw lands in a different stage.
  auto key = [](size_t i) { return static_cast<double>((i * 7919) % 2003); };
  for (int throw_at : {1, 50, 500, 3000, 15000}) {
    std::vector<size_t> v = Positions(2000);
    int calls = 0;
    Completion c = TimSort(v, [&](size_t x, size_t y, double& order) {
      if (++calls == throw_at) return Completion{Completion::Type::kThrow, Value::Number(1)};
      order = key(x) - key(y);
      return Ok();
    });
    EXPECT_TRUE(c.threw()) << "throw at call " << throw_at;
    EXPECT_TRUE(IsPermutation(v)) << "throw at call " << throw_at;
  }
}

TEST(CheckedArgs, ClampsNeverCastNanOrInfinity) {
  EXPECT_EQ(ClampToSize(NAN, 0, 10), 0u);
  EXPECT_EQ(ClampToSize(INFINITY, 0, 10), 10u);
  EXPECT_EQ(ClampToSize(-INFINITY, 3, 10), 3u);
  EXPECT_EQ(ClampToSize(1e300, 0, 10), 10u);
  EXPECT_EQ(ClampToSize(4.9, 0, 10), 4u);
  EXPECT_EQ(RelativeIndex(NAN, 5), 0u);
  EXPECT_EQ(RelativeIndex(-2, 5), 3u);
  EXPECT_EQ(RelativeIndex(-INFINITY, 5), 0u);
  EXPECT_EQ(RelativeIndex(INFINITY, 5), 5u);
  EXPECT_EQ(ToIntegerOrInfinity(NAN), 0);
  EXPECT_FALSE(std::signbit(ToIntegerOrInfinity(-0.5)));
  EXPECT_EQ(ToIntegerOrInfinity(-INFINITY), -INFINITY);
}

}  // namespace
}  // namespace loopscope::js
