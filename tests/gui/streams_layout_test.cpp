// tests/gui/streams_layout_test.cpp — the Streams panel in real frames (under Xvfb): every
// scenario of the `streams` topic at the step where the most stream sides are listed and at the
// step where the most bytes or objects are buffered, at 1280×720 with font 24, at 1920×1080
// with font 32, at 1024×600 and at 1920×1080. The panel is open (not folded), lies inside the
// window, overlaps no other panel, draws one row per listed side and never clips one past an
// edge no scroll bar reaches, and keeps at least kStreamsMinHeight, or folds to a strip where
// the right column has no room beside every queued card; at 1920×1080 with the default font it
// is open and shows every side without scrolling. A
// program without streams folds it to a strip where a row of strips has room for it.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <string>
#include <vector>

#include "app/ui/document_load.h"
#include "app/ui/layout.h"
#include "app/ui/layout_report.h"
#include "app/ui/render.h"
#include "engine/trace/loop_state.h"
#include "tests/gui/screens.h"

namespace loopscope::app {
namespace {

using namespace screens;

constexpr Screen kScreens[] = {kProjector, kBigProjector, kSmallLaptop, kDesktop};

std::vector<std::string> StreamScenarios() {
  std::vector<std::string> files;
  for (const auto& entry :
       std::filesystem::directory_iterator(LOOPSCOPE_SOURCE_DIR "/scenarios/streams"))
    if (entry.path().extension() == ".json") files.push_back(entry.path().string());
  std::sort(files.begin(), files.end());
  return files;
}

// The steps where the most sides are listed and where the most is buffered in all of them.
std::vector<size_t> BusiestStreamSteps(const trace::StepLog& log) {
  trace::LoopState s;
  size_t most_sides = 0, most_sides_at = 0, most_at = 0;
  int64_t most_buffered = -1;
  for (size_t i = 0; i < log.size(); ++i) {
    trace::ApplyEvent(s, log.At(i), i);
    int64_t buffered = 0;
    for (const trace::StreamInfo& x : s.streams) buffered += x.length;
    if (s.streams.size() > most_sides) most_sides = s.streams.size(), most_sides_at = i;
    if (buffered > most_buffered) most_buffered = buffered, most_at = i;
  }
  return {most_sides_at, most_at};
}

bool Overlap(const Rect& a, const Rect& b) {
  return a.pos.x < b.pos.x + b.size.x && b.pos.x < a.pos.x + a.size.x &&
         a.pos.y < b.pos.y + b.size.y && b.pos.y < a.pos.y + a.size.y;
}

void ExpectStreamsPanelFits(const AppState& state, const Screen& screen, size_t sides,
                            bool must_fit, const std::string& what) {
  const PanelMeasure& p = state.measured[static_cast<size_t>(PanelId::kStreams)];
  // Beside a full queues panel the column may have no room: then it is a strip where a strip
  // row has room, else not drawn at that step (layout.cpp).
  if ((!p.rect.visible || p.rect.folded) && !must_fit) return;
  ASSERT_TRUE(p.rect.visible) << what;
  EXPECT_FALSE(p.rect.folded) << what;
  EXPECT_GE(p.rect.pos.x, 0) << what;
  EXPECT_GE(p.rect.pos.y, 0) << what;
  EXPECT_LE(p.rect.pos.x + p.rect.size.x, static_cast<float>(screen.width) + 0.5f) << what;
  EXPECT_LE(p.rect.pos.y + p.rect.size.y, static_cast<float>(screen.height) + 0.5f) << what;
  for (int j = 0; j < kPanelCount; ++j) {
    if (j == static_cast<int>(PanelId::kStreams)) continue;
    const PanelMeasure& other = state.measured[static_cast<size_t>(j)];
    if (other.rect.visible)
      EXPECT_FALSE(Overlap(p.rect, other.rect))
          << what << "overlaps " << PanelReportName(static_cast<PanelId>(j));
  }
  EXPECT_FALSE(p.clipped) << what << "clips content no scroll bar reaches";
  EXPECT_FALSE(p.overflow_x) << what << "is clipped at its right edge";
  EXPECT_EQ(state.streams.rows_drawn, sides) << what;
  EXPECT_GE(p.rect.size.y, state.fonts.size * kStreamsMinHeight - 0.5f) << what;
  if (!must_fit) return;
  EXPECT_FALSE(p.overflow_y) << what << "scrolls (wants " << p.want_h << " px, has "
                             << p.rect.size.y << ")";
}

TEST(StreamsLayout, EveryStreamsScenarioShowsEverySideAtItsBusiestSteps) {
  if (!HaveDisplay()) GTEST_SKIP() << kNoDisplay;
  std::vector<std::string> files = StreamScenarios();
  ASSERT_GE(files.size(), 4u);
  for (const std::string& file : files) {
    for (size_t step : [&] {
           LoadOutcome probe = LoadDocumentFromFile(file);
           EXPECT_TRUE(probe.doc) << file;
           return probe.doc ? BusiestStreamSteps(*probe.doc->log) : std::vector<size_t>{};
         }()) {
      LoadOutcome loaded = LoadDocumentFromFile(file);
      ASSERT_TRUE(loaded.doc) << file;
      EXPECT_TRUE(loaded.doc->usage.streams) << file;
      AppState state;
      SetDocument(state, std::move(loaded.doc), step);
      const size_t sides = state.current.streams.size();
      for (const Screen& screen : kScreens) {
        state.prefs.font_size = screen.font > 0 ? screen.font : kDefaultFontSize;
        state.measured = {};
        std::vector<unsigned char> rgba;
        std::string error;
        ASSERT_TRUE(RenderFrames(state, screen.width, screen.height, kSettleFrames, &rgba, &error))
            << error;
        const bool must_fit = screen.width == 1920 && screen.font == 0;
        ExpectStreamsPanelFits(state, screen, sides, must_fit,
                               std::filesystem::path(file).filename().string() + " step " +
                                   std::to_string(step) + " at " + std::to_string(screen.width) +
                                   "x" + std::to_string(screen.height) + ": ");
      }
    }
  }
}

TEST(StreamsLayout, AProgramWithoutStreamsFoldsThePanelToAStrip) {
  if (!HaveDisplay()) GTEST_SKIP() << kNoDisplay;
  LoadOutcome loaded =
      LoadDocumentFromFile(LOOPSCOPE_SOURCE_DIR "/scenarios/basics/emit-is-synchronous.json");
  ASSERT_TRUE(loaded.doc);
  EXPECT_FALSE(loaded.doc->usage.streams);
  AppState state;
  SetDocument(state, std::move(loaded.doc), 0);
  std::vector<unsigned char> rgba;
  std::string error;
  ASSERT_TRUE(RenderFrames(state, 1920, 1080, kSettleFrames, &rgba, &error)) << error;
  const PanelMeasure& p = state.measured[static_cast<size_t>(PanelId::kStreams)];
  EXPECT_TRUE(p.rect.visible);
  EXPECT_TRUE(p.rect.folded);
  EXPECT_EQ(state.streams.rows_drawn, 0u);
}

}  // namespace
}  // namespace loopscope::app
