// tests/unit/scenario/library_test.cpp — the built-in library: every embedded scenario
// loads through the same validation as a user's file, and carries what the browser and
// the classroom mode need (a teaching description, tags, expected output).
//
// Running the programs is node_expected_test.cpp (real Node) and engine/ (the simulator).
#include "engine/scenario/library.h"

#include <gtest/gtest.h>

#include <set>
#include <string>

#include "tests/unit/scenario/test_support.h"

namespace loopscope::scenario {
namespace {

TEST(ScenarioLibrary, ShipsAtLeastFortyScenarios) {
  EXPECT_GE(BuiltinScenarios().size(), 40u);
}

TEST(ScenarioLibrary, EveryBuiltinLoadsAndTeaches) {
  const std::set<std::string_view> topics = {
      "basics", "microtasks", "async-await", "timers",  "immediates", "io",     "threadpool",
      "server", "pitfalls",   "browser",     "modules", "workers",    "streams"};
  std::set<std::string_view> ids;
  for (const BuiltinScenario& b : BuiltinScenarios()) {
    SCOPED_TRACE(std::string(b.id));
    EXPECT_TRUE(ids.insert(b.id).second) << "duplicate id";
    EXPECT_TRUE(topics.count(b.topic)) << "unknown topic folder " << b.topic;
    const LoadResult r = LoadBuiltin(b.id);
    ASSERT_TRUE(r.ok()) << testing::AllErrors(r);
    const Scenario& s = *r.scenario;
    EXPECT_EQ(s.name, b.name) << "the generated table agrees with the file";
    EXPECT_EQ(s.tags.size(), b.tags.size());
    EXPECT_EQ(s.topic, b.topic);
    EXPECT_GE(s.description.size(), 200u)
        << "a description that teaches: what to watch, the rule, the misconception";
    EXPECT_FALSE(s.tags.empty());
    ASSERT_TRUE(s.expected.has_value()) << "every built-in scenario records what Node printed";
    EXPECT_TRUE(s.expected->exit_code.has_value());
  }
}

TEST(ScenarioLibrary, EveryTopicHasScenarios) {
  std::set<std::string_view> seen;
  for (const BuiltinScenario& b : BuiltinScenarios()) seen.insert(b.topic);
  EXPECT_EQ(seen.size(), 13u);
}

TEST(ScenarioLibrary, DefaultScenarioExists) {
  const LoadResult r = LoadBuiltin(kDefaultScenarioId);
  ASSERT_TRUE(r.ok()) << testing::AllErrors(r);
  EXPECT_EQ(r.scenario->topic, "basics");
}

TEST(ScenarioLibrary, LookupByStemAndUnknownName) {
  const std::string_view id = kDefaultScenarioId;
  EXPECT_TRUE(LoadBuiltin(id.substr(id.find('/') + 1)).ok());
  EXPECT_EQ(testing::AllErrors(LoadBuiltin("no-such-scenario")),
            "no-such-scenario: error: no built-in scenario has this name (see `loopscope list`)\n");
}

}  // namespace
}  // namespace loopscope::scenario
