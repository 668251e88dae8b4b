// app/ui/key_tap.h — one key press as GLFW reported it, queued by the window's key
// callback (window.h) so that a tap shorter than a frame still registers (sampling
// ImGui's key state once per frame misses a key pressed and released in between, which
// presentation clickers do). frame.cpp turns them into UiCommands.
#pragma once

#include <vector>

namespace loopscope::app {

struct KeyTap {
  int key = 0;   // GLFW_KEY_*
  int mods = 0;  // GLFW_MOD_*
  bool repeat = false;
};
using KeyTaps = std::vector<KeyTap>;

}  // namespace loopscope::app
