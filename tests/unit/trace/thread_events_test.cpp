// tests/unit/trace/thread_events_test.cpp — worker_threads in the step log: thread markers
// (StepLog::AppendOn, ThreadAt), their JSON round trip, and per-thread state (ThreadView):
// every thread's state at any step equals a replay of that thread's events alone.
#include <gtest/gtest.h>

#include <random>
#include <sstream>

#include "engine/trace/checkpoints.h"
#include "engine/trace/synthetic_log.h"
#include "engine/trace/trace_json.h"

namespace loopscope::trace {
namespace {

Event Make(EventKind kind, int64_t t, uint64_t item = 0) {
  Event e;
  e.kind = kind;
  e.time_ns = t;
  e.item = item;
  return e;
}

TEST(ThreadEventsTest, AMarkerGoesInOnlyWhereTheThreadChanges) {
  StepLog log;
  log.AppendOn(0, Make(EventKind::kRunStart, 0));
  log.AppendOn(0, Make(EventKind::kPhaseEnter, 1));
  log.AppendOn(2, Make(EventKind::kRunStart, 20));
  log.AppendOn(2, Make(EventKind::kPhaseEnter, 21));
  log.AppendOn(0, Make(EventKind::kPhaseLeave, 5));
  ASSERT_EQ(log.size(), 7u);
  EXPECT_EQ(log.KindAt(2), EventKind::kThread);
  EXPECT_EQ(log.At(2).value, 2);
  EXPECT_EQ(log.At(2).time_ns, 20);  // stamped with the time of the event it introduces
  EXPECT_EQ(log.KindAt(5), EventKind::kThread);
  EXPECT_EQ(log.At(5).value, 0);
  const uint32_t expected[] = {0, 0, 2, 2, 2, 0, 0};
  for (size_t i = 0; i < log.size(); ++i) EXPECT_EQ(log.ThreadAt(i), expected[i]) << i;
  EXPECT_EQ(log.thread_count(), 3u);
}

TEST(ThreadEventsTest, AFullLogDropsTheEventAndItsMarkerTogether) {
  StepLog log(3);
  log.AppendOn(0, Make(EventKind::kRunStart, 0));
  log.AppendOn(0, Make(EventKind::kPhaseEnter, 0));
  EXPECT_FALSE(log.AppendOn(1, Make(EventKind::kPhaseEnter, 0)));  // needs two slots
  EXPECT_EQ(log.size(), 2u);
  // An event that ends the run may use the tail reserve, marker included.
  EXPECT_TRUE(log.AppendOn(1, Make(EventKind::kProcessExit, 9)));
  EXPECT_EQ(log.size(), 4u);
  EXPECT_EQ(log.ThreadAt(3), 1u);
}

TEST(ThreadEventsTest, ThreadMarkersSurviveTheJsonRoundTrip) {
  StepLog log;
  log.AppendOn(0, Make(EventKind::kRunStart, 0));
  log.AppendOn(1, Make(EventKind::kFramePush, 30, 4));
  log.AppendOn(0, Make(EventKind::kProcessExit, 10));
  std::ostringstream out;
  ASSERT_TRUE(WriteTraceJson(log, out));
  EXPECT_NE(out.str().find(R"("kind":"thread","value":1)"), std::string::npos);
  const TraceLoadResult loaded = LoadTraceJson(out.str());
  ASSERT_TRUE(loaded.log) << loaded.error;
  ASSERT_EQ(loaded.log->size(), log.size());
  for (size_t i = 0; i < log.size(); ++i) {
    EXPECT_EQ(loaded.log->At(i).kind, log.At(i).kind) << i;
    EXPECT_EQ(loaded.log->ThreadAt(i), log.ThreadAt(i)) << i;
  }
  EXPECT_EQ(loaded.log->thread_count(), 2u);
}

TEST(ThreadEventsTest, ADamagedThreadNumberIsClamped) {
  StepLog log;
  Event marker = Make(EventKind::kThread, 0);
  marker.value = int64_t{1} << 40;
  log.AppendRaw(marker);
  EXPECT_EQ(log.ThreadAt(0), StepLog::kMaxThreads - 1);
  const LoopState state = ReplayTo(log, 0);
  EXPECT_EQ(state.thread, StepLog::kMaxThreads - 1);
  EXPECT_EQ(state.thread_count(), StepLog::kMaxThreads);
}

// Two synthetic programs interleaved in random slices, as the hub interleaves threads.
StepLog Interleave(const StepLog& main, const StepLog& worker, uint64_t seed) {
  StepLog log;
  std::mt19937_64 rng(seed);
  size_t i = 0, j = 0;
  while (i < main.size() || j < worker.size()) {
    const bool from_main = j == worker.size() || (i < main.size() && rng() % 2 == 0);
    const StepLog& source = from_main ? main : worker;
    size_t& next = from_main ? i : j;
    for (size_t n = 1 + rng() % 40; n > 0 && next < source.size(); --n, ++next) {
      Event e = source.At(next);
      e.text = log.Intern(source.Text(e.text));
      log.AppendOn(from_main ? 0 : 1, e);
    }
  }
  return log;
}

// The events of one thread alone, in a log of their own. Its string table is the combined
// log's, rebuilt in the same order, so every text keeps its index (states compare them).
StepLog OnlyThread(const StepLog& log, uint32_t thread, size_t up_to) {
  StepLog only;
  for (size_t i = 0; i < log.size(); ++i) only.Intern(log.Text(log.At(i).text));
  for (size_t i = 0; i <= up_to; ++i) {
    if (log.ThreadAt(i) != thread || log.KindAt(i) == EventKind::kThread) continue;
    Event e = log.At(i);
    e.text = only.Intern(log.Text(e.text));
    only.AppendRaw(e);
  }
  return only;
}

TEST(ThreadEventsTest, EachThreadsStateIsTheReplayOfItsOwnEvents) {
  const StepLog log =
      Interleave(MakeSyntheticLog({.events = 6'000, .seed = 21}),
                 MakeSyntheticLog({.events = 6'000, .seed = 22, .pool_size = 2}), 5);
  ASSERT_EQ(log.thread_count(), 2u);
  const Checkpoints checkpoints(log);
  std::mt19937_64 rng(8);
  for (int round = 0; round < 12; ++round) {
    const size_t i = rng() % log.size();
    const LoopState state = checkpoints.StateAt(i);
    ASSERT_EQ(state, ReplayTo(log, i)) << "at step " << i;
    EXPECT_EQ(state.thread, log.ThreadAt(i));
    for (uint32_t thread : {0u, 1u}) {
      const LoopState view = ThreadView(state, thread);
      EXPECT_EQ(view.thread, thread);
      EXPECT_EQ(view.step, i);
      const StepLog only = OnlyThread(log, thread, i);
      const ThreadLoop expected = only.empty() ? ThreadLoop{} : ReplayTo(only, only.size() - 1);
      ASSERT_EQ(static_cast<const ThreadLoop&>(view), expected)
          << "thread " << thread << " at step " << i;
    }
  }
}

TEST(ThreadEventsTest, AThreadNotStartedYetLooksEmpty) {
  StepLog log;
  Event push = Make(EventKind::kFramePush, 0, 1);
  log.AppendOn(0, push);
  const LoopState state = ReplayTo(log, 0);
  EXPECT_EQ(state.stack.size(), 1u);
  const LoopState view = ThreadView(state, 3);
  EXPECT_TRUE(view.stack.empty());
  EXPECT_EQ(view.thread, 3u);
  EXPECT_EQ(ThreadView(view, 0).stack.size(), 1u);  // and back
}

TEST(ThreadEventsTest, TheMarkerExplainsWhoseStepsFollow) {
  StepLog log;
  log.AppendOn(0, Make(EventKind::kRunStart, 0));
  log.AppendOn(1, Make(EventKind::kRunStart, 20'000'000));
  const LoopState state = ReplayTo(log, 1);
  EXPECT_NE(state.explanation.find("worker 1"), std::string::npos) << state.explanation;
  EXPECT_EQ(state.time_ns, 20'000'000);
  EXPECT_EQ(ThreadView(state, 0).time_ns, 0);  // the main thread keeps its own clock
}

}  // namespace
}  // namespace loopscope::trace
