// tests/gui/stops_test.cpp — the presenter's clicker over classroom stops (stop_nav.h,
// stop_caption.h), in headless frames: Page Down/Page Up jump stop to stop (the end after
// the last, step 0 before the first), the arrows still step, the Stops toggle gives the
// clicker back its plain steps, and the caption row draws the caption large at a stop.
#include <gtest/gtest.h>

#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>

#include "app/ui/app_state.h"
#include "app/ui/stop_nav.h"
#include "engine/trace/synthetic_log.h"
#include "tests/gui/headless_ui.h"

namespace loopscope::app {
namespace {

// A 500-event synthetic run with stops at steps 10, 40 and 200.
void Start(AppState& state) {
  auto log = std::make_shared<trace::StepLog>(trace::MakeSyntheticLog({.events = 500}));
  auto doc = MakeDocument(std::move(log), "", "synthetic");
  doc->stops = {{10, "first"}, {40, "second"}, {200, "third"}};
  SetDocument(state, std::move(doc), 0);
  state.playback.granularity = Granularity::kEvent;
}

void Press(AppState& state, HeadlessUi& ui, int key) {
  state.keys.push_back({key});
  ui.Frame();
}

TEST(Stops, NavigationFindsTheStopsAroundAStep) {
  const std::vector<DocumentStop> stops = {{10, "a"}, {40, "b"}};
  EXPECT_EQ(StopAt(stops, 40), 1u);
  EXPECT_FALSE(StopAt(stops, 39));
  EXPECT_EQ(NextStop(stops, 0), 0u);
  EXPECT_EQ(NextStop(stops, 10), 1u);
  EXPECT_FALSE(NextStop(stops, 40));
  EXPECT_EQ(PrevStop(stops, 40), 0u);
  EXPECT_EQ(PrevStop(stops, 41), 1u);
  EXPECT_FALSE(PrevStop(stops, 10));
}

TEST(Stops, PageDownAndPageUpJumpStopToStop) {
  AppState state;
  Start(state);
  HeadlessUi ui(state);
  Press(state, ui, GLFW_KEY_PAGE_DOWN);
  EXPECT_EQ(state.playback.step, 10u);
  Press(state, ui, GLFW_KEY_PAGE_DOWN);
  EXPECT_EQ(state.playback.step, 40u);
  Press(state, ui, GLFW_KEY_RIGHT);  // the arrows still take single steps between stops
  EXPECT_EQ(state.playback.step, 41u);
  Press(state, ui, GLFW_KEY_PAGE_UP);
  EXPECT_EQ(state.playback.step, 40u);
  Press(state, ui, GLFW_KEY_PAGE_DOWN);
  Press(state, ui, GLFW_KEY_PAGE_DOWN);  // past the last stop: the end of the run
  EXPECT_EQ(state.playback.step, state.doc->step_count() - 1);
  Press(state, ui, GLFW_KEY_PAGE_UP);
  EXPECT_EQ(state.playback.step, 200u);
  state.playback.step = 5;
  Press(state, ui, GLFW_KEY_PAGE_UP);  // before the first stop: the start
  EXPECT_EQ(state.playback.step, 0u);
}

TEST(Stops, TheToggleGivesTheClickerItsPlainSteps) {
  AppState state;
  Start(state);
  HeadlessUi ui(state);
  state.commands.push_back({UiCommand::Kind::kToggleStops});
  ui.Frame();
  EXPECT_FALSE(state.stops_on);
  Press(state, ui, GLFW_KEY_PAGE_DOWN);
  EXPECT_EQ(state.playback.step, 1u);
  ui.DrawOnly();
  EXPECT_EQ(state.caption.caption_px, 0) << "no band between stops";
}

TEST(Stops, TheCaptionBandShowsAtAStopOnly) {
  AppState state;
  Start(state);
  HeadlessUi ui(state);
  ui.Frame();
  EXPECT_EQ(state.caption.caption_px, 0) << "no band before the first stop";
  Press(state, ui, GLFW_KEY_PAGE_DOWN);
  ui.DrawOnly();
  EXPECT_GE(state.caption.caption_px, state.fonts.size * 1.25f - 0.5f);
}

TEST(Stops, NoStopsNoRow) {
  AppState state;
  auto log = std::make_shared<trace::StepLog>(trace::MakeSyntheticLog({.events = 50}));
  SetDocument(state, MakeDocument(std::move(log), "", "synthetic"), 0);
  HeadlessUi ui(state);
  ui.Frame();
  EXPECT_EQ(state.caption.caption_px, 0);
}

}  // namespace
}  // namespace loopscope::app
