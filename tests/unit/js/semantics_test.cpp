// tests/unit/js/semantics_test.cpp — promise and async ordering as event-order tests:
// the microtask round of every construct in the spec's tick table (semantics.md §5),
// number printing (Number::toString) and util.inspect formatting.
#include <gtest/gtest.h>

#include "engine/js/runtime.h"
#include "tests/unit/js/test_host.h"

namespace loopscope::js::testing {
namespace {

// Runs `construct`, which must call `mark()` from its callback, under a clock that counts
// microtask rounds (Promise.resolve().then(cb) = round 1), and returns the round.
int RoundOf(const std::string& construct) {
  TestHost host;
  std::string src =
      "let turn = 0; let seen = -1;\n"
      "const clock = () => { if (turn >= 10) return; turn++; Promise.resolve().then(clock); };\n"
      "Promise.resolve().then(clock);\n"
      "const mark = () => { if (seen < 0) seen = turn; };\n" +
      construct +
      "\n"
      "Promise.resolve().then(function report() { if (turn < 10) return "
      "Promise.resolve().then(report); console.log(seen); });\n";
  EXPECT_TRUE(host.Run(src)) << host.errors;
  return std::stoi(host.out.empty() ? "-99" : host.out);
}

TEST(TickCounts, SemanticsTable) {
  struct Row {
    const char* construct;
    int round;
  };
  const Row rows[] = {
      {"Promise.resolve().then(mark);", 1},
      {"queueMicrotask(mark);", 1},
      {"Promise.reject().catch(mark);", 1},
      {"Promise.resolve().then().then(mark);", 2},
      {"const r = Promise.resolve(); (async () => { await r; mark(); })();", 1},
      {"(async () => { await 42; mark(); })();", 1},
      {"(async () => { await { then(r) { r(); } }; mark(); })();", 2},
      {"class Sub extends Promise {} (async () => { await Sub.resolve(); mark(); })();", 3},
      {"(async () => 1)().then(mark);", 1},
      {"(async () => Promise.resolve(1))().then(mark);", 3},
      {"(async () => await Promise.resolve(1))().then(mark);", 2},
      {"new Promise(r => r(Promise.resolve())).then(mark);", 3},
      {"Promise.resolve().then(() => Promise.resolve()).then(mark);", 4},
      {"Promise.resolve().then(() => ({ then(r) { r(); } })).then(mark);", 3},
      {"Promise.resolve(Promise.resolve()).then(mark);", 1},
      {"Promise.resolve({ then(r) { r(); } }).then(mark);", 2},
      {"Promise.resolve().finally(mark);", 1},
      {"Promise.resolve().finally(() => {}).then(mark);", 4},
      {"Promise.all([Promise.resolve(), Promise.resolve()]).then(mark);", 2},
      {"Promise.all([1, 2]).then(mark);", 2},
      {"Promise.race([Promise.resolve()]).then(mark);", 2},
      {"Promise.any([Promise.resolve()]).then(mark);", 2},
      {"Promise.allSettled([Promise.resolve()]).then(mark);", 2},
      {"Promise.all([]).then(mark);", 1},
      {"(async () => { await null; await null; mark(); })();", 2},
      {"(async () => { await (async () => {})(); mark(); })();", 1},
  };
  for (const Row& row : rows) EXPECT_EQ(RoundOf(row.construct), row.round) << row.construct;
}

TEST(TickCounts, MonkeyPatchedThenIsNotCalledByAwait) {
  TestHost host;
  ASSERT_TRUE(
      host.Run("const p = Promise.resolve(1); p.then = () => console.log('patched');\n"
               "(async () => { console.log(await p); })();"));
  EXPECT_EQ(host.out, "1\n");
}

TEST(Ordering, ClassicPuzzleEventSequence) {
  TestHost host;
  ASSERT_TRUE(host.Run(
      "async function async1() { console.log('async1 start'); await async2(); console.log('async1 "
      "end'); }\n"
      "async function async2() { console.log('async2'); }\n"
      "console.log('script start');\nasync1();\n"
      "new Promise(r => { console.log('promise1'); r(); }).then(() => console.log('promise2'));\n"
      "console.log('script end');\n"));
  EXPECT_EQ(host.out,
            "script start\nasync1 start\nasync2\npromise1\nscript end\nasync1 end\npromise2\n");
}

TEST(Ordering, RunNextJobRunsExactlyOne) {
  TestHost host;
  Vm& vm = host.vm();
  CompileResult c = vm.Compile(
      "Promise.resolve().then(() => console.log('a')).then(() => console.log('c'));\n"
      "queueMicrotask(() => console.log('b'));",
      "t.js");
  ASSERT_TRUE(vm.RunScript(c.script).ok());
  EXPECT_EQ(vm.PendingJobCount(), 2u);
  ASSERT_TRUE(vm.RunNextJob().ok());
  EXPECT_EQ(host.out, "a\n");
  EXPECT_EQ(vm.PendingJobCount(), 2u);
  ASSERT_TRUE(vm.RunMicrotasks().ok());
  EXPECT_EQ(host.out, "a\nb\nc\n");
  EXPECT_TRUE(vm.RunNextJob().ok());  // empty queue: normal completion
}

TEST(Numbers, ToStringIsShortestRoundTrip) {
  struct Case {
    double d;
    const char* text;
  };
  const Case cases[] = {{0, "0"},
                        {-0.0, "0"},
                        {1.5, "1.5"},
                        {0.1 + 0.2, "0.30000000000000004"},
                        {1e21, "1e+21"},
                        {1e20, "100000000000000000000"},
                        {1e-7, "1e-7"},
                        {1e-6, "0.000001"},
                        {123456789012345680000.0, "123456789012345680000"},
                        {5e-324, "5e-324"},
                        {1.7976931348623157e308, "1.7976931348623157e+308"},
                        {-2.5e-8, "-2.5e-8"},
                        {1.0 / 0.0, "Infinity"},
                        {-1.0 / 0.0, "-Infinity"},
                        {2.0 / 3.0, "0.6666666666666666"}};
  for (const Case& c : cases) EXPECT_EQ(NumberToString(c.d), c.text);
  EXPECT_EQ(NumberToRadixString(255, 16), "ff");
  EXPECT_EQ(NumberToRadixString(-255, 2), "-11111111");
  EXPECT_EQ(NumberToRadixString(0.5, 2), "0.1");
}

TEST(Inspect, NodeFormatting) {
  TestHost host;
  ASSERT_TRUE(
      host.Run("console.log(-0, [-0], 'top', ['in'], [\"it's\"], { a: 1, b: 'x' }, [], {});\n"
               "console.log({ a: { b: { c: { d: 1 } } } }, [[[[1]]]]);\n"
               "console.log(function f() {}, () => {}, async function g() {}, class A {}, class B "
               "extends Array {});\n"
               "console.log(Promise.resolve(1), new Promise(() => {}), new Map([['a', 1]]), new "
               "Set([1, 2]));\n"
               "const c = { x: 1 }; c.self = c; console.log(c, Object.create(null));\n"
               "class Foo { constructor() { this.x = 1; } } console.log(new Foo());\n"
               "console.log('%s=%d %i %f %j %%', 'n', 4.5, 4.5, '1.25', [1], 'rest');\n"));
  EXPECT_EQ(
      host.out,
      "-0 [ -0 ] top [ 'in' ] [ \"it's\" ] { a: 1, b: 'x' } [] {}\n"
      "{ a: { b: { c: [Object] } } } [ [ [ [Array] ] ] ]\n"
      "[Function: f] [Function (anonymous)] [AsyncFunction: g] [class A] [class B extends Array]\n"
      "Promise { 1 } Promise { <pending> } Map(1) { 'a' => 1 } Set(2) { 1, 2 }\n"
      "<ref *1> { x: 1, self: [Circular *1] } [Object: null prototype] {}\n"
      "Foo { x: 1 }\n"
      "n=4.5 4 1.25 [1] % rest\n");
}

TEST(Inspect, LongArraysAreGroupedIntoColumns) {
  TestHost host;
  ASSERT_TRUE(host.Run("console.log(Array.from({ length: 30 }, (_, i) => i));"));
  EXPECT_EQ(host.out,
            "[\n   0,  1,  2,  3,  4,  5,  6,  7,  8,\n   9, 10, 11, 12, 13, 14, 15, 16, 17,\n"
            "  18, 19, 20, 21, 22, 23, 24, 25, 26,\n  27, 28, 29\n]\n");
}

}  // namespace
}  // namespace loopscope::js::testing
