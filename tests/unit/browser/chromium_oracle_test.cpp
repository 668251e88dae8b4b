// tests/unit/browser/chromium_oracle_test.cpp — the recorded outputs against Chromium itself.
//
// Runs every programs/NAME.js in headless Chromium through tools/browser-oracle/run.py and
// compares with programs/NAME.expected, so a recording cannot drift from the browser. Skipped
// (saying why) where Chromium or python3 is absent, as the Node comparisons skip without
// node: CI does not install Chromium (docs/browser.md, "The oracle").
#include <gtest/gtest.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "engine/scenario/library.h"
#include "engine/scenario/loader.h"

namespace {

namespace fs = std::filesystem;

// The output of a shell command (its stdout), or nullopt when it could not be started.
std::optional<std::string> Capture(const std::string& command, int* status) {
  FILE* pipe = popen(command.c_str(), "r");
  if (!pipe) return std::nullopt;
  std::string out;
  char buffer[4096];
  while (size_t n = fread(buffer, 1, sizeof buffer, pipe)) out.append(buffer, n);
  *status = pclose(pipe);
  return out;
}

// Why Chromium cannot be used here, or "" when it can.
std::string ChromiumUnavailable() {
  int status = 0;
  if (!Capture("command -v chromium >/dev/null 2>&1 && command -v python3 >/dev/null 2>&1", &status) ||
      status != 0)
    return "chromium (Debian's package) or python3 is not installed: the recorded outputs are "
           "not compared with a live Chromium";
  return "";
}

// The console lines of `program` in headless Chromium, through the oracle tool.
std::string RunInChromium(const fs::path& program) {
  int status = 0;
  const fs::path tool = fs::path(LOOPSCOPE_SOURCE_DIR) / "tools/browser-oracle/run.py";
  return Capture("python3 '" + tool.string() + "' '" + program.string() + "'", &status)
      .value_or("(the oracle could not be started)");
}

TEST(ChromiumOracle, BrowserScenariosMatchChromium) {
  if (std::string why = ChromiumUnavailable(); !why.empty()) GTEST_SKIP() << why;
  const fs::path program = fs::temp_directory_path() / "loopscope-oracle-scenario.js";
  for (const loopscope::scenario::BuiltinScenario& b : loopscope::scenario::BuiltinScenarios()) {
    loopscope::scenario::LoadResult loaded = loopscope::scenario::LoadBuiltin(b.id);
    ASSERT_TRUE(loaded.ok()) << b.id;
    if (loaded.scenario->host != loopscope::scenario::Host::kBrowser) continue;
    std::ofstream(program, std::ios::binary | std::ios::trunc) << loaded.scenario->source;
    std::string expected;
    for (const std::string& line : loaded.scenario->expected->stdout_lines) expected += line + "\n";
    EXPECT_EQ(RunInChromium(program), expected) << b.id;
  }
  fs::remove(program);
}

TEST(ChromiumOracle, RecordedOutputsMatchChromium) {
  if (std::string why = ChromiumUnavailable(); !why.empty()) GTEST_SKIP() << why;
  const fs::path root = LOOPSCOPE_SOURCE_DIR;
  const fs::path dir = root / "tests/unit/browser/programs";
  for (const auto& entry : fs::directory_iterator(dir)) {
    if (entry.path().extension() != ".js") continue;
    fs::path expected_path = entry.path();
    expected_path.replace_extension(".expected");
    std::ifstream in(expected_path);
    std::stringstream expected;
    expected << in.rdbuf();
    EXPECT_EQ(RunInChromium(entry.path()), expected.str()) << entry.path().filename();
  }
}

}  // namespace
