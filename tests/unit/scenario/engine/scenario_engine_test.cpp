// tests/unit/scenario/engine/scenario_engine_test.cpp — every built-in scenario simulated by
// the engine (node::Simulate), and live on a real libuv loop (live::RunLive), must print its
// `expected` output, the output real Node printed (which node_expected_test.cpp keeps honest).
//
// Suite ScenarioEngine, one test per scenario. Scenarios listed in pending.txt are skipped
// with the reason given there; the executable is built only with
// -DLOOPSCOPE_SCENARIO_ENGINE_TESTS=ON (see CMakeLists.txt beside this file).
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <string>
#include <vector>

#include "engine/live/live_run.h"
#include "engine/node/simulation.h"
#include "engine/scenario/library.h"
#include "tests/support/live_attempts.h"
#include "tests/support/node_runner.h"
#include "tests/support/program.h"
#include "tests/unit/scenario/test_support.h"

namespace loopscope::scenario {
namespace {

// "topic/name<whitespace>reason" lines; '#' starts a comment.
std::map<std::string, std::string> PendingScenarios() {
  std::map<std::string, std::string> pending;
  std::ifstream in(std::filesystem::path(LOOPSCOPE_SOURCE_DIR) /
                   "tests/unit/scenario/engine/pending.txt");
  for (std::string line; std::getline(in, line);) {
    if (line.empty() || line[0] == '#') continue;
    const size_t space = line.find_first_of(" \t");
    const std::string id = line.substr(0, space);
    const size_t reason = space == std::string::npos ? space : line.find_first_not_of(" \t", space);
    pending[id] = reason == std::string::npos ? "listed in pending.txt" : line.substr(reason);
  }
  return pending;
}

class ScenarioEngine : public ::testing::TestWithParam<std::string> {
 protected:
  // Runs the built-in scenario (simulated, or live on a real libuv loop) and checks it
  // printed its `expected` output.
  void ExpectPrintsExpected(bool live) {
    const auto pending = PendingScenarios();
    if (const auto it = pending.find(GetParam()); it != pending.end()) {
      GTEST_SKIP() << "pending: " << it->second;
    }
    const LoadResult loaded = LoadBuiltin(GetParam());
    ASSERT_TRUE(loaded.ok()) << testing::AllErrors(loaded);
    const Scenario& s = *loaded.scenario;
    if (s.host == Host::kBrowser) GTEST_SKIP() << "a browser scenario: see tests/unit/browser";
    node::RunOptions options;
    options.record_log = live;  // a live log tells a slow host from a wrong order
    auto prints_expected = [&](const node::RunResult& r) {
      return loopscope::testing::Lines(r.stdout_text) == s.expected->stdout_lines &&
             r.exit_code == s.expected->exit_code.value_or(0);
    };
    const node::RunResult run =
        live ? loopscope::testing::RunLiveAttempts(s, options, prints_expected)
             : node::Simulate(s, options);
    if (live && !prints_expected(run)) {
      if (auto slow = loopscope::testing::HostTooSlowForRealTime(run.log.get()))
        GTEST_SKIP() << *slow;
    }
    Check(s, run);
  }
  static void Check(const Scenario& s, const node::RunResult& run) {
    ASSERT_EQ(run.outcome, node::RunResult::Outcome::kExited) << run.stderr_text;
    EXPECT_EQ(loopscope::testing::Lines(run.stdout_text), s.expected->stdout_lines)
        << "stderr:\n"
        << run.stderr_text;
    EXPECT_EQ(run.exit_code, s.expected->exit_code.value_or(0));
    if (s.expected->stderr_first_line) {
      EXPECT_EQ(loopscope::testing::StderrFirstLine(run.stderr_text),
                *s.expected->stderr_first_line);
    }
  }
};

TEST_P(ScenarioEngine, SimulationPrintsExpected) {
  ExpectPrintsExpected(/*live=*/false);
}

// docs/live-mode.md: the same program on a real libuv loop prints what Node printed too.
TEST_P(ScenarioEngine, LiveRunPrintsExpected) {
  ExpectPrintsExpected(/*live=*/true);
}

INSTANTIATE_TEST_SUITE_P(Builtin, ScenarioEngine, ::testing::ValuesIn(testing::BuiltinIds()),
                         testing::ParamTestName);

}  // namespace
}  // namespace loopscope::scenario
