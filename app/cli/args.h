// app/cli/args.h — the `loopscope` command line, parsed into one Command (docs/cli.md).
//
// Parsing is pure (no I/O) so tests can cover every form and error. main.cpp turns the
// Command into a call: the window (app/ui/app.h), a screenshot (app/ui/screenshot.h) or a
// headless sub-command (commands.h). Usage errors carry a message and exit with kExitUsage.
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace loopscope::cli {

// Exit status for a malformed command line (BSD sysexits' EX_USAGE). 2 is reserved for a
// scenario that cannot be loaded and 3 for a limit, as docs/cli.md defines for `run`.
inline constexpr int kExitUsage = 64;

enum class CommandKind {
  kApp,
  kRun,
  kCheck,
  kList,
  kScreenshot,
  kCompare,
  kVersion,
  kHelp,
  kUsageError
};

struct Command {
  CommandKind kind = CommandKind::kApp;
  std::string file;                 // the scenario (.js or .json); empty: the default one
  std::string trace_out;            // run --trace
  std::string chrome_trace_out;     // run --chrome-trace
  bool live = false;                // run --live
  std::string host;                 // run --host node|browser; empty: the scenario's "host"
  bool allow_long_runs = false;     // run --allow-long-runs: the file may raise the wall limit
  std::optional<long long> step;    // screenshot --step (required there)
  std::string self_path;            // this executable (set by main, for live runs' child processes)
  std::string png_out;              // screenshot --out
  std::string layout_report_out;    // --layout-report (screenshot, app at exit): session_report.h
  int width = 1600, height = 900;   // screenshot --size, and the app's first window size
  std::string theme;                // --theme light|dark (app, screenshot); empty: preference
  float font_size = 0;              // --font-size PX (app, screenshot); 0: preference/default
  bool frame_timing = false;        // app --frame-timing: print CPU time per frame
  long long exit_after_frames = 0;  // app --exit-after-frames N: quit after N frames, once the
                                    // scenario has loaded (tests)
  bool compare_modules = false;     // compare --as cjs,esm (else --hosts node,browser)
  std::string compare_screen;       // screenshot --compare hosts|modules: that comparison on screen
  std::string help_topic;           // kHelp: which command's help ("" = overview)
  std::string error;                // kUsageError: what was wrong

  // screenshot --what-if pool=N,cores=N: a what-if run beside the scenario's own
  std::optional<int> what_if_pool;
  std::optional<int> what_if_cores;
};

Command ParseArgs(const std::vector<std::string>& args);  // args exclude argv[0]

// The --help text: the overview, or one command's usage ("run", "check", ...).
std::string HelpText(const std::string& topic);
std::string VersionText();

}  // namespace loopscope::cli
