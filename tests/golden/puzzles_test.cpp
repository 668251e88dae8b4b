// tests/golden/puzzles_test.cpp — every puzzle in ../shared/puzzles through the simulator:
// its stdout lines and exit code must equal one of the variants real Node printed.
// Skips (saying why) when the shared puzzle folder is not beside the checkout.
#include <gtest/gtest.h>

#include "engine/node/simulation.h"
#include "engine/scenario/loader.h"
#include "tests/golden/puzzle_support.h"

namespace loopscope::golden {
namespace {

class Puzzle : public ::testing::TestWithParam<std::string> {};

TEST_P(Puzzle, MatchesAVariantNodePrinted) {
  if (GetParam() == "none") GTEST_SKIP() << "no puzzles at " << PuzzleDir() << " (../shared)";
  auto pending = SkipList("pending.txt");
  if (auto it = pending.find(GetParam()); it != pending.end()) GTEST_SKIP() << it->second;
  nlohmann::json expected = Expected(GetParam());
  auto loaded = scenario::LoadFile(PuzzlePath(GetParam()));
  ASSERT_TRUE(loaded.ok()) << loaded.errors.front().ToString();
  node::RunResult run = node::Simulate(*loaded.scenario);
  EXPECT_TRUE(MatchesAVariant(expected, run.stdout_text, run.exit_code))
      << "stdout:\n" << run.stdout_text << "exit code " << run.exit_code << "\nstderr:\n"
      << run.stderr_text << "\nnode printed:\n" << expected["stdout"].dump(1);
}

INSTANTIATE_TEST_SUITE_P(Shared, Puzzle, ::testing::ValuesIn(PuzzleNames()),
                         [](const auto& param_info) { return TestName(param_info.param); });

}  // namespace
}  // namespace loopscope::golden
