// tests/unit/trace/checkpoints_test.cpp — StateAt(i) through checkpoints equals a replay from
// step 0, for random i on large synthetic logs, in both directions; and the synthetic log
// itself is deterministic and covers the vocabulary.
#include "engine/trace/checkpoints.h"

#include <gtest/gtest.h>

#include <random>
#include <set>

#include "engine/trace/synthetic_log.h"

namespace loopscope::trace {
namespace {

TEST(CheckpointsTest, StateAtEqualsReplayFromTheStartForRandomSteps) {
  const StepLog log = MakeSyntheticLog({.events = 1'000'000, .seed = 7});
  const Checkpoints checkpoints(log);
  EXPECT_GT(checkpoints.count(), 500u);
  std::mt19937_64 rng(11);
  for (int round = 0; round < 24; ++round) {
    const size_t i = rng() % log.size();
    const LoopState fast = checkpoints.StateAt(i);
    const LoopState slow = ReplayTo(log, i);
    ASSERT_EQ(fast, slow) << "at step " << i;
    EXPECT_EQ(fast.step, i);
    EXPECT_FALSE(fast.explanation.empty());
  }
}

TEST(CheckpointsTest, StepwiseApplyMatchesStateAtEverywhereOnASmallLog) {
  const StepLog log = MakeSyntheticLog({.events = 5'000, .seed = 3});
  const Checkpoints checkpoints(log);
  LoopState state;
  for (size_t i = 0; i < log.size(); ++i) {
    Apply(state, log, i);
    ASSERT_EQ(state, checkpoints.StateAt(i)) << "at step " << i;
  }
  // Backwards too: each answer is independent of the one asked before.
  for (size_t i = log.size(); i-- > 0;) {
    if (i % 97 != 0) continue;
    ASSERT_EQ(checkpoints.StateAt(i), ReplayTo(log, i)) << "at step " << i;
  }
}

TEST(CheckpointsTest, CheckpointMemoryStaysWithinTheBudget) {
  const StepLog log = MakeSyntheticLog({.events = 200'000, .seed = 5});
  const Checkpoints checkpoints(log);
  EXPECT_LE(checkpoints.MemoryBytes(), log.size() * Checkpoints::kBytesPerEvent + 4096);
}

TEST(CheckpointsTest, HugeStatesGetFewerCheckpoints) {
  // 20,000 queued timers make a ~1 MB state: it may only be stored every ~64K events.
  StepLog log;
  for (uint64_t i = 1; i <= 20'000; ++i) {
    Event e;
    e.kind = EventKind::kEnqueue;
    e.queue = Queue::kTimers;
    e.item = i;
    e.value = static_cast<int64_t>(i);
    log.Append(e);
  }
  Event note;
  for (int i = 0; i < 100'000; ++i) log.Append(note);
  const Checkpoints checkpoints(log);
  EXPECT_LE(checkpoints.MemoryBytes(), log.size() * Checkpoints::kBytesPerEvent + 4096);
  EXPECT_EQ(checkpoints.StateAt(110'000), ReplayTo(log, 110'000));
}

TEST(SyntheticLogTest, IsDeterministicAndReachesTheRequestedSize) {
  const StepLog a = MakeSyntheticLog({.events = 20'000, .seed = 9});
  const StepLog b = MakeSyntheticLog({.events = 20'000, .seed = 9});
  ASSERT_GE(a.size(), 20'000u);
  ASSERT_EQ(a.size(), b.size());
  for (size_t i = 0; i < a.size(); i += 13) {
    EXPECT_EQ(a.At(i).kind, b.At(i).kind);
    EXPECT_EQ(a.At(i).time_ns, b.At(i).time_ns);
    EXPECT_EQ(a.Text(a.At(i).text), b.Text(b.At(i).text));
  }
  EXPECT_EQ(a.At(a.size() - 1).kind, EventKind::kProcessExit);
}

TEST(SyntheticLogTest, CoversTheEventsTheUiDraws) {
  const StepLog log = MakeSyntheticLog({.events = 50'000, .seed = 2});
  std::set<EventKind> kinds;
  std::set<Queue> queues;
  bool folded = false;
  for (size_t i = 0; i < log.size(); ++i) {
    kinds.insert(log.At(i).kind);
    if (log.At(i).kind == EventKind::kEnqueue) queues.insert(log.At(i).queue);
    folded = folded || (log.At(i).kind == EventKind::kStatement && log.At(i).value > 1);
  }
  for (EventKind k :
       {EventKind::kPhaseEnter, EventKind::kCallbackStart, EventKind::kPoolJobStart,
        EventKind::kPoolJobFinish, EventKind::kOsOpReady, EventKind::kConsole,
        EventKind::kDrainStart, EventKind::kRaceMark, EventKind::kHandle, EventKind::kClockAdvance})
    EXPECT_TRUE(kinds.count(k)) << EventKindJsonName(k);
  EXPECT_EQ(queues.size(), 7u);  // every queue but the pending one
  EXPECT_TRUE(folded);
  // The log is consistent: replaying it never leaves a queue with a dequeued item.
  const LoopState end = ReplayTo(log, log.size() - 1);
  EXPECT_TRUE(end.exited);
  EXPECT_TRUE(end.stack.empty());
}

}  // namespace
}  // namespace loopscope::trace
