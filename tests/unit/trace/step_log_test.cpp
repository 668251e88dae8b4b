// tests/unit/trace/step_log_test.cpp — StepLog storage: interning, ids, the statement-folding
// rule, the hard cap with its tail reserve, the console index and compact growth.
#include "engine/trace/step_log.h"

#include <gtest/gtest.h>

namespace loopscope::trace {
namespace {

Event Statement(uint32_t line, int64_t t = 0) {
  Event e;
  e.kind = EventKind::kStatement;
  e.loc = Loc{line, 1};
  e.value = 1;
  e.time_ns = t;
  return e;
}

Event Of(EventKind kind) {
  Event e;
  e.kind = kind;
  return e;
}

TEST(StepLogTest, InternsEachStringOnceAndZeroIsEmpty) {
  StepLog log;
  EXPECT_EQ(log.Text(0), "");
  EXPECT_EQ(log.Intern(""), 0u);
  const uint32_t a = log.Intern("setTimeout");
  const uint32_t b = log.Intern("setImmediate");
  EXPECT_NE(a, b);
  EXPECT_EQ(log.Intern(std::string("setTimeout")), a);
  EXPECT_EQ(log.Text(a), "setTimeout");
  EXPECT_EQ(log.Text(b), "setImmediate");
}

TEST(StepLogTest, InternedTextsStayValidAcrossManyBlocks) {
  StepLog log;
  std::vector<uint32_t> ids;
  for (int i = 0; i < 20000; ++i) ids.push_back(log.Intern("label number " + std::to_string(i)));
  const std::string big(100000, 'x');  // larger than a shared block
  const uint32_t big_id = log.Intern(big);
  for (int i = 0; i < 20000; i += 997)
    EXPECT_EQ(log.Text(ids[i]), "label number " + std::to_string(i));
  EXPECT_EQ(log.Text(big_id), big);
}

TEST(StepLogTest, IdsAreFreshAndNeverZero) {
  StepLog log;
  const uint64_t a = log.NewId();
  const uint64_t b = log.NewId();
  EXPECT_NE(a, 0u);
  EXPECT_NE(a, b);
  EXPECT_EQ(log.PeekNextId(), b + 1);
}

TEST(StepLogTest, AppendKeepsOrderAcrossChunks) {
  StepLog log;
  for (int i = 0; i < 10000; ++i) {
    Event e = Of(EventKind::kNote);
    e.value = i;
    ASSERT_TRUE(log.Append(e));
  }
  ASSERT_EQ(log.size(), 10000u);
  EXPECT_EQ(log.At(0).value, 0);
  EXPECT_EQ(log.At(4096).value, 4096);
  EXPECT_EQ(log[9999].value, 9999);
}

TEST(StepLogTest, FindsTheNextAndPreviousEventOfAKindAcrossChunks) {
  StepLog log;
  for (int i = 0; i < 10000; ++i)
    log.Append(Of(i == 3 || i == 9000 ? EventKind::kPhaseEnter : EventKind::kNote));
  EXPECT_EQ(log.NextOfKind(0, EventKind::kPhaseEnter), 3u);
  EXPECT_EQ(log.NextOfKind(3, EventKind::kPhaseEnter), 3u);
  EXPECT_EQ(log.NextOfKind(4, EventKind::kPhaseEnter), 9000u);
  EXPECT_EQ(log.NextOfKind(9001, EventKind::kPhaseEnter), log.size());
  EXPECT_EQ(log.NextOfKind(0, EventKind::kConsole), log.size());
  EXPECT_EQ(log.PrevOfKind(log.size(), EventKind::kPhaseEnter), 9000u);
  EXPECT_EQ(log.PrevOfKind(9000, EventKind::kPhaseEnter), 3u);
  EXPECT_EQ(log.PrevOfKind(3, EventKind::kPhaseEnter), StepLog::kNone);
  EXPECT_EQ(log.PrevOfKind(50000, EventKind::kNote), 9999u);
}

TEST(StepLogTest, RepeatedStatementsInOneRunFoldIntoRepeatCounts) {
  StepLog log;
  for (int i = 0; i < 100; ++i) {
    log.Append(Statement(3));
    log.Append(Statement(4));
  }
  ASSERT_EQ(log.size(), 2u);
  EXPECT_EQ(log.At(0).loc.line, 3u);
  EXPECT_EQ(log.At(0).value, 100);
  EXPECT_EQ(log.At(1).value, 100);
  EXPECT_EQ(log.collapsed(), 198u);
}

TEST(StepLogTest, AnyOtherEventEndsTheRunSoOrderIsKept) {
  StepLog log;
  log.Append(Statement(3));
  log.Append(Of(EventKind::kFramePush));
  log.Append(Statement(3));
  ASSERT_EQ(log.size(), 3u);
  EXPECT_EQ(log.At(2).value, 1);
}

TEST(StepLogTest, FoldingLooksBackOnlyWithinTheWindow) {
  StepLog log;
  for (uint32_t line = 1; line <= StepLog::kCollapseWindow + 1; ++line) log.Append(Statement(line));
  log.Append(Statement(1));  // line 1 is now outside the window: appended, not folded
  EXPECT_EQ(log.size(), StepLog::kCollapseWindow + 2);
  log.Append(Statement(StepLog::kCollapseWindow));  // inside the window: folded
  EXPECT_EQ(log.size(), StepLog::kCollapseWindow + 2);
}

// A statement whose location does not fit the packed record is kept whole in the side table;
// folding must still find it (and must not mistake a packable location for it).
TEST(StepLogTest, FoldsStatementsKeptWhole) {
  StepLog log;
  Event wide = Statement(1);
  wide.loc = Loc{1u << 21, 5};  // past the packed record's 20 bits of line
  log.Append(wide);
  log.Append(Statement(7));
  log.Append(wide);
  log.Append(Statement(7));
  ASSERT_EQ(log.size(), 2u);
  EXPECT_EQ(log.At(0).loc, wide.loc);
  EXPECT_EQ(log.At(0).value, 2);
  EXPECT_EQ(log.At(1).value, 2);
}

TEST(StepLogTest, AppendRawNeverFolds) {
  StepLog log;
  log.AppendRaw(Statement(3));
  log.AppendRaw(Statement(3));
  EXPECT_EQ(log.size(), 2u);
}

TEST(StepLogTest, CapDropsEventsButKeepsRoomForHowTheRunEnded) {
  StepLog log(10);
  for (int i = 0; i < 20; ++i) log.Append(Of(EventKind::kNote));
  EXPECT_EQ(log.size(), 10u);
  EXPECT_TRUE(log.truncated());
  EXPECT_EQ(log.dropped(), 10u);
  EXPECT_TRUE(log.Append(Of(EventKind::kLimit)));
  EXPECT_TRUE(log.Append(Of(EventKind::kProcessExit)));
  EXPECT_EQ(log.At(log.size() - 1).kind, EventKind::kProcessExit);
  for (size_t i = 0; i < 2 * StepLog::kTailReserve; ++i) log.Append(Of(EventKind::kConsole));
  EXPECT_EQ(log.size(), 10u + StepLog::kTailReserve);
}

TEST(StepLogTest, ConsoleEventsAreIndexed) {
  StepLog log;
  log.Append(Of(EventKind::kNote));
  log.Append(Of(EventKind::kConsole));
  log.Append(Of(EventKind::kNote));
  log.Append(Of(EventKind::kConsole));
  EXPECT_EQ(log.console_events(), (std::vector<uint32_t>{1, 3}));
}

TEST(StepLogTest, AMillionRepeatedStatementsStaySmall) {
  StepLog log;
  Event push = Of(EventKind::kFramePush);
  log.Append(push);
  for (int i = 0; i < 1'000'000; ++i) {
    log.Append(Statement(10, i));
    log.Append(Statement(11, i));
    log.Append(Statement(12, i));
  }
  EXPECT_EQ(log.size(), 4u);
  EXPECT_EQ(log.At(1).value, 1'000'000);
  EXPECT_LT(log.MemoryBytes(), 3'000'000u);  // one 2 MiB chunk of records, not 84 MB
}

TEST(StepLogTest, InfoIsKept) {
  StepLog log;
  log.set_info(RunInfo{"a.js", "console.log(1)\n", 2, 8});
  EXPECT_EQ(log.info().program_name, "a.js");
  EXPECT_EQ(log.info().pool_size, 2);
  EXPECT_EQ(log.info().cpu_cores, 8);
}

}  // namespace
}  // namespace loopscope::trace
