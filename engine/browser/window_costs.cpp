// engine/browser/window_costs.cpp — loops the language engine runs in closed form (js/loop_fold.h).
//
// A counting loop and a loop spinning on performance.now() or Date.now() cost the page what
// their instructions would have cost one by one, at the Node host's measured rates (the same
// V8: engine/node/cost_table.h): the classic "long task" of a browser demo,
// `while (performance.now() - start < 100) {}`, blocks the loop for 100 virtual ms without
// running billions of instructions. The spin is found by bisection on the iteration whose read
// ends it, as engine/node/loop_costs.cpp does for Node.
#include <cmath>

#include "engine/browser/window.h"
#include "engine/node/cost_table.h"

namespace loopscope::browser {

namespace {

double IterationsNs(uint64_t n, uint64_t cold, uint64_t steps) {
  cold = std::min(cold, n);
  return (static_cast<double>(cold) * static_cast<double>(node::kCostTable.interpreted_step_ps) +
          static_cast<double>(n - cold) * static_cast<double>(node::kCostTable.optimised_step_ps)) *
         static_cast<double>(steps) / 1000.0;
}

bool Passes(js::FoldCompare op, double x, double bound) {
  switch (op) {
    case js::FoldCompare::kLt:
      return x < bound;
    case js::FoldCompare::kLe:
      return x <= bound;
    case js::FoldCompare::kGt:
      return x > bound;
    case js::FoldCompare::kGe:
      return x >= bound;
  }
  return false;
}

}  // namespace

bool Window::OnLoopFolded(const js::FoldedLoop& loop) {
  if (stopping()) return false;
  SyncClock();
  const double room_ns = scenario_.limits.max_virtual_ms * kNsPerMs - static_cast<double>(now_ns_);
  const double cpu_ns =
      std::min(IterationsNs(loop.iterations, loop.cold_iterations, loop.steps_per_iteration),
               std::max(room_ns, 0.0) + kNsPerMs);
  rec_.StatementRepeated({loop.line, loop.col}, loop.iterations);
  now_ns_ += static_cast<int64_t>(cpu_ns);
  return true;
}

uint64_t Window::SpinOnClock(const js::ClockSpin& spin) {
  const bool date = spin.clock_fn.SameBits(date_now_.Get());
  if (stopping() || (!date && !spin.clock_fn.SameBits(performance_now_.Get()))) return 0;
  SyncClock();
  const double read_ns = static_cast<double>(node::kCostTable.clock_read_ns);
  auto read_at = [&](uint64_t k) {
    return static_cast<double>(now_ns_) +
           IterationsNs(k, spin.cold_iterations, spin.steps_per_iteration) +
           IterationsNs(1, k < spin.cold_iterations ? 1 : 0, spin.steps_before_read) +
           static_cast<double>(k + 1) * read_ns;
  };
  auto goes_on = [&](uint64_t k) {
    const double t = read_at(k);
    if (t >= 9e18) return false;
    const double ms = t / kNsPerMs;
    const double x =
        (date ? std::floor(scenario_.environment.loop_start_ms + ms) : ms) + spin.offset;
    return Passes(spin.op, x, spin.bound) == spin.continue_when;
  };
  const double limit_ns = scenario_.limits.max_virtual_ms * kNsPerMs + kNsPerMs;
  uint64_t hi = 1;
  while (hi < (uint64_t{1} << 62) && read_at(hi) < limit_ns && goes_on(hi)) hi *= 2;
  if (!goes_on(0)) return 0;
  uint64_t lo = 0;
  while (hi - lo > 1) {
    const uint64_t mid = lo + (hi - lo) / 2;
    (goes_on(mid) ? lo : hi) = mid;
  }
  const uint64_t n = std::min(lo, spin.max_iterations);
  if (n == 0) return 0;
  rec_.StatementRepeated({spin.line, spin.col}, n);
  now_ns_ += static_cast<int64_t>(IterationsNs(n, spin.cold_iterations, spin.steps_per_iteration) +
                                  static_cast<double>(n) * read_ns);
  return n;
}

}  // namespace loopscope::browser
