// tests/gui/screens.h — the screens the render tests draw at (a classroom projector at a big
// font, a large one, a small laptop, a desktop at the default font) and whether this process
// can draw at all. Shared by the tests that render real frames under Xvfb.
#pragma once

#include <cstdlib>

namespace loopscope::app::screens {

struct Screen {
  int width, height;
  float font;  // 0: the default size
};
inline constexpr Screen kProjector{1280, 720, 24};
inline constexpr Screen kBigProjector{1920, 1080, 32};
inline constexpr Screen kSmallLaptop{1024, 600, 0};
inline constexpr Screen kDesktop{1920, 1080, 0};

// What a test says when it skips for want of a display.
inline constexpr const char* kNoDisplay = "no DISPLAY: run under xvfb-run -a (install xvfb)";

inline bool HaveDisplay() {
  const char* d = std::getenv("DISPLAY");
  return d && *d;
}

}  // namespace loopscope::app::screens
