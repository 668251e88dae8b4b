// tests/unit/js/golden_test.cpp — the differential test: every programs/NAME.js runs
// through the Vm with the minimal TestHost, and what it prints must equal NAME.out, which
// real Node v20 printed (regenerate with tools/record-js-outputs.sh). A mismatch writes
// NAME.unapproved.out next to the program for review.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "tests/support/files.h"
#include "tests/unit/js/test_host.h"

namespace loopscope::js::testing {
namespace {

namespace fs = std::filesystem;

using loopscope::testing::ReadFile;

std::vector<std::string> ProgramNames() {
  std::vector<std::string> names;
  fs::path dir = fs::path(LOOPSCOPE_SOURCE_DIR) / "tests/unit/js/programs";
  for (const auto& entry : fs::directory_iterator(dir))
    if (entry.path().extension() == ".js") names.push_back(entry.path().stem().string());
  std::sort(names.begin(), names.end());
  return names;
}

class GoldenProgram : public ::testing::TestWithParam<std::string> {};

TEST_P(GoldenProgram, PrintsWhatNodePrinted) {
  fs::path dir = fs::path(LOOPSCOPE_SOURCE_DIR) / "tests/unit/js/programs";
  std::string name = GetParam();
  std::string source = ReadFile(dir / (name + ".js"));
  std::string expected = ReadFile(dir / (name + ".out"));
  TestHost host;
  host.Run(source, name + ".js");
  std::string actual = host.out + host.errors;
  fs::path unapproved = dir / (name + ".unapproved.out");
  if (actual != expected) {
    std::ofstream(unapproved, std::ios::binary) << actual;
  } else {
    fs::remove(unapproved);
  }
  EXPECT_EQ(actual, expected) << "program " << name << ".js";
}

INSTANTIATE_TEST_SUITE_P(Programs, GoldenProgram, ::testing::ValuesIn(ProgramNames()),
                         [](const ::testing::TestParamInfo<std::string>& info) {
                           return info.param;
                         });

// The same programs with a collection after every few allocations: a value some native
// code forgot to root would be freed and the output (or AddressSanitizer) would show it.
class GoldenProgramUnderGcStress : public ::testing::TestWithParam<std::string> {};

TEST_P(GoldenProgramUnderGcStress, PrintsTheSame) {
  fs::path dir = fs::path(LOOPSCOPE_SOURCE_DIR) / "tests/unit/js/programs";
  std::string name = GetParam();
  TestHost host;
  host.vm().SetGcInterval(64);
  host.Run(ReadFile(dir / (name + ".js")), name + ".js");
  EXPECT_EQ(host.out + host.errors, ReadFile(dir / (name + ".out"))) << "program " << name << ".js";
}

INSTANTIATE_TEST_SUITE_P(Programs, GoldenProgramUnderGcStress, ::testing::ValuesIn(ProgramNames()),
                         [](const ::testing::TestParamInfo<std::string>& info) {
                           return info.param;
                         });

TEST(GoldenSet, HasEnoughPrograms) {
  EXPECT_GE(ProgramNames().size(), 100u);
}

}  // namespace
}  // namespace loopscope::js::testing
