// tests/golden/puzzles_test.cpp — every puzzle in ../shared/puzzles through the simulator:
// its stdout lines and exit code must equal one of the variants real Node printed.
// Skips (saying why) when the shared puzzle folder is not beside the checkout.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <sstream>

#include "engine/node/simulation.h"
#include "engine/scenario/loader.h"

namespace loopscope {
namespace {

namespace fs = std::filesystem;

fs::path PuzzleDir() { return fs::path(LOOPSCOPE_SHARED_DIR) / "puzzles"; }

std::vector<std::string> PuzzleNames() {
  std::vector<std::string> names;
  std::error_code ec;
  for (const auto& e : fs::directory_iterator(PuzzleDir() / "expected", ec)) {
    if (e.path().extension() == ".json") names.push_back(e.path().stem().string());
  }
  std::sort(names.begin(), names.end());
  if (names.empty()) names.push_back("none");  // one test that skips, saying why
  return names;
}

// pending.txt: puzzle name, then the reason it is skipped.
std::map<std::string, std::string> Pending() {
  std::map<std::string, std::string> pending;
  std::ifstream in(fs::path(LOOPSCOPE_SOURCE_DIR) / "tests/golden/pending.txt");
  for (std::string line; std::getline(in, line);) {
    if (line.empty() || line[0] == '#') continue;
    size_t space = line.find(' ');
    pending[line.substr(0, space)] = space == std::string::npos ? "" : line.substr(space + 1);
  }
  return pending;
}

std::vector<std::string> Lines(const std::string& text) {
  std::vector<std::string> lines;
  std::stringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

class Puzzle : public ::testing::TestWithParam<std::string> {};

TEST_P(Puzzle, MatchesAVariantNodePrinted) {
  if (GetParam() == "none") GTEST_SKIP() << "no puzzles at " << PuzzleDir() << " (../shared)";
  auto pending = Pending();
  if (auto it = pending.find(GetParam()); it != pending.end()) GTEST_SKIP() << it->second;
  std::ifstream in(PuzzleDir() / "expected" / (GetParam() + ".json"));
  nlohmann::json expected = nlohmann::json::parse(in);
  auto loaded = scenario::LoadFile((PuzzleDir() / "puzzles" / (GetParam() + ".js")).string());
  ASSERT_TRUE(loaded.ok()) << loaded.errors.front().ToString();
  node::RunResult run = node::Simulate(*loaded.scenario);
  std::vector<std::string> out = Lines(run.stdout_text);
  bool matched = false;
  for (const auto& variant : expected["variants"]) {
    matched |= out == variant["stdout"].get<std::vector<std::string>>() &&
               run.exit_code == variant["exit_code"].get<int>();
  }
  EXPECT_TRUE(matched) << "stdout:\n" << run.stdout_text << "exit code " << run.exit_code
                       << "\nstderr:\n" << run.stderr_text << "\nnode printed:\n"
                       << expected["stdout"].dump(1);
}

INSTANTIATE_TEST_SUITE_P(Shared, Puzzle, ::testing::ValuesIn(PuzzleNames()),
                         [](const auto& info) {
                           std::string n = info.param;
                           for (char& c : n) c = std::isalnum(static_cast<unsigned char>(c)) ? c : '_';
                           return n;
                         });

}  // namespace
}  // namespace loopscope
