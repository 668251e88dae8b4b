// engine/node/simulation.h — run a scenario the way `node FILE` would, on a virtual clock.
//
// This is the one entry point of the Node layer: the CLI's `run`, the app and the tests
// call Simulate(). It embeds the language engine (engine/js), models Node 20 / libuv 1.46
// (docs/semantics.md) and records every step into a trace::StepLog.
#pragma once

#include <atomic>
#include <memory>
#include <string>
#include <vector>

#include "engine/scenario/scenario.h"
#include "engine/trace/step_log.h"

namespace loopscope::node {

// How far a run has got, for another thread to read while it runs (the app's "Simulating…"
// strip). Published with the limit checks, every few thousand steps, and once at the end, so
// reading it costs the run nothing measurable; relaxed order: the figures are shown, not
// synchronised on.
struct RunProgress {
  std::atomic<uint64_t> events{0};     // step-log events recorded so far
  std::atomic<int64_t> virtual_ns{0};  // the virtual clock
};

struct RunOptions {
  bool record_log = true;                     // false: only stdout/stderr/exit code
  const std::atomic<bool>* cancel = nullptr;  // set by another thread to stop early
  RunProgress* progress = nullptr;            // written while the run goes, when given
};

struct RunResult {
  enum class Outcome : uint8_t {
    kExited,     // the program ended (naturally, process.exit, or a crash): exit_code is Node's
    kLoadError,  // the source did not compile: stderr holds `file:line:col: error: ...`
    kLimit,      // a limit stopped a runaway program: stderr ends with the limit message
    kCancelled,  // RunOptions::cancel was set
  };
  Outcome outcome = Outcome::kExited;
  int exit_code = 0;          // for kLoadError 2, for kLimit 3
  std::string stdout_text;    // exactly what node would write to stdout
  std::string stderr_text;    // exactly what node would write to stderr (+ limit message)
  std::string limit_message;  // "step limit (200000000 steps) reached in timers phase, at L4:3"
  std::shared_ptr<const trace::StepLog> log;  // null when record_log is false
};

RunResult Simulate(const scenario::Scenario& scenario, const RunOptions& options = {});

// Compiles the scenario's program without running it (for `loopscope check`): every
// syntax error and out-of-subset construct as `file:line:col: error: message`.
std::vector<std::string> CheckProgram(const scenario::Scenario& scenario);

}  // namespace loopscope::node
