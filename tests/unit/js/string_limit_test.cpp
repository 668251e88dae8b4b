// tests/unit/js/string_limit_test.cpp — V8's string length limit (2^29 - 24 code units) on
// the paths that grow a string from strings that already exist: the limit is exact, the
// error is V8's RangeError at the operator, and the string past it is never built (the
// heap stays small). Cheap cases, and the message of each, are in
// programs/strings_length_limit.js, checked against Node.
#include <gtest/gtest.h>

#include "engine/js/string_builder.h"
#include "tests/unit/js/test_host.h"

namespace loopscope::js::testing {
namespace {

// One quarter-gigabyte string, then every way to double it: each must throw the RangeError,
// and the heap must stay at one such string (the failed results never existed).
TEST(StringLimit, EveryWayToGrowAStringStopsAtTheLimit) {
  TestHost host;
  ASSERT_TRUE(host.Run("globalThis.big = 'x'.repeat(2 ** 28);")) << host.errors;
  for (const char* expression :
       {"big + big", "big + big + 'x'", "`${big}${big}`", "big.concat(big)", "[big, big].join('')",
        "String([big, big])", "JSON.stringify([big, big])", "big.padEnd(2 ** 29)",
        "(() => { let s = big; s += big; return s; })()"}) {
    host.out.clear();
    EXPECT_TRUE(host.Run(std::string("try { const r = ") + expression +
                         "; console.log('built', r.length); }\n"
                         "catch (e) { console.log(e.name + ': ' + e.message); }\n"))
        << expression << ": " << host.errors;
    EXPECT_EQ(host.out, "RangeError: Invalid string length\n") << expression;
    host.vm().CollectGarbage();
    EXPECT_LT(host.vm().heap_bytes(), (size_t{1} << 28) + (size_t{16} << 20)) << expression;
  }
}

TEST(StringLimit, TheLimitItselfIsAllowed) {
  TestHost host;
  ASSERT_TRUE(
      host.Run("console.log('x'.repeat(2 ** 29 - 24).length);\n"
               "try { 'x'.repeat(2 ** 29 - 23); } catch (e) { console.log(e.message); }\n"))
      << host.errors;
  EXPECT_EQ(host.out, "536870888\nInvalid string length\n");
}

// The limit is in UTF-16 code units, as JavaScript counts length, not in UTF-8 bytes.
TEST(StringLimit, BuildersCountUtf16Units) {
  StringBuilder b;
  ASSERT_TRUE(b.Append("a\u00e9\U0001F600"));  // 1 + 1 + 2 units in 1 + 2 + 4 bytes
  EXPECT_EQ(b.units(), 4u);
  EXPECT_TRUE(b.Fits(Runtime::kMaxStringLength - 4));
  EXPECT_FALSE(b.Fits(Runtime::kMaxStringLength - 3));
  EXPECT_FALSE(b.AppendRepeated("ab", 2, Runtime::kMaxStringLength / 2));
  EXPECT_EQ(b.units(), 4u);
}

TEST(StringLimit, UncaughtItIsReportedAtTheOperatorLikeNode) {
  TestHost host;
  EXPECT_FALSE(host.Run("let s = 'x';\nwhile (true) s += s;\n", "doubling.js"));
  EXPECT_NE(host.errors.find(
                "RangeError: Invalid string length\n    at Object.<anonymous> (doubling.js:2:19)"),
            std::string::npos)
      << host.errors;
}

}  // namespace
}  // namespace loopscope::js::testing
