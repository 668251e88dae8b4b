// tests/unit/browser/programs_test.cpp — golden ordering tests of the browser host: every
// programs/NAME.js runs as a page's script and must print the console lines headless Chromium
// printed (programs/NAME.expected, recorded by tools/browser-oracle/run.py --record, each
// program checked stable over 5 runs first). Each also runs with the step log off, which must
// not change what it prints.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "engine/browser/simulation.h"
#include "engine/scenario/loader.h"

namespace loopscope::browser {
namespace {

namespace fs = std::filesystem;

fs::path ProgramsDir() {
  return fs::path(LOOPSCOPE_SOURCE_DIR) / "tests/unit/browser/programs";
}

std::vector<std::string> ProgramNames() {
  std::vector<std::string> names;
  for (const auto& entry : fs::directory_iterator(ProgramsDir()))
    if (entry.path().extension() == ".expected") names.push_back(entry.path().stem().string());
  std::sort(names.begin(), names.end());
  return names;
}

std::string ReadFile(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

class BrowserProgramTest : public ::testing::TestWithParam<std::string> {};

TEST_P(BrowserProgramTest, PrintsWhatChromiumPrinted) {
  scenario::LoadResult loaded = scenario::LoadFile((ProgramsDir() / (GetParam() + ".js")).string());
  ASSERT_TRUE(loaded.ok()) << loaded.errors.front().ToString();
  node::RunResult recorded = Simulate(*loaded.scenario);
  EXPECT_EQ(recorded.stdout_text, ReadFile(ProgramsDir() / (GetParam() + ".expected")))
      << recorded.stderr_text;
  EXPECT_EQ(recorded.exit_code, 0) << recorded.stderr_text;
  ASSERT_NE(recorded.log, nullptr);

  node::RunOptions quiet;
  quiet.record_log = false;
  node::RunResult unrecorded = browser::Simulate(*loaded.scenario, quiet);
  EXPECT_EQ(unrecorded.stdout_text, recorded.stdout_text);
  EXPECT_EQ(unrecorded.log, nullptr);
}

INSTANTIATE_TEST_SUITE_P(Programs, BrowserProgramTest, ::testing::ValuesIn(ProgramNames()),
                         [](const auto& param_info) { return param_info.param; });

}  // namespace
}  // namespace loopscope::browser
