// tests/unit/node/worker_cores_test.cpp — threads share the modelled CPU cores: processor
// sharing as a pure function (worker_cores.h), then the virtual time a fixed piece of CPU
// work takes in workers busy at once. node's own orderings are the golden programs
// (programs/worker_cores_*.js); these check the figures node's timings are too noisy for.
#include "engine/node/worker_cores.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "engine/node/simulation.h"
#include "tests/support/program.h"

namespace loopscope::node {
namespace {

using loopscope::testing::Lines;
using loopscope::testing::Program;

TEST(WorkerCores, ShareIsWholeUntilThreadsOutnumberCores) {
  EXPECT_EQ(CoreShare(1, 4), 1.0);
  EXPECT_EQ(CoreShare(4, 4), 1.0);
  EXPECT_EQ(CoreShare(8, 4), 0.5);
  EXPECT_EQ(CoreShare(5, 4), 0.8);
  EXPECT_EQ(CoreShare(3, 0), 1.0 / 3);  // no cores is read as one
  EXPECT_EQ(StretchedNs(100, 2, 4), 100);
  EXPECT_EQ(StretchedNs(100, 8, 4), 200);
  EXPECT_EQ(StretchedNs(100, 5, 4), 125);
}

// `workers` workers each time the same loop (virtual ms, as each sees it); with `main_too`
// the main thread times it too once they are all busy. The lines are "worker <ms>" and
// "main <ms>"; the loop is about 10 virtual ms on a free core.
std::vector<double> LoopTimes(int workers, bool main_too, int cores, std::vector<double>* main) {
  std::string source = R"(
    const { Worker } = require('worker_threads');
    const WORKERS = )" +
                       std::to_string(workers) + R"(, MAIN_TOO = )" +
                       (main_too ? "true" : "false") + R"(;
    const N = 1.2e8;
    function work(n) { let s = 0; for (let i = 0; i < n; i++) s += i; return s; }
    let started = 0;
    for (let k = 0; k < WORKERS; k++) {
      const w = new Worker(`
        const { parentPort, workerData } = require('worker_threads');
        function work(n) { let s = 0; for (let i = 0; i < n; i++) s += i; return s; }
        parentPort.postMessage('started');
        const t0 = performance.now();
        work(workerData);
        parentPort.postMessage(performance.now() - t0);
      `, { eval: true, workerData: MAIN_TOO ? 3 * N : N });
      w.on('message', (m) => {
        if (m !== 'started') return console.log('worker', m);
        if (++started < WORKERS || !MAIN_TOO) return;
        const t0 = performance.now();
        work(N);
        console.log('main', performance.now() - t0);
      });
    }
  )";
  scenario::Scenario s = Program(source);
  s.environment.cpu_cores = cores;
  RunResult r = Simulate(s);
  EXPECT_EQ(r.exit_code, 0) << r.stderr_text;
  std::vector<double> times;
  for (const std::string& line : Lines(r.stdout_text)) {
    if (line.starts_with("worker ")) times.push_back(std::stod(line.substr(7)));
    if (line.starts_with("main ") && main) main->push_back(std::stod(line.substr(5)));
  }
  return times;
}

TEST(WorkerCores, OneWorkerHasACoreToItself) {
  std::vector<double> one = LoopTimes(1, false, 4, nullptr);
  ASSERT_EQ(one.size(), 1u);
  EXPECT_GT(one[0], 5.0);
  // Four workers on four cores take as long as one.
  for (double t : LoopTimes(4, false, 4, nullptr)) EXPECT_NEAR(t, one[0], one[0] * 0.1);
}

TEST(WorkerCores, EightWorkersOnFourCoresTakeTwiceAsLong) {
  const double one = LoopTimes(1, false, 4, nullptr).at(0);
  std::vector<double> eight = LoopTimes(8, false, 4, nullptr);
  ASSERT_EQ(eight.size(), 8u);
  for (double t : eight) EXPECT_NEAR(t, 2 * one, one * 0.25);
  // On one core each gets an eighth.
  for (double t : LoopTimes(8, false, 1, nullptr)) EXPECT_NEAR(t, 8 * one, one);
}

TEST(WorkerCores, TheMainThreadSharesTheCoresWithItsWorkers) {
  const double one = LoopTimes(1, false, 4, nullptr).at(0);
  std::vector<double> main;
  LoopTimes(4, true, 4, &main);
  ASSERT_EQ(main.size(), 1u);
  // Five threads on four cores: the main thread's loop stretches by 5/4.
  EXPECT_NEAR(main[0], 1.25 * one, one * 0.15);
}

// The handover depends on virtual times and thread ids only.
TEST(WorkerCores, SlicedRunsAreDeterministic) {
  std::vector<double> first = LoopTimes(6, true, 2, nullptr);
  EXPECT_EQ(LoopTimes(6, true, 2, nullptr), first);
}

}  // namespace
}  // namespace loopscope::node
