// tests/unit/scenario/node_expected_test.cpp — every built-in scenario's program run under
// real Node v20 must print its `expected` output, so the library can never drift from the
// real thing. Skipped (with the reason) when node v20 is not installed.
//
// Programs run in a fresh directory holding the scenario's virtual files (node_runner.h).
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "engine/scenario/library.h"
#include "tests/unit/scenario/node_runner.h"
#include "tests/unit/scenario/test_support.h"

namespace loopscope::scenario {
namespace {

class ScenarioNode : public ::testing::TestWithParam<std::string> {};

TEST_P(ScenarioNode, NodePrintsExpected) {
  if (const auto reason = testing::NodeV20Unavailable()) {
    GTEST_SKIP() << reason.value();
  }
  const LoadResult loaded = LoadBuiltin(GetParam());
  ASSERT_TRUE(loaded.ok()) << testing::AllErrors(loaded);
  const Scenario& s = *loaded.scenario;
  ASSERT_TRUE(s.expected.has_value());
  const testing::NodeRun run = testing::RunUnderNode(s);
  ASSERT_EQ(run.error, "");
  EXPECT_EQ(run.stdout_lines, s.expected->stdout_lines) << "stderr:\n" << run.stderr_text;
  EXPECT_EQ(run.exit_code, s.expected->exit_code.value_or(0));
  if (s.expected->stderr_first_line) {
    EXPECT_EQ(testing::StderrFirstLine(run.stderr_text), *s.expected->stderr_first_line);
  }
}

INSTANTIATE_TEST_SUITE_P(Builtin, ScenarioNode, ::testing::ValuesIn(testing::BuiltinIds()), testing::ParamTestName);

TEST(ScenarioNodeRunner, StderrFirstLineSkipsTheSourceExcerpt) {
  EXPECT_EQ(testing::StderrFirstLine("/tmp/x/a.js:3\n    throw new Error('boom');\n    ^\n\nError: boom\n    at a.js:3:11\n"),
            "Error: boom");
  EXPECT_EQ(testing::StderrFirstLine("\n(node:4242) Warning: something\n"), "(node:PID) Warning: something");
  EXPECT_EQ(testing::StderrFirstLine(""), "");
}

TEST(ScenarioNodeRunner, SplitLines) {
  EXPECT_EQ(testing::SplitLines("a\n\nb\n"), (std::vector<std::string>{"a", "", "b"}));
  EXPECT_EQ(testing::SplitLines("a"), (std::vector<std::string>{"a"}));
  EXPECT_TRUE(testing::SplitLines("").empty());
}

}  // namespace
}  // namespace loopscope::scenario
