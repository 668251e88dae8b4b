// tests/unit/node/worker_threads_test.cpp — what the golden worker programs cannot check
// against node: the hub's determinism, its limits and its virtual-time costs.
// The orderings themselves are node-recorded golden programs (programs/worker_*.js).
#include <gtest/gtest.h>

#include "engine/node/simulation.h"
#include "engine/node/worker_hub.h"
#include "tests/support/program.h"

namespace loopscope::node {
namespace {

using loopscope::testing::Lines;
using loopscope::testing::Program;

// Three workers racing to answer: the threads really run on OS threads, but the hub lets
// one run at a time in virtual-time order, so every run prints the same.
TEST(WorkerThreads, ManyThreadsAreDeterministic) {
  scenario::Scenario s = Program(R"(
    const { Worker } = require('worker_threads');
    for (let i = 0; i < 3; i++) {
      const w = new Worker(`
        const { parentPort, workerData } = require('worker_threads');
        let spin = 0;
        for (let k = 0; k < workerData * 100000; k++) spin++;
        parentPort.postMessage(workerData);
        setTimeout(() => parentPort.postMessage('late ' + workerData), workerData);
      `, { eval: true, workerData: 3 - i });
      w.on('message', (m) => console.log('from', w.threadId, m));
    }
  )");
  RunResult first = Simulate(s);
  ASSERT_EQ(first.exit_code, 0) << first.stderr_text;
  EXPECT_EQ(Lines(first.stdout_text).size(), 6u);
  for (int run = 0; run < 3; ++run) {
    RunResult again = Simulate(s);
    EXPECT_EQ(again.stdout_text, first.stdout_text);
    EXPECT_EQ(again.log->size(), first.log->size());
  }
}

// Starting a worker costs kWorkerStartupNs of virtual time before 'online'.
TEST(WorkerThreads, OnlineComesAfterTheModelledStartup) {
  scenario::Scenario s = Program(R"(
    const { Worker } = require('worker_threads');
    const t0 = performance.now();
    const w = new Worker('', { eval: true });
    w.on('online', () => console.log(performance.now() - t0 >= 20));
  )");
  RunResult r = Simulate(s);
  EXPECT_EQ(Lines(r.stdout_text), std::vector<std::string>{"true"}) << r.stderr_text;
}

TEST(WorkerThreads, EndlessSpawningMeetsTheWorkerLimit) {
  scenario::Scenario s = Program(R"(
    const { Worker } = require('worker_threads');
    new Worker(__filename);
  )");
  RunResult r = Simulate(s);
  EXPECT_EQ(r.outcome, RunResult::Outcome::kLimit);
  EXPECT_NE(r.limit_message.find("worker limit reached"), std::string::npos) << r.limit_message;
  EXPECT_NE(r.limit_message.find(std::to_string(kMaxWorkers)), std::string::npos);
}

// A runaway worker stops the whole run, and the message says which thread it was.
TEST(WorkerThreads, ARunawayWorkerStopsTheRun) {
  scenario::Scenario s = Program(R"(
    const { Worker } = require('worker_threads');
    new Worker('let n = 0; for (;;) { n = n * 2 + 1; }', { eval: true });
    setInterval(() => {}, 1000);
  )");
  s.limits.max_steps = 2'000'000;
  RunResult r = Simulate(s);
  EXPECT_EQ(r.outcome, RunResult::Outcome::kLimit);
  EXPECT_NE(r.limit_message.find("in worker 1: step limit reached"), std::string::npos)
      << r.limit_message;
}

// A worker's output goes through its parent: the parent's stdout has it, in order.
TEST(WorkerThreads, NestedWorkersWriteThroughTheirParents) {
  scenario::Scenario s = Program(R"(
    const { Worker, isMainThread, workerData } = require('worker_threads');
    const depth = isMainThread ? 0 : workerData;
    console.log('depth', depth);
    if (depth < 2) new Worker(__filename, { workerData: depth + 1 });
  )");
  RunResult r = Simulate(s);
  EXPECT_EQ(Lines(r.stdout_text), (std::vector<std::string>{"depth 0", "depth 1", "depth 2"}))
      << r.stderr_text;
  EXPECT_EQ(r.exit_code, 0);
}

}  // namespace
}  // namespace loopscope::node
