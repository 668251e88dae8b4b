// tests/support/program.h — a scenario made of nothing but a program's source, and the
// lines of a program's output, and a golden program's recorded stdin: what runtime and
// live-mode tests start from.
#pragma once

#include <filesystem>
#include <fstream>
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

// A golden program's sibling NAME.stdin is what node's stdin pipe carried, NAME.stdin-file
// the file its stdin was (tools/record-node-programs.py); without either, stdin is
// /dev/null, as recorded.
inline void ReadProgramStdin(const std::filesystem::path& stem, scenario::StdinSource& source) {
  for (auto [ext, kind] : {std::pair{".stdin", scenario::StdinKind::kPipe},
                           std::pair{".stdin-file", scenario::StdinKind::kFile}}) {
    std::ifstream in(stem.string() + ext, std::ios::binary);
    if (!in) continue;
    std::stringstream text;
    text << in.rdbuf();
    source.kind = kind;
    source.text = text.str();
  }
}

}  // namespace loopscope::testing
