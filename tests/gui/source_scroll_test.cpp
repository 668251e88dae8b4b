// tests/gui/source_scroll_test.cpp — real frames (under Xvfb) of the async1/async2 puzzle,
// stepped through one step at a time at the projector size (1280x720, font 24) and at
// 1920x1080 with font 32: at every step the Source panel's view starts on a whole row (its top
// line is never cut in half, as it was where async1 resumes after its await), ends on a whole
// row, and shows the lit line whole. The scroll that follows the lit line is panel_source.cpp's
// FollowScroll.
#include <gtest/gtest.h>

#include <cmath>
#include <string>
#include <utility>
#include <vector>

#include "app/ui/document_load.h"
#include "app/ui/render.h"
#include "tests/gui/screens.h"

namespace loopscope::app {
namespace {

using namespace screens;

constexpr Screen kScreens[] = {kProjector, kBigProjector};

// ImGui keeps scroll positions on whole pixels; a row is some 30 of them at these fonts.
constexpr float kRowSlack = 0.05f;

TEST(SourceScroll, TheViewStartsOnAWholeRowAndShowsTheLitLineWhole) {
  if (!HaveDisplay()) GTEST_SKIP() << kNoDisplay;
  const std::string file =
      LOOPSCOPE_SOURCE_DIR "/scenarios/async-await/async1-async2-script-start.json";
  for (const Screen& screen : kScreens) {
    LoadOutcome loaded = LoadDocumentFromFile(file);
    ASSERT_TRUE(loaded.doc) << file;
    const size_t steps = loaded.doc->step_count();
    AppState state;
    state.prefs.font_size = screen.font;
    SetDocument(state, std::move(loaded.doc), 0);
    std::vector<uint8_t> rgba;
    std::string error;
    int scrolled = 0;
    for (size_t step = 0; step < steps; ++step) {
      const std::string what = std::to_string(screen.width) + "x" + std::to_string(screen.height) +
                               " step " + std::to_string(step) + ": ";
      state.commands.push_back({UiCommand::Kind::kJumpTo, step});
      ApplyCommands(state);
      RefreshStates(state);
      // Each RenderFrames is a new window that starts scrolled to the top, as the screenshot
      // command's: the view follows the lit line as on the step that lit it.
      state.source.last_line = 0;
      ASSERT_TRUE(RenderFrames(state, screen.width, screen.height, kSettleFrames, &rgba, &error))
          << error;
      const SourcePanelState& source = state.source;
      if (source.scroll_rows > kRowSlack) ++scrolled;
      EXPECT_NEAR(source.scroll_rows, std::round(source.scroll_rows), kRowSlack)
          << what << "the top line is cut";
      EXPECT_NEAR(source.rows_in_view, std::round(source.rows_in_view), kRowSlack)
          << what << "the bottom line is cut";
      if (source.lit_top_rows < 0) continue;  // nothing running: no lit line
      EXPECT_GE(source.lit_top_rows + kRowSlack, source.scroll_rows)
          << what << "the lit line starts above the view";
      EXPECT_LE(source.lit_bottom_rows, source.scroll_rows + source.rows_in_view + kRowSlack)
          << what << "the lit line ends below the view";
    }
    // The program is longer than the view at these sizes, so the view must have followed.
    EXPECT_GT(scrolled, 0) << screen.width << "x" << screen.height << ": the view never scrolled";
  }
}

}  // namespace
}  // namespace loopscope::app
