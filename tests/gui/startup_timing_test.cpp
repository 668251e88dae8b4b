// tests/gui/startup_timing_test.cpp — the start-up breakdown `--frame-timing` prints: the
// process's age comes from /proc, and every marked stage appears, in order, with its time.
#include "app/ui/startup_timing.h"

#include <gtest/gtest.h>

#include <thread>

namespace loopscope::app {
namespace {

TEST(StartupTiming, ProcessAgeIsPositiveAndGrows) {
  double first = ProcessAgeMs();
  EXPECT_GT(first, 0.0);
  std::this_thread::sleep_for(std::chrono::milliseconds(30));
  EXPECT_GE(ProcessAgeMs(), first + 10.0);  // /proc counts in 10 ms ticks
}

TEST(StartupTiming, ReportListsEveryStageInOrder) {
  StartupTimer timer;
  timer.Mark("glfwInit");
  std::this_thread::sleep_for(std::chrono::milliseconds(5));
  timer.Mark("window and GL context");
  std::string report = timer.Report();
  EXPECT_EQ(report.rfind("startup: before main ", 0), 0u) << report;
  size_t a = report.find(", glfwInit "), b = report.find(", window and GL context ");
  ASSERT_NE(a, std::string::npos) << report;
  ASSERT_NE(b, std::string::npos) << report;
  EXPECT_LT(a, b);
  double context_ms = std::stod(report.substr(b + std::string(", window and GL context ").size()));
  EXPECT_GE(context_ms, 4.0) << report;
  EXPECT_GE(timer.SinceProcessStartMs(), 5.0);
}

}  // namespace
}  // namespace loopscope::app
