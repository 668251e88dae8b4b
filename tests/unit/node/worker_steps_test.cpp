// tests/unit/node/worker_steps_test.cpp — a run with workers records every thread's loop in
// its one step log: each event on its thread (kThread markers), each thread's state its own
// (trace::ThreadView), and a worker's console line written once, by its parent.
#include <gtest/gtest.h>

#include <string>

#include "engine/node/simulation.h"
#include "engine/trace/checkpoints.h"
#include "tests/support/program.h"

namespace loopscope::node {
namespace {

using loopscope::testing::Program;
using trace::EventKind;

constexpr const char* kProgram = R"(
  const { Worker } = require('worker_threads');
  const w = new Worker(`
    const { parentPort } = require('worker_threads');
    setTimeout(function tick() {
      console.log('from the worker');
      parentPort.postMessage('hi');
    }, 5);
  `, { eval: true });
  w.on('message', function onMessage(m) { console.log('got', m); });
  w.on('exit', (code) => console.log('exit', code));
)";

bool HasFrame(const trace::LoopState& s, const trace::StepLog& log, std::string_view name) {
  for (const trace::Frame& f : s.stack)
    if (log.Text(f.name) == name) return true;
  return false;
}

TEST(WorkerSteps, EveryThreadsLoopIsInTheLog) {
  RunResult r = Simulate(Program(kProgram));
  ASSERT_EQ(r.stdout_text, "from the worker\ngot hi\nexit 0\n") << r.stderr_text;
  const trace::StepLog& log = *r.log;
  EXPECT_EQ(log.thread_count(), 2u);
  size_t worker_runs = 0, tick = trace::StepLog::kNone;
  for (size_t i = 0; i < log.size(); ++i) {
    const trace::Event e = log.At(i);
    if (log.ThreadAt(i) != 1) continue;
    if (e.kind == EventKind::kRunStart) ++worker_runs;
    if (e.kind == EventKind::kFramePush && log.Text(e.text) == "tick") tick = i;
    EXPECT_NE(e.kind, EventKind::kConsole) << "the parent writes a worker's output, at " << i;
  }
  EXPECT_EQ(worker_runs, 1u);
  ASSERT_NE(tick, trace::StepLog::kNone);
  // Three lines, three console events: the worker's line is not written twice.
  EXPECT_EQ(log.console_events().size(), 3u);

  const trace::Checkpoints checkpoints(log);
  const trace::LoopState at_tick = checkpoints.StateAt(tick);
  EXPECT_EQ(at_tick.thread, 1u);
  EXPECT_TRUE(HasFrame(at_tick, log, "tick"));
  EXPECT_EQ(at_tick.phase, trace::Phase::kTimers);
  const trace::LoopState main_view = trace::ThreadView(at_tick, 0);
  EXPECT_FALSE(HasFrame(main_view, log, "tick"));
  EXPECT_GE(at_tick.time_ns, 20'000'000);  // the worker's clock: after its modelled start-up

  // At the end both threads have exited, each with its own code and clock.
  const trace::LoopState end = checkpoints.StateAt(log.size() - 1);
  EXPECT_EQ(end.thread, 0u);
  EXPECT_TRUE(end.exited);
  const trace::LoopState worker_end = trace::ThreadView(end, 1);
  EXPECT_TRUE(worker_end.exited);
  EXPECT_EQ(worker_end.exit_code, 0);
  EXPECT_LT(worker_end.time_ns, end.time_ns);
}

// The main thread's RunInfo is not overwritten by a worker's pool.
TEST(WorkerSteps, RunInfoDescribesTheMainThread) {
  RunResult r = Simulate(Program(R"(
    const { Worker } = require('worker_threads');
    process.env.UV_THREADPOOL_SIZE = 4;
    new Worker(`
      process.env.UV_THREADPOOL_SIZE = 2;
      require('fs').readFile('x', () => {});
    `, { eval: true });
  )"));
  ASSERT_EQ(r.exit_code, 0) << r.stderr_text;
  EXPECT_EQ(r.log->info().program_name, "test.js");
  EXPECT_EQ(r.log->info().pool_size, 4);
  EXPECT_EQ(r.log->thread_count(), 2u);
}

}  // namespace
}  // namespace loopscope::node
