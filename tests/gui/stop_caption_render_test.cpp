// tests/gui/stop_caption_render_test.cpp — real frames (under Xvfb) of every built-in
// scenario that has classroom stops, at the start and at each stop, at the projector size
// (1280x720, font 24) in the mode the scenario opens in (predict first for most): at a stop
// the caption band shows the stop's caption in large type without scrolling or clipping, its
// tinted band is drawn, the controls bar keeps to two rows (the stop buttons ride in the
// transport row), the source shows at least kSourceMinRows rows, the prediction box keeps
// its room, and at a stop the call stack has room for three frames and Why for two lines;
// at every step the ring's phase names stay apart, the call stack shows its top three frames
// (or all) and the timeline every lane (layout_checks.h).
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <string>
#include <vector>

#include "app/ui/document_load.h"
#include "app/ui/layout_report.h"
#include "app/ui/render.h"
#include "app/ui/two_way_load.h"
#include "engine/scenario/loader.h"
#include "tests/gui/image_checks.h"
#include "tests/gui/layout_checks.h"
#include "tests/gui/screens.h"

namespace loopscope::app {
namespace {

using namespace screens;

constexpr int kWidth = 1280, kHeight = 720;
constexpr float kFont = 24;

std::vector<std::string> BuiltInScenarios() {
  std::vector<std::string> files;
  for (const auto& entry :
       std::filesystem::recursive_directory_iterator(LOOPSCOPE_SOURCE_DIR "/scenarios"))
    if (entry.path().extension() == ".json") files.push_back(entry.path().string());
  std::sort(files.begin(), files.end());
  return files;
}

const PanelMeasure& Measured(const AppState& state, PanelId id) {
  return state.measured[static_cast<size_t>(id)];
}

// What holds at every step of a scenario with stops, at a stop or not.
void ExpectRoomForTheClass(const AppState& state, const std::string& what) {
  const PanelMeasure& bar = Measured(state, PanelId::kControls);
  EXPECT_FALSE(bar.overflow_y || bar.clipped) << what << "the controls bar scrolls";
  EXPECT_LE(bar.rect.size.y, kFont * 5.5f) << what << "the controls bar takes more than two rows";
  const size_t rows = std::min<size_t>(kSourceMinRows, state.doc->source_lines.size());
  EXPECT_GE(state.source.rows_in_view + 0.01f, static_cast<float>(rows))
      << what << "the source shows too few rows";
  if (state.console.predict_mode) {
    EXPECT_GE(Measured(state, PanelId::kConsole).rect.size.y, kFont * 9.5f - 0.5f)
        << what << "the prediction box lost its room";
  }
  EXPECT_TRUE(Measured(state, PanelId::kExplanation).rect.visible) << what << "no Why panel";
  layout_checks::ExpectReadablePanels(state.measured, what);
}

TEST(StopCaptionRender, EveryStopShowsItsCaptionLargeAtProjectorSize) {
  if (!HaveDisplay()) GTEST_SKIP() << kNoDisplay;
  int rendered = 0;
  for (const std::string& file : BuiltInScenarios()) {
    const scenario::LoadResult parsed = scenario::LoadFile(file);  // cheap: no simulation
    ASSERT_TRUE(parsed.ok()) << file;
    if (parsed.scenario->stops.empty()) continue;
    LoadOutcome loaded = LoadDocumentFromFile(file);
    ASSERT_TRUE(loaded.doc) << file;
    EXPECT_EQ(loaded.doc->unreached_stops, 0u) << file;
    const std::vector<DocumentStop> stops = loaded.doc->stops;
    AppState state;
    // As the app and the screenshot command do: What if and Compare then sit in the title
    // row, which must still leave the stop buttons room in the transport row.
    state.what_if.simulate = LoadWhatIfDocument;
    state.what_if.sweep = SweepPoolSizesOf;
    state.live.run_two_ways = LoadTwoWays;
    state.prefs.font_size = kFont;
    SetDocument(state, std::move(loaded.doc), 0);
    const std::string name = std::filesystem::path(file).filename().string();
    testing::Image image{kWidth, kHeight, {}};
    std::string error;
    ASSERT_TRUE(RenderFrames(state, kWidth, kHeight, kSettleFrames, &image.rgba, &error)) << error;
    ExpectRoomForTheClass(state, name + " at the start: ");
    EXPECT_FALSE(Measured(state, PanelId::kCaption).rect.visible) << name << ": a band off a stop";
    for (size_t k = 0; k < stops.size(); ++k) {
      const std::string what = name + " stop " + std::to_string(k + 1) + ": ";
      state.commands.push_back({UiCommand::Kind::kJumpTo, stops[k].step});
      ApplyCommands(state);
      RefreshStates(state);
      ASSERT_TRUE(RenderFrames(state, kWidth, kHeight, kSettleFrames, &image.rgba, &error))
          << error;
      ++rendered;
      ExpectRoomForTheClass(state, what);
      EXPECT_GE(state.caption.caption_px, kFont * 1.25f - 0.5f) << what;
      // The caption's band leaves Why two lines and, where Why fits under the queues in a run
      // that leaves the pool and the OS alone, the call stack three frames whatever it holds
      // (with the pool or the OS at work, the frames it holds: layout_checks.h).
      const bool why_beside = Measured(state, PanelId::kExplanation).rect.size.x <=
                                  Measured(state, PanelId::kQueues).rect.size.x + 1.0f &&
                              Measured(state, PanelId::kPool).rect.folded &&
                              Measured(state, PanelId::kOsIo).rect.folded;
      if (why_beside) {
        EXPECT_GE(state.stack.rows_in_view, 3.0f - 0.01f)
            << what << "the call stack shows too few frames";
      }
      EXPECT_GE(state.explanation.lines_in_view, 2.0f - 0.01f) << what << "Why shows too few lines";
      const PanelMeasure& band = Measured(state, PanelId::kCaption);
      ASSERT_TRUE(band.rect.visible) << what;
      EXPECT_FALSE(band.overflow_y || band.clipped) << what << "the band cuts the caption";
      const testing::Region text{
          static_cast<int>(band.rect.pos.x), static_cast<int>(band.rect.pos.y),
          static_cast<int>(band.rect.size.x), static_cast<int>(band.rect.size.y)};
      EXPECT_GT(testing::DistinctColours(image, text), 8u) << what << "no caption drawn";
      testing::MaybeSavePng(image, "stop-" + std::to_string(rendered));
    }
  }
  EXPECT_GE(rendered, 3);
}

}  // namespace
}  // namespace loopscope::app
