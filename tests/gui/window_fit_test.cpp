// tests/gui/window_fit_test.cpp — the window opens at the wanted size where it fits the
// monitor's work area, clamped (and maximised) where it does not, and never off-screen.
#include "app/ui/window_fit.h"

#include <gtest/gtest.h>

namespace loopscope::app {
namespace {

// A 1280x720 screen with a 32 px panel at the top.
constexpr ScreenRect kWorkArea{0, 32, 1280, 688};

TEST(WindowFit, WantedSizeThatFitsIsKeptAndCentred) {
  WindowPlacement p = FitWindow({-1, -1, 1000, 600}, kWorkArea);
  EXPECT_EQ(p.rect, (ScreenRect{140, 76, 1000, 600}));
  EXPECT_TRUE(p.place);
  EXPECT_FALSE(p.maximize);
}

TEST(WindowFit, TooBigIsClampedToTheWorkAreaAndMaximised) {
  WindowPlacement p = FitWindow({-1, -1, 1600, 900}, kWorkArea);
  EXPECT_EQ(p.rect, kWorkArea);
  EXPECT_TRUE(p.maximize);
}

TEST(WindowFit, ClampsEachSideOnItsOwn) {
  WindowPlacement p = FitWindow({-1, -1, 1000, 900}, kWorkArea);
  EXPECT_EQ(p.rect, (ScreenRect{140, 32, 1000, 688}));
  EXPECT_TRUE(p.maximize);
}

TEST(WindowFit, SavedPositionIsKeptWhileTheWindowStaysInside) {
  WindowPlacement p = FitWindow({200, 100, 1000, 600}, kWorkArea);
  EXPECT_EQ(p.rect, (ScreenRect{200, 100, 1000, 600}));
  EXPECT_TRUE(p.place);
}

TEST(WindowFit, SavedPositionOffTheWorkAreaIsReplacedByTheCentre) {
  // Saved on a second monitor that is gone, or under the top panel.
  EXPECT_EQ(FitWindow({2000, 100, 1000, 600}, kWorkArea).rect, (ScreenRect{140, 76, 1000, 600}));
  EXPECT_EQ(FitWindow({100, 0, 1000, 600}, kWorkArea).rect, (ScreenRect{140, 76, 1000, 600}));
  EXPECT_EQ(FitWindow({400, 300, 1000, 600}, kWorkArea).rect, (ScreenRect{140, 76, 1000, 600}));
}

TEST(WindowFit, WorkAreaAwayFromTheOriginIsRespected) {
  ScreenRect right_monitor{1920, 0, 1920, 1040};
  WindowPlacement p = FitWindow({-1, -1, 1600, 900}, right_monitor);
  EXPECT_EQ(p.rect, (ScreenRect{2080, 70, 1600, 900}));
  EXPECT_FALSE(p.maximize);
}

TEST(WindowFit, TinySavedSizeGrowsToTheMinimum) {
  WindowPlacement p = FitWindow({-1, -1, 100, 50}, kWorkArea);
  EXPECT_EQ(p.rect.width, kMinWindowWidth);
  EXPECT_EQ(p.rect.height, kMinWindowHeight);
  // ... but never past a work area smaller than the minimum.
  p = FitWindow({-1, -1, 100, 50}, {0, 0, 640, 480});
  EXPECT_EQ(p.rect, (ScreenRect{0, 0, 640, 480}));
}

TEST(WindowFit, UnknownWorkAreaKeepsTheWantedSize) {
  WindowPlacement p = FitWindow({-1, -1, 1600, 900}, {});
  EXPECT_EQ(p.rect.width, 1600);
  EXPECT_EQ(p.rect.height, 900);
  EXPECT_FALSE(p.place);
  EXPECT_FALSE(p.maximize);
  EXPECT_TRUE(FitWindow({10, 20, 1600, 900}, {}).place);
}

}  // namespace
}  // namespace loopscope::app
