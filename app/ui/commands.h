// app/ui/commands.h — the one way the UI asks for a change: a queue of UiCommands applied
// between frames by app_state.cpp (ApplyCommands).
//
// Panels and key handlers post; nothing in a panel mutates the document or the playback
// directly, so a frame always draws one consistent state.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace loopscope::app {

struct UiCommand {
  enum class Kind {
    kJumpTo,  // step
    kStepForward,
    kStepBack,
    kNextStop,     // the next classroom stop (stop_nav.h), past the last one the end
    kPrevStop,     // the previous classroom stop, before the first one step 0
    kToggleStops,  // the clicker keys jump stop to stop, or step as the arrows do
    kTogglePlay,
    kHome,
    kEnd,
    kSetSpeed,        // number
    kSetGranularity,  // step (the Granularity as a number)
    kOpen,            // path
    kReload,
    kSetTheme,     // step: 0 light, 1 dark
    kSetFontSize,  // number
    kToggleFullscreen,
    kShowBrowser,
    kTogglePanel,  // step: a PanelId (layout.h)
    kUnfoldPanel,  // step: a PanelId folded because the run does not use it
    kRunLive,      // run the open scenario on a real libuv loop, beside the simulation
    kCancelLive,
    // Stop the scenario simulating in the background (BackgroundLoads).
    kCancelLoad,
    kShowRun,  // step: 0 the simulated run, 1 the live run
    kCloseComparison,
    kCompareHosts,     // the open program in Node and in the browser, side by side (N)
    kCompareModules,   // the open program as CommonJS and as an ES module (M)
    kToggleWhatIf,     // open or close the What if panel (panel_what_if.h)
    kRunWhatIf,        // re-simulate with the What if sliders' settings
    kResetWhatIf,      // the sliders back to the scenario's machine, the what-if run dropped
    kSweepPools,       // sweep the pool size 1..8 (what_if.h)
    kShowWhatIfChart,  // step: 0 the two runs side by side, 1 the pool-size chart
    kNextThread,       // show the next thread of a run with workers (thread_view.h; T)
    kQuit,
  };
  Kind kind;
  size_t step = 0;
  float number = 0;
  std::string path;
};

using UiCommandQueue = std::vector<UiCommand>;

}  // namespace loopscope::app
