// tests/unit/scenario/what_if_test.cpp — what-if changes (engine/scenario/what_if.h): they
// change only what they name, stay inside the ranges a scenario file may give, and are
// described against the scenario's own machine.
#include "engine/scenario/what_if.h"

#include <gtest/gtest.h>

namespace loopscope::scenario {
namespace {

Scenario Base() {
  Scenario s;
  s.source = "1";
  s.environment.threadpool_size = 4;
  s.environment.cpu_cores = 4;
  s.environment.io["fs"] = {2, 0};
  s.environment.io["crypto.pbkdf2"] = {0, 100};
  return s;
}

TEST(WhatIf, NoChangeKeepsTheScenario) {
  Scenario s = ApplyWhatIf(Base(), {});
  EXPECT_EQ(s.environment.threadpool_size, 4);
  EXPECT_EQ(s.environment.cpu_cores, 4);
  EXPECT_EQ(s.environment.io.size(), 2u);
  EXPECT_EQ(s.source, "1");
  EXPECT_TRUE(WhatIf{}.empty());
  EXPECT_EQ(DescribeWhatIf({}, Base().environment), "no change");
}

TEST(WhatIf, ChangesOnlyWhatItNames) {
  WhatIf w{.threadpool_size = 2, .io = {{"fs", {10, 0}}}};
  Scenario s = ApplyWhatIf(Base(), w);
  EXPECT_EQ(s.environment.threadpool_size, 2);
  EXPECT_EQ(s.environment.cpu_cores, 4);
  EXPECT_EQ(s.environment.io["fs"].latency_ms, 10);
  EXPECT_EQ(s.environment.io["crypto.pbkdf2"].cpu_ms, 100);
  EXPECT_EQ(s.source, "1");
}

TEST(WhatIf, ClampsToTheScenarioFormatRanges) {
  WhatIf w{.threadpool_size = 0, .cpu_cores = 100000, .io = {{"net", {-5, 1e12}}}};
  Scenario s = ApplyWhatIf(Base(), w);
  EXPECT_EQ(s.environment.threadpool_size, 1);
  EXPECT_EQ(s.environment.cpu_cores, 256);
  EXPECT_EQ(s.environment.io["net"].latency_ms, 0);
  EXPECT_EQ(s.environment.io["net"].cpu_ms, 3'600'000);
}

TEST(WhatIf, IgnoresUnknownIoKinds) {
  Scenario s = ApplyWhatIf(Base(), {.io = {{"gpu", {1, 1}}}});
  EXPECT_EQ(s.environment.io.count("gpu"), 0u);
  EXPECT_EQ(DescribeWhatIf({.io = {{"gpu", {1, 1}}}}, Base().environment), "no change");
}

TEST(WhatIf, DescribesWhatDiffersFromTheScenario) {
  const Environment base = Base().environment;
  EXPECT_EQ(DescribeWhatIf({.threadpool_size = 4, .cpu_cores = 2}, base), "cores 2 (was 4)");
  EXPECT_EQ(DescribeWhatIf({.threadpool_size = 8, .io = {{"fs", {0.5, 0}}}}, base),
            "pool 8 (was 4), fs 0.5 ms (was 2)");
  EXPECT_EQ(DescribeWhatIf({.io = {{"dns.lookup", {3, 0}}}}, base),
            "dns.lookup 3 ms (was built-in), dns.lookup cpu 0 ms (was built-in)");
}

}  // namespace
}  // namespace loopscope::scenario
