// app/ui/render.h — render the app offscreen: real GLFW/OpenGL frames of an AppState into
// RGBA pixels, with no file loading involved.
//
// The screenshot command (screenshot.h) and the GUI tests (tests/gui/) use it; it needs a
// display (an X server such as Xvfb) but never shows a window.
#pragma once

#include <string>
#include <vector>

#include "app/ui/app_state.h"

namespace loopscope::app {

// The layout needs a few frames to settle: ImGui measures windows and fonts on the first,
// and the layout gives panels the heights their content measured on the frame before.
inline constexpr int kSettleFrames = 6;
// A crowded run can take more (a want met frees room for the next panel's, and a scroll bar
// shows for a frame after its panel grew): past `frames`, rendering goes on until two frames
// in a row measure the same (SameMeasures), up to this many frames in all.
inline constexpr int kMostSettleFrames = 30;

// Renders at least `frames` frames of `state` (document already set) at width x height, until
// the layout has settled, and returns the last one as RGBA rows, top row first. Returns false
// with `*error` set when no window can be created.
bool RenderFrames(AppState& state, int width, int height, int frames,
                  std::vector<unsigned char>* rgba, std::string* error);

}  // namespace loopscope::app
