// tests/unit/node/esm_programs_test.cpp — multi-file golden programs, ES modules and
// CommonJS: every esm_programs/NAME/ directory (main.mjs, or main.js, and the modules it
// imports or requires) loads as `loopscope run NAME/main.js` would — the loader brings the
// modules the program names from its folder (engine/scenario/sibling_modules.h) — and must
// print what node 20 printed (NAME/expected.json, recorded by tools/record-esm-programs.py),
// exit code included, in the step-logged and quiet runs.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "engine/node/simulation.h"
#include "engine/scenario/loader.h"
#include "tests/support/program.h"

namespace loopscope::node {
namespace {

namespace fs = std::filesystem;
using loopscope::testing::Lines;

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

class EsmProgramTest : public ::testing::TestWithParam<std::string> {};

TEST_P(EsmProgramTest, PrintsWhatNodePrinted) {
  fs::path dir = ProgramsDir() / GetParam();
  nlohmann::json expected = nlohmann::json::parse(ReadText(dir / "expected.json"));
  fs::path main = fs::exists(dir / "main.mjs") ? dir / "main.mjs" : dir / "main.js";
  scenario::LoadResult loaded = scenario::LoadFile(main.string());
  ASSERT_TRUE(loaded.ok()) << loaded.errors.front().ToString();
  // Files no import names by a literal (a worker's file path built at run time) are added as a
  // scenario would list them.
  for (const auto& entry : fs::directory_iterator(dir)) {
    std::string name = entry.path().filename().string();
    if (name != main.filename().string() && name != "expected.json")
      loaded.scenario->environment.files.try_emplace(name,
                                                     scenario::VirtualFile{ReadText(entry.path())});
  }
  RunResult recorded = Simulate(*loaded.scenario);
  EXPECT_EQ(Lines(recorded.stdout_text), expected["stdout"].get<std::vector<std::string>>())
      << "stderr:\n"
      << recorded.stderr_text;
  EXPECT_EQ(recorded.exit_code, expected["exit_code"].get<int>()) << recorded.stderr_text;
  RunOptions quiet;
  quiet.record_log = false;
  RunResult unrecorded = Simulate(*loaded.scenario, quiet);
  EXPECT_EQ(unrecorded.stdout_text, recorded.stdout_text);
  EXPECT_EQ(unrecorded.exit_code, recorded.exit_code);
}

INSTANTIATE_TEST_SUITE_P(Golden, EsmProgramTest, ::testing::ValuesIn(ProgramNames()),
                         [](const auto& info) { return info.param; });

}  // namespace
}  // namespace loopscope::node
