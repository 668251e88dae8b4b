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

TEST(ChromiumOracle, RecordedOutputsMatchChromium) {
  int status = 0;
  if (!Capture("command -v chromium >/dev/null 2>&1 && command -v python3 >/dev/null 2>&1", &status) ||
      status != 0)
    GTEST_SKIP() << "chromium (Debian's package) or python3 is not installed: the recorded "
                    "outputs are not compared with a live Chromium";
  const fs::path root = LOOPSCOPE_SOURCE_DIR;
  const fs::path dir = root / "tests/unit/browser/programs";
  for (const auto& entry : fs::directory_iterator(dir)) {
    if (entry.path().extension() != ".js") continue;
    fs::path expected_path = entry.path();
    expected_path.replace_extension(".expected");
    std::ifstream in(expected_path);
    std::stringstream expected;
    expected << in.rdbuf();
    std::optional<std::string> got = Capture(
        "python3 " + (root / "tools/browser-oracle/run.py").string() + " '" +
            entry.path().string() + "'",
        &status);
    ASSERT_TRUE(got.has_value());
    EXPECT_EQ(*got, expected.str()) << entry.path().filename();
  }
}

}  // namespace
