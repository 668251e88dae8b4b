// tests/unit/js/refused_globals_test.cpp — eval, Proxy, SharedArrayBuffer and Intl, left out
// of the subset by design (docs/js-subset.md), refuse with an error that names them, called
// or constructed, while feature tests (`typeof`) still see them; so do toLocaleString calls
// that ask for a locale other than en-US or pass options.
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

TEST(RefusedGlobals, IntlMembersAndOtherLocalesNameWhatIsLeftOut) {
  TestHost host;
  ASSERT_TRUE(host.Run(
      "console.log(typeof Intl, Object.prototype.toString.call(Intl));"
      "for (const f of [() => new Intl.NumberFormat(), () => Intl.getCanonicalLocales('en'),"
      " () => (1).toLocaleString('de-DE'), () => [1].toLocaleString(undefined, {}),"
      " () => new Date(0).toLocaleTimeString('en-US', { hour12: false })]) {"
      "  try { f(); } catch (e) { console.log(e.name + ': ' + e.message); }"
      "}"
      "console.log((1234.5).toLocaleString('EN-us'), new Date(0).toLocaleDateString(['en']));"))
      << host.errors;
  const std::string tail =
      " with a locale other than en-US or with options is not supported in Loopscope's "
      "JavaScript subset (Intl is out of scope)\n";
  EXPECT_EQ(host.out,
            "object [object Intl]\n"
            "Error: Intl.NumberFormat is not supported in Loopscope's JavaScript subset\n"
            "Error: Intl.getCanonicalLocales is not supported in Loopscope's JavaScript subset\n"
            "Error: Number.prototype.toLocaleString" +
                tail + "Error: Array.prototype.toLocaleString" + tail +
                "Error: Date.prototype.toLocaleTimeString" + tail + "1,234.5 1/1/1970\n");
}

TEST(RefusedGlobals, EvalIsNoConstructorForPromiseCombinators) {
  TestHost host;
  ASSERT_TRUE(host.Run("try { Promise.all.call(eval, []); } catch (e) { console.log(e.name); }"))
      << host.errors;
  EXPECT_EQ(host.out, "TypeError\n");
}

}  // namespace
}  // namespace loopscope::js::testing
