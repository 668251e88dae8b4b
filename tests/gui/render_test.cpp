// tests/gui/render_test.cpp — real frames through GLFW and OpenGL (under Xvfb in CTest):
// the picture has the requested size, the theme's background shows between panels, and
// every panel region holds several distinct colours (text, cards, rings), not a blank fill.
#include "app/ui/render.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "app/ui/layout.h"
#include "engine/trace/synthetic_log.h"
#include "tests/gui/image_checks.h"
#include "tests/gui/screens.h"

namespace loopscope::app {
namespace {

using namespace screens;

testing::Image Render(AppState& state, int w, int h) {
  testing::Image image;
  std::string error;
  EXPECT_TRUE(RenderFrames(state, w, h, kSettleFrames, &image.rgba, &error)) << error;
  image.width = w, image.height = h;
  return image;
}

void ExpectPanelsDrawn(const testing::Image& image, const AppState& state) {
  // The rectangles of the last frame, folded strips included (layout_report.h).
  for (int i = 0; i < kPanelCount; ++i) {
    // A stop's caption band shows only at a classroom stop (stop_caption_render_test.cpp).
    if (static_cast<PanelId>(i) == PanelId::kCaption) continue;
    const Rect& r = state.measured[static_cast<size_t>(i)].rect;
    EXPECT_TRUE(r.visible) << "panel " << i;
    testing::Region region{static_cast<int>(r.pos.x), static_cast<int>(r.pos.y),
                           static_cast<int>(r.size.x), static_cast<int>(r.size.y)};
    EXPECT_GE(testing::DistinctColours(image, region), 6u) << "panel " << i << " looks blank";
  }
  uint32_t bg = GetPalette(state.prefs.theme).background;
  uint32_t rgb = ((bg >> IM_COL32_R_SHIFT) & 0xFF) << 16 | ((bg >> IM_COL32_G_SHIFT) & 0xFF) << 8 |
                 ((bg >> IM_COL32_B_SHIFT) & 0xFF);
  double coverage = testing::CoverageOf(image, rgb);
  EXPECT_GT(coverage, 0.005) << "the theme background does not show between panels";
  EXPECT_LT(coverage, 0.5) << "most of the picture is background: panels missing";
}

class RenderTest : public ::testing::TestWithParam<ThemeKind> {
 protected:
  void SetUp() override {
    if (!HaveDisplay()) GTEST_SKIP() << kNoDisplay;
  }
};

TEST_P(RenderTest, AppFrameShowsEveryPanel) {
  AppState state;
  state.prefs.theme = GetParam();
  auto log = std::make_shared<trace::StepLog>(trace::MakeSyntheticLog({.events = 4000}));
  SetDocument(state, MakeDocument(std::move(log), "", "synthetic"), 2000);
  testing::Image image = Render(state, 1600, 900);
  testing::MaybeSavePng(image, std::string("render-") + std::string(ThemeName(GetParam())));
  ASSERT_EQ(image.rgba.size(), 1600u * 900u * 4u);
  ExpectPanelsDrawn(image, state);
}

TEST_P(RenderTest, OddSizesRenderExactly) {
  AppState state;
  state.prefs.theme = GetParam();
  auto log = std::make_shared<trace::StepLog>(trace::MakeSyntheticLog({.events = 500}));
  SetDocument(state, MakeDocument(std::move(log), "", "synthetic"), 100);
  testing::Image image = Render(state, 1023, 611);
  ASSERT_EQ(image.rgba.size(), 1023u * 611u * 4u);
  ExpectPanelsDrawn(image, state);
}

TEST_P(RenderTest, ProjectorFontSizeStillShowsEveryPanel) {
  AppState state;
  state.prefs.theme = GetParam();
  state.prefs.font_size = 28;
  auto log = std::make_shared<trace::StepLog>(trace::MakeSyntheticLog({.events = 2000}));
  SetDocument(state, MakeDocument(std::move(log), "", "synthetic"), 900);
  testing::Image image = Render(state, 1600, 900);
  testing::MaybeSavePng(image, std::string("render-28px-") + std::string(ThemeName(GetParam())));
  ExpectPanelsDrawn(image, state);
}

// At 1280x720 with font 24 the loop pseudocode has no room beside the ring: it is a strip;
// reopened, it takes the ring's place and fits without scrolling or clipping.
TEST_P(RenderTest, LoopPseudocodeReopenedAtProjectorSizeTakesTheRingsPlace) {
  AppState state;
  state.prefs.theme = GetParam();
  state.prefs.font_size = 24;
  auto log = std::make_shared<trace::StepLog>(trace::MakeSyntheticLog({.events = 2000}));
  SetDocument(state, MakeDocument(std::move(log), "", "synthetic"), 900);
  Render(state, 1280, 720);
  const PanelMeasure& strip = state.measured[static_cast<size_t>(PanelId::kLoopCode)];
  EXPECT_TRUE(strip.rect.visible && strip.rect.folded);
  state.commands.push_back(
      {UiCommand::Kind::kUnfoldPanel, static_cast<size_t>(PanelId::kLoopCode)});
  ApplyCommands(state);
  testing::Image image = Render(state, 1280, 720);
  testing::MaybeSavePng(image, std::string("loop-code-720-") + std::string(ThemeName(GetParam())));
  const PanelMeasure& code = state.measured[static_cast<size_t>(PanelId::kLoopCode)];
  EXPECT_TRUE(code.rect.visible && !code.rect.folded);
  EXPECT_FALSE(code.overflow_x || code.overflow_y);
  EXPECT_FALSE(state.measured[static_cast<size_t>(PanelId::kLoop)].rect.visible);
  testing::Region region{static_cast<int>(code.rect.pos.x), static_cast<int>(code.rect.pos.y),
                         static_cast<int>(code.rect.size.x), static_cast<int>(code.rect.size.y)};
  EXPECT_GE(testing::DistinctColours(image, region), 6u);
  // Reopening the ring folds the pseudocode again.
  state.commands.push_back({UiCommand::Kind::kUnfoldPanel, static_cast<size_t>(PanelId::kLoop)});
  ApplyCommands(state);
  Render(state, 1280, 720);
  EXPECT_TRUE(state.measured[static_cast<size_t>(PanelId::kLoopCode)].rect.folded);
  EXPECT_TRUE(state.measured[static_cast<size_t>(PanelId::kLoop)].rect.visible);
}

// A run that prints `lines`, one callback each (`real`: a live run's log).
std::unique_ptr<Document> PrintingRun(const std::vector<std::string>& lines, bool real) {
  auto log = std::make_shared<trace::StepLog>();
  log->set_info(trace::RunInfo{"p.js", "console.log(1)\n", 4, 1, real});
  int64_t t = 0;
  for (const std::string& line : lines) {
    trace::Event cb;
    cb.kind = trace::EventKind::kCallbackStart, cb.time_ns = t += 1000;
    cb.text = log->Intern(line + " callback");
    log->AppendRaw(cb);
    trace::Event out;
    out.kind = trace::EventKind::kConsole, out.value = 1, out.time_ns = t += 1000;
    out.text = log->Intern(line + "\n");
    log->AppendRaw(out);
  }
  return MakeDocument(log, "/tmp/p.js", "p");
}

// Run live at 1280x720 with font 24: the comparison takes most of the window and shows
// every line of both runs, a row each, with the first different row marked.
TEST_P(RenderTest, LiveComparisonIsBigEnoughToReadAtProjectorSize) {
  AppState state;
  state.prefs.theme = GetParam();
  state.prefs.font_size = 24;
  std::vector<std::string> sim, live;
  for (int i = 0; i < 9; ++i) sim.push_back("line " + std::to_string(i) + " of the simulated run");
  live = sim;
  std::swap(live[4], live[5]);
  SetDocument(state, PrintingRun(sim, false), 0);
  InstallComparison(state, PrintingRun(live, true));
  testing::Image image = Render(state, 1280, 720);
  testing::MaybeSavePng(image, std::string("compare-720-") + std::string(ThemeName(GetParam())));
  const PanelMeasure& compare = state.measured[static_cast<size_t>(PanelId::kConsole)];
  EXPECT_GE(compare.rect.size.x, 1280 * 0.6f);
  EXPECT_GE(compare.rect.size.y, 720 * 0.6f);
  EXPECT_FALSE(state.measured[static_cast<size_t>(PanelId::kQueues)].rect.visible);
}

INSTANTIATE_TEST_SUITE_P(Themes, RenderTest,
                         ::testing::Values(ThemeKind::kLight, ThemeKind::kDark));

}  // namespace
}  // namespace loopscope::app
