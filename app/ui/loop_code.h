// app/ui/loop_code.h — which line of uv_run's loop the run is on, for the loop pseudocode
// panel (panel_loop_code.cpp), derived from the step log alone (the engine knows no UI).
//
// kLoopCode is uv_run(UV_RUN_DEFAULT) of libuv 1.46 src/unix/core.c in twelve lines, as the
// engine runs it (engine/node/event_loop.cpp, docs/semantics.md §1.1): timers once before
// the loop, then pending, idle/prepare, the poll timeout, poll, check, close, timers and the
// "alive?" test. FindLoopPosition maps a step to a line through the phase entered at or
// before it and the one before that (a timers phase after close callbacks ends an iteration;
// one after the main script or 'beforeExit' is the run before the loop). ComputePollTimeout
// mirrors uv__backend_timeout over the queues as poll began. Tested in loop_code_test.cpp.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "engine/trace/loop_state.h"

namespace loopscope::app {

enum class LoopLine : uint8_t {
  kNone,  // not inside uv_run: the main script, the process exiting
  kAliveFirst,
  kTimersFirst,
  kWhile,
  kPending,
  kIdlePrepare,
  kTimeout,
  kPoll,
  kCheck,
  kClose,
  kTimers,
  kAlive,
  kEnd,
};

struct LoopCodeRow {
  LoopLine line;
  std::string_view code;  // uv__ prefixes and the loop argument dropped, so lines stay short
  trace::Phase phase;     // the phase it runs (its colour tab); kNone: none
};
// clang-format off
inline constexpr LoopCodeRow kLoopCode[] = {
    {LoopLine::kAliveFirst,  "r = loop_alive();",          trace::Phase::kNone},
    {LoopLine::kTimersFirst, "if (r) run_timers();",       trace::Phase::kTimers},
    {LoopLine::kWhile,       "while (r) {",                trace::Phase::kNone},
    {LoopLine::kPending,     "  run_pending();",           trace::Phase::kPending},
    {LoopLine::kIdlePrepare, "  run_idle(); run_prepare();", trace::Phase::kIdlePrepare},
    {LoopLine::kTimeout,     "  t = backend_timeout();",   trace::Phase::kNone},
    {LoopLine::kPoll,        "  io_poll(t);",              trace::Phase::kPoll},
    {LoopLine::kCheck,       "  run_check();",             trace::Phase::kCheck},
    {LoopLine::kClose,       "  run_closing_handles();",   trace::Phase::kClose},
    {LoopLine::kTimers,      "  run_timers();",            trace::Phase::kTimers},
    {LoopLine::kAlive,       "  r = loop_alive();",        trace::Phase::kNone},
    {LoopLine::kEnd,         "}",                          trace::Phase::kNone},
};
// clang-format on

// Indices of the log's kPhaseEnter events, in order (Document::phase_enters).
std::vector<size_t> FindPhaseEnters(const trace::StepLog& log);

inline constexpr size_t kNoEnter = static_cast<size_t>(-1);

struct LoopPosition {
  LoopLine line = LoopLine::kNone;
  size_t phase_enter = kNoEnter;  // the event that entered the current phase
  bool fed_pending = false;       // pending callbacks fed during poll, run right after it
};

// Where in uv_run the step `state` shows is; `enters` is FindPhaseEnters(log).
LoopPosition FindLoopPosition(const trace::LoopState& state, const trace::StepLog& log,
                              const std::vector<size_t>& enters);

struct PollTimeout {
  int64_t ms = 0;   // -1: block until I/O is ready
  std::string why;  // "the next timer is due at 15.0 ms"
};
// uv__backend_timeout for the state just after poll was entered (libuv core.c, timer.c
// uv__next_timeout): 0 when nothing keeps the loop alive or pending callbacks, immediates
// (Node's idle handle) or closing handles wait; else until the next timer; else -1.
PollTimeout ComputePollTimeout(const trace::LoopState& at_poll);

}  // namespace loopscope::app
