// app/cli/commands.h — the headless sub-commands: run, check, list (docs/cli.md).
//
// Each returns the process exit code and writes only what cli.md allows: `run` prints the
// program's stdout and stderr exactly and nothing else; `check` prints located errors.
// The screenshot command needs a window and lives in app/ui/screenshot.h.
#pragma once

#include <optional>
#include <string>

#include "app/cli/args.h"
#include "engine/scenario/scenario.h"

namespace loopscope::cli {

// Loads FILE; on failure prints every located diagnostic to stderr and returns nullopt.
std::optional<scenario::Scenario> Load(const std::string& path);

int RunCommand(const Command& command);
int CheckCommand(const Command& command);
int ListCommand(const Command& command);
// `compare`: compare_command.cpp.
int CompareCommand(const Command& command);

}  // namespace loopscope::cli
