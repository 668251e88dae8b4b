// app/ui/window_fit.cpp — FitWindow: the wanted window size and position against the
// monitor's work area. See window_fit.h for the rules.
#include "app/ui/window_fit.h"

#include <algorithm>

namespace loopscope::app {
namespace {

bool Inside(const ScreenRect& r, const ScreenRect& area) {
  return r.x >= area.x && r.y >= area.y && r.x + r.width <= area.x + area.width &&
         r.y + r.height <= area.y + area.height;
}

}  // namespace

WindowPlacement FitWindow(const ScreenRect& wanted, const ScreenRect& work_area) {
  WindowPlacement out;
  out.rect = wanted;
  out.rect.width = std::max(wanted.width, kMinWindowWidth);
  out.rect.height = std::max(wanted.height, kMinWindowHeight);
  bool saved_position = wanted.x >= 0 && wanted.y >= 0;
  if (work_area.width <= 0 || work_area.height <= 0) {
    out.place = saved_position;
    return out;
  }
  if (out.rect.width > work_area.width || out.rect.height > work_area.height) {
    out.rect.width = std::min(out.rect.width, work_area.width);
    out.rect.height = std::min(out.rect.height, work_area.height);
    out.maximize = true;
  }
  // A saved position is kept while the whole window lies in the work area (the monitor it
  // was on may be gone); otherwise the window is centred in the work area.
  if (!(saved_position && Inside(out.rect, work_area))) {
    out.rect.x = work_area.x + (work_area.width - out.rect.width) / 2;
    out.rect.y = work_area.y + (work_area.height - out.rect.height) / 2;
  }
  out.place = true;
  return out;
}

}  // namespace loopscope::app
