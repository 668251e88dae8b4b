// app/ui/session_report.h — the layout report (layout_report.h) plus what the window showed
// when it was written: the step, the predict-first console and where its controls were.
//
// `loopscope screenshot --layout-report OUT.json` writes it after the last frame, and the
// app with `--layout-report OUT.json` when its window closes, which lets the xdotool test
// (tests/gui/presenter_xdotool_test.py) drive the real window and check the outcome.
#pragma once

#include <string>

#include "app/ui/app_state.h"

namespace loopscope::app {

// {"panels": [...], "step": N, "blanked": bool, "console": {"predict_mode", "revealed", "reveals",
// "prediction", "button": [x, y, w, h], "box": [x, y, w, h]}, "frames": [{"frame", "waited",
// "input", "step"}...] (frame_journal.h; empty for a screenshot)}
std::string SessionReportJson(const AppState& state);

}  // namespace loopscope::app
