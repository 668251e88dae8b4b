// tests/unit/live/live_programs_test.cpp — the Node layer's golden programs
// (tests/unit/node/programs, recorded from real Node) on a real libuv loop: each must print
// what Node printed, as it does through the simulator. When the simulator marks a timing
// race and the live run differs, the test is skipped with the race named, not failed.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>

#include "engine/live/live_run.h"
#include "engine/node/simulation.h"
#include "engine/scenario/loader.h"
#include "engine/trace/divergence.h"
#include "tests/support/live_attempts.h"
#include "tests/support/node_test_report.h"
#include "tests/support/program.h"

namespace loopscope::live {
namespace {

namespace fs = std::filesystem;

fs::path ProgramDir() {
  return fs::path(LOOPSCOPE_SOURCE_DIR) / "tests/unit/node/programs";
}

std::vector<std::string> ProgramNames() {
  std::vector<std::string> names;
  for (const auto& entry : fs::directory_iterator(ProgramDir())) {
    if (entry.path().extension() == ".expected") names.push_back(entry.path().stem().string());
  }
  std::sort(names.begin(), names.end());
  return names;
}

using loopscope::testing::Lines;

class LiveProgram : public ::testing::TestWithParam<std::string> {};

TEST_P(LiveProgram, PrintsWhatNodePrinted) {
  std::ifstream expected_file(ProgramDir() / (GetParam() + ".expected"));
  nlohmann::json expected = nlohmann::json::parse(expected_file);
  scenario::LoadResult loaded = scenario::LoadFile((ProgramDir() / (GetParam() + ".js")).string());
  ASSERT_TRUE(loaded.ok()) << loaded.errors.front().ToString();
  loopscope::testing::ReadProgramStdin(ProgramDir() / GetParam(), loaded.scenario->stdin_source);
  auto want = expected["stdout"].get<std::vector<std::string>>();
  const fs::path program = ProgramDir() / (GetParam() + ".js");
  auto lines = [&](const node::RunResult& r) {
    return loopscope::testing::GoldenLines(program, r.stdout_text);
  };
  node::RunResult live =
      loopscope::testing::RunLiveAttempts(*loaded.scenario, {}, [&](const node::RunResult& r) {
        return lines(r) == want && r.exit_code == expected["exit_code"].get<int>();
      });
  bool same = lines(live) == want && live.exit_code == expected["exit_code"].get<int>();
  if (!same) {
    node::RunResult simulated = node::Simulate(*loaded.scenario);
    if (simulated.log && trace::FirstRaceMark(*simulated.log))
      GTEST_SKIP() << "a timing race the simulator marks";
    if (auto slow = loopscope::testing::HostTooSlowForRealTime(live.log.get()))
      GTEST_SKIP() << *slow;
  }
  EXPECT_EQ(lines(live), want) << "stderr:\n" << live.stderr_text;
  EXPECT_EQ(live.exit_code, expected["exit_code"].get<int>()) << live.stderr_text;
  ASSERT_TRUE(live.log);
  EXPECT_TRUE(live.log->info().real_time);
}

INSTANTIATE_TEST_SUITE_P(Programs, LiveProgram, ::testing::ValuesIn(ProgramNames()),
                         [](const auto& param_info) { return param_info.param; });

}  // namespace
}  // namespace loopscope::live
