// tests/gui/two_way_render_test.cpp — "Compare: Node vs browser" and "Compare: CommonJS vs ES
// module" in real frames (under Xvfb) at 1280x720 with font 24 and 1920x1080 with font 32, for
// every comparison golden (tests/unit/browser/compare_programs): the comparison takes the
// console's place over most of the window, no panel overlaps another or leaves the window,
// nothing is clipped past an edge no scroll bar reaches, the toolbar does not overflow, and
// both column headers are readable in full.
#include <gtest/gtest.h>

#include <filesystem>
#include <string>
#include <vector>

#include "app/ui/layout_report.h"
#include "app/ui/render.h"
#include "app/ui/two_way_load.h"
#include "tests/gui/screens.h"

namespace loopscope::app {
namespace {

using namespace screens;

bool Overlap(const Rect& a, const Rect& b) {
  return a.pos.x < b.pos.x + b.size.x && b.pos.x < a.pos.x + a.size.x &&
         a.pos.y < b.pos.y + b.size.y && b.pos.y < a.pos.y + a.size.y;
}

std::vector<std::string> ComparisonPrograms() {
  std::vector<std::string> files;
  for (const auto& entry : std::filesystem::directory_iterator(
           LOOPSCOPE_SOURCE_DIR "/tests/unit/browser/compare_programs"))
    if (entry.path().extension() == ".js") files.push_back(entry.path().string());
  std::sort(files.begin(), files.end());
  return files;
}

void ExpectReadable(const AppState& state, int width, int height, const std::string& what) {
  const PanelMeasures& m = state.measured;
  const PanelMeasure& compare = m[static_cast<size_t>(PanelId::kConsole)];
  EXPECT_GE(compare.rect.size.x, static_cast<float>(width) * 0.6f) << what;
  EXPECT_GE(compare.rect.size.y, static_cast<float>(height) * 0.6f) << what;
  EXPECT_EQ(state.compare.clipped_headers, 0) << what << "a column header is cut";
  EXPECT_FALSE(m[static_cast<size_t>(PanelId::kControls)].overflow_y) << what << "toolbar scrolls";
  EXPECT_FALSE(m[static_cast<size_t>(PanelId::kControls)].overflow_x) << what << "toolbar cut";
  for (int i = 0; i < kPanelCount; ++i) {
    const PanelMeasure& p = m[static_cast<size_t>(i)];
    const char* name = PanelReportName(static_cast<PanelId>(i));
    if (!p.rect.visible) continue;
    EXPECT_LE(p.rect.pos.x + p.rect.size.x, static_cast<float>(width) + 0.5f) << what << name;
    EXPECT_LE(p.rect.pos.y + p.rect.size.y, static_cast<float>(height) + 0.5f) << what << name;
    EXPECT_FALSE(p.clipped && p.used) << what << name << " clips content no scroll bar reaches";
    for (int j = i + 1; j < kPanelCount; ++j) {
      if (m[static_cast<size_t>(j)].rect.visible)
        EXPECT_FALSE(Overlap(p.rect, m[static_cast<size_t>(j)].rect))
            << what << name << " overlaps " << PanelReportName(static_cast<PanelId>(j));
    }
  }
}

TEST(TwoWayRender, BothComparisonsAreReadableAtProjectorSizes) {
  if (!HaveDisplay()) GTEST_SKIP() << kNoDisplay;
  std::vector<std::string> files = ComparisonPrograms();
  ASSERT_GE(files.size(), 3u);
  for (const std::string& file : files) {
    for (TwoWays ways : {TwoWays::kHosts, TwoWays::kModules}) {
      for (const Screen& screen : {kProjector, kBigProjector}) {
        AppState state;
        state.prefs.font_size = screen.font;
        InstallTwoWayComparison(state, LoadTwoWays(file, ways));
        ASSERT_TRUE(state.live.active) << file;
        std::vector<unsigned char> rgba;
        std::string error;
        ASSERT_TRUE(RenderFrames(state, screen.width, screen.height, kSettleFrames, &rgba, &error))
            << error;
        std::string what = std::filesystem::path(file).filename().string() +
                           (ways == TwoWays::kHosts ? " hosts " : " modules ") +
                           std::to_string(screen.width) + "x" + std::to_string(screen.height) +
                           ": ";
        ExpectReadable(state, screen.width, screen.height, what);
      }
    }
  }
}

TEST(TwoWayRender, TheMenuKeysRunTheComparisonOfTheOpenFile) {
  AppState state;
  state.live.run_two_ways = LoadTwoWays;
  std::string file = LOOPSCOPE_SOURCE_DIR "/tests/unit/browser/compare_programs/tick_vs_promise.js";
  InstallTwoWayComparison(state, LoadTwoWays(file, TwoWays::kHosts));
  ASSERT_TRUE(state.live.active);
  EXPECT_EQ(state.live.labels.header_b, "The browser");
  EXPECT_NE(state.live.labels.sentence.find("A browser has no `process`"), std::string::npos);
  ASSERT_EQ(state.live.labels.notes.size(), 1u);
  EXPECT_NE(state.live.labels.notes[0].find("tick_vs_promise.js:5:1"), std::string::npos)
      << state.live.labels.notes[0];
  state.commands.push_back({UiCommand::Kind::kCompareModules});
  ApplyCommands(state);
  ASSERT_TRUE(state.live.active);
  EXPECT_EQ(state.live.labels.header_a, "CommonJS");
  EXPECT_NE(state.live.labels.sentence.find("whole module body runs inside a promise job"),
            std::string::npos);
  ASSERT_TRUE(state.live.divergence.has_value());
  state.commands.push_back({UiCommand::Kind::kCloseComparison});
  ApplyCommands(state);
  EXPECT_FALSE(state.live.active);
  EXPECT_EQ(state.live.labels.title, "Simulated vs live###compare");
}

TEST(TwoWayRender, AnEsModuleInTheBrowserIsAnErrorAndTheRunStays) {
  AppState state;
  state.live.run_two_ways = LoadTwoWays;
  TwoWayOutcome outcome = LoadTwoWays(
      LOOPSCOPE_SOURCE_DIR "/scenarios/modules/nexttick-vs-promise-esm.json", TwoWays::kHosts);
  EXPECT_FALSE(outcome.a);
  ASSERT_FALSE(outcome.errors.empty());
  EXPECT_NE(outcome.errors[0].find("an ES module cannot run in the browser host"),
            std::string::npos)
      << outcome.errors[0];
  InstallTwoWayComparison(state, std::move(outcome));
  EXPECT_FALSE(state.live.active);
  EXPECT_FALSE(state.live.errors.empty());
}

}  // namespace
}  // namespace loopscope::app
