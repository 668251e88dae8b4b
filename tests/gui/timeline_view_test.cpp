// tests/gui/timeline_view_test.cpp — zoom and pan of the timeline never leave the run.
#include "app/ui/timeline_view.h"

#include <gtest/gtest.h>

#include <limits>

namespace loopscope::app {
namespace {

constexpr double kRun = 100e6;  // a 100 ms run

TEST(TimelineView, FitShowsTheWholeRun) {
  EXPECT_EQ(FitView(kRun), (TimelineView{0, kRun}));
  EXPECT_EQ(FitView(0), (TimelineView{0, kMinViewSpanNs}));  // an empty run still has a view
}

TEST(TimelineView, ClampKeepsTheViewInsideTheRun) {
  EXPECT_EQ(ClampView({-5e6, 10e6}, kRun), (TimelineView{0, 10e6}));
  EXPECT_EQ(ClampView({95e6, 10e6}, kRun), (TimelineView{90e6, 10e6}));
  EXPECT_EQ(ClampView({50e6, 500e6}, kRun), (TimelineView{0, kRun}));
  EXPECT_EQ(ClampView({50e6, 1}, kRun), (TimelineView{50e6, kMinViewSpanNs}));
  double nan = std::numeric_limits<double>::quiet_NaN();
  EXPECT_EQ(ClampView({nan, nan}, kRun), (TimelineView{0, kRun}));
}

TEST(TimelineView, ZoomKeepsThePointUnderThePointer) {
  TimelineView v = ZoomView({0, kRun}, 40e6, 0.5, kRun);
  EXPECT_DOUBLE_EQ(v.span_ns, 50e6);
  EXPECT_DOUBLE_EQ(v.start_ns, 20e6);  // 40 ms stays at 40% of the width
  // Zooming in near the end, then out again, never shows time past the run.
  v = ZoomView({0, kRun}, kRun, 0.1, kRun);
  EXPECT_DOUBLE_EQ(v.start_ns + v.span_ns, kRun);
  v = ZoomView(v, 0, 100, kRun);
  EXPECT_EQ(v, (TimelineView{0, kRun}));
  // Zooming in without end stops at the minimum span.
  for (int i = 0; i < 200; ++i) v = ZoomView(v, 30e6, 0.5, kRun);
  EXPECT_DOUBLE_EQ(v.span_ns, kMinViewSpanNs);
  EXPECT_GE(v.start_ns, 0);
}

TEST(TimelineView, PanStopsAtBothEnds) {
  TimelineView v{20e6, 10e6};
  EXPECT_EQ(PanView(v, 5e6, kRun), (TimelineView{25e6, 10e6}));
  EXPECT_EQ(PanView(v, -50e6, kRun), (TimelineView{0, 10e6}));
  EXPECT_EQ(PanView(v, 500e6, kRun), (TimelineView{90e6, 10e6}));
  // The whole run fitted: a drag moves nothing.
  EXPECT_EQ(PanView({0, kRun}, 7e6, kRun), (TimelineView{0, kRun}));
}

}  // namespace
}  // namespace loopscope::app
