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
#include "engine/node/folded_loop_time.h"

namespace loopscope::browser {

namespace {

// The Node host's rates (the same V8).
const node::CostModel kCosts{};

}  // namespace

bool Window::OnLoopFolded(const js::FoldedLoop& loop) {
  if (stopping()) return false;
  SyncClock();
  const double room_ns = scenario_.limits.max_virtual_ms * kNsPerMs - static_cast<double>(now_ns_);
  const double cpu_ns = std::min(
      node::IterationsNs(kCosts, loop.iterations, loop.cold_iterations, loop.steps_per_iteration),
      std::max(room_ns, 0.0) + kNsPerMs);
  rec_.StatementRepeated({loop.line, loop.col}, loop.iterations);
  now_ns_ += static_cast<int64_t>(cpu_ns);
  return true;
}

uint64_t Window::SpinOnClock(const js::ClockSpin& spin) {
  const bool date = spin.clock_fn.SameBits(date_now_.Get());
  if (stopping() || (!date && !spin.clock_fn.SameBits(performance_now_.Get()))) return 0;
  SyncClock();
  const double read_ns = static_cast<double>(kCosts.per_clock_read);
  auto read_at = [&](uint64_t k) {
    return static_cast<double>(now_ns_) +
           node::IterationsNs(kCosts, k, spin.cold_iterations, spin.steps_per_iteration) +
           node::IterationsNs(kCosts, 1, k < spin.cold_iterations ? 1 : 0, spin.steps_before_read) +
           static_cast<double>(k + 1) * read_ns;
  };
  auto goes_on = [&](uint64_t k) {
    const double t = read_at(k);
    if (t >= 9e18) return false;
    const double ms = t / kNsPerMs;
    const double x =
        (date ? std::floor(scenario_.environment.loop_start_ms + ms) : ms) + spin.offset;
    return node::FoldPasses(spin.op, x, spin.bound) == spin.continue_when;
  };
  const double limit_ns = scenario_.limits.max_virtual_ms * kNsPerMs + kNsPerMs;
  const uint64_t n =
      std::min(node::LastIterationGoingOn(read_at, goes_on, limit_ns), spin.max_iterations);
  if (n == 0) return 0;
  rec_.StatementRepeated({spin.line, spin.col}, n);
  now_ns_ += static_cast<int64_t>(
      node::IterationsNs(kCosts, n, spin.cold_iterations, spin.steps_per_iteration) +
      static_cast<double>(n) * read_ns);
  return n;
}

}  // namespace loopscope::browser
