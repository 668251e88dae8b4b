// tests/unit/js/refused_globals_test.cpp — eval, Proxy and SharedArrayBuffer, left out of
// the subset by design (docs/js-subset.md), refuse with an error that names them, called or
// constructed, while feature tests (`typeof`) still see functions.
#include <gtest/gtest.h>

#include "tests/unit/js/test_host.h"

namespace loopscope::js::testing {
namespace {

TEST(RefusedGlobals, NameWhatIsLeftOut) {
  TestHost host;
  ASSERT_TRUE(host.Run(
      "for (const f of [() => eval('1'), () => new Proxy({}, {}), () => new SharedArrayBuffer(8),"
      " () => Proxy()]) {"
      "  try { f(); } catch (e) { console.log(e.name + ': ' + e.message); }"
      "}"
      "console.log(typeof eval, eval.length, Proxy.length);"))
      << host.errors;
  EXPECT_EQ(host.out,
            "Error: eval is not supported in Loopscope's JavaScript subset\n"
            "Error: Proxy is not supported in Loopscope's JavaScript subset\n"
            "Error: SharedArrayBuffer is not supported in Loopscope's JavaScript subset\n"
            "Error: Proxy is not supported in Loopscope's JavaScript subset\n"
            "function 1 2\n");
}

TEST(RefusedGlobals, EvalIsNoConstructorForPromiseCombinators) {
  TestHost host;
  ASSERT_TRUE(host.Run("try { Promise.all.call(eval, []); } catch (e) { console.log(e.name); }"))
      << host.errors;
  EXPECT_EQ(host.out, "TypeError\n");
}

}  // namespace
}  // namespace loopscope::js::testing
