// tests/unit/js/smoke_test.cpp — first end-to-end checks of compile + run + console.
#include <gtest/gtest.h>

#include "tests/unit/js/test_host.h"

namespace loopscope::js::testing {
namespace {

std::string RunProgram(const std::string& src) {
  TestHost host;
  host.Run(src);
  return host.out + host.errors;
}

TEST(Smoke, PrintsNumbersAndStrings) {
  EXPECT_EQ(RunProgram("console.log(1 + 2, 'x', [1, 2], { a: 1 });"), "3 x [ 1, 2 ] { a: 1 }\n");
}

TEST(Smoke, ClassicAsyncOrder) {
  const char* src = R"(
async function async1() { console.log('a1 start'); await async2(); console.log('a1 end'); }
async function async2() { console.log('a2'); }
console.log('start');
async1();
new Promise(r => { console.log('p1'); r(); }).then(() => console.log('p2'));
console.log('end');
)";
  EXPECT_EQ(RunProgram(src), "start\na1 start\na2\np1\nend\na1 end\np2\n");
}

}  // namespace
}  // namespace loopscope::js::testing
