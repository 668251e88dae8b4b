// app/cli/help.cpp — the `--help` texts of `loopscope` and each sub-command.
//
// Kept apart from the parser so the words can be edited without touching logic. The
// overview mirrors docs/cli.md and the manual page assets/loopscope.1; keep them in step
// (tests/gui/man_page_test.cpp checks that the manual page has every option).
#include <string>

#include "app/cli/args.h"

namespace loopscope::cli {
namespace {

constexpr const char* kOverview = R"(loopscope — see how Node.js really runs a program

usage:
  loopscope [FILE] [--theme light|dark] [--font-size PX] [--size WxH] [--frame-timing]
            [--exit-after-frames N] [--layout-report OUT.json]
                                  open the desktop app (FILE: a .js or .json scenario);
                                  --frame-timing prints the time to the first frame, where
                                  start-up spent it, and the CPU cost of frames on stderr;
                                  --layout-report writes the panels and the console's state
                                  when the window closes (Ctrl+Q)
  loopscope run FILE [--trace OUT.json] [--chrome-trace OUT.json] [--live] [--allow-long-runs]
            [--host node|browser]
                                  simulate FILE as `node FILE` would run it (or a browser page)
  loopscope compare FILE [--hosts node,browser | --as cjs,esm]
                                  run FILE in Node and in a browser (or as CommonJS and as
                                  an ES module) and print both outputs side by side, the
                                  first difference and why
  loopscope check FILE            validate FILE without running it
  loopscope list                  list the built-in scenarios
  loopscope screenshot FILE --step N --out OUT.png [--size 1600x900] [--theme light|dark] [--live]
            [--font-size PX] [--layout-report OUT.json] [--compare hosts|modules]
                                  render the app at step N into a PNG
  loopscope --version
  loopscope COMMAND --help        help on one command

exit codes: run exits with the program's own code; 2 when FILE cannot be loaded;
3 when a limit stopped a runaway program; 64 for a malformed command line.
)";

constexpr const char* kRun =
    R"(usage: loopscope run FILE [--trace OUT.json] [--chrome-trace OUT.json] [--live] [--allow-long-runs]
                     [--host node|browser]

Simulates FILE on a virtual clock the way `node FILE` runs it. The program's stdout goes
to stdout and its stderr to stderr, and nothing else is printed.

  --trace OUT.json         also write every step event (the log the app animates)
  --chrome-trace OUT.json  also write a Trace Event Format file (Perfetto, chrome://tracing)
  --live                   run on a real libuv loop and thread pool instead of the simulator
  --host browser           run FILE as a page's script in the browser host (the HTML event
                           loop, as Chromium runs it) and print its console lines; a
                           scenario's "host" field picks it too (docs/browser.md)
  --allow-long-runs        let FILE's limits go past the defaults (steps, virtual time,
                           events, heap, and the wall clock: the simulator's 60 s guard,
                           a live run's 10 s); a file alone may only lower them

exit code: the program's (0; 1 after an uncaught exception or unhandled rejection; what
process.exit()/process.exitCode set); 2 when FILE cannot be loaded; 3 when a limit
(steps, virtual time; 10 s of wall-clock time live) stopped the program, with a message
on stderr.
)";

constexpr const char* kCompare =
    R"(usage: loopscope compare FILE [--hosts node,browser | --as cjs,esm]

Runs FILE two ways and prints both outputs side by side, one row per line (stdout, then
stderr), the first row that differs marked with ✗; then where the two runs' order of
events first parts (which of the program's callbacks ran, or which line was printed, on
each side) and one sentence that explains the difference (docs/compare.md).

  --hosts node,browser  in Node and as a page's script in the browser host (the default)
  --as cjs,esm          in Node as CommonJS (FILE.js) and as an ES module (FILE.mjs)

A side that stops at an error says where (FILE:LINE:COL) and the other side still runs.

exit code: 0 when both runs printed the same and ran the same callbacks in the same order;
1 when they differ; 2 when FILE cannot be loaded or cannot run one of the two ways (an ES
module in the browser host, a syntax error); 3 when a limit stopped a runaway side, with
its message on stderr; 64 for a malformed command line.
)";

constexpr const char* kCheck = R"(usage: loopscope check FILE

Loads and compiles FILE without running it. Exits 0 when it is valid; otherwise prints
each problem as FILE:LINE:COL: error: ... (or the JSON pointer of a scenario field) and
exits 2.
)";

constexpr const char* kList = R"(usage: loopscope list

Prints the built-in scenarios, one per line: topic/name and title.
)";

constexpr const char* kScreenshot =
    R"(usage: loopscope screenshot FILE --step N --out OUT.png [--size WxH] [--theme light|dark] [--font-size PX] [--live]
                            [--layout-report OUT.json] [--what-if pool=N,cores=N]

Renders the app showing FILE at step N (clamped to the last step) into a PNG of WxH
pixels (default 1600x900). Needs a display; on a headless machine run it under
`xvfb-run -a`.

  --live   also run FILE on a real libuv loop and show both runs side by side, the
           live one in the panels (step N is a step of the live run)
  --layout-report OUT.json
           also write each panel's rectangle, whether it is folded (the run does not
           use it) and whether its content overflowed (scrolls, is clipped, or hides
           queue cards or OS operations behind a count)
  --what-if pool=N,cores=N
           also simulate FILE with N pool threads and/or N CPU cores and show the
           What if panel: both runs side by side, the first difference marked
  --compare hosts|modules
           show the app's "Compare: Node vs browser" (hosts) or "Compare: CommonJS vs
           ES module" (modules) view of FILE (step N is a step of the Node / CommonJS run)
)";

}  // namespace

std::string HelpText(const std::string& topic) {
  if (topic == "run") return kRun;
  if (topic == "check") return kCheck;
  if (topic == "compare") return kCompare;
  if (topic == "list") return kList;
  if (topic == "screenshot") return kScreenshot;
  return kOverview;
}

}  // namespace loopscope::cli
