// app/ui/window_fit.h — where the app window opens: the wanted size (saved in preferences or
// given with --size) when it fits the monitor's work area, clamped to it otherwise.
//
// The work area is the monitor minus panels and docks (glfwGetMonitorWorkarea). Pure
// arithmetic, so the rules are tested without a display (tests/gui/window_fit_test.cpp);
// window.cpp asks GLFW for the work area and applies the result before showing the window.
#pragma once

namespace loopscope::app {

struct ScreenRect {
  int x = 0, y = 0, width = 0, height = 0;
  bool operator==(const ScreenRect&) const = default;
};

struct WindowPlacement {
  ScreenRect rect;        // the window's client area in screen coordinates
  bool place = false;     // false: leave the position to the window manager
  bool maximize = false;  // the wanted size did not fit: ask the window manager to fill the
                          // work area, which it does with its decorations accounted for
  bool operator==(const WindowPlacement&) const = default;
};

// The smallest window the panels stay usable in; a smaller saved size is grown to this
// (within the work area).
inline constexpr int kMinWindowWidth = 800, kMinWindowHeight = 500;

// `wanted` is the size and saved position (x or y < 0: none saved). An empty `work_area`
// (no monitor known, as on some Wayland set-ups) keeps the wanted size.
WindowPlacement FitWindow(const ScreenRect& wanted, const ScreenRect& work_area);

}  // namespace loopscope::app
