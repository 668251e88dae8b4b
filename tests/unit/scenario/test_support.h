// tests/unit/scenario/test_support.h — helpers shared by the scenario-layer tests: located
// errors as text, the smallest valid scenario, the built-in scenario ids as test
// parameters. Files and temporary directories come from tests/support/files.h.
#pragma once

#include <gtest/gtest.h>

#include <cctype>
#include <filesystem>
#include <fstream>
#include <random>
#include <string>
#include <string_view>
#include <vector>

#include "engine/scenario/library.h"
#include "engine/scenario/loader.h"
#include "tests/support/files.h"

namespace loopscope::scenario::testing {

using loopscope::testing::TempDir;

// Every diagnostic of `result`, one per line, as the CLI would print them.
inline std::string AllErrors(const LoadResult& result) {
  std::string out;
  for (const Diagnostic& d : result.errors) out += d.ToString() + "\n";
  return out;
}

// The smallest valid scenario, with `extra` spliced in after the opening brace
// (`extra` must end with a comma when non-empty).
inline std::string MinimalJson(std::string_view extra = "") {
  return "{" + std::string(extra) +
         "\"schema\": 1, \"name\": \"t\", \"source\": \"console.log(1)\"}";
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
