// tests/support/node_test_report.h — how the golden programs marked
// `// golden: node:test durations` compare node:test's TAP report: the `duration_ms` figures
// (wall-clock in node, virtual in Loopscope) become `*` and `location:` paths lose the
// directory the program ran in, as tools/record-node-programs.py records them. Used by the
// simulated (tests/unit/node/programs_test.cpp) and live (tests/unit/live) golden tests.
#pragma once

#include <filesystem>
#include <fstream>
#include <regex>
#include <string>
#include <vector>

#include "tests/support/program.h"

namespace loopscope::testing {

inline constexpr char kNodeTestDurationsMark[] = "// golden: node:test durations";

// True when one of the program's first two lines is the mark.
inline bool HasNodeTestDurationsMark(const std::filesystem::path& program) {
  std::ifstream in(program);
  std::string line;
  for (int i = 0; i < 2 && std::getline(in, line); ++i) {
    if (line == kNodeTestDurationsMark) return true;
  }
  return false;
}

// The output's lines with durations and run directories blanked.
inline std::vector<std::string> NodeTestReportLines(const std::string& stdout_text) {
  static const std::regex kDuration(R"(^(\s*(?:# )?duration_ms)[: ] ?[0-9.e+-]+$)");
  static const std::regex kLocation(R"(^(\s*location: ')[^']*/)");
  std::vector<std::string> lines = Lines(stdout_text);
  for (std::string& line : lines) {
    line = std::regex_replace(line, kDuration, "$1: *");
    line = std::regex_replace(line, kLocation, "$1");
  }
  return lines;
}

// The lines a golden program's output is compared by: blanked for marked programs.
inline std::vector<std::string> GoldenLines(const std::filesystem::path& program,
                                            const std::string& stdout_text) {
  return HasNodeTestDurationsMark(program) ? NodeTestReportLines(stdout_text) : Lines(stdout_text);
}

}  // namespace loopscope::testing
