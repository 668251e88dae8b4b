// tests/unit/scenario/node_expected_test.cpp — every built-in scenario's program run under
// real Node v20 must print its `expected` output, so the library can never drift from the
// real thing. Skipped (with the reason) when node v20 is not installed.
//
// Programs run in a fresh directory holding the scenario's virtual files
// (tests/support/node_runner.h). Node's own timing is real: on a loaded machine a program
// whose order rests on a few milliseconds can come out another way, so each scenario gets
// up to three runs and passes when one prints `expected`; a wrong `expected` fails them all.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "engine/scenario/library.h"
#include "tests/support/node_runner.h"
#include "tests/support/program.h"
#include "tests/unit/scenario/test_support.h"

namespace loopscope::scenario {
namespace {

class ScenarioNode : public ::testing::TestWithParam<std::string> {};

TEST_P(ScenarioNode, NodePrintsExpected) {
  if (const auto reason = loopscope::testing::NodeV20Unavailable()) {
    GTEST_SKIP() << reason.value();
  }
  const LoadResult loaded = LoadBuiltin(GetParam());
  ASSERT_TRUE(loaded.ok()) << testing::AllErrors(loaded);
  const Scenario& s = *loaded.scenario;
  if (s.host == Host::kBrowser)
    GTEST_SKIP() << "a browser scenario: tests/unit/browser compares it with Chromium";
  ASSERT_TRUE(s.expected.has_value());
  loopscope::testing::NodeRun run;
  for (int attempt = 0; attempt < 3; ++attempt) {
    run = loopscope::testing::RunUnderNode(s);
    if (run.error.empty() && run.stdout_lines == s.expected->stdout_lines) break;
  }
  ASSERT_EQ(run.error, "");
  EXPECT_EQ(run.stdout_lines, s.expected->stdout_lines) << "stderr:\n" << run.stderr_text;
  EXPECT_EQ(run.exit_code, s.expected->exit_code.value_or(0));
  if (s.expected->stderr_first_line) {
    EXPECT_EQ(loopscope::testing::StderrFirstLine(run.stderr_text), *s.expected->stderr_first_line);
  }
}

INSTANTIATE_TEST_SUITE_P(Builtin, ScenarioNode, ::testing::ValuesIn(testing::BuiltinIds()),
                         testing::ParamTestName);

TEST(ScenarioNodeRunner, StderrFirstLineSkipsTheSourceExcerpt) {
  EXPECT_EQ(
      loopscope::testing::StderrFirstLine(
          "/tmp/x/a.js:3\n    throw new Error('boom');\n    ^\n\nError: boom\n    at a.js:3:11\n"),
      "Error: boom");
  EXPECT_EQ(loopscope::testing::StderrFirstLine("\n(node:4242) Warning: something\n"),
            "(node:PID) Warning: something");
  EXPECT_EQ(loopscope::testing::StderrFirstLine(""), "");
}

TEST(ScenarioNodeRunner, Lines) {
  EXPECT_EQ(loopscope::testing::Lines("a\n\nb\n"), (std::vector<std::string>{"a", "", "b"}));
  EXPECT_EQ(loopscope::testing::Lines("a"), (std::vector<std::string>{"a"}));
  EXPECT_TRUE(loopscope::testing::Lines("").empty());
}

}  // namespace
}  // namespace loopscope::scenario
