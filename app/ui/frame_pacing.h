// app/ui/frame_pacing.h — when the frame loop may sleep until the next event, and for how long.
//
// The app draws only when something changes, so a paused app costs no CPU. What counts as a
// change: playback or an animation running, a step not yet drawn twice (ImGui settles the
// source view's scroll a frame late), and the frames just after any input — ImGui shows a
// popup or a combo's list one frame after the click that opens it (a new window is measured
// hidden first), and hover highlights follow the pointer a frame late. Without those frames
// a dropdown waited for the next event or the idle timeout to appear. Pure logic, tested in
// tests/gui/frame_pacing_test.cpp; app.cpp feeds it each frame.
#pragma once

#include <imgui.h>

#include <cstddef>

namespace loopscope::app {

// Frames drawn after any input before the loop may sleep again: the one after the input's
// frame shows what the input did (a command is applied between frames; a popup shows one frame
// after it opens). tests/gui/input_frame_xdotool_test.py checks this on the real window.
inline constexpr int kFramesAfterInput = 1;
// Sleep limits: idle, and while a scenario simulates on a worker (its progress strip is
// redrawn that often; each frame costs the simulation's core a little on a small machine).
inline constexpr double kIdleWaitSeconds = 0.25;
inline constexpr double kLoadRefreshSeconds = 0.1;

// Whether this frame saw input (ImGui's view of it, after NewFrame): pointer motion, buttons
// pressed, held or released, the wheel, characters, and key taps.
bool FrameHadInput(const ImGuiIO& io, bool key_taps);

class FramePacing {
 public:
  // After each frame's input is known: `input` from FrameHadInput.
  void NoteFrame(bool input);
  // After a frame is drawn: the step it showed.
  void NoteDrawn(size_t step);
  // Whether the next turn may sleep until an event: nothing moves, the step `current` has
  // been drawn twice, and no frame is owed to recent input.
  bool MayWait(bool playing, float anim_t, size_t current) const;

 private:
  int frames_owed_ = 0;
  size_t drawn_[2] = {static_cast<size_t>(-1), static_cast<size_t>(-1)};
};

}  // namespace loopscope::app
