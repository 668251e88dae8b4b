// engine/node/clock.h — the virtual clock and what main-thread work costs on it.
//
// Time is an integer count of virtual nanoseconds since the process started. libuv keeps its
// own millisecond view of it (`loop->time`, truncated, refreshed only by uv__update_time and
// by Node's getLibuvNow), which is what timers compare against: see LoopTime in
// event_loop.h. The cost model says how much virtual time executed JavaScript consumes, so a
// busy loop blocks the event loop for as long as it spins, as in Node.
#pragma once

#include <cstdint>
#include <limits>

#include "engine/node/cost_table.h"

namespace loopscope::node {

inline constexpr int64_t kNsPerMs = 1'000'000;
// "No such time": nothing is scheduled.
inline constexpr int64_t kNeverTime = std::numeric_limits<int64_t>::max();

// Virtual CPU cost of main-thread work, in nanoseconds of one core's time.
struct CostModel {
  // One bytecode instruction, in picoseconds: at Ignition's speed until its function has
  // tiered up (js/tiers.h), then at TurboFan's; tiering up costs the main thread once.
  int64_t interpreted_step_ps = kCostTable.interpreted_step_ps;
  int64_t optimised_step_ps = kCostTable.optimised_step_ps;
  int64_t tier_up = kCostTable.tier_up_ns;
  int64_t per_clock_read = kCostTable.clock_read_ns;  // Date.now, performance.now, hrtime
  int64_t per_host_call = 60;          // entering a Node binding (Date.now, setTimeout, ...)
  int64_t per_callback = 1'500;        // MakeCallback: entering JS from the loop and leaving it
  int64_t per_microtask = 150;         // one job of the microtask queue
  int64_t per_console_write = 15'000;  // util.format + a write(2) to a pipe
  // Node creates process.stdout / process.stderr lazily: the first write to each builds the
  // stream (measured 4–11 ms for stdout on Node 20 here). It decides races such as a
  // setTimeout(3) against a setImmediate when the first console.log runs in between.
  int64_t first_stdout_write = 5'000'000;
  int64_t first_stderr_write = 1'000'000;
  // process.stdin is lazy too: its first use loads fs or net and builds the stream
  // (measured 4–35 ms on Node 20 here, under load), so a setTimeout(0) set around it fires
  // before a setImmediate.
  int64_t first_stdin_use = 4'000'000;
  // The first read of fd 0 as a file (fs.ReadStream's first fs.read, which also starts the
  // thread pool): enough that a setTimeout(0) set just before it fires before a setImmediate,
  // as it does in Node with `< file` and `< /dev/null`.
  int64_t first_stdin_read = 1'500'000;
  // ...and finishes setting the stream up after the write (its after-write ticks): this much
  // more main-thread work lands in the drain that ends the current callback. Together they
  // make `console.log(); setTimeout(0); setImmediate()` in a main module run the timeout
  // first most of the time, as Node does.
  int64_t first_stdout_write_deferred = 700'000;
  // From the kernel reporting a ready fd to epoll_pwait returning and libuv dispatching it:
  // completions that land meanwhile join the same batch.
  int64_t poll_wakeup = 30'000;
  // The first setTimeout/setInterval loads and compiles Node's timer internals (~0.35 ms).
  int64_t first_timer = 350'000;
};

// Milliseconds as a double (for messages and the scenario's fractional latencies).
inline double NsToMs(int64_t ns) {
  return static_cast<double>(ns) / kNsPerMs;
}
inline int64_t MsToNs(double ms) {
  return static_cast<int64_t>(ms * kNsPerMs + 0.5);
}

}  // namespace loopscope::node
