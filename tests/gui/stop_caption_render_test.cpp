// tests/gui/stop_caption_render_test.cpp — real frames (under Xvfb) of every built-in
// scenario that has classroom stops, at each stop, at the projector size (1280x720, font 24):
// the caption row shows the stop's caption in large type, the controls bar holds it without
// scrolling or clipping, and the band behind it is drawn (its pixels are not the bar's).
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

#include "app/ui/document_load.h"
#include "app/ui/layout_report.h"
#include "app/ui/render.h"
#include "engine/scenario/loader.h"
#include "tests/gui/image_checks.h"

namespace loopscope::app {
namespace {

constexpr int kWidth = 1280, kHeight = 720;
constexpr float kFont = 24;

bool HaveDisplay() {
  const char* d = std::getenv("DISPLAY");
  return d && *d;
}

std::vector<std::string> BuiltInScenarios() {
  std::vector<std::string> files;
  for (const auto& entry :
       std::filesystem::recursive_directory_iterator(LOOPSCOPE_SOURCE_DIR "/scenarios"))
    if (entry.path().extension() == ".json") files.push_back(entry.path().string());
  std::sort(files.begin(), files.end());
  return files;
}

TEST(StopCaptionRender, EveryStopShowsItsCaptionLargeAtProjectorSize) {
  if (!HaveDisplay()) GTEST_SKIP() << "no DISPLAY: run under xvfb-run -a (install xvfb)";
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
    state.prefs.font_size = kFont;
    SetDocument(state, std::move(loaded.doc), 0);
    for (size_t k = 0; k < stops.size(); ++k) {
      const std::string what =
          std::filesystem::path(file).filename().string() + " stop " + std::to_string(k + 1) + ": ";
      state.commands.push_back({UiCommand::Kind::kJumpTo, stops[k].step});
      ApplyCommands(state);
      RefreshStates(state);
      testing::Image image{kWidth, kHeight, {}};
      std::string error;
      ASSERT_TRUE(RenderFrames(state, kWidth, kHeight, kSettleFrames, &image.rgba, &error))
          << error;
      ++rendered;
      EXPECT_TRUE(state.controls.caption_at_stop) << what;
      EXPECT_GE(state.controls.caption_px, kFont * 1.5f - 0.5f) << what;
      const PanelMeasure& bar = state.measured[static_cast<size_t>(PanelId::kControls)];
      EXPECT_FALSE(bar.overflow_y || bar.clipped) << what << "the controls bar cuts the caption";
      // The caption row is the bar's lowest: text and band there, several colours.
      const testing::Region row{
          static_cast<int>(bar.rect.pos.x),
          static_cast<int>(bar.rect.pos.y + bar.rect.size.y - state.controls.caption_px * 1.5f),
          static_cast<int>(bar.rect.size.x), static_cast<int>(state.controls.caption_px)};
      EXPECT_GT(testing::DistinctColours(image, row), 8u) << what << "no caption drawn";
      testing::MaybeSavePng(image, "stop-" + std::to_string(rendered));
    }
  }
  EXPECT_GE(rendered, 3);
}

}  // namespace
}  // namespace loopscope::app
