// tests/gui/progress_test.cpp — pool job and OS operation progress: fractions, the wording
// on time, over time and without an expected duration, and the animated clock.
#include "app/ui/progress.h"

#include <gtest/gtest.h>

namespace loopscope::app {
namespace {

TEST(Progress, FractionOfTheExpectedDuration) {
  Progress p = ProgressAt(10'000'000, 100'000'000, 52'000'000);
  EXPECT_TRUE(p.known);
  EXPECT_FLOAT_EQ(p.fraction, 0.42f);
  EXPECT_EQ(p.over_ns, 0);
  EXPECT_EQ(ProgressText(p), "42.0 of 100.0 ms");
}

TEST(Progress, OverrunKeepsTheBarFullAndSaysByHowMuch) {
  Progress p = ProgressAt(0, 100'000'000, 112'500'000);
  EXPECT_FLOAT_EQ(p.fraction, 1.0f);
  EXPECT_EQ(p.over_ns, 12'500'000);
  EXPECT_EQ(ProgressText(p), "over by 12.5 ms");
}

TEST(Progress, UnknownDurationShowsElapsedTimeOnly) {
  Progress p = ProgressAt(5'000'000, 0, 7'000'000);
  EXPECT_FALSE(p.known);
  EXPECT_EQ(ProgressText(p), "2.0 ms");
  EXPECT_EQ(ProgressAt(9, 0, 3).elapsed_ns, 0) << "a clock behind the start reads as zero";
}

TEST(Progress, AnimatedTimeEndsExactlyAtTheStepsTime) {
  EXPECT_EQ(AnimatedTime(1'000, 3'000, 0.0f), 1'000);
  EXPECT_EQ(AnimatedTime(1'000, 3'000, 0.5f), 2'000);
  EXPECT_EQ(AnimatedTime(1'000, 3'000, 1.0f), 3'000);
  EXPECT_EQ(AnimatedTime(5'000, 3'000, 1.0f), 3'000)
      << "stepping back: no motion, the step's own time";
}

}  // namespace
}  // namespace loopscope::app
