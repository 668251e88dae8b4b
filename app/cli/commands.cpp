// app/cli/commands.cpp — `run`, `check` and `list`: thin calls into the engine.
//
// `run` must print exactly what `node FILE` prints, so everything here writes the
// program's bytes unchanged and adds nothing; loopscope's own messages appear only when a
// file cannot be loaded or an export cannot be written.
#include "app/cli/commands.h"

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <string>

#include "app/cli/host_stdin.h"
#include "engine/browser/simulation.h"
#include "engine/live/live_run.h"
#include "engine/node/simulation.h"
#include "engine/scenario/library.h"
#include "engine/scenario/loader.h"
#include "engine/trace/chrome_trace.h"
#include "engine/trace/trace_json.h"

namespace loopscope::cli {
namespace {

constexpr int kExitLoadError = 2;  // docs/cli.md
constexpr int kExitIoError = 74;   // an export file could not be written (EX_IOERR)

void Write(std::FILE* stream, const std::string& bytes) {
  std::fwrite(bytes.data(), 1, bytes.size(), stream);
  std::fflush(stream);
}

template <typename Writer>
bool Export(const std::string& path, const trace::StepLog& log, Writer write) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  if (out && write(log, out) && out.flush()) return true;
  Write(stderr, "loopscope: cannot write " + path + "\n");
  return false;
}

}  // namespace

std::optional<scenario::Scenario> Load(const std::string& path) {
  scenario::LoadResult loaded = scenario::LoadFile(path);
  if (loaded.ok()) return std::move(loaded.scenario);
  for (const scenario::Diagnostic& d : loaded.errors) Write(stderr, d.ToString() + "\n");
  if (loaded.errors.empty()) Write(stderr, path + ": error: cannot load this file\n");
  return std::nullopt;
}

int RunCommand(const Command& command) {
  std::optional<scenario::Scenario> sc = Load(command.file);
  if (!sc) return kExitLoadError;
  // A shared file cannot make `run` spin for minutes or hold gigabytes: it may lower its
  // limits, and raise them past the defaults only when the user asks for it.
  if (!command.allow_long_runs) {
    scenario::CapLimitsAtDefaults(
        sc->limits, command.live ? live::kDefaultLiveWallSeconds : scenario::kWallGuardSeconds);
  }
  // The program reads loopscope's own stdin, unless the scenario gives it one ("stdin").
  if (sc->stdin_source.kind != scenario::StdinKind::kPipe) sc->stdin_source = HostStdin();
  bool wants_log = !command.trace_out.empty() || !command.chrome_trace_out.empty();
  node::RunOptions options{.record_log = wants_log};
  if (!command.host.empty())
    sc->host = command.host == "browser" ? scenario::Host::kBrowser : scenario::Host::kNode;
  if (command.live && sc->host == scenario::Host::kBrowser) {
    Write(stderr, "loopscope: " + command.file +
                      " runs in the browser host, which has no --live mode (docs/browser.md)\n");
    return kExitLoadError;
  }
  node::RunResult result = sc->host == scenario::Host::kBrowser ? browser::Simulate(*sc, options)
                           : command.live                       ? live::RunLive(*sc, options)
                                                                : node::Simulate(*sc, options);
  Write(stdout, result.stdout_text);
  Write(stderr, result.stderr_text);
  if (result.log) {
    bool ok = true;
    auto json = [](const trace::StepLog& log, std::ostream& out) {
      return trace::WriteTraceJson(log, out);
    };
    auto chrome = [](const trace::StepLog& log, std::ostream& out) {
      return trace::WriteChromeTrace(log, out);
    };
    if (!command.trace_out.empty()) ok &= Export(command.trace_out, *result.log, json);
    if (!command.chrome_trace_out.empty()) {
      ok &= Export(command.chrome_trace_out, *result.log, chrome);
    }
    if (!ok) return kExitIoError;
  }
  return result.exit_code;
}

int CheckCommand(const Command& command) {
  std::optional<scenario::Scenario> sc = Load(command.file);
  if (!sc) return kExitLoadError;
  std::vector<std::string> errors = node::CheckProgram(*sc);
  for (const std::string& e : errors) Write(stderr, e + "\n");
  return errors.empty() ? 0 : kExitLoadError;
}

int ListCommand(const Command& command) {
  size_t width = 0;
  for (const auto& s : scenario::BuiltinScenarios()) width = std::max(width, s.id.size());
  for (const auto& s : scenario::BuiltinScenarios()) {
    std::string line(s.id);
    line.append(width + 2 - s.id.size(), ' ');
    line.append(s.name);
    Write(stdout, line + "\n");
  }
  return 0;
}

}  // namespace loopscope::cli
