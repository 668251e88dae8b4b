// tests/unit/js/loop_fold_test.cpp — the loop fast path (engine/js/loop_fold.h): which loops
// fold, the closed form of a counter loop, and that a folded loop leaves the state the
// interpreter would have left. A host that accepts every fold stands in for the Node layer.
#include "engine/js/loop_fold.h"

#include <gtest/gtest.h>

#include <vector>

#include "tests/unit/js/test_host.h"

namespace loopscope::js::testing {
namespace {

class FoldingHost : public TestHost {
 public:
  std::vector<FoldedLoop> folds;
  bool OnLoopFolded(const FoldedLoop& loop) override {
    folds.push_back(loop);
    return true;
  }
};

struct Case {
  const char* source;
  const char* output;
};

void ExpectFolds(const Case& c) {
  FoldingHost host;
  ASSERT_TRUE(host.Run(c.source)) << host.errors;
  EXPECT_EQ(host.out, c.output) << c.source;
  EXPECT_EQ(host.folds.size(), 1u) << c.source;
}

void ExpectRunsAsIs(const Case& c) {
  FoldingHost host;
  ASSERT_TRUE(host.Run(c.source)) << host.errors;
  EXPECT_EQ(host.out, c.output) << c.source;
  EXPECT_TRUE(host.folds.empty()) << c.source;
}

TEST(LoopFold, CounterLoopsFoldAndEndInTheInterpretersState) {
  ExpectFolds({"let i = 0; for (i = 0; i < 1e6; i++) {} console.log(i);", "1000000\n"});
  ExpectFolds({"let j = 0; while (j < 100000) j++; console.log(j);", "100000\n"});
  ExpectFolds({"let k = 0; do { k++ } while (k < 1e7); console.log(k);", "10000000\n"});
  ExpectFolds({"let m = 100000; while (m > 0.5) m--; console.log(m);", "0\n"});
  ExpectFolds({"let n = 1; while (n <= 30000.5) n += 3; console.log(n);", "30001\n"});
  ExpectFolds(
      {"const lim = 5e5; let p = 0; while (p < lim) p = p + 1; console.log(p);", "500000\n"});
}

TEST(LoopFold, OtherRegistersFoldAsCountersCopiesAndConstants) {
  ExpectFolds(
      {"let s = 0, i = 0; while (i < 3000) { s = s + 1; i++; } console.log(s, i);", "3000 3000\n"});
  ExpectFolds({"let last = -1; for (let j = 0; j < 1e6; j++) { last = j; } console.log(last);",
               "999999\n"});
  ExpectFolds(
      {"let a = 0, b = 0; for (let j = 0; j < 1e6; j++) { j; a = j + 2; b = j - 5; }"
       "console.log(a, b);",
       "1000001 999994\n"});
  ExpectFolds(
      {"let c = 0, d = 10, f; for (let i = 0; i < 3e6; i += 3) { c++; d -= 2; f = 7; }"
       "console.log(c, d, f);",
       "1000000 -1999990 7\n"});
  // A copy taken after the counter moved sees the moved value.
  ExpectFolds(
      {"let k = 0, after = 0; while (k < 5000) { k++; after = k; } console.log(after);", "5000\n"});
}

TEST(LoopFold, SumsFoldWithTheInterpretersRounding) {
  ExpectFolds(
      {"let s = 0, i = 0; while (i < 3000) { s = s + i; i++; } console.log(s);", "4498500\n"});
  // Past 2^53 every addition rounds: the folded additions must round the same way.
  ExpectFolds({"let s = 2**53 - 10, i = 0; while (i < 30000) { s += i; i += 1; } console.log(s);",
               "9007199704710984\n"});
  ExpectFolds({"let t = 0.5; for (let j = 3; j < 30000; j += 2) t = j + t; console.log(t);",
               "224999999.5\n"});
  ExpectFolds({"let u = 0; for (let j = 0; j < 30000; j++) { u += j + 1; } console.log(u);",
               "450015000\n"});
}

TEST(LoopFold, ExactIterationLimitStopsBeforeCountersLoseIntegers) {
  LoopPlan plan;
  plan.updates = {{RegisterUpdate::Kind::kCounter, 0, 0, 1e9}};
  Value regs[1] = {Value::Number(0)};
  EXPECT_EQ(ExactIterationLimit(plan, regs), 9'007'199u);
  regs[0] = Value::Number(0.5);
  EXPECT_EQ(ExactIterationLimit(plan, regs), 0u);
  plan.updates = {{RegisterUpdate::Kind::kConstant, 0, 0, 0.25}};
  EXPECT_EQ(ExactIterationLimit(plan, regs), UINT64_MAX);
}

TEST(LoopFold, ForLetLoopFoldsWithItsCount) {
  FoldingHost host;
  ASSERT_TRUE(host.Run("for (let i = 0; i < 1e6; i++) {}\nconsole.log('done');"));
  EXPECT_EQ(host.out, "done\n");
  ASSERT_EQ(host.folds.size(), 1u);
  // 256 back-edges ran before the fold was tried, the last iteration runs for real.
  EXPECT_EQ(host.folds[0].iterations, 1'000'000u - 256 - 1);
  EXPECT_EQ(host.folds[0].steps_per_iteration, 12u);
  EXPECT_EQ(host.folds[0].line, 1u);
}

TEST(LoopFold, LoopsWithAnyOtherEffectRunInstructionByInstruction) {
  // A property read in the condition: it may be a getter, so no property read folds.
  ExpectRunsAsIs(
      {"const o = { n: 3000 }; let i = 0;"
       "while (i < o.n) i++; console.log(i);",
       "3000\n"});
  // valueOf on the bound.
  ExpectRunsAsIs(
      {"const lim = { valueOf() { return 3000; } }; let i = 0;"
       "while (i < lim) i++; console.log(i);",
       "3000\n"});
  // The counter captured by a closure lives in an Env slot.
  ExpectRunsAsIs(
      {"let i = 0; const f = () => i; while (i < 3000) i++; console.log(f());", "3000\n"});
  // A call in the body.
  ExpectRunsAsIs(
      {"let c = 0; function g() { c++; } let i = 0;"
       "while (i < 3000) { g(); i++; } console.log(c);",
       "3000\n"});
  // A product: no closed form.
  ExpectRunsAsIs(
      {"let s = 1, i = 0; while (i < 3000) { s = s * 1.001; i++; } console.log(s > 1);", "true\n"});
  // A copy whose old value is read: its first iteration sees the value before the loop.
  ExpectRunsAsIs(
      {"let p = -1, q = 0, i = 0; while (i < 3000) { q = p; p = i; i++; }"
       "console.log(q, p);",
       "2998 2999\n"});
  // A counter that is not a whole number: repeated rounding, no closed form.
  ExpectRunsAsIs({"let x = 0, i = 0; while (i < 3000) { x = x + 0.1; i++; } console.log(x);",
                  "299.9999999999997\n"});
  // A counter that is a string: `+` would concatenate.
  ExpectRunsAsIs({"let i = 'a'; while (i < 'aaaa') i = i + 'a'; console.log(i);", "aaaa\n"});
  // A break: a second way out.
  ExpectRunsAsIs(
      {"let i = 0; while (i < 1e9) { i++; if (i === 3000) break; } console.log(i);", "3000\n"});
}

TEST(LoopFold, BoundsThatAreNotNumbersDoNotFold) {
  ExpectRunsAsIs({"let b = '3000'; let i = 0; while (i < b) i++; console.log(i);", "3000\n"});
}

LoopPlan CounterPlan(FoldCompare op, double step, double bound, bool continue_when = true) {
  LoopPlan plan;
  plan.kind = LoopPlan::Kind::kCounter;
  plan.op = op;
  plan.step = step;
  plan.bound = bound;
  plan.continue_when = continue_when;
  return plan;
}

TEST(LoopFold, CounterClosedForm) {
  EXPECT_EQ(CounterIterationsLeft(CounterPlan(FoldCompare::kLt, 1, 10), 0), 10u);
  EXPECT_EQ(CounterIterationsLeft(CounterPlan(FoldCompare::kLt, 1, 10.5), 0), 11u);
  EXPECT_EQ(CounterIterationsLeft(CounterPlan(FoldCompare::kLe, 1, 10), 0), 11u);
  EXPECT_EQ(CounterIterationsLeft(CounterPlan(FoldCompare::kLt, 3, 3e9), 0), 1'000'000'000u);
  EXPECT_EQ(CounterIterationsLeft(CounterPlan(FoldCompare::kGt, -1, 0.5), 100), 100u);
  EXPECT_EQ(CounterIterationsLeft(CounterPlan(FoldCompare::kGe, 1, 10, false), 0), 10u);
  EXPECT_EQ(CounterIterationsLeft(CounterPlan(FoldCompare::kLt, 1, 2e9), 2e9), 0u);
  // Not exact or never ending: left to the interpreter.
  EXPECT_EQ(CounterIterationsLeft(CounterPlan(FoldCompare::kLt, 1, 10), 0.5), 0u);
  EXPECT_EQ(CounterIterationsLeft(CounterPlan(FoldCompare::kLt, 1, 1.0 / 0.0), 0), 0u);
  EXPECT_EQ(CounterIterationsLeft(CounterPlan(FoldCompare::kGt, 1, 10), 20), 0u);
  EXPECT_EQ(CounterIterationsLeft(CounterPlan(FoldCompare::kLt, 1, 1e17), 0), 0u);
}

}  // namespace
}  // namespace loopscope::js::testing
