// tests/unit/js/native_stack_test.cpp — recursions that re-enter the interpreter from
// native code at every level (conversions, getters, callbacks, resumed generators) end in
// a RangeError the program catches, and the engine keeps working afterwards (frames pushed
// from natives never move their callers' frames: Runtime::Runtime reserves them); NativeStack
// itself measures from the outermost entry and never reports an entry above its base.
#include "engine/js/native_stack.h"

#include <gtest/gtest.h>

#include "tests/unit/js/test_host.h"

namespace loopscope::js::testing {
namespace {

// Recurses in C++ (each level keeps a 4 KB buffer live) until `stack` reports exhaustion;
// returns the depth it was reached at, or -1 past `limit` levels.
[[gnu::noinline]] int DepthUntilExhausted(NativeStack& stack, int depth, int limit) {
  volatile char pad[4096];
  pad[0] = static_cast<char>(depth);
  // The whole pad escapes: clang at -O1 otherwise keeps only the one byte it touches.
  asm volatile("" : : "r"(pad) : "memory");
  if (stack.Exhausted(false)) return depth;
  if (depth >= limit) return -1;
  int found = DepthUntilExhausted(stack, depth + 1, limit);
  return found + pad[0] * 0;
}

TEST(NativeStack, ReportsExhaustionBeforeTheThreadStackEnds) {
  NativeStack stack;
  ASSERT_FALSE(stack.Exhausted(true));
  // The budget is at most 4 MB: about 1000 levels of 4 KB, well inside an 8 MB stack.
  int depth = DepthUntilExhausted(stack, 0, 1500);
  EXPECT_GT(depth, 10);
  EXPECT_NE(depth, -1);
  EXPECT_FALSE(stack.Exhausted(false)) << "back at the base, the stack is free again";
  EXPECT_FALSE(stack.Exhausted(true));
}

TEST(NativeStack, RecursionThroughNativeReentryIsACatchableRangeError) {
  const char* recursions[] = {
      "const o = { toString() { return `${this}`; } }; String(o);",
      "const o = { valueOf() { return +this; } }; +o;",
      "const o = { [Symbol.toPrimitive]() { return this + 1; } }; o + 1;",
      "const o = { get x() { return Object.keys(this).length + this.x; } }; o.x;",
      "const r = { get z() { return JSON.stringify(r); } }; JSON.stringify(r);",
      "class B { static [Symbol.hasInstance](x) { return x instanceof B; } } 1 instanceof B;",
      "const f = () => [1].forEach(f); f();",
      "const f = () => f.call(null) + Reflect.apply(f, null, []); f();",
      "function* g() { yield* g(); } [...g()];",
      // Swallowed at every level while natives push frames: the callers' frames must not move.
      "let seen = null; const cb = () => D();"
      "function D() { for (const l of [1].filter((x) => x)) {"
      "  try { cb.call(null); } catch (e) { seen ??= e; } } }"
      "D(); throw seen;",
      "const it = { [Symbol.iterator]() { return [...it][Symbol.iterator](); } }; [...it];",
  };
  for (const char* recursion : recursions) {
    TestHost host;
    std::string source = std::string("try { ") + recursion +
                         " } catch (e) { console.log(e instanceof RangeError, e.message); }\n"
                         "console.log([3, 1, 2].map(String).sort().join());\n";
    EXPECT_TRUE(host.Run(source)) << recursion << "\n" << host.errors;
    EXPECT_EQ(host.out, "true Maximum call stack size exceeded\n1,2,3\n") << recursion;
  }
}

TEST(NativeStack, UncaughtOverflowIsReportedAndTheVmRunsAgain) {
  TestHost host;
  EXPECT_FALSE(host.Run("const o = { toString() { return `${this}`; } }; String(o);"));
  EXPECT_NE(host.errors.find("RangeError: Maximum call stack size exceeded"), std::string::npos)
      << host.errors;
  host.errors.clear();
  EXPECT_TRUE(host.Run("console.log(String({ toString() { return 'again'; } }));")) << host.errors;
  EXPECT_EQ(host.out, "again\n");
}

}  // namespace
}  // namespace loopscope::js::testing
