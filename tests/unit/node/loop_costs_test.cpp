// tests/unit/node/loop_costs_test.cpp — the cost model's tiers and the loop fast path, seen
// from the Node layer: folded loops finish with the interpreter's final state, cost virtual
// time at the modelled rate, count as a handful of steps, are recorded as one repeated
// statement with a note, and a loop that never ends still stops at a limit.
#include <gtest/gtest.h>

#include <string>

#include "engine/node/simulation.h"
#include "tests/support/program.h"

namespace loopscope::node {
namespace {

using loopscope::testing::Lines;
using loopscope::testing::Program;

bool HasNote(const trace::StepLog& log, std::string_view fragment) {
  for (size_t i = 0; i < log.size(); ++i) {
    const trace::Event& e = log.At(i);
    if (e.kind == trace::EventKind::kNote && log.Text(e.text).find(fragment) != std::string::npos)
      return true;
  }
  return false;
}

TEST(LoopCosts, AFoldedCounterLoopCostsItsModelledTimeAndFewSteps) {
  scenario::Scenario s = Program(
      "const t = performance.now();\n"
      "let i = 0;\n"
      "for (i = 0; i < 1e9; i++) {}\n"
      "console.log(i, performance.now() - t > 100);\n");
  s.limits.max_steps = 1'000'000;  // far fewer than the loop's 12e9 instructions
  RunResult r = Simulate(s);
  EXPECT_EQ(r.exit_code, 0) << r.limit_message;
  EXPECT_EQ(Lines(r.stdout_text), (std::vector<std::string>{"1000000000 true"}));
  ASSERT_TRUE(r.log);
  EXPECT_TRUE(HasNote(*r.log, "iterations that only count, run in closed form"));
}

TEST(LoopCosts, AClockSpinEndsAtTheFirstReadPastItsBound) {
  scenario::Scenario s = Program(
      "const t = Date.now();\n"
      "setTimeout(() => console.log('timer late', Date.now() - t >= 1500), 10);\n"
      "while (Date.now() - t < 1500) {}\n"
      "console.log('spun', Date.now() - t);\n"
      "console.log('after', Date.now() - t);\n");
  s.limits.max_steps = 1'000'000;
  RunResult r = Simulate(s);
  EXPECT_EQ(r.exit_code, 0) << r.limit_message;
  EXPECT_EQ(Lines(r.stdout_text),
            (std::vector<std::string>{"spun 1500", "after 1505", "timer late true"}));
  ASSERT_TRUE(r.log);
  EXPECT_TRUE(HasNote(*r.log, "iterations that only read the clock"));
}

TEST(LoopCosts, AReplacedClockIsNotFolded) {
  scenario::Scenario s = Program(
      "let n = 0;\n"
      "Date.now = () => ++n;\n"
      "while (Date.now() < 5000) {}\n"
      "console.log(n);\n");
  RunResult r = Simulate(s);
  EXPECT_EQ(Lines(r.stdout_text), (std::vector<std::string>{"5000"}));
}

TEST(LoopCosts, ALoopThatNeverEndsStillStops) {
  scenario::Scenario s = Program("const t = Date.now();\nwhile (Date.now() >= t) {}\n");
  s.limits.max_virtual_ms = 2'000;
  RunResult r = Simulate(s);
  EXPECT_EQ(r.exit_code, 3);
  EXPECT_NE(r.limit_message.find("virtual-time limit"), std::string::npos) << r.limit_message;

  scenario::Scenario forever = Program("let i = 0;\nwhile (i < Infinity) i++;\n");
  forever.limits.max_steps = 200'000;
  RunResult stopped = Simulate(forever);
  EXPECT_EQ(stopped.exit_code, 3);
  EXPECT_NE(stopped.limit_message.find("step limit"), std::string::npos);
}

TEST(LoopCosts, HotCodeRunsFasterThanColdCode) {
  // The same 20,000 iterations cost less virtual time once their function is hot (the first
  // run also pays for the tier-up).
  scenario::Scenario s = Program(
      "function work() { let s = 0; for (let i = 0; i < 20000; i++) s = s + i; return s; }\n"
      "let t = performance.now(); work(); const cold = performance.now() - t;\n"
      "t = performance.now(); work(); const hot = performance.now() - t;\n"
      "console.log(hot * 1.5 < cold);\n");
  RunResult r = Simulate(s);
  EXPECT_EQ(Lines(r.stdout_text), (std::vector<std::string>{"true"}));
}

}  // namespace
}  // namespace loopscope::node
