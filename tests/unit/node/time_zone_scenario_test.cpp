// tests/unit/node/time_zone_scenario_test.cpp — a scenario's environment.timezone reaches
// Date (docs/scenario-format.md); the expected line is what `TZ=Asia/Kolkata node` printed.
// The zone's own rules are tested in tests/unit/js/time_zone_test.cpp.
#include <gtest/gtest.h>

#include "engine/node/simulation.h"
#include "tests/support/program.h"

namespace loopscope::node {
namespace {

using loopscope::testing::Lines;
using loopscope::testing::Program;

constexpr const char* kProgram =
    "console.log(new Date(0).toString(), new Date(2024, 0, 1).getTime())";

TEST(TimeZoneScenario, EnvironmentTimezoneSetsDatesLocalTime) {
  scenario::Scenario s = Program(kProgram);
  s.environment.timezone = "Asia/Kolkata";
  RunResult r = Simulate(s);
  EXPECT_EQ(Lines(r.stdout_text),
            std::vector<std::string>{"Thu Jan 01 1970 05:30:00 GMT+0530 (India Standard Time) "
                                     "1704047400000"});
}

TEST(TimeZoneScenario, WithoutOneLocalTimeIsUtc) {
  RunResult r = Simulate(Program(kProgram));
  EXPECT_EQ(Lines(r.stdout_text),
            std::vector<std::string>{"Thu Jan 01 1970 00:00:00 GMT+0000 (Coordinated Universal "
                                     "Time) 1704067200000"});
}

}  // namespace
}  // namespace loopscope::node
