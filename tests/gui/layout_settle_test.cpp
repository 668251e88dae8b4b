// tests/gui/layout_settle_test.cpp — the layout comes to rest: once its panels have measured
// what they want, frame after frame of the same step lays out the same whole-pixel
// rectangles and shows the same cards. A fractional rectangle once made a stop's caption and
// the queues under it creep by a fraction of a pixel per frame, so that at the famous
// puzzle's stops a queued card hid behind a "+1" every fifth frame (layout.cpp's
// SnapToPixels).
#include <gtest/gtest.h>

#include <cmath>
#include <string>
#include <utility>

#include "app/ui/document_load.h"
#include "app/ui/layout_report.h"
#include "tests/gui/headless_ui.h"
#include "tests/gui/screens.h"

namespace loopscope::app {
namespace {

using namespace screens;

void ExpectAtRest(const std::string& file, const Screen& screen) {
  LoadOutcome loaded = LoadDocumentFromFile(file);
  ASSERT_TRUE(loaded.doc) << file;
  ASSERT_FALSE(loaded.doc->stops.empty()) << file;
  const size_t stop = loaded.doc->stops.front().step;
  AppState state;
  state.prefs.font_size = screen.font > 0 ? screen.font : kDefaultFontSize;
  HeadlessUi ui(state, ImVec2(static_cast<float>(screen.width), static_cast<float>(screen.height)));
  SetDocument(state, std::move(loaded.doc), stop);
  for (int k = 0; k < 12; ++k) ui.Frame();  // the wants measured, the move's animation over
  const std::string what =
      file + " at " + std::to_string(screen.width) + "x" + std::to_string(screen.height) + ": ";
  for (int k = 0; k < 12; ++k) {
    const PanelMeasures before = state.measured;
    ui.Frame();
    ASSERT_TRUE(SameMeasures(before, state.measured)) << what << "the layout moved in frame " << k;
    for (const PanelMeasure& m : state.measured) {
      if (!m.rect.visible) continue;
      EXPECT_EQ(m.rect.pos.y, std::round(m.rect.pos.y)) << what;
      EXPECT_EQ(m.rect.size.y, std::round(m.rect.size.y)) << what;
    }
  }
}

TEST(LayoutSettle, AtAStopFrameAfterFrameLaysOutTheSameWholePixels) {
  for (const Screen& screen : {kProjector, kBigProjector, kSmallLaptop}) {
    ExpectAtRest(LOOPSCOPE_SOURCE_DIR "/scenarios/async-await/async1-async2-script-start.json",
                 screen);
    ExpectAtRest(LOOPSCOPE_SOURCE_DIR "/scenarios/threadpool/pbkdf2-five-on-a-pool-of-four.json",
                 screen);
  }
}

}  // namespace
}  // namespace loopscope::app
