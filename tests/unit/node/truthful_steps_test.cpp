// tests/unit/node/truthful_steps_test.cpp — what the recorded steps say at the crux of a
// program, on logs the engine recorded: an async function parks at its `await` and resumes
// after it, a queued job names the call that queued it, the callback granularity lands on the
// callback's frame, a limit leaves the running frames on the stack, the exit step names the
// one reason that applied, and simulated costs are labelled clock jumps.
#include <gtest/gtest.h>

#include <string>

#include "engine/node/simulation.h"
#include "engine/trace/explain.h"
#include "engine/trace/loop_state.h"
#include "engine/trace/navigation.h"
#include "tests/support/program.h"

namespace loopscope::node {
namespace {

using loopscope::testing::Program;
using trace::EventKind;

// The classic puzzle, numbered as the built-in scenario: the await is on line 3, the
// setTimeout call on line 10 and the `.then(` on line 15.
constexpr const char* kAsyncPuzzle = R"(async function async1() {
  console.log('async1 start');
  await async2();
  console.log('async1 end');
}
async function async2() {
  console.log('async2');
}
console.log('script start');
setTimeout(() => console.log('setTimeout'), 0);
async1();
new Promise((resolve) => {
  console.log('promise1');
  resolve();
}).then(() => console.log('promise2'));
console.log('script end');
)";

bool Has(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

// Replays `log` and returns the state right after the first event of `kind` (and its index).
trace::LoopState After(const trace::StepLog& log, EventKind kind, size_t* index = nullptr) {
  trace::LoopState s;
  for (size_t i = 0; i < log.size(); ++i) {
    trace::Apply(s, log, i);
    if (log.At(i).kind != kind) continue;
    if (index) *index = i;
    return s;
  }
  ADD_FAILURE() << "no " << trace::EventKindJsonName(kind) << " event";
  return s;
}

TEST(TruthfulSteps, AnAsyncFunctionParksAtItsAwait) {
  RunResult r = Simulate(Program(kAsyncPuzzle));
  trace::LoopState s = After(*r.log, EventKind::kFrameSuspend);
  EXPECT_TRUE(Has(s.explanation, "async1 is suspended at `await async2()` on line 3"))
      << s.explanation;
  ASSERT_EQ(s.stack.size(), 1u);
  EXPECT_EQ(r.log->Text(s.stack.back().name), "<main>");
  ASSERT_EQ(s.parked.size(), 1u);
  EXPECT_EQ(r.log->Text(s.parked[0].name), "async1");
  EXPECT_EQ(s.parked[0].at.line, 3u);
  // The job that will resume it is in the microtask queue, queued at the await.
  ASSERT_FALSE(s.Items(trace::Queue::kMicrotask).empty());
  EXPECT_EQ(s.Items(trace::Queue::kMicrotask).front().from.line, 3u);
}

TEST(TruthfulSteps, ItResumesAfterTheAwaitWithLineThreeLit) {
  RunResult r = Simulate(Program(kAsyncPuzzle));
  size_t at = 0;
  trace::LoopState s = After(*r.log, EventKind::kFrameResume, &at);
  EXPECT_TRUE(Has(s.explanation, "async1 resumes after `await async2()` on line 3"))
      << s.explanation;
  ASSERT_EQ(s.stack.size(), 1u);
  EXPECT_EQ(r.log->Text(s.stack.back().name), "async1");
  EXPECT_EQ(s.stack.back().statement.line, 3u);
  EXPECT_TRUE(s.parked.empty());
  // Its next statement is line 4.
  trace::Apply(s, *r.log, at + 1);
  EXPECT_EQ(s.stack.back().statement.line, 4u);
}

TEST(TruthfulSteps, QueuedItemsNameTheCallThatQueuedThem) {
  RunResult r = Simulate(Program(kAsyncPuzzle));
  std::vector<std::pair<std::string, uint32_t>> queued;
  for (size_t i = 0; i < r.log->size(); ++i) {
    const trace::Event& e = r.log->At(i);
    if (e.kind == EventKind::kEnqueue) queued.emplace_back(r.log->Text(e.text), e.from.line);
  }
  ASSERT_EQ(queued.size(), 3u);
  EXPECT_EQ(queued[0].second, 10u) << queued[0].first;  // setTimeout(…)
  EXPECT_EQ(queued[1], std::make_pair(std::string("resume async1 @ L3"), 3u));
  EXPECT_EQ(queued[2], std::make_pair(std::string("then callback @ L15"), 15u));
}

TEST(TruthfulSteps, AJobQueuedByResolveNamesTheResolveCall) {
  RunResult r =
      Simulate(Program("let done;\n"
                       "const p = new Promise((r) => { done = r; });\n"
                       "p.then(() => {});\n"
                       "setTimeout(() => {\n"
                       "  done();\n"
                       "}, 1);\n"));
  for (size_t i = 0; i < r.log->size(); ++i) {
    const trace::Event& e = r.log->At(i);
    if (e.kind == EventKind::kEnqueue && e.queue == trace::Queue::kMicrotask)
      EXPECT_EQ(e.from.line, 5u);
  }
}

TEST(TruthfulSteps, CallbackGranularityLandsOnTheCallbacksFrame) {
  RunResult r = Simulate(Program(kAsyncPuzzle));
  const trace::StepLog& log = *r.log;
  trace::LoopState s;
  size_t step = 0, stops = 0;
  for (;;) {
    size_t next = trace::NextStep(log, step, trace::Granularity::kCallback);
    if (next == step) break;
    for (size_t i = step + (stops == 0 ? 0 : 1); i <= next; ++i) trace::Apply(s, log, i);
    step = next;
    ++stops;
    ASSERT_FALSE(s.stack.empty()) << "step " << step << ": " << s.explanation;
    EXPECT_FALSE(Has(s.explanation, "A promise microtask runs")) << s.explanation;
  }
  EXPECT_EQ(stops, 3u);  // resume async1, the then callback, the timer
  // And back again, to the same stops.
  EXPECT_EQ(trace::PrevStep(log, step, trace::Granularity::kCallback),
            trace::PrevStep(log, step - 1, trace::Granularity::kCallback));
}

TEST(TruthfulSteps, ALimitInTheMainScriptLeavesItsFrameOnTheStack) {
  scenario::Scenario program = Program("function spin() {\n  for (;;) {}\n}\nspin();\n");
  program.limits.max_steps = 100'000;
  RunResult r = Simulate(program);
  ASSERT_EQ(r.outcome, RunResult::Outcome::kLimit);
  trace::LoopState s;
  for (size_t i = 0; i < r.log->size(); ++i) trace::Apply(s, *r.log, i);
  ASSERT_EQ(s.stack.size(), 2u);
  EXPECT_EQ(r.log->Text(s.stack.back().name), "spin");
  EXPECT_EQ(s.explanation, "The process exits with code 3: a limit stopped the program.");
}

std::string ExitSentence(const std::string& source) {
  RunResult r = Simulate(Program(source));
  return After(*r.log, EventKind::kProcessExit).explanation;
}

TEST(TruthfulSteps, TheExitSentenceNamesTheOneReason) {
  EXPECT_EQ(ExitSentence("console.log(1);\n"),
            "The process exits with code 0: nothing keeps the event loop alive any more.");
  EXPECT_EQ(ExitSentence("setTimeout(() => {}, 1e6);\nprocess.exit(0);\n"),
            "The process exits with code 0: process.exit() was called.");
  EXPECT_EQ(ExitSentence("throw new Error('x');\n"),
            "The process exits with code 1: an uncaught exception ended it.");
}

TEST(TruthfulSteps, PollPromisesNoWaitWhenNothingIsPending) {
  // Its only timer has run by the first poll, and nothing else is pending.
  RunResult r = Simulate(Program(kAsyncPuzzle));
  trace::LoopState s;
  std::vector<std::string> polls;
  for (size_t i = 0; i < r.log->size(); ++i) {
    trace::Apply(s, *r.log, i);
    const trace::Event& e = r.log->At(i);
    if (e.kind == EventKind::kPhaseEnter && e.phase == trace::Phase::kPoll)
      polls.push_back(s.explanation);
  }
  ASSERT_FALSE(polls.empty());
  EXPECT_TRUE(Has(polls.back(), "it does not wait")) << polls.back();
  EXPECT_FALSE(Has(polls.back(), "may block")) << polls.back();
}

TEST(TruthfulSteps, TheFirstConsoleLogCostIsALabelledClockJump) {
  RunResult r = Simulate(Program("console.log('a');\nconsole.log('b');\n"));
  size_t cost = 0;
  trace::LoopState s = After(*r.log, EventKind::kClockAdvance, &cost);
  EXPECT_TRUE(trace::IsSimulatedCost(r.log->At(cost), *r.log));
  EXPECT_TRUE(Has(s.explanation, "Simulated cost: the clock jumps 5.0 ms")) << s.explanation;
  s = After(*r.log, EventKind::kConsole);
  EXPECT_TRUE(Has(s.explanation, "Before it printed, the clock jumped 5.0 ms")) << s.explanation;
}

TEST(TruthfulSteps, ACompileErrorIsRecordedAtItsLineAndColumn) {
  RunResult r = Simulate(Program("console.log(1);\nlet x = ;\n"));
  ASSERT_EQ(r.outcome, RunResult::Outcome::kLoadError);
  trace::LoopState s = After(*r.log, EventKind::kUncaught);
  EXPECT_EQ(s.uncaught_at, (trace::Loc{2, 9}));
  EXPECT_EQ(r.log->Text(s.uncaught), "Unexpected token ';'");
  EXPECT_EQ(s.explanation,
            "The program cannot be compiled: Unexpected token ';', at line 2, column 9. None of "
            "it runs.");
}

TEST(TruthfulSteps, ThePromiseExecutorHasAName) {
  RunResult r =
      Simulate(Program("new Promise((resolve) => resolve());\n"
                       "new Promise(function named(resolve) { resolve(); });\n"));
  std::vector<std::string> frames;
  for (size_t i = 0; i < r.log->size(); ++i)
    if (r.log->At(i).kind == EventKind::kFramePush)
      frames.emplace_back(r.log->Text(r.log->At(i).text));
  EXPECT_EQ(frames, (std::vector<std::string>{"<main>", "Promise executor", "named"}));
}

}  // namespace
}  // namespace loopscope::node
