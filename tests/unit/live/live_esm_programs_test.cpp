// tests/unit/live/live_esm_programs_test.cpp — the ES module golden programs
// (tests/unit/node/esm_programs, recorded from real Node) on a real libuv loop, ES-module
// workers among them: each must print what Node printed, as it does through the simulator.
// A program whose live run differs where the simulator marks a timing race, or on a host
// too slow for real time, is skipped with the reason, as in live_programs_test.cpp.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "engine/live/live_run.h"
#include "engine/node/simulation.h"
#include "engine/scenario/loader.h"
#include "engine/trace/divergence.h"
#include "tests/support/live_attempts.h"
#include "tests/support/program.h"

namespace loopscope::live {
namespace {

namespace fs = std::filesystem;

fs::path ProgramsDir() {
  return fs::path(LOOPSCOPE_SOURCE_DIR) / "tests/unit/node/esm_programs";
}

std::vector<std::string> ProgramNames() {
  std::vector<std::string> names;
  for (const auto& entry : fs::directory_iterator(ProgramsDir())) {
    if (entry.is_directory()) names.push_back(entry.path().filename().string());
  }
  std::sort(names.begin(), names.end());
  return names;
}

std::string ReadText(const fs::path& path) {
  std::ifstream in(path);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

class LiveEsmProgram : public ::testing::TestWithParam<std::string> {};

TEST_P(LiveEsmProgram, PrintsWhatNodePrinted) {
  const fs::path dir = ProgramsDir() / GetParam();
  nlohmann::json expected = nlohmann::json::parse(ReadText(dir / "expected.json"));
  const fs::path main = fs::exists(dir / "main.mjs") ? dir / "main.mjs" : dir / "main.js";
  scenario::LoadResult loaded = scenario::LoadFile(main.string());
  ASSERT_TRUE(loaded.ok()) << loaded.errors.front().ToString();
  // Every file of the program's folder, as esm_programs_test.cpp gives them.
  for (const auto& entry : fs::directory_iterator(dir)) {
    std::string name = entry.path().filename().string();
    if (name != main.filename().string() && name != "expected.json")
      loaded.scenario->environment.files.try_emplace(name,
                                                     scenario::VirtualFile{ReadText(entry.path())});
  }
  const auto want = expected["stdout"].get<std::vector<std::string>>();
  const int want_exit = expected["exit_code"].get<int>();
  node::RunResult live =
      loopscope::testing::RunLiveAttempts(*loaded.scenario, {}, [&](const node::RunResult& r) {
        return loopscope::testing::Lines(r.stdout_text) == want && r.exit_code == want_exit;
      });
  if (loopscope::testing::Lines(live.stdout_text) != want || live.exit_code != want_exit) {
    node::RunResult simulated = node::Simulate(*loaded.scenario);
    if (simulated.log && trace::FirstRaceMark(*simulated.log))
      GTEST_SKIP() << "a timing race the simulator marks";
    if (auto slow = loopscope::testing::HostTooSlowForRealTime(live.log.get()))
      GTEST_SKIP() << *slow;
  }
  EXPECT_EQ(loopscope::testing::Lines(live.stdout_text), want) << "stderr:\n" << live.stderr_text;
  EXPECT_EQ(live.exit_code, want_exit) << live.stderr_text;
}

INSTANTIATE_TEST_SUITE_P(Golden, LiveEsmProgram, ::testing::ValuesIn(ProgramNames()),
                         [](const auto& info) { return info.param; });

}  // namespace
}  // namespace loopscope::live
