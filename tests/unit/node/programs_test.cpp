// tests/unit/node/programs_test.cpp — golden ordering tests: every programs/NAME.js runs
// through the simulator and must print what real Node printed (programs/NAME.expected,
// recorded by tools/record-node-programs.py), exit code included, and stderr too for the
// programs that opt in (warnings, whose format is part of what Node prints). Each program
// also runs with the step log off, which must not change anything the program prints.
// Programs marked `// golden: node:test durations` compare node:test's TAP report with its
// wall-clock durations and the run directory blanked (NodeTestReportLines).
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <regex>
#include <sstream>

#include "engine/node/simulation.h"
#include "engine/scenario/loader.h"
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

// node:test's TAP report prints `duration_ms` figures node measures on the wall clock (the
// simulator on its virtual one) and `location:` paths in the directory the program ran in;
// tools/record-node-programs.py records them as `duration_ms: *` and the bare file name, and
// this does the same to the simulator's output. Only for programs that carry the mark.
constexpr char kDurationsMark[] = "// golden: node:test durations";

std::vector<std::string> NodeTestReportLines(const std::string& stdout_text) {
  static const std::regex kDuration(R"(^(\s*(?:# )?duration_ms)[: ] ?[0-9.e+-]+$)");
  static const std::regex kLocation(R"(^(\s*location: ')[^']*/)");
  std::vector<std::string> lines = Lines(stdout_text);
  for (std::string& line : lines) {
    line = std::regex_replace(line, kDuration, "$1: *");
    line = std::regex_replace(line, kLocation, "$1");
  }
  return lines;
}

bool HasDurationsMark(const fs::path& program) {
  std::ifstream in(program);
  std::string line;
  for (int i = 0; i < 2 && std::getline(in, line); ++i) {
    if (line == kDurationsMark) return true;
  }
  return false;
}

class ProgramTest : public ::testing::TestWithParam<std::string> {};

TEST_P(ProgramTest, PrintsWhatNodePrinted) {
  fs::path dir = fs::path(LOOPSCOPE_SOURCE_DIR) / "tests/unit/node/programs";
  std::ifstream expected_file(dir / (GetParam() + ".expected"));
  nlohmann::json expected = nlohmann::json::parse(expected_file);
  scenario::LoadResult loaded = scenario::LoadFile((dir / (GetParam() + ".js")).string());
  ASSERT_TRUE(loaded.ok()) << loaded.errors.front().ToString();

  RunResult recorded = Simulate(*loaded.scenario);
  bool node_test_report = HasDurationsMark(dir / (GetParam() + ".js"));
  EXPECT_EQ(
      node_test_report ? NodeTestReportLines(recorded.stdout_text) : Lines(recorded.stdout_text),
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
