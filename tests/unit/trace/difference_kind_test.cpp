// tests/unit/trace/difference_kind_test.cpp — FirstProgramDivergence (callbacks known by where
// the program queued them, console lines without their newline, an uncaught error's report as
// the error) and ExplainDifference: each row of the difference-kind table is chosen by what
// the two logs did, never by the program.
#include "engine/trace/difference_kind.h"

#include <gtest/gtest.h>

#include "engine/trace/event.h"
#include "engine/trace/program_divergence.h"

namespace loopscope::trace {
namespace {

// A log written step by step, as a host would record it.
class LogBuilder {
 public:
  // Queues item `item` on `queue` from line `line` (0: not the program's); `due_ns` for timers.
  LogBuilder& Enqueue(uint64_t item, Queue queue, uint32_t line, int64_t due_ns = 0) {
    Event e;
    e.kind = EventKind::kEnqueue, e.item = item, e.queue = queue, e.from = Loc{line, 1};
    e.value = due_ns, e.text = log_.Intern("queued");
    return Add(e);
  }
  LogBuilder& Run(uint64_t item, Queue queue, std::string_view label) {
    Event e;
    e.kind = EventKind::kCallbackStart, e.item = item, e.queue = queue;
    e.text = log_.Intern(label);
    return Add(e);
  }
  LogBuilder& End(uint64_t item) {
    Event e;
    e.kind = EventKind::kCallbackEnd, e.item = item;
    return Add(e);
  }
  LogBuilder& Print(std::string_view text) {
    Event e;
    e.kind = EventKind::kConsole, e.value = 1, e.text = log_.Intern(text);
    return Add(e);
  }
  // The host's report (a console write) and then the error itself, as both hosts record it.
  LogBuilder& Uncaught(std::string_view report, std::string_view error, uint32_t line) {
    Print(report);
    Event e;
    e.kind = EventKind::kUncaught, e.text = log_.Intern(error), e.loc = Loc{line, 1};
    return Add(e);
  }
  const StepLog& log() const { return log_; }

 private:
  LogBuilder& Add(Event e) {
    e.time_ns = static_cast<int64_t>(log_.size());
    log_.AppendRaw(e);
    return *this;
  }
  StepLog log_;
};

DifferenceKind KindOf(Pairing pairing, const LogBuilder& a, const LogBuilder& b) {
  return ExplainDifference(pairing, a.log(), b.log(), FirstProgramDivergence(a.log(), b.log()))
      .kind;
}

TEST(ProgramDivergence, CallbacksAreKnownByWhereTheyWereQueuedNotByTheirLabels) {
  LogBuilder node, browser;
  node.Enqueue(1, Queue::kTimers, 2).Print("main\n").Run(1, Queue::kTimers, "setTimeout cb @ L2");
  browser.Enqueue(7, Queue::kTimerTasks, 2)
      .Print("main")
      .Run(7, Queue::kTimerTasks, "setTimeout 0 ms");
  EXPECT_FALSE(FirstProgramDivergence(node.log(), browser.log()).has_value());
}

TEST(ProgramDivergence, AModuleLoadersOwnCallbacksDoNotCount) {
  LogBuilder cjs, esm;
  cjs.Print("main\n");
  esm.Enqueue(9, Queue::kMicrotask, 0).Run(9, Queue::kMicrotask, "resume readFile").End(9);
  esm.Print("main\n");
  EXPECT_FALSE(FirstProgramDivergence(cjs.log(), esm.log()).has_value());
}

TEST(ProgramDivergence, ALineWrittenInOneEventEqualsLinesWrittenInTwo) {
  LogBuilder a, b;
  a.Print("one\ntwo\n");
  b.Print("one").Print("two");
  EXPECT_FALSE(FirstProgramDivergence(a.log(), b.log()).has_value());
}

TEST(ProgramDivergence, EachSideNamesTheCallbackItWasIn) {
  LogBuilder a, b;
  a.Enqueue(1, Queue::kNextTick, 4).Enqueue(2, Queue::kMicrotask, 3).Print("main\n");
  a.Run(1, Queue::kNextTick, "process.nextTick cb @ L4").Print("tick\n");
  b.Enqueue(1, Queue::kNextTick, 4).Enqueue(2, Queue::kMicrotask, 3).Print("main\n");
  b.Run(2, Queue::kMicrotask, "then callback").Print("promise\n");
  auto d = FirstProgramDivergence(a.log(), b.log());
  ASSERT_TRUE(d.has_value());
  EXPECT_EQ(d->step, 1u);
  EXPECT_EQ(d->callback_a.queue, Queue::kNextTick);
  EXPECT_EQ(d->callback_b.queue, Queue::kMicrotask);
  EXPECT_EQ(d->what_a, "ran process.nextTick cb @ L4 (queued at line 4)");
}

TEST(DifferenceKind, NoDifferenceIsNone) {
  LogBuilder a, b;
  a.Print("x\n"), b.Print("x\n");
  EXPECT_EQ(KindOf(Pairing::kHosts, a, b), DifferenceKind::kNone);
}

TEST(DifferenceKind, NextTickAgainstAPromiseJobIsTheModuleBodyBeingAPromiseJob) {
  LogBuilder cjs, esm;
  cjs.Enqueue(1, Queue::kNextTick, 4).Enqueue(2, Queue::kMicrotask, 3);
  cjs.Run(1, Queue::kNextTick, "tick");
  esm.Enqueue(1, Queue::kNextTick, 4).Enqueue(2, Queue::kMicrotask, 3);
  esm.Run(2, Queue::kMicrotask, "then");
  EXPECT_EQ(KindOf(Pairing::kModuleSystems, cjs, esm), DifferenceKind::kModulePromiseJobsFirst);
  // The same order between two hosts is not explained by modules.
  EXPECT_EQ(KindOf(Pairing::kHosts, cjs, esm), DifferenceKind::kOtherOrder);
}

TEST(DifferenceKind, TimerAgainstImmediateIsTheModuleBodyInThePollPhase) {
  LogBuilder cjs, esm;
  cjs.Enqueue(1, Queue::kTimers, 2).Enqueue(2, Queue::kImmediates, 3);
  cjs.Run(1, Queue::kTimers, "setTimeout");
  esm.Enqueue(1, Queue::kTimers, 2).Enqueue(2, Queue::kImmediates, 3);
  esm.Run(2, Queue::kImmediates, "setImmediate");
  EXPECT_EQ(KindOf(Pairing::kModuleSystems, cjs, esm), DifferenceKind::kModuleBodyInPollPhase);
}

TEST(DifferenceKind, AReferenceErrorOnOneSideNamesTheMissingGlobal) {
  LogBuilder node, browser;
  node.Print("main\n");
  browser.Uncaught("Uncaught ReferenceError: process is not defined",
                   "Uncaught ReferenceError: process is not defined", 4);
  Explanation e = ExplainDifference(Pairing::kHosts, node.log(), browser.log(),
                                    FirstProgramDivergence(node.log(), browser.log()));
  EXPECT_EQ(e.kind, DifferenceKind::kNodeOnlyGlobal);
  EXPECT_NE(e.sentence.find("A browser has no `process`"), std::string::npos) << e.sentence;
  EXPECT_NE(e.sentence.find("line 4"), std::string::npos) << e.sentence;
  EXPECT_EQ(KindOf(Pairing::kHosts, browser, node), DifferenceKind::kBrowserOnlyGlobal);
}

TEST(DifferenceKind, RequireMissingInTheModuleIsNotInModule) {
  LogBuilder cjs, esm;
  cjs.Print("b.txt\n");
  esm.Uncaught("file:///m.mjs:1\n...", "ReferenceError: require is not defined", 1);
  EXPECT_EQ(KindOf(Pairing::kModuleSystems, cjs, esm), DifferenceKind::kNotInModule);
  LogBuilder other;
  other.Uncaught("file:///m.mjs:1\n...", "ReferenceError: fetchy is not defined", 1);
  EXPECT_EQ(KindOf(Pairing::kModuleSystems, cjs, other), DifferenceKind::kUncaughtOnOneSide);
}

TEST(DifferenceKind, NodeStoppingAtAnErrorTheBrowserSurvivesIsNodeExitsOnUncaught) {
  LogBuilder node, browser;
  node.Enqueue(1, Queue::kTimers, 3).Print("main\n").Uncaught("/x.js:4\n...", "Error: boom", 4);
  browser.Enqueue(1, Queue::kTimerTasks, 3).Print("main").Run(1, Queue::kTimerTasks, "t");
  EXPECT_EQ(KindOf(Pairing::kHosts, node, browser), DifferenceKind::kNodeExitsOnUncaught);
}

TEST(DifferenceKind, BothStoppingAtTheSameErrorDifferOnlyInTheReport) {
  LogBuilder cjs, esm;
  cjs.Uncaught("/x.js:4\n...", "Error: boom", 4);
  esm.Uncaught("file:///x.mjs:4\n...", "Error: boom", 4);
  EXPECT_EQ(KindOf(Pairing::kModuleSystems, cjs, esm), DifferenceKind::kSameErrorOtherReport);
}

TEST(DifferenceKind, TimersNodeMadeDueTogetherAreTheOneMillisecondMinimum) {
  LogBuilder node, browser;
  node.Enqueue(1, Queue::kTimers, 2, 1'000'000).Enqueue(2, Queue::kTimers, 3, 1'000'000);
  node.Run(1, Queue::kTimers, "setTimeout cb @ L2");
  browser.Enqueue(1, Queue::kTimerTasks, 2, 1'000'000).Enqueue(2, Queue::kTimerTasks, 3, 0);
  browser.Run(2, Queue::kTimerTasks, "setTimeout 0 ms");
  EXPECT_EQ(KindOf(Pairing::kHosts, node, browser), DifferenceKind::kZeroDelayIsOneMs);
  // Due times that differ in both hosts are another story.
  LogBuilder late;
  late.Enqueue(1, Queue::kTimers, 2, 1'000'000).Enqueue(2, Queue::kTimers, 3, 5'000'000);
  late.Run(1, Queue::kTimers, "setTimeout cb @ L2");
  Explanation e = ExplainDifference(Pairing::kHosts, late.log(), browser.log(),
                                    FirstProgramDivergence(late.log(), browser.log()));
  EXPECT_EQ(e.kind, DifferenceKind::kTimersDueDifferently);
  EXPECT_NE(e.sentence.find("due at 1 ms"), std::string::npos) << e.sentence;
}

TEST(DifferenceKind, TheSamePointPrintingOtherTextIsTheConsolesFormInTwoHosts) {
  LogBuilder a, b;
  a.Print("{ a: 1 }\n");
  b.Print("[object Object]");
  EXPECT_EQ(KindOf(Pairing::kHosts, a, b), DifferenceKind::kHostsPrintOtherText);
  Explanation e = ExplainDifference(Pairing::kModuleSystems, a.log(), b.log(),
                                    FirstProgramDivergence(a.log(), b.log()));
  EXPECT_EQ(e.kind, DifferenceKind::kSameCallbackOtherText);
  EXPECT_NE(e.sentence.find("CommonJS printed \"{ a: 1 }\", the ES module printed "
                            "\"[object Object]\""),
            std::string::npos)
      << e.sentence;
}

TEST(DifferenceKind, EveryKindHasAJsonNameAndASentence) {
  for (int k = 0; k <= static_cast<int>(DifferenceKind::kOtherOrder); ++k) {
    EXPECT_FALSE(DifferenceKindJsonName(static_cast<DifferenceKind>(k)).empty());
    EXPECT_TRUE(DifferenceKindTemplate(static_cast<DifferenceKind>(k)).ends_with("."));
  }
}

}  // namespace
}  // namespace loopscope::trace
