// app/main.cpp — the `loopscope` executable: parse the command line, dispatch, report.
//
// With no sub-command it opens the desktop app (app/ui/app.h); `run`, `check` and `list`
// never touch the display (app/cli/commands.h); `screenshot` renders offscreen
// (app/ui/screenshot.h). This is the one place a C++ exception is caught, as a last resort.
#include <cstdio>
#include <cstdlib>
#include <exception>
#include <filesystem>
#include <sstream>
#include <string>
#include <vector>

#include "app/cli/args.h"
#include "app/cli/commands.h"
#include "app/ui/app.h"
#include "app/ui/screenshot.h"
#include "engine/node/memory_reuse.h"

namespace {

int Dispatch(const loopscope::cli::Command& command) {
  using loopscope::cli::CommandKind;
  switch (command.kind) {
    case CommandKind::kRun:
      return loopscope::cli::RunCommand(command);
    case CommandKind::kCheck:
      return loopscope::cli::CheckCommand(command);
    case CommandKind::kList:
      return loopscope::cli::ListCommand(command);
    case CommandKind::kScreenshot:
      return loopscope::app::ScreenshotCommand(command);
    case CommandKind::kCompare:
      return loopscope::cli::CompareCommand(command);
    case CommandKind::kApp:
      return loopscope::app::RunApp(command);
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

// This executable's path, for the child processes of live runs: /proc/self/exe, or (where
// /proc is not mounted) argv[0] resolved now, before anything changes the directory.
std::string SelfPath(const char* argv0) {
  namespace fs = std::filesystem;
  std::error_code ec;
  fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  if (!ec) return exe.string();
  std::string name = argv0 ? argv0 : "loopscope";
  if (name.find('/') != std::string::npos) return fs::absolute(name, ec).string();
  std::istringstream path(std::getenv("PATH") ? std::getenv("PATH") : "");
  for (std::string dir; std::getline(path, dir, ':');) {
    fs::path candidate = fs::path(dir) / name;
    if (fs::exists(candidate, ec)) return candidate.string();
  }
  return name;
}

}  // namespace

int main(int argc, char** argv) {
  std::vector<std::string> args(argv + 1, argv + argc);
  // The app simulates again after every edit or reload: keep freed pages for the next run.
  loopscope::node::KeepFreedMemoryForNextRun();
  try {
    loopscope::cli::Command command = loopscope::cli::ParseArgs(args);
    command.self_path = SelfPath(argc > 0 ? argv[0] : nullptr);
    return Dispatch(command);
  } catch (const std::exception& e) {
    std::fprintf(stderr, "loopscope: internal error: %s\n", e.what());
    return 70;  // EX_SOFTWARE: a bug in loopscope, not in the user's program
  }
}
