// tests/gui/presenter_keys_test.cpp — the keys a presenter uses, as the window's key callback
// queues them (key_tap.h): PageDown/PageUp step like the arrows, every tap counts however
// short, B blanks the screen to the title and keys do not step behind it, Escape closes
// the scenario browser; the timeline fits each new run; and a fast-forward speed is not
// restored at the next launch.
#include <gtest/gtest.h>

#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>

#include "app/ui/app_state.h"
#include "app/ui/preferences.h"
#include "engine/trace/synthetic_log.h"
#include "tests/gui/headless_ui.h"

namespace loopscope::app {
namespace {

void Start(AppState& state) {
  auto log = std::make_shared<trace::StepLog>(trace::MakeSyntheticLog({.events = 500}));
  SetDocument(state, MakeDocument(std::move(log), "", "synthetic"), 0);
  state.playback.granularity = Granularity::kEvent;
}

TEST(PresenterKeys, EveryPageDownTapOfOneFrameSteps) {
  AppState state;
  Start(state);
  HeadlessUi ui(state);
  // Three taps between two frames: all three count (a per-frame key sample sees at most one).
  for (int i = 0; i < 3; ++i) state.keys.push_back({GLFW_KEY_PAGE_DOWN});
  ui.Frame();
  EXPECT_EQ(state.playback.step, 3u);
  state.keys.push_back({GLFW_KEY_PAGE_UP});
  ui.Frame();
  EXPECT_EQ(state.playback.step, 2u);
}

TEST(PresenterKeys, BBlanksToTheTitleAndKeysDoNotStepBehindIt) {
  AppState state;
  Start(state);
  HeadlessUi ui(state);
  state.keys = {{GLFW_KEY_B}, {GLFW_KEY_PAGE_DOWN}};
  ui.Frame();
  EXPECT_TRUE(state.blanked);
  EXPECT_EQ(state.playback.step, 0u);
  state.keys = {{GLFW_KEY_B}, {GLFW_KEY_PAGE_DOWN}};
  ui.Frame();
  EXPECT_FALSE(state.blanked);
  EXPECT_EQ(state.playback.step, 1u);
}

TEST(PresenterKeys, EscapeClosesTheBrowserAndKeysDoNotStepBehindIt) {
  AppState state;
  Start(state);
  HeadlessUi ui(state);
  state.browser.open = true;
  state.keys = {{GLFW_KEY_RIGHT}};
  ui.Frame();
  EXPECT_EQ(state.playback.step, 0u);
  state.keys = {{GLFW_KEY_ESCAPE}};
  ui.Frame();
  EXPECT_FALSE(state.browser.open);
}

TEST(PresenterKeys, TheTimelineFitsEachNewRunAndStaysWithinIt) {
  AppState state;
  Start(state);
  state.unfolded[static_cast<size_t>(PanelId::kTimeline)] = true;
  HeadlessUi ui(state);
  ui.Frame();
  double total = state.timeline.view_span_ns;
  EXPECT_GT(total, 0);
  state.timeline.view_start_ns = total * 5, state.timeline.view_span_ns = total / 4;
  ui.Frame();
  EXPECT_LE(state.timeline.view_start_ns + state.timeline.view_span_ns, total + 1e-6)
      << "a view never reaches past the run";
  Start(state);  // another run opens fitted
  ui.Frame();
  EXPECT_EQ(state.timeline.view_start_ns, 0);
  EXPECT_GE(state.timeline.view_span_ns, total * 0.99);
}

TEST(PresenterKeys, AFastForwardSpeedIsNotRestored) {
  EXPECT_EQ(PreferencesFromJson(R"({"play_speed": 200})").play_speed, Preferences{}.play_speed);
  EXPECT_EQ(PreferencesFromJson(R"({"play_speed": 8})").play_speed, 8.0f);
}

}  // namespace
}  // namespace loopscope::app
