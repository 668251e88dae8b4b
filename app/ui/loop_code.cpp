// app/ui/loop_code.cpp — the step-to-line mapping and the poll timeout of loop_code.h.
#include "app/ui/loop_code.h"

#include <algorithm>

#include "engine/trace/explain.h"

namespace loopscope::app {
namespace {

using trace::Phase;
using trace::Queue;

// What keeps uv__loop_alive true, as far as the step log shows it: a timer, I/O or pool
// work in flight, a ref'd handle, or callbacks waiting for the pending or close phase.
bool Alive(const trace::LoopState& s) {
  const auto busy = [](const trace::PoolThread& t) { return t.job != 0; };
  const auto ref = [](const trace::HandleInfo& h) { return h.ref; };
  return !s.Items(Queue::kTimers).empty() || !s.os_ops.empty() ||
         !s.Items(Queue::kPoolWork).empty() || !s.Items(Queue::kPollReady).empty() ||
         !s.Items(Queue::kPending).empty() || !s.Items(Queue::kClose).empty() ||
         !s.Items(Queue::kImmediates).empty() || std::any_of(s.pool.begin(), s.pool.end(), busy) ||
         std::any_of(s.handles.begin(), s.handles.end(), ref);
}

}  // namespace

std::vector<size_t> FindPhaseEnters(const trace::StepLog& log) {
  std::vector<size_t> enters;
  for (size_t i = 0; i < log.size(); ++i)
    if (log[i].kind == trace::EventKind::kPhaseEnter) enters.push_back(i);
  return enters;
}

LoopPosition FindLoopPosition(const trace::LoopState& state, const trace::StepLog& log,
                              const std::vector<size_t>& enters) {
  LoopPosition at;
  if (state.step == trace::LoopState::kNoStep) return at;
  auto next = std::upper_bound(enters.begin(), enters.end(), state.step);
  if (next == enters.begin()) return at;
  at.phase_enter = *(next - 1);
  Phase before = next - 1 == enters.begin() ? Phase::kNone : log[*(next - 2)].phase;
  switch (state.phase) {
    case Phase::kTimers:
      // After close callbacks: the end of an iteration, then the "alive?" test. Otherwise
      // the run before the loop (first uv_run, or again after 'beforeExit' re-armed it).
      if (before == Phase::kClose)
        at.line = state.in_phase ? LoopLine::kTimers : LoopLine::kAlive;
      else
        at.line = state.in_phase ? LoopLine::kTimersFirst : LoopLine::kWhile;
      break;
    case Phase::kPending:
      // Watchers fed while poll ran are run right after it (core.c 451-452).
      at.fed_pending = before == Phase::kPoll || before == Phase::kPending;
      at.line = at.fed_pending ? LoopLine::kPoll : LoopLine::kPending;
      break;
    case Phase::kIdlePrepare:
      at.line = LoopLine::kIdlePrepare;
      break;
    case Phase::kPoll:
      at.line = LoopLine::kPoll;
      break;
    case Phase::kCheck:
      at.line = LoopLine::kCheck;
      break;
    case Phase::kClose:
      at.line = LoopLine::kClose;
      break;
    case Phase::kBeforeExit:
      // uv_run returned because the loop was not alive: at the start when no timer phase ran.
      at.line = state.iteration == 0 ? LoopLine::kAliveFirst : LoopLine::kAlive;
      break;
    default:  // the main script, the process exiting: not inside uv_run
      break;
  }
  return at;
}

PollTimeout ComputePollTimeout(const trace::LoopState& s) {
  if (!Alive(s)) return {0, "nothing keeps the loop alive"};
  if (!s.Items(Queue::kPending).empty()) return {0, "pending callbacks wait"};
  if (!s.Items(Queue::kImmediates).empty()) return {0, "immediates wait (Node's idle handle)"};
  if (!s.Items(Queue::kClose).empty()) return {0, "handles are closing"};
  if (s.Items(Queue::kTimers).empty()) return {-1, "no timer: it blocks until I/O is ready"};
  // uv__next_timeout: the earliest timer's due time less the loop time, in whole ms.
  int64_t due_ns = s.Items(Queue::kTimers).front().due_ns;
  int64_t ms = std::max<int64_t>(0, due_ns / 1'000'000 - s.time_ns / 1'000'000);
  return {ms, "the next timer is due at " + trace::FormatMs(due_ns)};
}

}  // namespace loopscope::app
