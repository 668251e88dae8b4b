// tests/unit/browser/chromium_oracle_test.cpp — the recorded outputs against Chromium itself.
//
// Runs every programs/NAME.js and every scenarios/browser/*.json in headless Chromium through
// tools/browser-oracle/run.py and compares with the recorded output, so a recording cannot
// drift from the browser. Skipped
// (saying why) where Chromium or python3 is absent, as the Node comparisons skip without
// node: CI does not install Chromium (docs/browser.md, "The oracle").
#include <gtest/gtest.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

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
  if (!Capture("command -v chromium >/dev/null 2>&1 && command -v python3 >/dev/null 2>&1",
               &status) ||
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

// Each scenarios/browser/*.json goes to the oracle whole: its browser.clicks become real
// user clicks there (tools/browser-oracle/cdp_clicks.py).
TEST(ChromiumOracle, BrowserScenariosMatchChromium) {
  if (std::string why = ChromiumUnavailable(); !why.empty()) GTEST_SKIP() << why;
  const fs::path dir = fs::path(LOOPSCOPE_SOURCE_DIR) / "scenarios/browser";
  for (const auto& entry : fs::directory_iterator(dir)) {
    if (entry.path().extension() != ".json") continue;
    loopscope::scenario::LoadResult loaded = loopscope::scenario::LoadFile(entry.path().string());
    ASSERT_TRUE(loaded.ok()) << entry.path();
    ASSERT_TRUE(loaded.scenario->expected.has_value()) << entry.path();
    std::string expected;
    for (const std::string& line : loaded.scenario->expected->stdout_lines) expected += line + "\n";
    EXPECT_EQ(RunInChromium(entry.path()), expected) << entry.path().filename();
  }
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
