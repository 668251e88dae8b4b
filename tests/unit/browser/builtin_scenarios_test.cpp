// tests/unit/browser/builtin_scenarios_test.cpp — the built-in browser scenarios
// (scenarios/browser, "host": "browser") print their `expected` output, which was recorded
// with headless Chromium (chromium_oracle_test.cpp checks it against Chromium again), and a
// bad "host" is a located error.
#include <gtest/gtest.h>

#include "engine/browser/simulation.h"
#include "engine/scenario/library.h"
#include "engine/scenario/loader.h"
#include "tests/support/program.h"

namespace loopscope::browser {
namespace {

TEST(BrowserScenarios, EveryBrowserScenarioPrintsItsExpectedOutput) {
  int browser_scenarios = 0;
  for (const scenario::BuiltinScenario& b : scenario::BuiltinScenarios()) {
    scenario::LoadResult loaded = scenario::LoadBuiltin(b.id);
    ASSERT_TRUE(loaded.ok()) << b.id;
    const scenario::Scenario& sc = *loaded.scenario;
    if (sc.host != scenario::Host::kBrowser) continue;
    ++browser_scenarios;
    ASSERT_TRUE(sc.expected.has_value()) << b.id;
    node::RunResult r = Simulate(sc);
    EXPECT_EQ(loopscope::testing::Lines(r.stdout_text), sc.expected->stdout_lines) << b.id;
    EXPECT_EQ(r.exit_code, sc.expected->exit_code.value_or(0)) << b.id;
  }
  EXPECT_GE(browser_scenarios, 15);
}

TEST(BrowserScenarios, BadHostIsALocatedError) {
  scenario::LoadResult loaded = scenario::LoadFromText(
      R"({"schema": 1, "name": "x", "host": "deno", "source": "1;"})", "x.json");
  ASSERT_FALSE(loaded.ok());
  EXPECT_NE(loaded.errors.front().ToString().find("/host"), std::string::npos);
  EXPECT_NE(loaded.errors.front().ToString().find("expected \"node\" or \"browser\""),
            std::string::npos);
}

TEST(BrowserScenarios, ClicksAreRead) {
  scenario::LoadResult loaded = scenario::LoadFromText(
      R"({"schema": 1, "name": "x", "host": "browser", "source": "1;",
          "browser": {"clicks": [{"at_ms": 20, "target": "b"}]}})",
      "x.json");
  ASSERT_TRUE(loaded.ok()) << loaded.errors.front().ToString();
  ASSERT_EQ(loaded.scenario->user_clicks.size(), 1u);
  EXPECT_EQ(loaded.scenario->user_clicks[0].target, "b");
  scenario::LoadResult bad = scenario::LoadFromText(
      R"({"schema": 1, "name": "x", "source": "1;", "browser": {"clicks": [{"target": 3}]}})",
      "x.json");
  ASSERT_FALSE(bad.ok());
  EXPECT_NE(bad.errors.front().ToString().find("/browser/clicks/0"), std::string::npos);
}

}  // namespace
}  // namespace loopscope::browser
