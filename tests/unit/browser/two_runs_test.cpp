// tests/unit/browser/two_runs_test.cpp — one program run two ways (browser::RunTwoWays):
// every compare_programs/NAME.js must print, on each side, what the real host printed —
// NAME.node.json (node NAME.js and node NAME.mjs, recorded by tools/compare/record.py) and
// NAME.expected (headless Chromium, tools/browser-oracle/run.py --record) — and its first
// difference must be explained by the kind approved in NAME.difference ("hosts KIND",
// "modules KIND"; review a change there as you would code).
#include "engine/browser/two_runs.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <sstream>

#include "engine/scenario/loader.h"

namespace loopscope::browser {
namespace {

namespace fs = std::filesystem;

fs::path ProgramsDir() {
  return fs::path(LOOPSCOPE_SOURCE_DIR) / "tests/unit/browser/compare_programs";
}

std::vector<std::string> ProgramNames() {
  std::vector<std::string> names;
  for (const auto& entry : fs::directory_iterator(ProgramsDir()))
    if (entry.path().extension() == ".difference") names.push_back(entry.path().stem().string());
  std::sort(names.begin(), names.end());
  return names;
}

std::string ReadFile(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

// "hosts zero_delay_is_one_ms\nmodules none\n" -> {hosts: ..., modules: ...}
std::map<std::string, std::string> ApprovedKinds(const std::string& name) {
  std::map<std::string, std::string> kinds;
  std::istringstream in(ReadFile(ProgramsDir() / (name + ".difference")));
  std::string pairing, kind;
  while (in >> pairing >> kind) kinds[pairing] = kind;
  return kinds;
}

TwoRuns RunBothWays(const std::string& name, trace::Pairing pairing) {
  scenario::LoadResult loaded = scenario::LoadFile((ProgramsDir() / (name + ".js")).string());
  EXPECT_TRUE(loaded.ok());
  std::string error;
  std::optional<TwoRuns> runs = RunTwoWays(*loaded.scenario, pairing, &error);
  EXPECT_TRUE(runs.has_value()) << error;
  return runs ? std::move(*runs) : TwoRuns{};
}

class TwoRunsTest : public ::testing::TestWithParam<std::string> {};

TEST_P(TwoRunsTest, NodeAndBrowserPrintWhatTheRealHostsPrinted) {
  auto node = nlohmann::json::parse(ReadFile(ProgramsDir() / (GetParam() + ".node.json")));
  TwoRuns runs = RunBothWays(GetParam(), trace::Pairing::kHosts);
  EXPECT_EQ(runs.a.result.stdout_text, node["cjs"]["stdout"].get<std::string>());
  EXPECT_EQ(runs.a.result.exit_code, node["cjs"]["exit_code"].get<int>());
  EXPECT_EQ(runs.b.result.stdout_text, ReadFile(ProgramsDir() / (GetParam() + ".expected")));
  EXPECT_EQ(std::string(trace::DifferenceKindJsonName(runs.explanation.kind)),
            ApprovedKinds(GetParam())["hosts"])
      << runs.explanation.sentence;
}

TEST_P(TwoRunsTest, CommonJsAndModulePrintWhatNodePrinted) {
  auto node = nlohmann::json::parse(ReadFile(ProgramsDir() / (GetParam() + ".node.json")));
  TwoRuns runs = RunBothWays(GetParam(), trace::Pairing::kModuleSystems);
  EXPECT_EQ(runs.a.result.stdout_text, node["cjs"]["stdout"].get<std::string>());
  EXPECT_EQ(runs.a.result.exit_code, node["cjs"]["exit_code"].get<int>());
  EXPECT_EQ(runs.b.result.stdout_text, node["esm"]["stdout"].get<std::string>());
  EXPECT_EQ(runs.b.result.exit_code, node["esm"]["exit_code"].get<int>());
  EXPECT_EQ(runs.a.file_name, GetParam() + ".js");
  EXPECT_EQ(runs.b.file_name, GetParam() + ".mjs");
  EXPECT_EQ(std::string(trace::DifferenceKindJsonName(runs.explanation.kind)),
            ApprovedKinds(GetParam())["modules"])
      << runs.explanation.sentence;
}

INSTANTIATE_TEST_SUITE_P(Programs, TwoRunsTest, ::testing::ValuesIn(ProgramNames()),
                         [](const auto& param_info) { return param_info.param; });

TEST(TwoRuns, AnEsModuleCannotBeComparedInTheBrowserAndSaysWhy) {
  scenario::LoadResult loaded = scenario::LoadFromText("console.log(1);\n", "/scenario/page.mjs");
  ASSERT_TRUE(loaded.ok());
  std::string error;
  EXPECT_FALSE(RunTwoWays(*loaded.scenario, trace::Pairing::kHosts, &error).has_value());
  EXPECT_NE(error.find("page.mjs: an ES module cannot run in the browser host"), std::string::npos)
      << error;
}

TEST(TwoRuns, AModuleFileComparesAsItsCommonJsCopy) {
  scenario::LoadResult loaded =
      scenario::LoadFromText("console.log(typeof require);\n", "/d/m.mjs");
  ASSERT_TRUE(loaded.ok());
  std::string error;
  std::optional<TwoRuns> runs =
      RunTwoWays(*loaded.scenario, trace::Pairing::kModuleSystems, &error);
  ASSERT_TRUE(runs.has_value()) << error;
  EXPECT_EQ(runs->a.file_name, "m.js");
  EXPECT_EQ(runs->a.result.stdout_text, "function\n");
  EXPECT_EQ(runs->b.result.stdout_text, "undefined\n");
  EXPECT_EQ(runs->explanation.kind, trace::DifferenceKind::kSameCallbackOtherText)
      << runs->explanation.sentence;
}

}  // namespace
}  // namespace loopscope::browser
