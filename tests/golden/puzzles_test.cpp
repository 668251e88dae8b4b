// tests/golden/puzzles_test.cpp — every golden puzzle (tests/golden/puzzles) through the
// simulator: its stdout lines and exit code must equal one of the variants real Node
// printed. GoldenCorpus fails when the corpus is missing or incomplete.
#include <gtest/gtest.h>

#include "engine/node/simulation.h"
#include "engine/scenario/loader.h"
#include "tests/golden/puzzle_support.h"

namespace loopscope::golden {
namespace {

// The corpus ships with the repository: an empty or partial one is a broken checkout, not
// a reason to run fewer tests.
TEST(GoldenCorpus, EveryPuzzleIsThereWithWhatNodePrinted) {
  const std::vector<std::string> names = PuzzleNames();
  EXPECT_GE(names.size(), 35u) << "golden puzzles missing from " << PuzzleDir();
  for (const std::string& name : names) {
    EXPECT_TRUE(std::filesystem::exists(PuzzlePath(name))) << name << ": no program";
    nlohmann::json expected = Expected(name);
    EXPECT_FALSE(expected["variants"].empty()) << name << ": no recorded output";
  }
}

class Puzzle : public ::testing::TestWithParam<std::string> {};

TEST_P(Puzzle, MatchesAVariantNodePrinted) {
  auto pending = SkipList("pending.txt");
  if (auto it = pending.find(GetParam()); it != pending.end()) GTEST_SKIP() << it->second;
  nlohmann::json expected = Expected(GetParam());
  auto loaded = scenario::LoadFile(PuzzlePath(GetParam()));
  ASSERT_TRUE(loaded.ok()) << loaded.errors.front().ToString();
  node::RunResult run = node::Simulate(*loaded.scenario);
  EXPECT_TRUE(MatchesAVariant(expected, run.stdout_text, run.exit_code))
      << "stdout:\n"
      << run.stdout_text << "exit code " << run.exit_code << "\nstderr:\n"
      << run.stderr_text << "\nnode printed:\n"
      << expected["stdout"].dump(1);
}

INSTANTIATE_TEST_SUITE_P(Golden, Puzzle, ::testing::ValuesIn(PuzzleNames()),
                         [](const auto& param_info) { return TestName(param_info.param); });

}  // namespace
}  // namespace loopscope::golden
