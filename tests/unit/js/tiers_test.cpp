// tests/unit/js/tiers_test.cpp — the hot-step ledger (engine/js/tiers.h): hot steps are spans
// of Vm::steps() opened and closed as the running function changes, so these tests check
// the count by differences between programs: extra instructions in hot code are all hot,
// native work and cold callbacks are not, and a nested run leaves its caller hot.
#include "engine/js/tiers.h"

#include <gtest/gtest.h>

#include <string>

#include "tests/unit/js/test_host.h"

namespace loopscope::js::testing {
namespace {

struct Counts {
  uint64_t steps = 0;
  uint64_t hot = 0;
};

// Runs `source` with a tier-up budget of one byte: a function is hot after its first
// back-edge or call from bytecode.
Counts RunHot(const std::string& source) {
  TestHost host;
  host.vm().SetTierUpBudget(1);
  EXPECT_TRUE(host.Run(source)) << source;
  return {host.vm().steps(), host.vm().hot_steps()};
}

std::string Loop(int n, const std::string& body, const std::string& prelude = "") {
  // A loop that writes a second variable is never folded (loop_fold.h), so every
  // iteration runs through the dispatch loop.
  return prelude + "let s = 0;\nfor (let i = 0; i < " + std::to_string(n) + "; i++) { " + body +
         " }\n";
}

TEST(Tiers, LedgerSettlesSpans) {
  TierLedger ledger;
  uint64_t steps = 10;
  SetRunningHot(ledger, steps, true);
  steps = 25;
  EXPECT_EQ(HotSteps(ledger, steps), 15u);
  ExcludeFromHot(ledger, 5);  // native work counted in steps (steps grows with it)
  steps = 30;
  EXPECT_EQ(HotSteps(ledger, steps), 15u);
  {
    RunningHotScope nested(ledger, steps);
    SetRunningHot(ledger, steps, false);
    steps = 40;
    EXPECT_EQ(HotSteps(ledger, steps), 15u);
  }
  steps = 42;
  EXPECT_EQ(HotSteps(ledger, steps), 17u);
  SetRunningHot(ledger, steps, false);
  steps = 50;
  EXPECT_EQ(HotSteps(ledger, steps), 17u);
}

TEST(Tiers, NoBudgetNoHotSteps) {
  TestHost host;
  ASSERT_TRUE(host.Run(Loop(1000, "s = s + i;")));
  EXPECT_GT(host.vm().steps(), 1000u);
  EXPECT_EQ(host.vm().hot_steps(), 0u);
}

TEST(Tiers, ExtraIterationsOfAHotLoopAreAllHot) {
  Counts a = RunHot(Loop(1000, "s = s + i;"));
  Counts b = RunHot(Loop(2000, "s = s + i;"));
  EXPECT_GT(a.hot, 0u);
  EXPECT_LT(a.hot, a.steps);
  EXPECT_GT(b.steps, a.steps);
  EXPECT_EQ(b.hot - a.hot, b.steps - a.steps);
}

TEST(Tiers, NativeStepsAreNotHot) {
  // A generic indexOf counts steps per index visited (builtins_array_generic.cpp).
  Counts a = RunHot(Loop(100, "s = s + Array.prototype.indexOf.call({ length: 100 }, 1);"));
  Counts b = RunHot(Loop(100, "s = s + Array.prototype.indexOf.call({ length: 200 }, 1);"));
  EXPECT_GE(b.steps - a.steps, 100u * 100u);
  EXPECT_EQ(b.hot, a.hot);
}

TEST(Tiers, CallerStaysHotAfterACallbackReturns) {
  // `f` has no loop and is only called by forEach, never by bytecode: it stays cold.
  const std::string f = "function f() { let t = 1; t = t + 1; }\n";
  Counts a = RunHot(Loop(100, "[0].forEach(f); s = s + i;", f));
  Counts b = RunHot(Loop(100, "[0].forEach(f); s = s + i; s = s + i;", f));
  EXPECT_GT(b.steps, a.steps);
  // Every iteration but the first, which runs before the loop's first back-edge makes the
  // script hot, runs its extra instructions hot.
  EXPECT_EQ(b.hot - a.hot, (b.steps - a.steps) / 100 * 99);
  // The callback's own instructions are cold.
  const std::string g = "function f() { let t = 1; t = t + 1; t = t + 1; }\n";
  Counts c = RunHot(Loop(100, "[0].forEach(f); s = s + i;", g));
  EXPECT_GT(c.steps, a.steps);
  EXPECT_EQ(c.hot, a.hot);
}

}  // namespace
}  // namespace loopscope::js::testing
