// tests/unit/node/run_progress_test.cpp — RunOptions::progress: a run publishes its event
// count and virtual clock while it goes (read by the app's "Simulating…" strip) and, at the
// end, exactly the log's size; a cancel stops a long run with what it had published.
#include <gtest/gtest.h>

#include <atomic>
#include <thread>

#include "engine/node/simulation.h"
#include "tests/support/program.h"

namespace loopscope::node {
namespace {

TEST(RunProgress, EndsAtTheLogsSizeAndTheLastClock) {
  RunProgress progress;
  const char* program =
      "let n = 0;\n"
      "for (let i = 0; i < 5000; i++) Promise.resolve(i).then(() => n++);\n"
      "setTimeout(() => console.log(n), 5);\n";
  RunResult r = Simulate(testing::Program(program), {.record_log = true, .progress = &progress});
  ASSERT_EQ(r.stdout_text, "5000\n");
  ASSERT_NE(r.log, nullptr);
  EXPECT_EQ(progress.events.load(), r.log->size());
  EXPECT_GE(progress.virtual_ns.load(), r.log->At(r.log->size() - 1).time_ns);
  EXPECT_GE(progress.virtual_ns.load(), 5'000'000) << "the 5 ms timer ran";
}

TEST(RunProgress, IsPublishedWhileTheRunGoesAndACancelStopsIt) {
  RunProgress progress;
  std::atomic<bool> cancel{false};
  std::atomic<bool> done{false};
  RunResult r;
  std::thread runner([&] {
    r = Simulate(testing::Program("function spin() { for (let i = 0; i < 1000; i++) {} "
                                  "setImmediate(spin); }\nspin();\n"),
                 {.record_log = true, .cancel = &cancel, .progress = &progress});
    done = true;
  });
  // Wait (without a time assertion) until the running program has published some events.
  while (progress.events.load() == 0 && !done) std::this_thread::yield();
  cancel = true;
  runner.join();
  EXPECT_EQ(r.outcome, RunResult::Outcome::kCancelled);
  EXPECT_GT(progress.events.load(), 0u);
  EXPECT_GT(progress.virtual_ns.load(), 0);
}

}  // namespace
}  // namespace loopscope::node
