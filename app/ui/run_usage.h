// app/ui/run_usage.h — which mechanisms a whole run uses (the thread pool, the OS, more
// than the main thread on the timeline), found once per document.
//
// The layout (layout.h) folds the panels of mechanisms a program never touches into
// one-line strips, so a promise puzzle gives the pool's room to its queues and source; a
// browser run shows the browser's loop and queues instead of Node's.
#pragma once

#include "engine/trace/step_log.h"

namespace loopscope::app {

struct RunUsage {
  bool pool = true;      // a job ran on (or waited for) the thread pool
  bool os_io = true;     // the OS worked for the program (sockets, OS timers)
  bool timeline = true;  // the timeline has a lane besides the main thread
  bool loop = true;      // uv_run ran a phase (a purely synchronous program never loops)
  // The run is a browser page (docs/browser.md): the HTML event loop, with no libuv ring,
  // thread pool or OS I/O to show (layout.h hides those panels).
  bool browser = false;
  // The program made a stream (lib/stream.js recorded its buffer). Off by default, unlike the
  // others: few programs make one, so the layout's default keeps the panel a strip.
  bool streams = false;
};

RunUsage FindRunUsage(const trace::StepLog& log);

}  // namespace loopscope::app
