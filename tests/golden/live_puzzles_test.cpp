// tests/golden/live_puzzles_test.cpp — every golden puzzle (tests/golden/puzzles) on a real libuv
// loop (`run --live`): it must print what Node printed (one of the variants recorded) and
// what the simulator prints. A puzzle whose order depends on timing may come out another
// way on a real loop, as it can in Node: when the simulator marks a race in its log and
// the live run differs, the test is skipped with the race named, not failed.
#include <gtest/gtest.h>

#include "engine/live/live_run.h"
#include "engine/node/simulation.h"
#include "engine/scenario/loader.h"
#include "engine/trace/divergence.h"
#include "engine/trace/event.h"
#include "tests/golden/puzzle_support.h"
#include "tests/support/live_attempts.h"

namespace loopscope::golden {
namespace {

class LivePuzzle : public ::testing::TestWithParam<std::string> {};

TEST_P(LivePuzzle, PrintsWhatNodeAndTheSimulatorPrint) {
  nlohmann::json expected = Expected(GetParam());
  auto loaded = scenario::LoadFile(PuzzlePath(GetParam()));
  ASSERT_TRUE(loaded.ok()) << loaded.errors.front().ToString();
  node::RunResult simulated = node::Simulate(*loaded.scenario);
  node::RunResult live =
      loopscope::testing::RunLiveAttempts(*loaded.scenario, {}, [&](const node::RunResult& r) {
        return MatchesAVariant(expected, r.stdout_text, r.exit_code) &&
               r.stdout_text == simulated.stdout_text;
      });
  bool matches_node = MatchesAVariant(expected, live.stdout_text, live.exit_code);
  bool matches_model =
      live.stdout_text == simulated.stdout_text && live.exit_code == simulated.exit_code;
  if (!(matches_node && matches_model)) {
    if (auto race = simulated.log ? trace::FirstRaceMark(*simulated.log) : std::nullopt) {
      GTEST_SKIP() << "timing race, the order may differ on a real loop: "
                   << simulated.log->Text(simulated.log->At(*race).text);
    }
    if (auto slow = loopscope::testing::HostTooSlowForRealTime(live.log.get()))
      GTEST_SKIP() << *slow;
  }
  EXPECT_TRUE(matches_node) << "live stdout:\n"
                            << live.stdout_text << "exit code " << live.exit_code << "\nstderr:\n"
                            << live.stderr_text << "\nnode printed:\n"
                            << expected["stdout"].dump(1);
  EXPECT_TRUE(matches_model) << "live stdout:\n"
                             << live.stdout_text << "simulated stdout:\n"
                             << simulated.stdout_text;
}

INSTANTIATE_TEST_SUITE_P(Golden, LivePuzzle, ::testing::ValuesIn(PuzzleNames()),
                         [](const auto& param_info) { return TestName(param_info.param); });

}  // namespace
}  // namespace loopscope::golden
