// app/ui/app.h — the interactive desktop app: window, frame loop, preferences.
//
// RunApp opens the window (or says in one line why it cannot and exits non-zero), loads
// FILE or the default scenario, and runs frames until the window closes. See frame.h for
// what a frame draws and app_state.h for what it holds.
#pragma once

#include "app/cli/args.h"

namespace loopscope::app {

int RunApp(const cli::Command& command);

}  // namespace loopscope::app
