// tests/gui/timeline_drag_test.cpp — the timeline panel driven by the pointer in headless
// frames: a drag pans a zoomed view (and stops at the run's end) without moving the cursor,
// a click travels to the time under the pointer.
#include <gtest/gtest.h>

#include "engine/trace/synthetic_log.h"
#include "tests/gui/headless_ui.h"

namespace loopscope::app {
namespace {

class TimelineDrag : public ::testing::Test {
 protected:
  TimelineDrag() {
    auto log = std::make_shared<trace::StepLog>(trace::MakeSyntheticLog({.events = 4000}));
    SetDocument(state_, MakeDocument(std::move(log), "", "synthetic"), 100);
  }
  // A frame with the pointer at (x, y), the left button `down`.
  void Pointer(float x, float y, bool down) {
    ImGuiIO& io = ImGui::GetIO();
    io.MousePos = ImVec2(x, y), io.MouseDown[0] = down;
    ui_.Frame();
  }
  // A point on the main thread's lane, `share` of the way across the panel.
  ImVec2 OnTheLanes(float share) {
    ImGuiWindow* w = ImGui::FindWindowByName("Timeline (virtual time)###timeline");
    EXPECT_NE(w, nullptr);
    if (!w) return {};
    ImRect inner = w->InnerRect;
    return ImVec2(inner.Min.x + inner.GetWidth() * share, inner.Min.y + w->WindowPadding.y + 8);
  }
  // Half a second without a press, so the next press is not the second click of a
  // double-click (which refits the view).
  void Idle(ImVec2 at) {
    for (int i = 0; i < 30; ++i) Pointer(at.x, at.y, false);
  }
  double Total() const { return static_cast<double>(state_.doc->timeline.end_ns); }

  AppState state_;
  HeadlessUi ui_{state_};
};

TEST_F(TimelineDrag, ADragPansAZoomedViewAndAClickTravels) {
  ui_.Frame();
  ui_.Frame();
  state_.timeline.view_start_ns = Total() * 0.25, state_.timeline.view_span_ns = Total() * 0.25;
  ImVec2 at = OnTheLanes(0.6f);
  Pointer(at.x, at.y, false);
  size_t step = state_.playback.step;
  Pointer(at.x, at.y, true);
  for (int i = 1; i <= 5; ++i) Pointer(at.x - 20.0f * static_cast<float>(i), at.y, true);
  Pointer(at.x - 100, at.y, false);
  EXPECT_GT(state_.timeline.view_start_ns, Total() * 0.25) << "dragged left: later time";
  EXPECT_DOUBLE_EQ(state_.timeline.view_span_ns, Total() * 0.25);
  EXPECT_EQ(state_.playback.step, step) << "a drag is not a click";
  // Dragging far stops at the end of the run.
  for (int round = 0; round < 10; ++round) {
    Idle(at);
    Pointer(at.x, at.y, true);
    for (int i = 1; i <= 10; ++i) Pointer(at.x - 50.0f * static_cast<float>(i), at.y, true);
    Pointer(at.x - 500, at.y, false);
  }
  EXPECT_DOUBLE_EQ(state_.timeline.view_start_ns + state_.timeline.view_span_ns, Total());
  EXPECT_DOUBLE_EQ(state_.timeline.view_span_ns, Total() * 0.25);
  // A click (press and release in place) travels.
  Idle(at);
  Pointer(at.x, at.y, true);
  Pointer(at.x, at.y, false);
  ui_.Frame();
  EXPECT_NE(state_.playback.step, step);
  EXPECT_GE(static_cast<double>(state_.current.time_ns), Total() * 0.75);
  EXPECT_DOUBLE_EQ(state_.timeline.view_span_ns, Total() * 0.25) << "still zoomed";
}

}  // namespace
}  // namespace loopscope::app
