// tests/unit/js/time_zone_test.cpp — Date in a time zone: every time_zones/NAME.js names its
// zone on its first line ("// time zone: Europe/Paris"), runs with Vm::SetTimeZone, and
// must print NAME.out, which `TZ=<zone> node NAME.js` printed
// (tools/record-time-zone-outputs.sh). A mismatch writes NAME.unapproved.out for review.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "tests/support/files.h"
#include "tests/unit/js/test_host.h"

namespace loopscope::js::testing {
namespace {

namespace fs = std::filesystem;

using loopscope::testing::ReadFile;

constexpr std::string_view kZoneLine = "// time zone: ";

fs::path ZoneDir() {
  return fs::path(LOOPSCOPE_SOURCE_DIR) / "tests/unit/js/time_zones";
}

std::vector<std::string> ProgramNames() {
  std::vector<std::string> names;
  for (const auto& entry : fs::directory_iterator(ZoneDir()))
    if (entry.path().extension() == ".js") names.push_back(entry.path().stem().string());
  std::sort(names.begin(), names.end());
  return names;
}

class TimeZoneProgram : public ::testing::TestWithParam<std::string> {};

TEST_P(TimeZoneProgram, PrintsWhatNodePrintedInThatZone) {
  std::string name = GetParam();
  std::string source = ReadFile(ZoneDir() / (name + ".js"));
  ASSERT_TRUE(source.starts_with(kZoneLine)) << name << ".js must name its zone first";
  std::string zone = source.substr(kZoneLine.size(), source.find('\n') - kZoneLine.size());
  TestHost host;
  ASSERT_TRUE(host.vm().SetTimeZone(zone)) << zone;
  host.Run(source, name + ".js");
  std::string actual = host.out + host.errors;
  std::string expected = ReadFile(ZoneDir() / (name + ".out"));
  fs::path unapproved = ZoneDir() / (name + ".unapproved.out");
  if (actual != expected)
    std::ofstream(unapproved, std::ios::binary) << actual;
  else
    fs::remove(unapproved);
  EXPECT_EQ(actual, expected) << "program " << name << ".js in " << zone;
}

INSTANTIATE_TEST_SUITE_P(Zones, TimeZoneProgram, ::testing::ValuesIn(ProgramNames()),
                         [](const ::testing::TestParamInfo<std::string>& info) {
                           return info.param;
                         });

TEST(TimeZone, UnknownNamesAreRefusedAndLeaveUtc) {
  TestHost host;
  EXPECT_FALSE(host.vm().SetTimeZone("Mars/Olympus_Mons"));
  EXPECT_FALSE(host.vm().SetTimeZone(""));
  host.Run("console.log(new Date(0).toString(), new Date(0).getTimezoneOffset())");
  EXPECT_EQ(host.out, "Thu Jan 01 1970 00:00:00 GMT+0000 (Coordinated Universal Time) 0\n");
}

// The zone comes from the Vm alone: the host's TZ never leaks into a run.
TEST(TimeZone, HostTzIsIgnored) {
  setenv("TZ", "Asia/Tokyo", 1);
  TestHost host;
  host.Run("console.log(new Date(0).getHours(), new Date(2024, 0, 1).toISOString())");
  unsetenv("TZ");
  EXPECT_EQ(host.out, "0 2024-01-01T00:00:00.000Z\n");
}

}  // namespace
}  // namespace loopscope::js::testing
