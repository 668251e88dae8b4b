// app/ui/frame_pacing.cpp — the frame loop's sleep decision (frame_pacing.h).
#include "app/ui/frame_pacing.h"

#include <algorithm>

namespace loopscope::app {

bool FrameHadInput(const ImGuiIO& io, bool key_taps) {
  if (key_taps || !io.InputQueueCharacters.empty() || io.MouseWheel != 0 || io.MouseWheelH != 0)
    return true;
  if (io.MouseDelta.x != 0 || io.MouseDelta.y != 0) return true;
  for (int b = 0; b < IM_ARRAYSIZE(io.MouseDown); ++b)
    if (io.MouseDown[b] || io.MouseReleased[b]) return true;
  return false;
}

void FramePacing::NoteFrame(bool input) {
  frames_owed_ = input ? kFramesAfterInput : std::max(0, frames_owed_ - 1);
}

void FramePacing::NoteDrawn(size_t step) {
  drawn_[1] = drawn_[0], drawn_[0] = step;
}

bool FramePacing::MayWait(bool playing, float anim_t, size_t current) const {
  return !playing && anim_t >= 1.0f && drawn_[0] == current && drawn_[1] == current &&
         frames_owed_ == 0;
}

}  // namespace loopscope::app
