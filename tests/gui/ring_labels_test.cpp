// tests/gui/ring_labels_test.cpp — the ring's fitting arithmetic (app/ui/ring_labels.h) with
// the phase names' sizes in DejaVu Sans (about 0.6 em a character, 1.17 em a line): the
// names never touch or leave the room, smaller type before a smaller ring, and the layout's
// least ring height (kRingLeast) holds them apart at projector sizes.
#include "app/ui/ring_labels.h"

#include <gtest/gtest.h>

#include "app/ui/layout.h"

namespace loopscope::app {
namespace {

// timers, pending callbacks, idle prepare, poll, check, close callbacks: the ring's order,
// two-word names on two lines (panel_loop_wheel.cpp).
std::array<ImVec2, kRingPhases> DejaVuUnits() {
  const float em = 0.6f, line = 1.17f;
  return {ImVec2(6 * em, line), ImVec2(9 * em, 2 * line), ImVec2(7 * em, 2 * line),
          ImVec2(4 * em, line), ImVec2(5 * em, line),     ImVec2(9 * em, 2 * line)};
}

TEST(RingLabels, ARoomyPanelKeepsTheInterfaceSizeAndTheNamesApart) {
  RingFit fit = FitRing(ImVec2(500, 400), 18, DejaVuUnits());
  EXPECT_TRUE(fit.fits);
  EXPECT_FLOAT_EQ(fit.label_px, 18);
  EXPECT_GT(fit.r, 18 * 3.0f);
  EXPECT_FALSE(LabelsCollide(fit.labels, ImVec2(0, 0), ImVec2(500, 400)));
}

TEST(RingLabels, LittleRoomShrinksTheTypeBeforeTheNamesTouch) {
  RingFit fit = FitRing(ImVec2(350, 130), 24, DejaVuUnits());
  EXPECT_TRUE(fit.fits);
  EXPECT_LT(fit.label_px, 24);
  EXPECT_FALSE(LabelsCollide(fit.labels, ImVec2(0, 0), ImVec2(350, 130)));
}

TEST(RingLabels, NoRoomIsReportedNotHidden) {
  RingFit fit = FitRing(ImVec2(350, 40), 24, DejaVuUnits());
  EXPECT_FALSE(fit.fits);
  EXPECT_TRUE(LabelsCollide(fit.labels, ImVec2(0, 0), ImVec2(350, 40)));
}

TEST(RingLabels, CollisionsAreTwoNamesIntersectingOrOneLeavingTheBox) {
  std::array<LabelBox, kRingPhases> apart{};
  for (int i = 0; i < kRingPhases; ++i) {
    float x = static_cast<float>(i) * 20;
    apart[i] = {ImVec2(x, 0), ImVec2(x + 15, 10)};
  }
  EXPECT_FALSE(LabelsCollide(apart, ImVec2(0, 0), ImVec2(200, 20)));
  EXPECT_TRUE(LabelsCollide(apart, ImVec2(0, 0), ImVec2(100, 20))) << "the last leaves the box";
  apart[1].min.x = 10;
  EXPECT_TRUE(LabelsCollide(apart, ImVec2(0, 0), ImVec2(200, 20))) << "the first two touch";
}

// The loop panel's least height (kRingLeast, less its title bar and padding) in the centre
// column's width holds the names apart at the projector and the large-projector sizes.
TEST(RingLabels, TheLayoutsLeastRingHeightHoldsTheNamesApart) {
  for (float font : {18.0f, 24.0f, 32.0f}) {
    const float chrome = font * (1.0f + 10.0f / 18 + 20.0f / 18);
    ImVec2 room(1280 * 0.3f - font * 20 / 18, font * kRingLeast - chrome);
    EXPECT_TRUE(FitRing(room, font, DejaVuUnits()).fits) << font;
  }
}

}  // namespace
}  // namespace loopscope::app
