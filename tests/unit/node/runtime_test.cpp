// tests/unit/node/runtime_test.cpp — the runtime model's mechanisms, one behaviour per test:
// thread-pool throughput against cores, CPU sharing with the main thread, race marks,
// limits that stop runaway programs, process exit paths and the step log's shape.
#include <gtest/gtest.h>

#include <sstream>

#include "engine/node/simulation.h"
#include "engine/trace/loop_state.h"
#include "tests/support/program.h"

namespace loopscope::node {
namespace {

using loopscope::testing::Program;

using loopscope::testing::Lines;

size_t CountKind(const trace::StepLog& log, trace::EventKind kind) {
  size_t n = 0;
  for (size_t i = 0; i < log.size(); ++i) n += log.At(i).kind == kind ? 1 : 0;
  return n;
}

// Eight 50 ms pbkdf2 jobs; prints when the last one finishes (virtual ms).
constexpr const char* kPoolLoad = R"(
const crypto = require('crypto');
const start = Date.now();
let done = 0;
for (let i = 0; i < 8; i++) {
  crypto.pbkdf2('p', 's', 1, 16, 'sha512', () => {
    if (++done === 8) console.log(Date.now() - start);
  });
}
)";

double LastCompletionMs(int pool_size, int cores) {
  scenario::Scenario s = Program(kPoolLoad);
  s.environment.threadpool_size = pool_size;
  s.environment.cpu_cores = cores;
  s.environment.io["crypto.pbkdf2"] = {0, 50};
  RunResult r = Simulate(s);
  EXPECT_EQ(r.exit_code, 0) << r.stderr_text;
  return std::stod(r.stdout_text);
}

TEST(ThreadPool, ThroughputGrowsToTheCoreCountThenPlateaus) {
  // Waves of 50 ms: ceil(8 / threads) waves while threads <= cores.
  EXPECT_NEAR(LastCompletionMs(1, 4), 400, 3);
  EXPECT_NEAR(LastCompletionMs(2, 4), 200, 3);
  EXPECT_NEAR(LastCompletionMs(3, 4), 150, 3);
  EXPECT_NEAR(LastCompletionMs(4, 4), 100, 3);
  // Eight threads on four cores: all eight run at half speed, so no faster than four.
  EXPECT_NEAR(LastCompletionMs(8, 4), 100, 3);
}

TEST(ThreadPool, FifthJobWaitsForAFreeThread) {
  scenario::Scenario s = Program(R"(
const crypto = require('crypto');
const start = Date.now();
for (let i = 1; i <= 5; i++) {
  crypto.pbkdf2('p', 's', 1, 16, 'sha512', () => console.log(i, Date.now() - start >= 100));
}
)");
  s.environment.io["crypto.pbkdf2"] = {0, 50};
  RunResult r = Simulate(s);
  EXPECT_EQ(Lines(r.stdout_text),
            (std::vector<std::string>{"1 false", "2 false", "3 false", "4 false", "5 true"}));
}

TEST(ThreadPool, BusyMainThreadSlowsPoolWorkWhenCoresAreShort) {
  scenario::Scenario s = Program(R"(
const crypto = require('crypto');
const start = Date.now();
crypto.pbkdf2('p', 's', 1, 16, 'sha512', () => console.log('job done at', Date.now() - start));
const end = Date.now() + 100; while (Date.now() < end) {}
)");
  s.environment.cpu_cores = 1;
  s.environment.io["crypto.pbkdf2"] = {0, 50};
  RunResult r = Simulate(s);
  // One core shared by the spinning main thread and the job: the job gets half of it while
  // the main thread spins, so its 50 ms of work takes 100 ms.
  ASSERT_EQ(Lines(r.stdout_text).size(), 1u);
  double at = std::stod(Lines(r.stdout_text)[0].substr(12));
  EXPECT_GE(at, 99);
}

// The log carries each job's modelled duration so the app can show progress; sharing a core
// makes the job overrun it, and the log shows that too.
TEST(ThreadPool, JobStartRecordsItsExpectedDuration) {
  scenario::Scenario s = Program(R"(
const crypto = require('crypto');
crypto.pbkdf2('p', 's', 1, 16, 'sha512', () => {});
const end = Date.now() + 100; while (Date.now() < end) {}
)");
  s.environment.cpu_cores = 1;
  s.environment.io["crypto.pbkdf2"] = {2, 50};
  RunResult r = Simulate(s);
  const trace::StepLog& log = *r.log;
  int64_t started = -1, finished = -1;
  for (size_t i = 0; i < log.size(); ++i) {
    const trace::Event& e = log.At(i);
    if (e.kind == trace::EventKind::kPoolJobStart) {
      EXPECT_EQ(trace::PoolJobExpectedNs(e), 52'000'000) << "2 ms of latency plus 50 ms of CPU";
      started = e.time_ns;
    }
    if (e.kind == trace::EventKind::kPoolJobFinish) finished = e.time_ns;
  }
  ASSERT_GE(started, 0);
  EXPECT_GT(finished - started, 52'000'000) << "one core shared with the spinning main thread";
}

TEST(OsIo, OperationStartRecordsWhenItWillBeReady) {
  scenario::Scenario s = Program("require('dns').resolve4('example.com', () => {});\n");
  s.environment.io["dns.resolve"] = {7, 0};
  RunResult r = Simulate(s);
  const trace::StepLog& log = *r.log;
  size_t starts = 0;
  for (size_t i = 0; i < log.size(); ++i) {
    if (log.At(i).kind != trace::EventKind::kOsOpStart) continue;
    ++starts;
    EXPECT_EQ(log.At(i).value, 7'000'000);
  }
  EXPECT_EQ(starts, 1u);
}

// Anonymous job callbacks are named after what scheduled them in the recorded frames, as host
// callbacks are ("setTimeout callback"); the program's own stack traces stay Node's.
TEST(StepLog, AnonymousMicrotaskFramesAreNamedByTheirJob) {
  RunResult r = Simulate(Program(
      "Promise.resolve().then(() => { console.log(new Error('x').stack.split('\\n')[1]); });\n"
      "(async () => { await null; })();\n"
      "queueMicrotask(() => {});\n"
      "Promise.reject(1).catch(() => {});\n"
      "async function named() { await null; }\n"
      "named();\n"));
  EXPECT_EQ(r.stdout_text, "    at /virtual/test.js:1:44\n") << "the error stack is unchanged";
  std::vector<std::string> job_frames;
  for (size_t i = 0; i < r.log->size(); ++i) {
    const trace::Event& e = r.log->At(i);
    const bool frame =
        e.kind == trace::EventKind::kFramePush || e.kind == trace::EventKind::kFrameResume;
    if (frame && e.item != 0) job_frames.emplace_back(r.log->Text(e.text));
  }
  EXPECT_EQ(job_frames,
            (std::vector<std::string>{"then callback", "await resumption",
                                      "queueMicrotask callback", "catch callback", "named"}));
}

TEST(Races, MainModuleTimeoutVersusImmediateIsMarked) {
  RunResult r =
      Simulate(Program("setTimeout(() => console.log('timeout'), 0);\n"
                       "setImmediate(() => console.log('immediate'));\n"));
  ASSERT_NE(r.log, nullptr);
  EXPECT_GE(CountKind(*r.log, trace::EventKind::kRaceMark), 1u);
}

TEST(Races, InsideAnIoCallbackThereIsNoRace) {
  RunResult r =
      Simulate(Program("require('fs').readFile(__filename, () => {\n"
                       "  setTimeout(() => console.log('timeout'), 0);\n"
                       "  setImmediate(() => console.log('immediate'));\n"
                       "});\n"));
  EXPECT_EQ(Lines(r.stdout_text), (std::vector<std::string>{"immediate", "timeout"}));
  EXPECT_EQ(CountKind(*r.log, trace::EventKind::kRaceMark), 0u);
}

TEST(Limits, InfiniteLoopStopsWithTheStepLimit) {
  scenario::Scenario s = Program("let i = 0;\nwhile (true) { i++; }\n");
  s.limits.max_steps = 200'000;
  RunResult r = Simulate(s);
  EXPECT_EQ(r.outcome, RunResult::Outcome::kLimit);
  EXPECT_EQ(r.exit_code, 3);
  EXPECT_NE(r.limit_message.find("step limit"), std::string::npos) << r.limit_message;
  EXPECT_NE(r.limit_message.find("test.js:2"), std::string::npos) << r.limit_message;
}

TEST(Limits, MicrotaskStarvationIsNamed) {
  scenario::Scenario s = Program(
      "setTimeout(() => console.log('never'), 0);\n"
      "function again() { Promise.resolve().then(again); }\nagain();\n");
  s.limits.max_steps = 2'000'000;
  RunResult r = Simulate(s);
  EXPECT_EQ(r.exit_code, 3);
  EXPECT_EQ(r.stdout_text, "");
  EXPECT_NE(r.limit_message.find("microtask starvation"), std::string::npos) << r.limit_message;
}

TEST(Limits, IntervalNeverClearedStopsAtTheVirtualTimeLimit) {
  scenario::Scenario s = Program("setInterval(() => {}, 100);\n");
  s.limits.max_virtual_ms = 10'000;
  RunResult r = Simulate(s);
  EXPECT_EQ(r.exit_code, 3);
  EXPECT_NE(r.limit_message.find("virtual-time limit"), std::string::npos) << r.limit_message;
}

TEST(Limits, SelfReArmingImmediateStops) {
  scenario::Scenario s = Program("function again() { setImmediate(again); }\nagain();\n");
  s.limits.max_steps = 1'000'000;
  s.limits.max_virtual_ms = 1'000;
  RunResult r = Simulate(s);
  EXPECT_EQ(r.exit_code, 3);
  EXPECT_FALSE(r.limit_message.empty());
}

// The step limit counts heavy native work and the host's own work, so a runaway of a few
// huge steps, or of nothing but tiny callbacks, stops deterministically, whatever the host's
// speed: the same program stops at the same statement with the same message every time.
TEST(Limits, HugeNativeStepsCountTowardTheStepLimit) {
  scenario::Scenario s =
      Program("const text = 'x'.repeat(1e6);\nwhile (true) text.indexOf('y');\n");
  s.limits.max_steps = 5'000'000;
  RunResult r = Simulate(s);
  EXPECT_EQ(r.exit_code, 3);
  EXPECT_NE(r.limit_message.find("step limit reached"), std::string::npos) << r.limit_message;
  EXPECT_NE(r.limit_message.find("native work on huge strings"), std::string::npos)
      << r.limit_message;
  EXPECT_NE(r.limit_message.find("test.js:2:14"), std::string::npos) << r.limit_message;
  EXPECT_EQ(Simulate(s).limit_message, r.limit_message);
}

TEST(Limits, CallbacksCountTowardTheStepLimit) {
  scenario::Scenario s = Program("function again() { process.nextTick(again); }\nagain();\n");
  s.limits.max_steps = 1'000'000;
  RunResult r = Simulate(s);
  EXPECT_EQ(r.exit_code, 3);
  EXPECT_NE(r.limit_message.find("running callbacks and microtasks"), std::string::npos)
      << r.limit_message;
}

TEST(Limits, TheWallClockIsAGuardAgainstASlowHostAndSaysSo) {
  scenario::Scenario s = Program("let i = 0;\nwhile (true) { i++; }\n");
  s.limits.max_steps = 1'000'000'000;
  s.limits.max_wall_seconds = 0.1;
  RunResult r = Simulate(s);
  EXPECT_EQ(r.exit_code, 3);
  EXPECT_NE(r.limit_message.find("wall-clock guard reached"), std::string::npos) << r.limit_message;
  EXPECT_NE(r.limit_message.find("slow or overloaded host, not a property of the program"),
            std::string::npos)
      << r.limit_message;
}

TEST(Limits, TheDefaultWallClockGuardIsFarAboveAnyLegitimateRun) {
  EXPECT_EQ(scenario::Limits{}.max_wall_seconds, 0);  // 0: the guard
  EXPECT_GE(scenario::kWallGuardSeconds, 60);
}

TEST(Exit, ProcessExitDiscardsPendingWork) {
  RunResult r =
      Simulate(Program("setTimeout(() => console.log('never'), 0);\n"
                       "process.on('exit', (c) => console.log('exit', c));\n"
                       "process.exit(7);\nconsole.log('not reached');\n"));
  EXPECT_EQ(Lines(r.stdout_text), (std::vector<std::string>{"exit 7"}));
  EXPECT_EQ(r.exit_code, 7);
}

TEST(Exit, UncaughtErrorReportLooksLikeNodes) {
  RunResult r = Simulate(Program("function f() {\n  throw new Error('kaboom');\n}\nf();\n"));
  EXPECT_EQ(r.exit_code, 1);
  std::vector<std::string> err = Lines(r.stderr_text);
  ASSERT_GE(err.size(), 6u) << r.stderr_text;
  EXPECT_EQ(err[0], "/virtual/test.js:2");
  EXPECT_EQ(err[1], "  throw new Error('kaboom');");
  EXPECT_EQ(err[2], "  ^");
  EXPECT_EQ(err[3], "");
  EXPECT_EQ(err[4], "Error: kaboom");
  EXPECT_EQ(err.back(), "Node.js v20.20.2");
}

// src/node_errors.cc: a thrown primitive gets a blank line first and the --trace-uncaught
// hint; a thrown plain object gets the blank line but no hint.
TEST(Exit, UncaughtNonErrorsAreReportedAsNodeReportsThem) {
  RunResult primitive = Simulate(Program("throw 'str';\n"));
  std::vector<std::string> err = Lines(primitive.stderr_text);
  ASSERT_GE(err.size(), 6u) << primitive.stderr_text;
  EXPECT_EQ(err[0], "");
  EXPECT_EQ(err[1], "/virtual/test.js:1");
  EXPECT_EQ(err[4], "str");
  EXPECT_EQ(err[5], "(Use `node --trace-uncaught ...` to show where the exception was thrown)");
  RunResult object = Simulate(Program("throw {a: 1};\n"));
  err = Lines(object.stderr_text);
  ASSERT_GE(err.size(), 6u) << object.stderr_text;
  EXPECT_EQ(err[0], "");
  EXPECT_EQ(err[4], "{ a: 1 }");
  EXPECT_EQ(err[5], "");
}

// A throw from an 'exit' listener during process.exit() leaves process.exit() (catchable),
// and uncaught it is reported, the exit code staying the one process.exit was given.
TEST(Exit, ThrowFromExitListenerDuringProcessExitIsReported) {
  RunResult r = Simulate(Program(
      "process.on('exit', (c) => { console.log('exit', c); throw new Error('in exit'); });\n"
      "process.exit(2);\n"));
  EXPECT_EQ(Lines(r.stdout_text), (std::vector<std::string>{"exit 2"}));
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.stderr_text.find("Error: in exit"), std::string::npos) << r.stderr_text;
  RunResult caught =
      Simulate(Program("process.on('exit', () => { throw new Error('y'); });\n"
                       "try { process.exit(3); } catch (e) { console.log('caught', e.message); }\n"
                       "console.log('after');\n"));
  EXPECT_EQ(Lines(caught.stdout_text), (std::vector<std::string>{"caught y", "after"}));
  EXPECT_EQ(caught.exit_code, 3);
}

// The fatal exit code is process.exitCode when an 'exit' listener set one (node_errors.cc
// env->exit_code(kGenericUserError)), else 1 even when the program had set another.
TEST(Exit, FatalExitCodeIsWhatExitListenersLeave) {
  RunResult set_in_listener =
      Simulate(Program("process.on('exit', () => { process.exitCode = 9; });\n"
                       "setTimeout(() => { throw new Error('x'); }, 1);\n"));
  EXPECT_EQ(set_in_listener.exit_code, 9);
  RunResult set_before =
      Simulate(Program("process.exitCode = 5;\nsetTimeout(() => { throw new Error('x'); }, 1);\n"));
  EXPECT_EQ(set_before.exit_code, 1);
}

// A pbkdf2Sync of a million iterations passes max_virtual_ms within one native call; the
// program stops at its next instruction even though it has almost no steps.
TEST(Limits, VirtualTimeLimitHoldsForALongNativeCall) {
  scenario::Scenario s =
      Program("require('crypto').pbkdf2Sync('a', 'b', 1e6, 64, 'sha512');\nconsole.log('done');\n");
  s.limits.max_virtual_ms = 100;
  RunResult r = Simulate(s);
  EXPECT_EQ(r.outcome, RunResult::Outcome::kLimit);
  EXPECT_EQ(r.stdout_text, "");
  EXPECT_NE(r.stderr_text.find("limits.max_virtual_ms"), std::string::npos) << r.stderr_text;
}

TEST(Exit, LoadErrorIsLocatedAndExitsTwo) {
  RunResult r = Simulate(Program("let x = ;\n"));
  EXPECT_EQ(r.outcome, RunResult::Outcome::kLoadError);
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.stderr_text.find(":1:"), std::string::npos) << r.stderr_text;
}

TEST(StepLog, RecordsPhasesCallbacksAndConsole) {
  RunResult r =
      Simulate(Program("setTimeout(() => console.log('t'), 1);\n"
                       "setImmediate(() => console.log('i'));\n"
                       "process.nextTick(() => console.log('n'));\n"));
  const trace::StepLog& log = *r.log;
  EXPECT_EQ(log.console_events().size(), 3u);
  EXPECT_GE(CountKind(log, trace::EventKind::kPhaseEnter), 7u);
  EXPECT_EQ(CountKind(log, trace::EventKind::kCallbackStart),
            CountKind(log, trace::EventKind::kCallbackEnd));
  EXPECT_EQ(CountKind(log, trace::EventKind::kFramePush),
            CountKind(log, trace::EventKind::kFramePop));
  EXPECT_EQ(log.At(log.size() - 1).kind, trace::EventKind::kProcessExit);
  // Times never go backwards.
  for (size_t i = 1; i < log.size(); ++i) ASSERT_GE(log.At(i).time_ns, log.At(i - 1).time_ns) << i;
  // Replaying the whole log ends with every queue empty and the stack unwound.
  trace::LoopState state;
  for (size_t i = 0; i < log.size(); ++i) trace::Apply(state, log, i);
  EXPECT_TRUE(state.stack.empty());
  for (const auto& q : state.queues) EXPECT_TRUE(q.empty());
  EXPECT_TRUE(state.exited);
}

TEST(StepLog, BusyLoopDoesNotFloodTheLog) {
  RunResult r = Simulate(Program("const end = Date.now() + 200;\nwhile (Date.now() < end) {}\n"));
  EXPECT_LT(r.log->size(), 200u);
}

}  // namespace
}  // namespace loopscope::node
