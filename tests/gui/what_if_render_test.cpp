// tests/gui/what_if_render_test.cpp — the What if panel in real frames (under Xvfb) at the
// projector sizes, for a scenario with I/O latency sliders: every slider's caption is drawn
// within its room (panel_what_if.cpp counts the ones that pass it), so none is cut.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "app/ui/document_load.h"
#include "app/ui/render.h"
#include "tests/gui/screens.h"

namespace loopscope::app {
namespace {

using namespace screens;

TEST(WhatIfRender, EverySliderCaptionIsReadableAtProjectorSizes) {
  if (!HaveDisplay()) GTEST_SKIP() << kNoDisplay;
  const std::string file = LOOPSCOPE_SOURCE_DIR "/scenarios/threadpool/dns-lookup-vs-resolve.json";
  for (const Screen& screen : {kProjector, kBigProjector}) {
    LoadOutcome loaded = LoadDocumentFromFile(file);
    ASSERT_TRUE(loaded.doc) << file;
    AppState state;
    state.what_if.simulate = LoadWhatIfDocument;
    state.prefs.font_size = screen.font;
    SetDocument(state, std::move(loaded.doc), 5);
    state.what_if.settings.threadpool_size = 2;  // as `screenshot --what-if pool=2` does
    StartWhatIfRun(state);
    ASSERT_TRUE(state.what_if.open);
    std::vector<unsigned char> rgba;
    std::string error;
    ASSERT_TRUE(RenderFrames(state, screen.width, screen.height, kSettleFrames, &rgba, &error))
        << error;
    const std::string what = std::to_string(screen.width) + "x" + std::to_string(screen.height);
    EXPECT_TRUE(state.what_if_panel.env.size.x > 0) << what << ": no What if panel drawn";
    EXPECT_EQ(state.what_if_panel.clipped_labels, 0) << what << ": a slider caption is cut";
  }
}

}  // namespace
}  // namespace loopscope::app
