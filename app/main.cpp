// app/main.cpp — the `loopscope` executable: parse the command line, dispatch, report.
//
// With no sub-command it opens the desktop app (app/ui/app.h); `run`, `check` and `list`
// never touch the display (app/cli/commands.h); `screenshot` renders offscreen
// (app/ui/screenshot.h). This is the one place a C++ exception is caught, as a last resort.
#include <cstdio>
#include <exception>
#include <string>
#include <vector>

#include "app/cli/args.h"
#include "app/cli/commands.h"
#include "app/ui/app.h"
#include "app/ui/screenshot.h"

namespace {

int Dispatch(const loopscope::cli::Command& command) {
  using loopscope::cli::CommandKind;
  switch (command.kind) {
    case CommandKind::kRun: return loopscope::cli::RunCommand(command);
    case CommandKind::kCheck: return loopscope::cli::CheckCommand(command);
    case CommandKind::kList: return loopscope::cli::ListCommand(command);
    case CommandKind::kScreenshot: return loopscope::app::ScreenshotCommand(command);
    case CommandKind::kApp: return loopscope::app::RunApp(command);
    case CommandKind::kVersion:
      std::fputs(loopscope::cli::VersionText().c_str(), stdout);
      return 0;
    case CommandKind::kHelp:
      std::fputs(loopscope::cli::HelpText(command.help_topic).c_str(), stdout);
      return 0;
    case CommandKind::kUsageError:
      std::fprintf(stderr, "loopscope: %s\n(see loopscope --help)\n", command.error.c_str());
      return loopscope::cli::kExitUsage;
  }
  return loopscope::cli::kExitUsage;
}

}  // namespace

int main(int argc, char** argv) {
  std::vector<std::string> args(argv + 1, argv + argc);
  try {
    return Dispatch(loopscope::cli::ParseArgs(args));
  } catch (const std::exception& e) {
    std::fprintf(stderr, "loopscope: internal error: %s\n", e.what());
    return 70;  // EX_SOFTWARE: a bug in loopscope, not in the user's program
  }
}
