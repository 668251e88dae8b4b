// tests/unit/trace/apply_test.cpp — Apply for every event kind: what each does to LoopState
// and that each gets an explanation naming the rule at work.
#include <gtest/gtest.h>

#include <set>

#include "engine/trace/explain.h"
#include "engine/trace/loop_state.h"

namespace loopscope::trace {
namespace {

// Builds a log event by event and keeps the state after the last one.
class Player {
 public:
  Player() { log_.set_info(RunInfo{"t.js", "", 4, 1}); }

  const LoopState& Add(Event e) {
    log_.AppendRaw(e);
    Apply(state_, log_, log_.size() - 1);
    kinds_.insert(e.kind);
    return state_;
  }
  Event Make(EventKind kind, int64_t t = 0) {
    Event e;
    e.kind = kind;
    e.time_ns = t;
    return e;
  }
  const LoopState& Enqueue(Queue q, uint64_t id, std::string_view label, int64_t due = 0,
                           int64_t t = 0) {
    Event e = Make(EventKind::kEnqueue, t);
    e.queue = q;
    e.item = id;
    e.text = log_.Intern(label);
    e.value = due;
    e.from = Loc{7, 1};
    return Add(e);
  }
  uint32_t Text(std::string_view s) { return log_.Intern(s); }
  std::string_view Str(uint32_t i) const { return log_.Text(i); }
  const LoopState& state() const { return state_; }
  const std::set<EventKind>& kinds() const { return kinds_; }

 private:
  StepLog log_;
  LoopState state_;
  std::set<EventKind> kinds_;
};

std::vector<uint64_t> Ids(const LoopState& s, Queue q) {
  std::vector<uint64_t> ids;
  for (const QueueItem& i : s.Items(q)) ids.push_back(i.id);
  return ids;
}

TEST(ApplyTest, RunStartSizesThePoolAndPhasesMoveTheWheel) {
  Player p;
  Event start = p.Make(EventKind::kRunStart);
  start.value = 2;
  start.text = p.Text("t.js");
  EXPECT_EQ(p.Add(start).pool.size(), 2u);
  EXPECT_NE(p.state().explanation.find("t.js"), std::string::npos);
  Event enter = p.Make(EventKind::kPhaseEnter, 5);
  enter.phase = Phase::kCheck;
  enter.value = 3;
  const LoopState& s = p.Add(enter);
  EXPECT_EQ(s.phase, Phase::kCheck);
  EXPECT_EQ(s.iteration, 3);
  EXPECT_TRUE(s.in_phase);
  EXPECT_EQ(s.time_ns, 5);
  EXPECT_NE(s.explanation.find("snapshot"), std::string::npos);
  Event leave = p.Make(EventKind::kPhaseLeave, 6);
  leave.phase = Phase::kCheck;
  EXPECT_FALSE(p.Add(leave).in_phase);
  EXPECT_NE(p.state().explanation.find("close callbacks"), std::string::npos);
}

TEST(ApplyTest, ClockAdvanceMovesTimeAndSaysWhy) {
  Player p;
  Event e = p.Make(EventKind::kClockAdvance, 12'300'000);
  e.value = 2'300'000;
  e.text = p.Text("poll waited for the next timer");
  const LoopState& s = p.Add(e);
  EXPECT_EQ(s.time_ns, 12'300'000);
  EXPECT_NE(s.explanation.find("2.3 ms, to 14.6 ms"), std::string::npos) << s.explanation;
  EXPECT_NE(s.explanation.find("poll waited"), std::string::npos);
}

TEST(ApplyTest, ClockAdvanceOfALiveRunIsRealWaiting) {
  StepLog log;
  log.set_info(RunInfo{"live.js", "", 4, 1, /*real_time=*/true});
  Event e;
  e.kind = EventKind::kClockAdvance;
  e.time_ns = 1'000'000;
  e.value = 4'000'000;
  log.AppendRaw(e);
  LoopState s;
  Apply(s, log, 0);
  EXPECT_NE(s.explanation.find("waits 4.0 ms of real time, until 5.0 ms"), std::string::npos)
      << s.explanation;
}

TEST(ApplyTest, FramesAndStatementsBuildTheCallStack) {
  Player p;
  Event push = p.Make(EventKind::kFramePush);
  push.text = p.Text("<main>");
  push.loc = Loc{1, 1};
  p.Add(push);
  push.text = p.Text("helper");
  push.loc = Loc{9, 1};
  push.item = 42;
  p.Add(push);
  Event st = p.Make(EventKind::kStatement);
  st.loc = Loc{10, 3};
  st.value = 5;
  const LoopState& s = p.Add(st);
  ASSERT_EQ(s.stack.size(), 2u);
  EXPECT_EQ(p.Str(s.stack[1].name), "helper");
  EXPECT_EQ(s.stack[1].statement, (Loc{10, 3}));
  EXPECT_EQ(s.stack[1].repeats, 5u);
  EXPECT_EQ(s.stack[1].item, 42u);
  EXPECT_EQ(s.statement, (Loc{10, 3}));
  EXPECT_NE(s.explanation.find("5 times"), std::string::npos);
  p.Add(p.Make(EventKind::kFramePop));
  EXPECT_EQ(p.state().stack.size(), 1u);
  EXPECT_NE(p.state().explanation.find("helper returns"), std::string::npos);
  p.Add(p.Make(EventKind::kFramePop));
  EXPECT_TRUE(p.state().stack.empty());
  EXPECT_NE(p.state().explanation.find("drain"), std::string::npos);
  p.Add(p.Make(EventKind::kFramePop));  // popping an empty stack is harmless
  EXPECT_TRUE(p.state().stack.empty());
}

TEST(ApplyTest, TimersAreOrderedByDueTimeThenInsertion) {
  Player p;
  p.Enqueue(Queue::kTimers, 1, "setTimeout 10 ms", 10'000'000);
  p.Enqueue(Queue::kTimers, 2, "setTimeout 1 ms", 1'000'000);
  const LoopState& s = p.Enqueue(Queue::kTimers, 3, "setTimeout 10 ms b", 10'000'000);
  EXPECT_EQ(Ids(s, Queue::kTimers), (std::vector<uint64_t>{2, 1, 3}));
  EXPECT_EQ(s.Items(Queue::kTimers)[0].due_ns, 1'000'000);
  EXPECT_EQ(s.Items(Queue::kTimers)[0].from, (Loc{7, 1}));
  EXPECT_NE(s.explanation.find("due at 10.0 ms"), std::string::npos);
}

TEST(ApplyTest, OtherQueuesAreFifoAndEnqueueNamesTheRule) {
  Player p;
  p.Enqueue(Queue::kNextTick, 1, "a");
  EXPECT_NE(p.state().explanation.find("before promise microtasks"), std::string::npos);
  p.Enqueue(Queue::kNextTick, 2, "b");
  p.Enqueue(Queue::kMicrotask, 3, "then");
  EXPECT_NE(p.state().explanation.find("nextTick queue is empty"), std::string::npos);
  p.Enqueue(Queue::kImmediates, 4, "imm");
  EXPECT_NE(p.state().explanation.find("check phase"), std::string::npos);
  EXPECT_EQ(Ids(p.state(), Queue::kNextTick), (std::vector<uint64_t>{1, 2}));
  EXPECT_EQ(Ids(p.state(), Queue::kMicrotask), (std::vector<uint64_t>{3}));
}

TEST(ApplyTest, DequeueAndCallbackStartMoveTheItemToRunning) {
  Player p;
  p.Enqueue(Queue::kImmediates, 4, "imm");
  Event dq = p.Make(EventKind::kDequeue);
  dq.queue = Queue::kImmediates;
  dq.item = 4;
  const LoopState& s = p.Add(dq);
  EXPECT_TRUE(s.Items(Queue::kImmediates).empty());
  EXPECT_EQ(s.running.id, 4u);
  EXPECT_NE(s.explanation.find("imm is taken off"), std::string::npos);
  Event cs = p.Make(EventKind::kCallbackStart);
  cs.queue = Queue::kImmediates;
  cs.item = 4;
  p.Add(cs);
  EXPECT_EQ(p.state().running.id, 4u);
  EXPECT_EQ(p.state().callbacks_run, 1u);
  EXPECT_NE(p.state().explanation.find("queued at L7"), std::string::npos);
  Event ce = p.Make(EventKind::kCallbackEnd);
  ce.item = 4;
  p.Add(ce);
  EXPECT_EQ(p.state().running.id, 0u);
  EXPECT_NE(p.state().explanation.find("InternalCallbackScope"), std::string::npos);
}

TEST(ApplyTest, CallbackStartWithoutDequeueTakesTheItemOffItsQueue) {
  Player p;
  p.Enqueue(Queue::kTimers, 9, "setTimeout 10 ms", 10'000'000, 0);
  Event cs = p.Make(EventKind::kCallbackStart, 12'300'000);
  cs.queue = Queue::kTimers;
  cs.item = 9;
  const LoopState& s = p.Add(cs);
  EXPECT_TRUE(s.Items(Queue::kTimers).empty());
  EXPECT_EQ(s.running.due_ns, 10'000'000);
  EXPECT_NE(s.explanation.find("setTimeout 10 ms"), std::string::npos);
  EXPECT_NE(s.explanation.find("was due at 10.0 ms"), std::string::npos);
  EXPECT_NE(s.explanation.find("clock is 12.3 ms because the main thread was busy"),
            std::string::npos);
}

TEST(ApplyTest, CancelRemovesOnlyThatItem) {
  Player p;
  p.Enqueue(Queue::kImmediates, 1, "a");
  p.Enqueue(Queue::kImmediates, 2, "b");
  Event c = p.Make(EventKind::kCancel);
  c.queue = Queue::kImmediates;
  c.item = 1;
  const LoopState& s = p.Add(c);
  EXPECT_EQ(Ids(s, Queue::kImmediates), (std::vector<uint64_t>{2}));
  EXPECT_NE(s.explanation.find("a is removed"), std::string::npos);
}

TEST(ApplyTest, DrainsNestAndKeepTheOutermostKind) {
  Player p;
  Event ds = p.Make(EventKind::kDrainStart);
  ds.value = static_cast<int64_t>(DrainKind::kTickQueue);
  EXPECT_EQ(p.Add(ds).drain_depth, 1);
  EXPECT_EQ(p.state().drain_kind, DrainKind::kTickQueue);
  EXPECT_NE(p.state().explanation.find("processTicksAndRejections"), std::string::npos);
  ds.value = static_cast<int64_t>(DrainKind::kMicrotaskCheckpoint);
  p.Add(ds);
  EXPECT_EQ(p.state().drain_depth, 2);
  EXPECT_EQ(p.state().drain_kind, DrainKind::kTickQueue);
  EXPECT_NE(p.state().explanation.find("Microtask checkpoint"), std::string::npos);
  p.Add(p.Make(EventKind::kDrainEnd));
  p.Add(p.Make(EventKind::kDrainEnd));
  EXPECT_EQ(p.state().drain_depth, 0);
  p.Add(p.Make(EventKind::kDrainEnd));  // unbalanced end stays at zero
  EXPECT_EQ(p.state().drain_depth, 0);
}

TEST(ApplyTest, EveryDrainKindHasItsOwnSentence) {
  std::set<std::string> sentences;
  for (DrainKind kind :
       {DrainKind::kMicrotaskCheckpoint, DrainKind::kTickQueue, DrainKind::kBetweenCallbacks}) {
    Player p;
    Event ds = p.Make(EventKind::kDrainStart);
    ds.value = static_cast<int64_t>(kind);
    p.Add(ds);
    EXPECT_NE(p.state().explanation.find(DrainKindDisplayName(kind) == "microtask checkpoint"
                                             ? "InternalCallbackScope::Close"
                                             : std::string(DrainKindDisplayName(kind))),
              std::string::npos)
        << p.state().explanation;
    sentences.insert(p.state().explanation);
  }
  EXPECT_EQ(sentences.size(), 3u);
}

TEST(ApplyTest, PoolJobsMoveFromTheWaitingQueueToAThreadAndBack) {
  Player p;
  Event start = p.Make(EventKind::kRunStart);
  start.value = 2;
  p.Add(start);
  p.Enqueue(Queue::kPoolWork, 5, "crypto.pbkdf2", 0, 1'000'000);
  EXPECT_NE(p.state().explanation.find("a thread is idle"), std::string::npos);
  Event js = p.Make(EventKind::kPoolJobStart, 3'000'000);
  js.item = 5;
  js.value = 1;
  SetPoolJobExpectedNs(js, 50'000'000);
  const LoopState& s = p.Add(js);
  EXPECT_TRUE(s.Items(Queue::kPoolWork).empty());
  EXPECT_EQ(s.pool[1].job, 5u);
  EXPECT_EQ(p.Str(s.pool[1].label), "crypto.pbkdf2");
  EXPECT_EQ(s.pool[1].since_ns, 3'000'000);
  EXPECT_EQ(s.pool[1].expected_ns, 50'000'000);
  EXPECT_EQ(s.pool[1].from, (Loc{7, 1})) << "the thread keeps the statement that submitted the job";
  EXPECT_NE(s.explanation.find("FIFO"), std::string::npos);
  EXPECT_NE(s.explanation.find("waiting 2.0 ms"), std::string::npos);
  // As the engine records it: dequeued first, then started; the thread still learns `from`.
  p.Enqueue(Queue::kPoolWork, 6, "fs.open", 0, 3'000'000);
  Event dq = p.Make(EventKind::kDequeue, 3'000'000);
  dq.queue = Queue::kPoolWork;
  dq.item = 6;
  EXPECT_NE(p.Add(dq).explanation.find("taken off the thread-pool queue to run now"),
            std::string::npos)
      << p.state().explanation;
  Event js2 = p.Make(EventKind::kPoolJobStart, 3'000'000);
  js2.item = 6;
  js2.value = 0;
  EXPECT_EQ(p.Add(js2).pool[0].from, (Loc{7, 1}));
  Event jf = p.Make(EventKind::kPoolJobFinish, 53'000'000);
  jf.item = 5;
  jf.value = 1;
  p.Add(jf);
  EXPECT_EQ(p.state().pool[1].job, 0u);
  EXPECT_NE(p.state().explanation.find("after 50.0 ms"), std::string::npos);
}

TEST(ApplyTest, OsOperationsGoInFlightBecomeReadyAndLeave) {
  Player p;
  Event st = p.Make(EventKind::kOsOpStart, 1);
  st.item = 8;
  st.text = p.Text("socket read");
  st.from = Loc{4, 1};
  st.value = 30'000'000;  // expected to be ready 30 ms from now
  EXPECT_EQ(p.Add(st).os_ops.size(), 1u);
  EXPECT_EQ(p.state().os_ops[0].expected_ns, 30'000'000);
  EXPECT_NE(p.state().explanation.find("epoll"), std::string::npos);
  Event rd = p.Make(EventKind::kOsOpReady, 2);
  rd.item = 8;
  EXPECT_TRUE(p.Add(rd).os_ops[0].ready);
  EXPECT_NE(p.state().explanation.find("socket read ready"), std::string::npos);
  // Its callback running does not end the operation (a socket stays open); os_op_done does.
  Event cs = p.Make(EventKind::kCallbackStart);
  cs.queue = Queue::kPollReady;
  cs.item = 8;
  EXPECT_EQ(p.Add(cs).os_ops.size(), 1u);
  Event dn = p.Make(EventKind::kOsOpDone, 3);
  dn.item = 8;
  EXPECT_TRUE(p.Add(dn).os_ops.empty());
  EXPECT_NE(p.state().explanation.find("socket read is complete"), std::string::npos);
}

TEST(ApplyTest, ConsoleCountsLinesInsteadOfCopyingThem) {
  Player p;
  Event c = p.Make(EventKind::kConsole);
  c.text = p.Text("hello");
  c.value = 1;
  EXPECT_EQ(p.Add(c).console_count, 1u);
  EXPECT_NE(p.state().explanation.find("\"hello\""), std::string::npos);
  c.value = 2;
  EXPECT_EQ(p.Add(c).console_count, 2u);
  EXPECT_NE(p.state().explanation.find("stderr"), std::string::npos);
}

TEST(ApplyTest, HandlesOpenRefUnrefAndClose) {
  Player p;
  Event h = p.Make(EventKind::kHandle);
  h.item = 3;
  h.text = p.Text("server");
  h.value = static_cast<int64_t>(HandleOp::kOpen);
  EXPECT_EQ(p.Add(h).handles.size(), 1u);
  EXPECT_NE(p.state().explanation.find("alive"), std::string::npos);
  h.value = static_cast<int64_t>(HandleOp::kUnref);
  EXPECT_FALSE(p.Add(h).handles[0].ref);
  h.value = static_cast<int64_t>(HandleOp::kRef);
  EXPECT_TRUE(p.Add(h).handles[0].ref);
  h.value = static_cast<int64_t>(HandleOp::kClose);
  EXPECT_TRUE(p.Add(h).handles.empty());
  EXPECT_NE(p.state().explanation.find("close-callbacks"), std::string::npos);
}

TEST(ApplyTest, RaceNoteLimitUncaughtAndExit) {
  Player p;
  Event r = p.Make(EventKind::kRaceMark);
  r.text = p.Text("setTimeout 0 vs setImmediate");
  r.loc = Loc{3, 1};
  const LoopState& s = p.Add(r);
  EXPECT_EQ(s.race.text, r.text);
  EXPECT_EQ(s.race.step, 0u);
  EXPECT_NE(s.explanation.find("either way"), std::string::npos);
  Event n = p.Make(EventKind::kNote);
  n.text = p.Text("A plain note.");
  EXPECT_EQ(p.Add(n).explanation, "A plain note.");
  EXPECT_EQ(p.state().race.text, r.text);  // a race mark stays in effect
  Event l = p.Make(EventKind::kLimit);
  l.text = p.Text("step limit reached");
  EXPECT_EQ(p.Add(l).limit, l.text);
  Event u = p.Make(EventKind::kUncaught);
  u.text = p.Text("Error: boom");
  EXPECT_EQ(p.Add(u).uncaught, u.text);
  EXPECT_NE(p.state().explanation.find("Error: boom"), std::string::npos);
  Event x = p.Make(EventKind::kProcessExit);
  x.value = 1;
  EXPECT_TRUE(p.Add(x).exited);
  EXPECT_EQ(p.state().exit_code, 1);
  EXPECT_NE(p.state().explanation.find("code 1"), std::string::npos);
}

TEST(ApplyTest, EveryKindAndPhaseAndQueueHasAnExplanation) {
  StepLog log;
  LoopState before;
  for (int k = 0; k < kEventKindCount; ++k) {
    for (int ph = 0; ph < kPhaseCount; ++ph) {
      for (int q = 0; q < kQueueCount; ++q) {
        Event e;
        e.kind = static_cast<EventKind>(k);
        e.phase = static_cast<Phase>(ph);
        e.queue = static_cast<Queue>(q);
        if (e.kind == EventKind::kNote) e.text = log.Intern("note");
        EXPECT_FALSE(Explain(before, e, log).empty()) << EventKindJsonName(e.kind);
      }
    }
  }
}

TEST(ApplyTest, FormatsTimesAndLocations) {
  EXPECT_EQ(FormatMs(12'300'000), "12.3 ms");
  EXPECT_EQ(FormatMs(0), "0.0 ms");
  EXPECT_EQ(FormatMs(1'500), "0.002 ms");
  EXPECT_EQ(FormatLoc(Loc{7, 3}), "L7");
  EXPECT_EQ(FormatLoc(Loc{}), "");
}

}  // namespace
}  // namespace loopscope::trace
