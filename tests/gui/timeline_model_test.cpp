// tests/gui/timeline_model_test.cpp — spans for the timeline, and time-to-step lookup.
#include "app/ui/timeline_model.h"

#include <gtest/gtest.h>

#include "engine/trace/synthetic_log.h"

namespace loopscope::app {
namespace {

using trace::EventKind;

trace::Event At(int64_t ms, EventKind kind, trace::Phase phase = trace::Phase::kNone,
                int64_t value = 0) {
  trace::Event e;
  e.time_ns = ms * 1'000'000;
  e.kind = kind;
  e.phase = phase;
  e.value = value;
  return e;
}

TEST(TimelineModel, MainLaneSpansOuterFramesColouredByPhase) {
  trace::StepLog log;
  log.AppendRaw(At(0, EventKind::kPhaseEnter, trace::Phase::kMain));
  log.AppendRaw(At(0, EventKind::kFramePush));
  log.AppendRaw(At(1, EventKind::kFramePush));  // nested: same span
  log.AppendRaw(At(2, EventKind::kFramePop));
  log.AppendRaw(At(3, EventKind::kFramePop));
  log.AppendRaw(At(5, EventKind::kPhaseEnter, trace::Phase::kTimers));
  log.AppendRaw(At(6, EventKind::kFramePush));
  log.AppendRaw(At(8, EventKind::kFramePop));
  TimelineModel m = BuildTimeline(log);
  ASSERT_EQ(m.main.size(), 2u);
  EXPECT_EQ(m.main[0].start_ns, 0);
  EXPECT_EQ(m.main[0].end_ns, 3'000'000);
  EXPECT_EQ(m.main[0].phase, trace::Phase::kMain);
  EXPECT_EQ(m.main[1].phase, trace::Phase::kTimers);
  EXPECT_EQ(m.main[1].start_step, 6u);
  EXPECT_EQ(m.end_ns, 8'000'000);
}

TEST(TimelineModel, MicrotaskCheckpointsAreTheOutermostDrains) {
  trace::StepLog log;
  log.AppendRaw(At(0, EventKind::kPhaseEnter, trace::Phase::kTimers));
  log.AppendRaw(At(1, EventKind::kDrainStart));
  log.AppendRaw(At(2, EventKind::kDrainStart));  // processTicksAndRejections inside a checkpoint
  log.AppendRaw(At(3, EventKind::kDrainEnd));
  log.AppendRaw(At(4, EventKind::kDrainEnd));
  log.AppendRaw(At(6, EventKind::kPhaseEnter, trace::Phase::kCheck));
  log.AppendRaw(At(7, EventKind::kDrainStart));  // still open when the log ends
  log.AppendRaw(At(9, EventKind::kNote));
  TimelineModel m = BuildTimeline(log);
  ASSERT_EQ(m.drains.size(), 2u);
  EXPECT_EQ(m.drains[0].start_ns, 1'000'000);
  EXPECT_EQ(m.drains[0].end_ns, 4'000'000);
  EXPECT_EQ(m.drains[0].start_step, 1u);
  EXPECT_EQ(m.drains[0].phase, trace::Phase::kTimers);
  EXPECT_EQ(m.drains[1].end_ns, 9'000'000);
  EXPECT_EQ(m.drains[1].phase, trace::Phase::kCheck);
}

TEST(TimelineModel, PoolJobsGoToTheirThreadLane) {
  trace::StepLog log;
  log.AppendRaw(At(1, EventKind::kPoolJobStart, trace::Phase::kNone, 2));
  log.AppendRaw(At(4, EventKind::kPoolJobFinish, trace::Phase::kNone, 2));
  log.AppendRaw(At(2, EventKind::kPoolJobStart, trace::Phase::kNone, 9999));  // bad index: ignored
  TimelineModel m = BuildTimeline(log);
  ASSERT_EQ(m.pool.size(), 3u);
  ASSERT_EQ(m.pool[2].size(), 1u);
  EXPECT_EQ(m.pool[2][0].end_ns - m.pool[2][0].start_ns, 3'000'000);
}

// A browser run: a frame lane from its rendering phases, and requests in flight (networking
// tasks enqueued with a due time) packed into lanes whose spans never overlap.
TEST(TimelineModel, BrowserFramesAndRequestsGetTheirOwnLanes) {
  trace::StepLog log;
  auto request = [&](int64_t ms, int64_t due_ms) {
    trace::Event e = At(ms, EventKind::kEnqueue);
    e.queue = trace::Queue::kNetworkTasks;
    e.value = due_ms * 1'000'000;
    log.AppendRaw(e);
  };
  request(0, 100);
  request(0, 300);
  request(0, 0);  // a body read, queued at once: nothing in flight
  log.AppendRaw(At(17, EventKind::kPhaseEnter, trace::Phase::kRendering, 1));
  log.AppendRaw(At(18, EventKind::kPhaseLeave, trace::Phase::kRendering, 1));
  request(150, 200);  // fits in the first lane again
  TimelineModel m = BuildTimeline(log);
  ASSERT_EQ(m.frames.size(), 1u);
  EXPECT_EQ(m.frames[0].end_ns - m.frames[0].start_ns, 1'000'000);
  ASSERT_EQ(m.network.size(), 2u);
  EXPECT_EQ(m.network[0].size(), 2u);
  EXPECT_EQ(m.network[1].size(), 1u);
  EXPECT_EQ(m.network[1][0].end_ns, 300'000'000);
  EXPECT_EQ(m.LaneCount(), 4u);  // main, frames, two request lanes
}

// A browser run's tasks of 50 ms or more are long tasks (labelled on the main lane); a Node
// run has none, however long its callbacks.
TEST(TimelineModel, BrowserTasksOfFiftyMsOrMoreAreLongTasks) {
  auto run = [](trace::Phase phase) {
    trace::StepLog log;
    log.AppendRaw(At(0, EventKind::kPhaseEnter, phase));
    log.AppendRaw(At(0, EventKind::kFramePush));
    log.AppendRaw(At(49, EventKind::kFramePop));  // 49 ms: not long
    log.AppendRaw(At(60, EventKind::kFramePush));
    log.AppendRaw(At(240, EventKind::kFramePop));  // 180 ms
    return BuildTimeline(log);
  };
  TimelineModel browser = run(trace::Phase::kTask);
  ASSERT_EQ(browser.long_tasks.size(), 1u);
  EXPECT_EQ(browser.long_tasks[0].start_ns, 60'000'000);
  EXPECT_EQ(browser.long_tasks[0].end_ns, 240'000'000);
  EXPECT_TRUE(run(trace::Phase::kTimers).long_tasks.empty());
}

TEST(TimelineModel, StepAtTimeFindsTheFirstEventAtOrAfter) {
  trace::StepLog log = trace::MakeSyntheticLog({.events = 5000});
  for (size_t probe : {size_t{0}, size_t{17}, size_t{2500}, log.size() - 1}) {
    size_t step = StepAtTime(log, log[probe].time_ns);
    EXPECT_EQ(log[step].time_ns, log[probe].time_ns);
    EXPECT_TRUE(step == 0 || log[step - 1].time_ns < log[probe].time_ns);
  }
  EXPECT_EQ(StepAtTime(log, INT64_MAX), log.size() - 1);
}

TEST(TimelineModel, SyntheticLogSpansAreOrderedForCulling) {
  trace::StepLog log = trace::MakeSyntheticLog({.events = 20000});
  TimelineModel m = BuildTimeline(log);
  ASSERT_FALSE(m.main.empty());
  for (size_t i = 1; i < m.main.size(); ++i) EXPECT_LE(m.main[i - 1].end_ns, m.main[i].start_ns);
  size_t first = FirstVisibleSpan(m.main, m.main[m.main.size() / 2].start_ns);
  EXPECT_LE(first, m.main.size() / 2);
}

}  // namespace
}  // namespace loopscope::app
