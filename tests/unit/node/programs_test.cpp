// tests/unit/node/programs_test.cpp — golden ordering tests: every programs/NAME.js runs
// through the simulator and must print what real Node printed (programs/NAME.expected,
// recorded by tools/record-node-programs.py, with NAME.stdin or NAME.stdin-file as its stdin
// when there is one), exit code included, and stderr too for the
// programs that opt in (warnings, whose format is part of what Node prints). Each program
// also runs with the step log off, which must not change anything the program prints.
// Programs marked `// golden: node:test durations` compare node:test's TAP report with its
// wall-clock durations and the run directory blanked (tests/support/node_test_report.h).
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "engine/node/simulation.h"
#include "engine/scenario/loader.h"
#include "tests/support/node_test_report.h"
#include "tests/support/program.h"

namespace loopscope::node {
namespace {

namespace fs = std::filesystem;

using loopscope::testing::Lines;

std::vector<std::string> ProgramNames() {
  std::vector<std::string> names;
  fs::path dir = fs::path(LOOPSCOPE_SOURCE_DIR) / "tests/unit/node/programs";
  for (const auto& entry : fs::directory_iterator(dir)) {
    if (entry.path().extension() == ".expected") names.push_back(entry.path().stem().string());
  }
  std::sort(names.begin(), names.end());
  return names;
}

class ProgramTest : public ::testing::TestWithParam<std::string> {};

TEST_P(ProgramTest, PrintsWhatNodePrinted) {
  fs::path dir = fs::path(LOOPSCOPE_SOURCE_DIR) / "tests/unit/node/programs";
  std::ifstream expected_file(dir / (GetParam() + ".expected"));
  nlohmann::json expected = nlohmann::json::parse(expected_file);
  scenario::LoadResult loaded = scenario::LoadFile((dir / (GetParam() + ".js")).string());
  ASSERT_TRUE(loaded.ok()) << loaded.errors.front().ToString();
  loopscope::testing::ReadProgramStdin(dir / GetParam(), loaded.scenario->stdin_source);

  RunResult recorded = Simulate(*loaded.scenario);
  EXPECT_EQ(loopscope::testing::GoldenLines(dir / (GetParam() + ".js"), recorded.stdout_text),
            expected["stdout"].get<std::vector<std::string>>())
      << "stderr:\n"
      << recorded.stderr_text;
  EXPECT_EQ(recorded.exit_code, expected["exit_code"].get<int>()) << recorded.stderr_text;
  if (expected.contains("stderr")) {
    EXPECT_EQ(Lines(recorded.stderr_text), expected["stderr"].get<std::vector<std::string>>());
  }
  ASSERT_NE(recorded.log, nullptr);
  EXPECT_GT(recorded.log->size(), 0u);

  RunOptions quiet;
  quiet.record_log = false;
  RunResult unrecorded = Simulate(*loaded.scenario, quiet);
  EXPECT_EQ(unrecorded.stdout_text, recorded.stdout_text);
  EXPECT_EQ(unrecorded.exit_code, recorded.exit_code);
  EXPECT_EQ(unrecorded.log, nullptr);
}

INSTANTIATE_TEST_SUITE_P(Golden, ProgramTest, ::testing::ValuesIn(ProgramNames()),
                         [](const auto& info) { return info.param; });

}  // namespace
}  // namespace loopscope::node
