// tests/gui/args_test.cpp — the command line of docs/cli.md: every form and its errors.
#include "app/cli/args.h"

#include <gtest/gtest.h>

namespace loopscope::cli {
namespace {

Command Parse(std::vector<std::string> args) {
  return ParseArgs(args);
}

TEST(Args, NoArgumentsOpensTheAppOnTheDefaultScenario) {
  Command c = Parse({});
  EXPECT_EQ(c.kind, CommandKind::kApp);
  EXPECT_TRUE(c.file.empty());
}

TEST(Args, AFileOpensTheAppOnIt) {
  Command c = Parse({"puzzle.js", "--theme", "dark"});
  EXPECT_EQ(c.kind, CommandKind::kApp);
  EXPECT_EQ(c.file, "puzzle.js");
  EXPECT_EQ(c.theme, "dark");
}

TEST(Args, RunTakesTraceChromeTraceAndLiveInAnyOrder) {
  Command c = Parse({"run", "--trace", "t.json", "p.js", "--chrome-trace=c.json", "--live"});
  EXPECT_EQ(c.kind, CommandKind::kRun);
  EXPECT_EQ(c.file, "p.js");
  EXPECT_EQ(c.trace_out, "t.json");
  EXPECT_EQ(c.chrome_trace_out, "c.json");
  EXPECT_TRUE(c.live);
}

TEST(Args, CompareTakesOnePairingAndNeedsAFile) {
  Command hosts = Parse({"compare", "p.js"});
  EXPECT_EQ(hosts.kind, CommandKind::kCompare);
  EXPECT_FALSE(hosts.compare_modules);
  EXPECT_FALSE(Parse({"compare", "--hosts", "node,browser", "p.js"}).compare_modules);
  EXPECT_TRUE(Parse({"compare", "p.js", "--as=cjs,esm"}).compare_modules);
  EXPECT_EQ(Parse({"compare", "p.js", "--as", "esm"}).kind, CommandKind::kUsageError);
  EXPECT_EQ(Parse({"compare", "p.js", "--hosts", "browser"}).kind, CommandKind::kUsageError);
  EXPECT_EQ(Parse({"compare"}).kind, CommandKind::kUsageError);
  EXPECT_EQ(Parse({"run", "p.js", "--as", "cjs,esm"}).kind, CommandKind::kUsageError);
  EXPECT_EQ(Parse({"screenshot", "p.js", "--step", "1", "--out", "o.png", "--compare", "modules"})
                .compare_screen,
            "modules");
  EXPECT_EQ(Parse({"screenshot", "p.js", "--step", "1", "--out", "o.png", "--compare", "x"}).kind,
            CommandKind::kUsageError);
}

TEST(Args, OnlyRunTakesAllowLongRuns) {
  EXPECT_TRUE(Parse({"run", "p.js", "--allow-long-runs"}).allow_long_runs);
  EXPECT_FALSE(Parse({"run", "p.js"}).allow_long_runs);
  EXPECT_EQ(Parse({"check", "p.js", "--allow-long-runs"}).kind, CommandKind::kUsageError);
}

// An export never overwrites the program it records (or the other export): a usage error
// naming the option, before anything runs.
TEST(Args, AnExportThatWouldOverwriteItsInputIsAUsageError) {
  Command same = Parse({"run", "p.js", "--trace", "p.js"});
  EXPECT_EQ(same.kind, CommandKind::kUsageError);
  EXPECT_EQ(same.error, "run: --trace p.js would overwrite the program FILE itself");
  EXPECT_EQ(Parse({"run", "dir/p.js", "--chrome-trace", "dir/../dir/./p.js"}).kind,
            CommandKind::kUsageError);
  EXPECT_EQ(Parse({"run", "p.js", "--trace", "t.json", "--chrome-trace", "./t.json"}).kind,
            CommandKind::kUsageError);
  EXPECT_EQ(Parse({"run", "p.js", "--trace", "t.json", "--chrome-trace", "c.json"}).kind,
            CommandKind::kRun);
}

TEST(Args, RunWithoutFileIsAUsageError) {
  Command c = Parse({"run"});
  EXPECT_EQ(c.kind, CommandKind::kUsageError);
  EXPECT_NE(c.error.find("missing FILE"), std::string::npos);
}

TEST(Args, UnknownOptionIsAUsageErrorNamingIt) {
  Command c = Parse({"run", "p.js", "--trce", "x"});
  EXPECT_EQ(c.kind, CommandKind::kUsageError);
  EXPECT_NE(c.error.find("--trce"), std::string::npos);
}

TEST(Args, OptionsOfOtherCommandsAreRejected) {
  EXPECT_EQ(Parse({"check", "p.js", "--trace", "t.json"}).kind, CommandKind::kUsageError);
  EXPECT_EQ(Parse({"run", "p.js", "--step", "3"}).kind, CommandKind::kUsageError);
  EXPECT_EQ(Parse({"list", "extra.js"}).kind, CommandKind::kUsageError);
}

TEST(Args, ScreenshotNeedsStepAndOut) {
  Command ok = Parse({"screenshot", "p.js", "--step", "12", "--out", "o.png", "--size", "800x600"});
  EXPECT_EQ(ok.kind, CommandKind::kScreenshot);
  EXPECT_EQ(ok.step, 12);
  EXPECT_EQ(ok.png_out, "o.png");
  EXPECT_EQ(ok.width, 800);
  EXPECT_EQ(ok.height, 600);
  EXPECT_EQ(Parse({"screenshot", "p.js", "--out", "o.png"}).kind, CommandKind::kUsageError);
  EXPECT_EQ(Parse({"screenshot", "p.js", "--step", "1"}).kind, CommandKind::kUsageError);
}

TEST(Args, ScreenshotDefaultsTo1600x900) {
  Command c = Parse({"screenshot", "p.js", "--step", "0", "--out", "o.png"});
  EXPECT_EQ(c.width, 1600);
  EXPECT_EQ(c.height, 900);
}

TEST(Args, MalformedNumbersAreUsageErrors) {
  EXPECT_EQ(Parse({"screenshot", "p.js", "--step", "-1", "--out", "o.png"}).kind,
            CommandKind::kUsageError);
  EXPECT_EQ(Parse({"screenshot", "p.js", "--step", "3x", "--out", "o.png"}).kind,
            CommandKind::kUsageError);
  EXPECT_EQ(Parse({"screenshot", "p.js", "--step", "1", "--out", "o.png", "--size", "1600"}).kind,
            CommandKind::kUsageError);
  EXPECT_EQ(Parse({"screenshot", "p.js", "--step", "1", "--out", "o.png", "--size", "10x10"}).kind,
            CommandKind::kUsageError);
  EXPECT_EQ(Parse({"run", "p.js", "--trace"}).kind, CommandKind::kUsageError);
}

TEST(Args, FontSizeForProjectors) {
  Command c = Parse({"screenshot", "p.js", "--step", "1", "--out", "o.png", "--font-size", "26"});
  EXPECT_EQ(c.font_size, 26.0f);
  EXPECT_EQ(Parse({"p.js", "--font-size", "99"}).kind, CommandKind::kUsageError);
  EXPECT_EQ(Parse({"run", "p.js", "--font-size", "20"}).kind, CommandKind::kUsageError);
}

TEST(Args, WhatIfForScreenshots) {
  Command c =
      Parse({"screenshot", "p.js", "--step", "1", "--out", "o.png", "--what-if", "pool=2,cores=1"});
  ASSERT_EQ(c.kind, CommandKind::kScreenshot) << c.error;
  EXPECT_EQ(c.what_if_pool, 2);
  EXPECT_EQ(c.what_if_cores, 1);
  c = Parse({"screenshot", "p.js", "--step", "1", "--out", "o.png", "--what-if", "cores=8"});
  EXPECT_FALSE(c.what_if_pool.has_value());
  EXPECT_EQ(c.what_if_cores, 8);
  for (const char* bad : {"", "pool", "pool=0", "pool=2,pool=3", "gpu=1", "pool=2,", "cores=x"})
    EXPECT_EQ(Parse({"screenshot", "p.js", "--step", "1", "--out", "o.png", "--what-if", bad}).kind,
              CommandKind::kUsageError)
        << bad;
  EXPECT_EQ(Parse({"run", "p.js", "--what-if", "pool=2"}).kind, CommandKind::kUsageError);
}

TEST(Args, LayoutReportForScreenshotsAndTheApp) {
  Command c =
      Parse({"screenshot", "p.js", "--step", "1", "--out", "o.png", "--layout-report", "r.json"});
  EXPECT_EQ(c.layout_report_out, "r.json");
  EXPECT_EQ(Parse({"p.js", "--layout-report", "r.json"}).layout_report_out, "r.json");
  EXPECT_EQ(Parse({"run", "p.js", "--layout-report", "r.json"}).kind, CommandKind::kUsageError);
}

TEST(Args, SecondFileIsAUsageError) {
  EXPECT_EQ(Parse({"check", "a.js", "b.js"}).kind, CommandKind::kUsageError);
}

TEST(Args, VersionAndHelp) {
  EXPECT_EQ(Parse({"--version"}).kind, CommandKind::kVersion);
  EXPECT_NE(VersionText().find("loopscope "), std::string::npos);
  EXPECT_EQ(Parse({"--help"}).kind, CommandKind::kHelp);
  Command run_help = Parse({"run", "--help"});
  EXPECT_EQ(run_help.kind, CommandKind::kHelp);
  EXPECT_EQ(run_help.help_topic, "run");
  EXPECT_NE(HelpText("run").find("--chrome-trace"), std::string::npos);
  EXPECT_NE(HelpText("screenshot").find("--step N"), std::string::npos);
  for (const char* cmd : {"run", "check", "list", "screenshot"})
    EXPECT_NE(HelpText("").find(std::string("loopscope ") + cmd), std::string::npos) << cmd;
}

}  // namespace
}  // namespace loopscope::cli
