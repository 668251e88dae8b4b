// tests/unit/trace/navigation_test.cpp — NextStep/PrevStep for every granularity, including
// staying put at either end of the log.
#include "engine/trace/navigation.h"

#include <gtest/gtest.h>

namespace loopscope::trace {
namespace {

StepLog Sample() {
  // 0 phase, 1 statement, 2 console, 3 callback, 4 statement, 5 phase, 6 console, 7 note
  StepLog log;
  for (EventKind k : {EventKind::kPhaseEnter, EventKind::kStatement, EventKind::kConsole,
                      EventKind::kCallbackStart, EventKind::kStatement, EventKind::kPhaseEnter,
                      EventKind::kConsole, EventKind::kNote}) {
    Event e;
    e.kind = k;
    e.loc = Loc{static_cast<uint32_t>(log.size() + 1), 1};
    log.Append(e);
  }
  return log;
}

TEST(NavigationTest, NextFindsTheNearestMatchAfter) {
  const StepLog log = Sample();
  EXPECT_EQ(NextStep(log, 0, Granularity::kEvent), 1u);
  EXPECT_EQ(NextStep(log, 1, Granularity::kStatement), 4u);
  EXPECT_EQ(NextStep(log, 0, Granularity::kCallback), 3u);
  EXPECT_EQ(NextStep(log, 0, Granularity::kPhase), 5u);
  EXPECT_EQ(NextStep(log, 0, Granularity::kConsole), 2u);
  EXPECT_EQ(NextStep(log, 2, Granularity::kConsole), 6u);
}

TEST(NavigationTest, PrevFindsTheNearestMatchBefore) {
  const StepLog log = Sample();
  EXPECT_EQ(PrevStep(log, 7, Granularity::kEvent), 6u);
  EXPECT_EQ(PrevStep(log, 7, Granularity::kStatement), 4u);
  EXPECT_EQ(PrevStep(log, 7, Granularity::kCallback), 3u);
  EXPECT_EQ(PrevStep(log, 5, Granularity::kPhase), 0u);
  EXPECT_EQ(PrevStep(log, 6, Granularity::kConsole), 2u);
  EXPECT_EQ(PrevStep(log, 7, Granularity::kConsole), 6u);
}

TEST(NavigationTest, StaysPutWhenThereIsNothingFurther) {
  const StepLog log = Sample();
  EXPECT_EQ(NextStep(log, 7, Granularity::kEvent), 7u);
  EXPECT_EQ(NextStep(log, 6, Granularity::kConsole), 6u);
  EXPECT_EQ(NextStep(log, 5, Granularity::kPhase), 5u);
  EXPECT_EQ(PrevStep(log, 0, Granularity::kEvent), 0u);
  EXPECT_EQ(PrevStep(log, 1, Granularity::kConsole), 1u);
  EXPECT_EQ(PrevStep(log, 2, Granularity::kCallback), 2u);
}

TEST(NavigationTest, EveryGranularityHasADisplayName) {
  for (int g = 0; g < kGranularityCount; ++g)
    EXPECT_FALSE(GranularityDisplayName(static_cast<Granularity>(g)).empty());
  EXPECT_EQ(GranularityDisplayName(Granularity::kConsole), "console line");
}

}  // namespace
}  // namespace loopscope::trace
