// tests/gui/loop_code_test.cpp — the loop pseudocode's lit line follows the phases of a step
// log (timers before the loop versus at the end of an iteration, pending callbacks fed
// during poll, the "alive?" test), and the poll timeout mirrors uv__backend_timeout.
#include "app/ui/loop_code.h"

#include <gtest/gtest.h>

#include <vector>

namespace loopscope::app {
namespace {

using trace::EventKind;
using trace::Phase;

struct PhaseRun {
  trace::StepLog log;
  std::vector<trace::LoopState> states;  // states[i]: after event i
  void Add(EventKind kind, Phase phase, int64_t iteration = 0) {
    trace::Event e;
    e.kind = kind, e.phase = phase, e.value = iteration;
    log.AppendRaw(e);
  }
  void Enter(Phase phase, int64_t iteration = 0) {
    Add(EventKind::kPhaseEnter, phase, iteration);
    Add(EventKind::kPhaseLeave, phase, iteration);
  }
  LoopLine LineAt(size_t step, bool* fed = nullptr) {
    if (states.empty()) {
      trace::LoopState s;
      for (size_t i = 0; i < log.size(); ++i) trace::ApplyEvent(s, log[i], i), states.push_back(s);
    }
    LoopPosition at = FindLoopPosition(states[step], log, FindPhaseEnters(log));
    if (fed) *fed = at.fed_pending;
    return at.line;
  }
};

TEST(LoopCode, TheLitLineFollowsOneIterationOfUvRun) {
  PhaseRun run;
  run.Add(EventKind::kPhaseEnter, Phase::kMain);           // 0
  run.Enter(Phase::kTimers, 1);                            // 1, 2: before the loop
  run.Enter(Phase::kPending, 1);                           // 3, 4
  run.Enter(Phase::kIdlePrepare, 1);                       // 5, 6
  run.Enter(Phase::kPoll, 1);                              // 7, 8
  run.Enter(Phase::kPending, 1);                           // 9, 10: fed during poll
  run.Enter(Phase::kCheck, 1);                             // 11, 12
  run.Enter(Phase::kClose, 1);                             // 13, 14
  run.Enter(Phase::kTimers, 2);                            // 15, 16: the end of the iteration
  run.Add(EventKind::kPhaseEnter, Phase::kBeforeExit, 2);  // 17
  EXPECT_EQ(run.LineAt(0), LoopLine::kNone);
  EXPECT_EQ(run.LineAt(1), LoopLine::kTimersFirst);
  EXPECT_EQ(run.LineAt(2), LoopLine::kWhile);
  bool fed = true;
  EXPECT_EQ(run.LineAt(3, &fed), LoopLine::kPending);
  EXPECT_FALSE(fed);
  EXPECT_EQ(run.LineAt(5), LoopLine::kIdlePrepare);
  EXPECT_EQ(run.LineAt(7), LoopLine::kPoll);
  EXPECT_EQ(run.LineAt(9, &fed), LoopLine::kPoll);
  EXPECT_TRUE(fed);
  EXPECT_EQ(run.LineAt(11), LoopLine::kCheck);
  EXPECT_EQ(run.LineAt(13), LoopLine::kClose);
  EXPECT_EQ(run.LineAt(15), LoopLine::kTimers);
  EXPECT_EQ(run.LineAt(16), LoopLine::kAlive);
  EXPECT_EQ(run.LineAt(17), LoopLine::kAlive);
}

TEST(LoopCode, ALoopReArmedByBeforeExitRunsItsTimersBeforeTheLoopAgain) {
  PhaseRun run;
  run.Add(EventKind::kPhaseEnter, Phase::kBeforeExit, 3);
  run.Enter(Phase::kTimers, 4);
  EXPECT_EQ(run.LineAt(1), LoopLine::kTimersFirst);
}

TEST(LoopCode, ASynchronousProgramFindsTheLoopDeadAtOnce) {
  PhaseRun run;
  run.Add(EventKind::kPhaseEnter, Phase::kMain);
  run.Add(EventKind::kPhaseEnter, Phase::kBeforeExit);
  run.Add(EventKind::kPhaseEnter, Phase::kExit);
  EXPECT_EQ(run.LineAt(1), LoopLine::kAliveFirst);
  EXPECT_EQ(run.LineAt(2), LoopLine::kNone);
}

trace::QueueItem Timer(int64_t due_ms) {
  trace::QueueItem item;
  item.queue = trace::Queue::kTimers, item.due_ns = due_ms * 1'000'000;
  return item;
}

TEST(LoopCode, PollTimeoutMirrorsBackendTimeout) {
  trace::LoopState s;
  EXPECT_EQ(ComputePollTimeout(s).ms, 0) << "nothing keeps the loop alive";
  s.time_ns = 3'200'000;
  s.queues[static_cast<size_t>(trace::Queue::kTimers)].push_back(Timer(15));
  PollTimeout t = ComputePollTimeout(s);
  EXPECT_EQ(t.ms, 12) << "the next timer's due time less the loop time, in whole ms";
  EXPECT_EQ(t.why, "the next timer is due at 15.0 ms");
  s.time_ns = 20'000'000;
  EXPECT_EQ(ComputePollTimeout(s).ms, 0) << "an overdue timer does not wait";
  s.queues[static_cast<size_t>(trace::Queue::kImmediates)].push_back({});
  EXPECT_EQ(ComputePollTimeout(s).ms, 0);
  EXPECT_EQ(ComputePollTimeout(s).why, "immediates wait (Node's idle handle)");
  trace::LoopState io;
  io.handles.push_back({.id = 1, .label = 0, .ref = true});
  EXPECT_EQ(ComputePollTimeout(io).ms, -1) << "no timer: block until I/O";
  io.handles.front().ref = false;
  EXPECT_EQ(ComputePollTimeout(io).ms, 0) << "an unref'd handle keeps nothing alive";
}

}  // namespace
}  // namespace loopscope::app
