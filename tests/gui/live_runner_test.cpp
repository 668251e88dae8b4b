// tests/gui/live_runner_test.cpp — the app's live runs: a child `loopscope run --live`
// whose trace becomes a Document with the real clock, for files and built-in scenarios;
// failures come back as messages, and a cancelled run ends at once.
#include "app/ui/live_runner.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <thread>

#include "engine/scenario/library.h"

namespace loopscope::app {
namespace {

LiveRunOutcome WaitFor(LiveRunner& runner) {
  for (int i = 0; i < 3000; ++i) {
    if (auto r = runner.Take()) return std::move(*r);
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
  ADD_FAILURE() << "the live run did not finish within 30 s";
  return {};
}

std::string Console(const Document& doc) {
  std::string text;
  for (const auto& line : doc.console_lines) text += std::string(line.text) + "\n";
  return text;
}

TEST(LiveRunner, RunsAFileLiveAndLoadsItsLog) {
  std::filesystem::path file =
      std::filesystem::temp_directory_path() / "loopscope-live-runner-test.js";
  std::ofstream(file) << "setTimeout(() => console.log('b'), 5);\nconsole.log('a');\n";
  LiveRunner runner(LOOPSCOPE_EXE);
  runner.Start(file.string(), "two lines");
  LiveRunOutcome r = WaitFor(runner);
  std::filesystem::remove(file);
  ASSERT_TRUE(r.doc) << (r.errors.empty() ? "" : r.errors.front());
  EXPECT_TRUE(r.doc->log->info().real_time);
  EXPECT_EQ(Console(*r.doc), "a\nb\n");
  EXPECT_EQ(r.doc->title, "two lines (live)");
  EXPECT_FALSE(runner.running());
}

TEST(LiveRunner, RunsABuiltInScenario) {
  LiveRunner runner(LOOPSCOPE_EXE);
  runner.Start("builtin:" + std::string(scenario::kDefaultScenarioId), "default");
  LiveRunOutcome r = WaitFor(runner);
  ASSERT_TRUE(r.doc) << (r.errors.empty() ? "" : r.errors.front());
  EXPECT_FALSE(r.doc->console_lines.empty());
}

TEST(LiveRunner, ALoadErrorComesBackAsItsLocatedMessage) {
  std::filesystem::path file =
      std::filesystem::temp_directory_path() / "loopscope-live-runner-bad.js";
  std::ofstream(file) << "console.log((1;\n";
  LiveRunner runner(LOOPSCOPE_EXE);
  runner.Start(file.string(), "bad");
  LiveRunOutcome r = WaitFor(runner);
  std::filesystem::remove(file);
  EXPECT_FALSE(r.doc);
  ASSERT_FALSE(r.errors.empty());
  EXPECT_NE(r.errors.front().find("loopscope-live-runner-bad.js:1:"), std::string::npos)
      << r.errors.front();
}

TEST(LiveRunner, CancelEndsARunThatWouldGoOnForSeconds) {
  std::filesystem::path file =
      std::filesystem::temp_directory_path() / "loopscope-live-runner-long.js";
  std::ofstream(file) << "setInterval(() => {}, 1000);\n";
  LiveRunner runner(LOOPSCOPE_EXE);
  runner.Start(file.string(), "long");
  auto start = std::chrono::steady_clock::now();
  runner.Cancel();
  EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::seconds(2));
  std::filesystem::remove(file);
  auto r = runner.Take();
  ASSERT_TRUE(r.has_value());
  EXPECT_FALSE(r->doc);
}

// `screenshot --live` waits with a timeout: a child that hangs (here a stand-in executable
// that only sleeps) is killed when it runs out, and the result says the run was stopped.
TEST(LiveRunner, AHungChildIsKilledWhenTheWaitTimesOut) {
  namespace fs = std::filesystem;
  fs::path hung = fs::temp_directory_path() / ("loopscope-hung-" + std::to_string(::getpid()));
  std::ofstream(hung) << "#!/bin/sh\nexec sleep 600\n";
  fs::permissions(hung, fs::perms::owner_all);
  LiveRunner runner(hung.string());
  runner.Start("whatever.js", "hung");
  EXPECT_FALSE(runner.WaitForResult(std::chrono::milliseconds(200)));
  EXPECT_FALSE(runner.running());
  auto r = runner.Take();
  ASSERT_TRUE(r.has_value());
  EXPECT_FALSE(r->doc);
  ASSERT_FALSE(r->errors.empty());
  EXPECT_EQ(r->errors.front(), "the live run was stopped");
  fs::remove(hung);
}

}  // namespace
}  // namespace loopscope::app
