// tests/support/program.h — a scenario made of nothing but a program's source, and the
// lines of a program's output: what runtime and live-mode tests start from.
#pragma once

#include <sstream>
#include <string>
#include <vector>

#include "engine/scenario/scenario.h"

namespace loopscope::testing {

inline scenario::Scenario Program(std::string source) {
  scenario::Scenario s;
  s.name = "test";
  s.source_name = "test.js";
  s.file_path = "/virtual/test.js";
  s.source = std::move(source);
  return s;
}

inline std::vector<std::string> Lines(const std::string& text) {
  std::vector<std::string> lines;
  std::stringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

}  // namespace loopscope::testing
