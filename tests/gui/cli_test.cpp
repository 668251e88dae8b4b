// tests/gui/cli_test.cpp — the built `loopscope` executable as users and scripts run it
// (docs/cli.md): exit codes, exactly-the-program's-output from `run`, located errors from
// `check`, the exports, `list`, a real screenshot under Xvfb, and the app's one-line
// refusal when there is no display.
#include <gtest/gtest.h>
#include <sys/wait.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "app/ui/layout.h"
#include "app/ui/theme.h"
#include "tests/gui/image_checks.h"
#include "tests/gui/screens.h"
#include "tests/support/files.h"

namespace loopscope {
namespace {

namespace fs = std::filesystem;

struct Result {
  int exit_code = -1;
  std::string out, err;
};

using loopscope::testing::ReadFile;

class Cli : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() /
           ("loopscope-cli-" + std::to_string(::getpid()) + "-" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }

  fs::path Write(const std::string& name, const std::string& text) {
    fs::path p = dir_ / name;
    std::ofstream(p, std::ios::binary) << text;
    return p;
  }

  // Runs `loopscope ARGS` with `env_prefix` (e.g. "env -u DISPLAY"), capturing both streams.
  Result Run(const std::string& args, const std::string& env_prefix = "") {
    std::string cmd = env_prefix + " '" LOOPSCOPE_EXE "' " + args + " > '" +
                      (dir_ / "out").string() + "' 2> '" + (dir_ / "err").string() + "'";
    int status = std::system(cmd.c_str());
    Result r;
    r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    r.out = ReadFile(dir_ / "out");
    r.err = ReadFile(dir_ / "err");
    return r;
  }

  fs::path dir_;
};

TEST_F(Cli, VersionHelpAndUsageErrors) {
  Result v = Run("--version");
  EXPECT_EQ(v.exit_code, 0);
  EXPECT_EQ(v.out.rfind("loopscope ", 0), 0u);
  Result h = Run("run --help");
  EXPECT_EQ(h.exit_code, 0);
  EXPECT_NE(h.out.find("--chrome-trace"), std::string::npos);
  Result bad = Run("run");
  EXPECT_EQ(bad.exit_code, 64);
  EXPECT_NE(bad.err.find("missing FILE"), std::string::npos);
  EXPECT_TRUE(bad.out.empty());
}

TEST_F(Cli, ListShowsTheBuiltInScenarios) {
  Result r = Run("list");
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_NE(r.out.find("basics/start-end-promise-timeout"), std::string::npos);
  EXPECT_GT(std::count(r.out.begin(), r.out.end(), '\n'), 10);
}

TEST_F(Cli, RunPrintsExactlyTheProgramsOutput) {
  fs::path js = Write("order.js",
                      "console.log('start');\n"
                      "setTimeout(() => console.log('timeout'), 0);\n"
                      "Promise.resolve().then(() => console.log('promise'));\n"
                      "process.nextTick(() => console.log('tick'));\n"
                      "console.error('to stderr');\n"
                      "console.log('end');\n");
  Result r = Run("run '" + js.string() + "'");
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_EQ(r.out, "start\nend\ntick\npromise\ntimeout\n");
  EXPECT_EQ(r.err, "to stderr\n");
}

TEST_F(Cli, RunExitsWithTheProgramsCode) {
  Result set =
      Run("run '" + Write("code.js", "process.exitCode = 3;\nconsole.log('x');\n").string() + "'");
  EXPECT_EQ(set.exit_code, 3);
  EXPECT_EQ(set.out, "x\n");
  Result thrown = Run("run '" + Write("throw.js", "throw new Error('boom');\n").string() + "'");
  EXPECT_EQ(thrown.exit_code, 1);
  EXPECT_NE(thrown.err.find("boom"), std::string::npos);
}

TEST_F(Cli, LoadErrorsAreLocatedAndExitTwo) {
  fs::path bad = Write("bad.js", "console.log('a');\nlet = = 1;\n");
  Result run = Run("run '" + bad.string() + "'");
  EXPECT_EQ(run.exit_code, 2);
  EXPECT_TRUE(run.out.empty());
  EXPECT_NE(run.err.find("bad.js:2:"), std::string::npos) << run.err;
  Result check = Run("check '" + bad.string() + "'");
  EXPECT_EQ(check.exit_code, 2);
  EXPECT_NE(check.err.find("bad.js:2:"), std::string::npos) << check.err;
  EXPECT_NE(check.err.find("error:"), std::string::npos);
  Result missing = Run("check '" + (dir_ / "nope.js").string() + "'");
  EXPECT_EQ(missing.exit_code, 2);
  Result good = Run("check '" + Write("good.js", "console.log(1);\n").string() + "'");
  EXPECT_EQ(good.exit_code, 0);
  EXPECT_TRUE(good.out.empty());
  EXPECT_TRUE(good.err.empty());
}

TEST_F(Cli, CompareShowsBothRunsTheFirstDifferenceAndWhy) {
  fs::path p = Write("order.js",
                     "setTimeout(() => console.log('timeout'), 0);\n"
                     "Promise.resolve().then(() => console.log('promise'));\n"
                     "process.nextTick(() => console.log('tick'));\n");
  Result modules = Run("compare --as cjs,esm '" + p.string() + "'");
  EXPECT_EQ(modules.exit_code, 1) << modules.err;
  EXPECT_NE(modules.out.find("CommonJS: order.js"), std::string::npos) << modules.out;
  EXPECT_NE(modules.out.find("the ES module: order.mjs"), std::string::npos) << modules.out;
  EXPECT_NE(modules.out.find("✗  1 tick"), std::string::npos) << modules.out;
  EXPECT_NE(modules.out.find("Why: In the ES module, the whole module body runs inside a promise"),
            std::string::npos)
      << modules.out;
  Result hosts = Run("compare '" + p.string() + "'");
  EXPECT_EQ(hosts.exit_code, 1);
  EXPECT_NE(hosts.out.find("the browser: order.js:3:1: Uncaught ReferenceError: process is not"),
            std::string::npos)
      << hosts.out;
  Result same = Run("compare '" + Write("same.js", "console.log(1);\n").string() + "'");
  EXPECT_EQ(same.exit_code, 0) << same.out;
  EXPECT_NE(same.out.find("The two outputs are the same."), std::string::npos);
  Result bad = Run("compare '" + Write("bad.js", "let = = 1;\n").string() + "'");
  EXPECT_EQ(bad.exit_code, 2);
  EXPECT_NE(bad.err.find("bad.js:1:"), std::string::npos) << bad.err;
  Result module = Run("compare '" + Write("m.mjs", "console.log(1);\n").string() + "'");
  EXPECT_EQ(module.exit_code, 2);
  EXPECT_NE(module.err.find("an ES module cannot run in the browser host"), std::string::npos);
}

TEST_F(Cli, TraceExportsAreWritten) {
  fs::path js = Write("t.js", "setTimeout(() => console.log('later'), 5);\nconsole.log('now');\n");
  fs::path trace = dir_ / "trace.json", chrome = dir_ / "chrome.json";
  Result r = Run("run '" + js.string() + "' --trace '" + trace.string() + "' --chrome-trace '" +
                 chrome.string() + "'");
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_EQ(r.out, "now\nlater\n");  // the exports add nothing to the program's output
  auto t = nlohmann::json::parse(ReadFile(trace), nullptr, false);
  ASSERT_FALSE(t.is_discarded());
  ASSERT_TRUE(t.contains("events"));
  EXPECT_GT(t["events"].size(), 5u);
  auto c = nlohmann::json::parse(ReadFile(chrome), nullptr, false);
  ASSERT_FALSE(c.is_discarded());
  ASSERT_TRUE(c.contains("traceEvents"));
  EXPECT_FALSE(c["traceEvents"].empty());
}

TEST_F(Cli, AppWithoutADisplaySaysSoInOneLine) {
  Result r = Run("", "env -u DISPLAY -u WAYLAND_DISPLAY XDG_CONFIG_HOME='" + dir_.string() + "'");
  EXPECT_NE(r.exit_code, 0);
  EXPECT_EQ(std::count(r.err.begin(), r.err.end(), '\n'), 1) << r.err;
  EXPECT_NE(r.err.find("loopscope run"), std::string::npos);
  EXPECT_NE(r.err.find("loopscope screenshot"), std::string::npos);
}

// The interactive app itself: opens the default built-in scenario, draws frames, shows the
// first one quickly, and saves preferences on the way out.
TEST_F(Cli, AppRunsFramesAndSavesPreferences) {
  if (!app::screens::HaveDisplay()) GTEST_SKIP() << app::screens::kNoDisplay;
  Result r = Run("--frame-timing --exit-after-frames 5 --theme dark",
                 "env XDG_CONFIG_HOME='" + dir_.string() + "'");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.err.find("first frame: "), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("frame cpu: mean "), std::string::npos) << r.err;
  // The breakdown names Mesa's stages apart from the app's own, so a slow start can be placed.
  for (const char* stage :
       {"startup: before main ", ", glfwInit ", ", window and GL context ",
        ", waiting for the font atlas ", ", first NewFrame ", ", render and swap "})
    EXPECT_NE(r.err.find(stage), std::string::npos) << stage << " missing from\n" << r.err;
  // The 300 ms first-frame target: under Xvfb, Mesa's software GL (loading llvmpipe, the
  // context, the first shader JIT) takes most of it by itself, and CI runs tests two at a
  // time. Recorded here, and held to a bound that only a hang or a pathological start-up
  // would break.
  int first_ms = std::atoi(r.err.c_str() + r.err.find("first frame: ") + 13);
  RecordProperty("first_frame_ms", first_ms);
  EXPECT_LT(first_ms, 10000) << r.err;
  std::string prefs = ReadFile(dir_ / "loopscope" / "preferences.json");
  EXPECT_NE(prefs.find("\"theme\": \"dark\""), std::string::npos) << prefs;
  EXPECT_NE(prefs.find("builtin:basics/start-end-promise-timeout"), std::string::npos) << prefs;
}

TEST_F(Cli, ScreenshotIsARealPictureOfTheApp) {
  if (!app::screens::HaveDisplay()) GTEST_SKIP() << app::screens::kNoDisplay;
  fs::path scenario =
      fs::path(LOOPSCOPE_SOURCE_DIR) / "scenarios/basics/start-end-promise-timeout.json";
  fs::path png = dir_ / "shot.png", report = dir_ / "layout.json";
  Result r = Run("screenshot '" + scenario.string() + "' --step 12 --out '" + png.string() +
                 "' --size 1600x900 --layout-report '" + report.string() + "'");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  testing::Image image = testing::LoadPng(png.string());
  testing::MaybeSavePng(image, "cli-screenshot");
  ASSERT_EQ(image.width, 1600);
  ASSERT_EQ(image.height, 900);
  // Every panel's rectangle as the layout report gives it: the scenario uses no pool
  // thread and no OS I/O, so those panels and the main-thread-only timeline are folded
  // strips, each still drawn.
  auto panels = nlohmann::json::parse(ReadFile(report), nullptr, false)["panels"];
  ASSERT_EQ(panels.size(), static_cast<size_t>(app::kPanelCount));
  for (const auto& p : panels) {
    if (p["name"] == "caption") {  // a classroom stop's band: this scenario has no stops
      EXPECT_FALSE(p["visible"].get<bool>());
      continue;
    }
    EXPECT_TRUE(p["visible"].get<bool>()) << p["name"];
    EXPECT_EQ(p["folded"].get<bool>(), !p["used"].get<bool>()) << p["name"];
    testing::Region region{p["x"].get<int>(), p["y"].get<int>(), p["w"].get<int>(),
                           p["h"].get<int>()};
    EXPECT_GE(testing::DistinctColours(image, region), 6u) << p["name"] << " looks blank";
  }
  EXPECT_TRUE(panels[6]["folded"].get<bool>()) << "no pool job in this scenario";
  ImU32 bg = app::GetPalette(app::ThemeKind::kLight).background;
  uint32_t rgb = ((bg >> IM_COL32_R_SHIFT) & 0xFF) << 16 | ((bg >> IM_COL32_G_SHIFT) & 0xFF) << 8 |
                 ((bg >> IM_COL32_B_SHIFT) & 0xFF);
  EXPECT_GT(testing::CoverageOf(image, rgb), 0.005) << "the light theme's background is missing";
}

TEST_F(Cli, RunLivePrintsWhatTheSimulationPrints) {
  fs::path file = Write("order.js", R"(
const fs = require('fs');
fs.readFile(__filename, () => {
  setTimeout(() => console.log('timeout'), 0);
  setImmediate(() => console.log('immediate'));
});
Promise.resolve().then(() => console.log('then'));
process.nextTick(() => console.log('tick'));
console.log('main');
)");
  fs::path trace = dir_ / "live.json";
  Result live = Run("run '" + file.string() + "' --live --trace '" + trace.string() + "'");
  Result simulated = Run("run '" + file.string() + "'");
  EXPECT_EQ(live.exit_code, 0) << live.err;
  EXPECT_EQ(live.out, "main\ntick\nthen\nimmediate\ntimeout\n");
  EXPECT_EQ(live.out, simulated.out);
  EXPECT_NE(ReadFile(trace).find("\"clock\": \"real\""), std::string::npos);
}

TEST_F(Cli, ScreenshotLiveShowsBothRunsInTheConsolesPlace) {
  if (!app::screens::HaveDisplay()) GTEST_SKIP() << app::screens::kNoDisplay;
  fs::path scenario =
      fs::path(LOOPSCOPE_SOURCE_DIR) / "scenarios/basics/start-end-promise-timeout.json";
  fs::path plain = dir_ / "plain.png", live = dir_ / "live.png";
  ASSERT_EQ(Run("screenshot '" + scenario.string() + "' --step 400 --out '" + plain.string() + "'")
                .exit_code,
            0);
  Result r =
      Run("screenshot '" + scenario.string() + "' --step 400 --live --out '" + live.string() + "'");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  testing::Image with_live = testing::LoadPng(live.string());
  testing::Image without = testing::LoadPng(plain.string());
  testing::MaybeSavePng(with_live, "cli-screenshot-live");
  // The selected "Show the live run" button is drawn in the accent colour, which the plain
  // picture uses far less.
  ImU32 accent = app::GetPalette(app::ThemeKind::kLight).accent;
  uint32_t rgb = ((accent >> IM_COL32_R_SHIFT) & 0xFF) << 16 |
                 ((accent >> IM_COL32_G_SHIFT) & 0xFF) << 8 | ((accent >> IM_COL32_B_SHIFT) & 0xFF);
  EXPECT_GT(testing::CoverageOf(with_live, rgb), testing::CoverageOf(without, rgb) + 0.0005);
}

}  // namespace
}  // namespace loopscope
