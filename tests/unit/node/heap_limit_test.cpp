// tests/unit/node/heap_limit_test.cpp — limits.max_heap_mb and where limit messages say the
// program was: a hoarding program stops with exit 3 at its statement, output counts toward
// the heap, and a limit reached while nextTicks or microtasks drain says so.
#include <gtest/gtest.h>

#include "engine/node/simulation.h"
#include "tests/support/program.h"

namespace loopscope::node {
namespace {

using loopscope::testing::Program;

TEST(HeapLimit, HoardingStopsWithTheLimitNamedAndPlaced) {
  scenario::Scenario s =
      Program("const hoard = [];\nwhile (true) hoard.push(new Array(1e5).fill(1));\n");
  s.limits.max_heap_mb = 32;
  RunResult r = Simulate(s);
  EXPECT_EQ(r.outcome, RunResult::Outcome::kLimit);
  EXPECT_EQ(r.exit_code, 3);
  EXPECT_EQ(r.limit_message,
            "heap limit reached: the program needs more than 32 MB of heap (limits.max_heap_mb) in "
            "the main "
            "script, at test.js:2:14.");
}

TEST(HeapLimit, BufferedOutputCounts) {
  scenario::Scenario s =
      Program("const line = 'x'.repeat(1e6);\nfor (let i = 0; i < 100; i++) console.log(line);\n");
  s.limits.max_heap_mb = 32;
  RunResult r = Simulate(s);
  EXPECT_EQ(r.exit_code, 3);
  EXPECT_NE(r.limit_message.find("heap limit reached"), std::string::npos) << r.limit_message;
  EXPECT_LT(r.stdout_text.size(), 32u << 20);
}

TEST(HeapLimit, ASizeTheHeapCannotHoldIsRefusedAtOnce) {
  scenario::Scenario s =
      Program("console.log('before');\nconst a = new Array(2e9).fill(0);\nconsole.log('after');\n");
  RunResult r = Simulate(s);
  EXPECT_EQ(r.exit_code, 3);
  EXPECT_EQ(r.stdout_text, "before\n");
  EXPECT_NE(r.limit_message.find("(limits.max_heap_mb) in the main script, at test.js:2:"),
            std::string::npos)
      << r.limit_message;
}

// Buffers keep their bytes outside the JavaScript heap, as in Node; they count while alive.
TEST(HeapLimit, BuffersCountWhileTheyLive) {
  scenario::Scenario hoard =
      Program("const keep = [];\nwhile (true) keep.push(Buffer.alloc(1 << 20));\n");
  hoard.limits.max_heap_mb = 32;
  RunResult r = Simulate(hoard);
  EXPECT_EQ(r.exit_code, 3);
  EXPECT_NE(r.limit_message.find("heap limit reached"), std::string::npos) << r.limit_message;
  scenario::Scenario churn =
      Program("for (let i = 0; i < 200; i++) Buffer.alloc(1 << 20);\nconsole.log('done');\n");
  churn.limits.max_heap_mb = 32;
  r = Simulate(churn);
  EXPECT_EQ(r.exit_code, 0) << r.limit_message;
  EXPECT_EQ(r.stdout_text, "done\n");
}

TEST(LimitPlace, DrainAfterTheMainScriptIsNamed) {
  scenario::Scenario s = Program("Promise.resolve().then(() => { while (true) {} });\n");
  s.limits.max_steps = 100'000;
  RunResult r = Simulate(s);
  EXPECT_EQ(r.exit_code, 3);
  EXPECT_NE(
      r.limit_message.find(
          "(limits.max_steps) while draining microtasks after the main script, at test.js:1:"),
      std::string::npos)
      << r.limit_message;
}

TEST(LimitPlace, NextTicksInALoopPhaseAreNamed) {
  scenario::Scenario s =
      Program("setTimeout(() => {\n  process.nextTick(() => { while (true) {} });\n}, 1);\n");
  s.limits.max_steps = 100'000;
  RunResult r = Simulate(s);
  EXPECT_EQ(r.exit_code, 3);
  EXPECT_NE(r.limit_message.find("(limits.max_steps) while draining process.nextTick callbacks in "
                                 "the timers phase, at test.js:2:"),
            std::string::npos)
      << r.limit_message;
}

TEST(LimitPlace, TheMainScriptItselfIsStillTheMainScript) {
  scenario::Scenario s = Program("Promise.resolve();\nwhile (true) {}\n");
  s.limits.max_steps = 100'000;
  RunResult r = Simulate(s);
  EXPECT_NE(r.limit_message.find("(limits.max_steps) in the main script, at test.js:2:1."),
            std::string::npos)
      << r.limit_message;
}

}  // namespace
}  // namespace loopscope::node
