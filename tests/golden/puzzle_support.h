// tests/golden/puzzle_support.h — the golden puzzles (tests/golden/puzzles, with what real
// Node printed for each in tests/golden/expected, recorded by tools/record-puzzles.py):
// their names, their expectations, and the skip list. The corpus is part of the
// repository; a missing one fails (GoldenCorpus) rather than shrinking the suite.
#pragma once

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "tests/support/program.h"

namespace loopscope::golden {

inline std::filesystem::path PuzzleDir() {
  return std::filesystem::path(LOOPSCOPE_SOURCE_DIR) / "tests" / "golden";
}

// Every puzzle with a recorded expectation, sorted.
inline std::vector<std::string> PuzzleNames() {
  std::vector<std::string> names;
  std::error_code ec;
  for (const auto& e : std::filesystem::directory_iterator(PuzzleDir() / "expected", ec)) {
    if (e.path().extension() == ".json") names.push_back(e.path().stem().string());
  }
  std::sort(names.begin(), names.end());
  return names;
}

// A skip list file in tests/golden/: puzzle name, then the reason it is skipped.
inline std::map<std::string, std::string> SkipList(const std::string& file) {
  std::map<std::string, std::string> skipped;
  std::ifstream in(std::filesystem::path(LOOPSCOPE_SOURCE_DIR) / "tests/golden" / file);
  for (std::string line; std::getline(in, line);) {
    if (line.empty() || line[0] == '#') continue;
    size_t space = line.find(' ');
    skipped[line.substr(0, space)] = space == std::string::npos ? "" : line.substr(space + 1);
  }
  return skipped;
}

inline nlohmann::json Expected(const std::string& name) {
  std::ifstream in(PuzzleDir() / "expected" / (name + ".json"));
  return nlohmann::json::parse(in);
}

inline std::string PuzzlePath(const std::string& name) {
  return (PuzzleDir() / "puzzles" / (name + ".js")).string();
}

// Whether stdout and the exit code equal one of the variants Node printed.
inline bool MatchesAVariant(const nlohmann::json& expected, const std::string& stdout_text,
                            int exit_code) {
  std::vector<std::string> out = loopscope::testing::Lines(stdout_text);
  for (const auto& variant : expected["variants"]) {
    if (out == variant["stdout"].get<std::vector<std::string>>() &&
        exit_code == variant["exit_code"].get<int>()) {
      return true;
    }
  }
  return false;
}

inline std::string TestName(const std::string& param) {
  std::string n = param;
  for (char& c : n) c = std::isalnum(static_cast<unsigned char>(c)) ? c : '_';
  return n;
}

}  // namespace loopscope::golden
