// engine/node/loop_costs.cpp — the time of loops run in closed form (js/loop_fold.h).
//
// A folded counter loop costs what its instructions would have cost one by one: the cost
// model's interpreted rate until its function tiers up, the optimised rate after (clock.h).
// A clock spin (`while (Date.now() - t < 1500) {}`) is run to the iteration whose read ends
// it: iteration k reads the clock after k whole iterations and its own first instructions,
// so the reads are evenly spaced and the first failing one is found by bisection, with the
// same reading function as the native (clock_reading.h). Both are recorded as one statement
// repeated N times plus a note, and count as one iteration's steps toward limits.max_steps:
// the step limit guards real time, which a folded loop does not spend. A live run (real
// time) folds counter loops too, but spends their modelled CPU time for real
// (DoMainThreadWork), so the real loop is blocked as long as node's would be; it never
// folds clock spins, which there read the real clock.
#include <algorithm>
#include <cinttypes>
#include <cstdio>

#include "engine/node/clock_reading.h"
#include "engine/node/folded_loop_time.h"
#include "engine/node/process.h"
#include "engine/node/thread_pool.h"
#include "engine/node/worker_hub.h"

namespace loopscope::node {

bool Process::OnLoopFolded(const js::FoldedLoop& loop) {
  if (stopping()) return false;
  SyncClock();
  double cpu_ns =
      IterationsNs(costs_, loop.iterations, loop.cold_iterations, loop.steps_per_iteration);
  // Past the virtual-time limit the program stops anyway (StopSoonIfPastVirtualLimit).
  const double room_ns = scenario_.limits.max_virtual_ms * kNsPerMs - static_cast<double>(now_ns_);
  cpu_ns = std::min(cpu_ns, std::max(room_ns, 0.0) + kNsPerMs);
  rec_.StatementRepeated({loop.line, loop.col}, loop.iterations);
  if (rec_.enabled()) {
    char note[160];
    std::snprintf(note, sizeof note,
                  "loop at line %u: %" PRIu64
                  " iterations that only count, run in closed form (%.3f ms of CPU)",
                  loop.line, loop.iterations, cpu_ns / kNsPerMs);
    rec_.Note(note);
  }
  CountHostWork(loop.steps_per_iteration);
  DoMainThreadWork(static_cast<int64_t>(cpu_ns));
  return true;
}

uint64_t Process::SpinOnClock(const js::ClockSpin& spin) {
  if (real_time_ || stopping()) return 0;
  ClockKind kind;
  if (spin.clock_fn.SameBits(date_now_)) {
    kind = ClockKind::kDateNow;
  } else if (spin.clock_fn.SameBits(performance_now_)) {
    kind = ClockKind::kPerformanceNow;
  } else {
    return 0;
  }
  SyncClock();
  if (hub_) pool_->SetBusyBeside(hub_->BusyBeside(*this));
  const double rate = pool_->MainThreadRate();
  const uint64_t steps = spin.steps_per_iteration;
  const double read_ns = static_cast<double>(costs_.per_clock_read);
  // Virtual time of iteration k's read, and whether the loop goes on after it.
  auto read_at = [&](uint64_t k) {
    const double before =
        IterationsNs(costs_, k, spin.cold_iterations, steps) +
        IterationsNs(costs_, 1, k < spin.cold_iterations ? 1 : 0, spin.steps_before_read) +
        static_cast<double>(k + 1) * read_ns;
    return static_cast<double>(now_ns_) + before / rate;
  };
  auto goes_on = [&](uint64_t k) {
    const double t = read_at(k);
    if (t >= 9e18) return false;
    const double x = ClockReading(kind, static_cast<int64_t>(t)) + spin.offset;
    return FoldPasses(spin.op, x, spin.bound) == spin.continue_when;
  };
  // The last iteration worth searching: one virtual millisecond past the time limit.
  const double limit_ns = scenario_.limits.max_virtual_ms * kNsPerMs + kNsPerMs;
  const uint64_t lo = LastIterationGoingOn(read_at, goes_on, limit_ns);
  // Iterations 0..lo go on; the interpreter runs the last of them and the one that stops
  // (and any past the point where the loop's counters would lose exactness).
  const uint64_t n = std::min(lo, spin.max_iterations);
  if (n == 0) return 0;
  const double cpu_ns =
      IterationsNs(costs_, n, spin.cold_iterations, steps) + static_cast<double>(n) * read_ns;
  rec_.StatementRepeated({spin.line, spin.col}, n);
  if (rec_.enabled()) {
    char note[160];
    std::snprintf(note, sizeof note,
                  "loop at line %u: %" PRIu64
                  " iterations that only read the clock, run in closed form (%.3f ms of CPU)",
                  spin.line, n, cpu_ns / kNsPerMs);
    rec_.Note(note);
  }
  CountHostWork(steps);
  ChargeMainThread(static_cast<int64_t>(cpu_ns));
  return n;
}

}  // namespace loopscope::node
