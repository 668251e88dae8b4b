// tests/gui/frame_pacing_test.cpp — when the frame loop may sleep (frame_pacing.h): never
// while something moves, not before a new step has been drawn twice, and not in the frames
// right after input, so a dropdown opened by a click shows on the next frame instead of
// after the idle timeout.
#include "app/ui/frame_pacing.h"

#include <gtest/gtest.h>

namespace loopscope::app {
namespace {

// Draws frames of an unchanging step with no input until the loop may sleep.
int FramesUntilIdle(FramePacing& p, size_t step) {
  int frames = 0;
  while (!p.MayWait(false, 1.0f, step) && frames < 10)
    p.NoteFrame(false), p.NoteDrawn(step), ++frames;
  return frames;
}

TEST(FramePacing, ANewStepIsDrawnTwiceBeforeTheLoopSleeps) {
  FramePacing p;
  EXPECT_FALSE(p.MayWait(false, 1.0f, 3));
  EXPECT_EQ(FramesUntilIdle(p, 3), 2);
  EXPECT_TRUE(p.MayWait(false, 1.0f, 3));
  EXPECT_FALSE(p.MayWait(true, 1.0f, 3)) << "playing";
  EXPECT_FALSE(p.MayWait(false, 0.5f, 3)) << "animating";
  EXPECT_FALSE(p.MayWait(false, 1.0f, 4)) << "a step not drawn yet";
}

TEST(FramePacing, TheFramesAfterAClickAreDrawnWithoutWaiting) {
  FramePacing p;
  FramesUntilIdle(p, 3);
  // The click's frame: the dropdown opens (hidden, measured); the next frame shows it.
  p.NoteFrame(true), p.NoteDrawn(3);
  EXPECT_FALSE(p.MayWait(false, 1.0f, 3)) << "the frame that shows the popup must not wait";
  EXPECT_EQ(FramesUntilIdle(p, 3), kFramesAfterInput);
}

TEST(FramePacing, InputIsWhatImGuiSawThisFrame) {
  ImGuiIO io;  // a fresh ImGuiIO: nothing pressed, no motion
  EXPECT_FALSE(FrameHadInput(io, false));
  EXPECT_TRUE(FrameHadInput(io, true)) << "a key tap";
  io.MouseDelta = ImVec2(2, 0);
  EXPECT_TRUE(FrameHadInput(io, false));
  io.MouseDelta = ImVec2(0, 0);
  io.MouseReleased[0] = true;
  EXPECT_TRUE(FrameHadInput(io, false)) << "a click released within one frame";
  io.MouseReleased[0] = false;
  io.MouseWheel = -1;
  EXPECT_TRUE(FrameHadInput(io, false));
}

}  // namespace
}  // namespace loopscope::app
