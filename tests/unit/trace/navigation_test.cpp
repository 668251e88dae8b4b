// tests/unit/trace/navigation_test.cpp — NextStep/PrevStep for every granularity, including
// staying put at either end of the log and searches that skip whole chunks of the log.
#include "engine/trace/navigation.h"

#include <gtest/gtest.h>

#include <algorithm>

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

// A log of several 4096-event chunks where phases, callbacks and console lines are rare
// (the shape of a long microtask storm): the chunk-skipping search must land exactly where a
// plain scan with Matches() does, from anywhere, across chunk edges.
StepLog SparseLog() {
  StepLog log;
  for (size_t i = 0; i < 3 * 4096 + 100; ++i) {
    Event e;
    e.kind = EventKind::kStatement;
    if (i == 4095 || i == 8192 + 7) e.kind = EventKind::kPhaseEnter;
    if (i == 4096 || i == 12000) e.kind = EventKind::kCallbackStart;
    if (i % 5 == 0 && e.kind == EventKind::kStatement) e.kind = EventKind::kEnqueue;
    e.loc = Loc{static_cast<uint32_t>(i + 1), 1};  // distinct: no statement folds
    log.Append(e);
  }
  return log;
}

size_t ScanNext(const StepLog& log, size_t from, Granularity g) {
  for (size_t i = from + 1; i < log.size(); ++i)
    if (Matches(log.At(i), g)) return i;
  return from;
}

size_t ScanPrev(const StepLog& log, size_t from, Granularity g) {
  for (size_t i = std::min(from, log.size()); i-- > 0;)
    if (Matches(log.At(i), g)) return i;
  return from;
}

TEST(NavigationTest, ChunkSkippingAgreesWithAPlainScan) {
  const StepLog log = SparseLog();
  for (Granularity g : {Granularity::kStatement, Granularity::kPhase, Granularity::kEvent}) {
    for (size_t from : {size_t{0}, size_t{1}, size_t{4094}, size_t{4095}, size_t{4096},
                        size_t{5000}, size_t{8191}, size_t{8199}, size_t{8200}, log.size() - 1}) {
      EXPECT_EQ(NextStep(log, from, g), ScanNext(log, from, g)) << from;
      EXPECT_EQ(PrevStep(log, from, g), ScanPrev(log, from, g)) << from;
    }
  }
  EXPECT_EQ(NextStep(log, 0, Granularity::kCallback), 4096u);
  EXPECT_EQ(NextStep(log, 4096, Granularity::kCallback), 12000u);
  EXPECT_EQ(PrevStep(log, 12000, Granularity::kCallback), 4096u);
  EXPECT_EQ(PrevStep(log, 4096, Granularity::kCallback), 4096u);
}

TEST(NavigationTest, EmptyLogStaysPut) {
  const StepLog log;
  EXPECT_EQ(PrevStep(log, 3, Granularity::kEvent), 3u);
  EXPECT_EQ(PrevStep(log, 3, Granularity::kPhase), 3u);
}

TEST(NavigationTest, EveryGranularityHasADisplayName) {
  for (int g = 0; g < kGranularityCount; ++g)
    EXPECT_FALSE(GranularityDisplayName(static_cast<Granularity>(g)).empty());
  EXPECT_EQ(GranularityDisplayName(Granularity::kConsole), "console line");
}

}  // namespace
}  // namespace loopscope::trace
