// tests/unit/scenario/test_support.h — helpers shared by the scenario-layer tests: a
// temporary directory that removes itself, file writing, and loading a JSON text with
// one expected diagnostic.
//
// node_runner.h builds on TempDir to run programs under real Node.
#pragma once

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <random>
#include <string>
#include <string_view>

#include <cctype>
#include <vector>

#include "engine/scenario/library.h"
#include "engine/scenario/loader.h"

namespace loopscope::scenario::testing {

// A fresh directory under the system temp dir, removed (with its contents) on destruction.
class TempDir {
 public:
  TempDir() {
    std::random_device rd;
    path_ = std::filesystem::temp_directory_path() /
            ("loopscope-scenario-" + std::to_string(rd()) + std::to_string(rd()));
    std::filesystem::create_directories(path_);
  }
  ~TempDir() {
    std::error_code ec;
    std::filesystem::remove_all(path_, ec);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;

  const std::filesystem::path& path() const { return path_; }

  // Writes `content` to `relative` (creating folders) and returns the full path.
  std::string Write(const std::string& relative, std::string_view content) const {
    const std::filesystem::path full = path_ / relative;
    std::filesystem::create_directories(full.parent_path());
    std::ofstream out(full, std::ios::binary);
    out.write(content.data(), static_cast<std::streamsize>(content.size()));
    return full.string();
  }

 private:
  std::filesystem::path path_;
};

// Every diagnostic of `result`, one per line, as the CLI would print them.
inline std::string AllErrors(const LoadResult& result) {
  std::string out;
  for (const Diagnostic& d : result.errors) out += d.ToString() + "\n";
  return out;
}

// The smallest valid scenario, with `extra` spliced in after the opening brace
// (`extra` must end with a comma when non-empty).
inline std::string MinimalJson(std::string_view extra = "") {
  return "{" + std::string(extra) + "\"schema\": 1, \"name\": \"t\", \"source\": \"console.log(1)\"}";
}

// The ids of every built-in scenario, the parameters of the per-scenario tests.
inline std::vector<std::string> BuiltinIds() {
  std::vector<std::string> ids;
  for (const BuiltinScenario& b : BuiltinScenarios()) ids.emplace_back(b.id);
  return ids;
}

// A GoogleTest-safe name for a scenario id ("timers/a-b" -> "timers_a_b").
inline std::string ParamTestName(const ::testing::TestParamInfo<std::string>& info) {
  std::string name = info.param;
  for (char& c : name)
    if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
  return name;
}

}  // namespace loopscope::scenario::testing
