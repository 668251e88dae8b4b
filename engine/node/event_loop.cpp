// engine/node/event_loop.cpp — uv_run and its phases (libuv 1.46 src/unix/core.c).
#include "engine/node/event_loop.h"

#include <algorithm>

#include "engine/node/immediates.h"
#include "engine/node/os_io.h"
#include "engine/node/process.h"
#include "engine/node/thread_pool.h"
#include "engine/node/timers.h"
#include "engine/node/worker_hub.h"

namespace loopscope::node {

int64_t EventLoop::UpdateTime() {
  p_.SyncClock();
  loop_ms_ = p_.now() / kNsPerMs;
  return loop_ms_;
}

void EventLoop::EnterPhase(Phase phase) {
  p_.set_phase(phase);
  p_.rec().PhaseEnter(phase, iteration_);
}

void EventLoop::LeavePhase(Phase phase) {
  p_.rec().PhaseLeave(phase, iteration_);
}

// uv_run(loop, UV_RUN_DEFAULT), libuv 1.46:
//   r = uv__loop_alive(loop); if (!r) uv__update_time(loop);
//   if (r) { uv__update_time(loop); uv__run_timers(loop); }
//   while (r != 0 && loop->stop_flag == 0) {
//     uv__run_pending; uv__run_idle; uv__run_prepare; uv__io_poll(timeout);
//     (pending fed during poll); uv__run_check; uv__run_closing_handles;
//     uv__update_time; uv__run_timers; r = uv__loop_alive(loop);
//   }
void EventLoop::Run() {
  bool alive = Alive();
  if (!alive) UpdateTime();
  if (alive) RunTimersPhase();
  while (alive && !p_.stopping()) {
    RunPending();
    RunIdlePrepare();
    Poll(BackendTimeout());
    if (p_.stopping()) break;
    RunPendingFedDuringPoll();
    if (p_.stopping()) break;
    RunCheck();
    if (p_.stopping()) break;
    RunClosingHandles();
    if (p_.stopping()) break;
    RunTimersPhase();
    alive = Alive();
  }
}

void EventLoop::RunTimersPhase() {
  ++iteration_;
  p_.CountHostWork(kWorkStepsPerLoopIteration);
  EnterPhase(Phase::kTimers);
  int64_t now = UpdateTime();
  p_.timers().RunDue(now);
  LeavePhase(Phase::kTimers);
}

void EventLoop::RunPending() {
  EnterPhase(Phase::kPending);
  RunCallbacks(pending_, Queue::kPending);
  LeavePhase(Phase::kPending);
}

// libuv 1.46 core.c 451-452: watchers fed while poll ran (a socket.end() in an I/O
// callback: uv_shutdown → uv__io_feed) run right after poll, up to 8 rounds, not in the
// next iteration's pending phase (docs/semantics.md §1.1).
void EventLoop::RunPendingFedDuringPoll() {
  for (int round = 0; round < 8 && !pending_.empty() && !p_.stopping(); ++round) RunPending();
}

// Node registers an idle handle (only to keep poll from blocking while immediates wait) and
// prepare handles that run no JavaScript; the phase is shown so the wheel is complete.
void EventLoop::RunIdlePrepare() {
  EnterPhase(Phase::kIdlePrepare);
  LeavePhase(Phase::kIdlePrepare);
}

// uv_backend_timeout / uv__backend_timeout: 0 when anything is due now, else until the
// next uv timer (Node's one timer, even when unref'd), or -1 (block) without timers.
int64_t EventLoop::BackendTimeout() const {
  if (p_.stopping()) return 0;
  if (!HasRefedHandles() && p_.pool().active_requests() == 0 && p_.os().keeping_alive() == 0)
    return 0;
  if (!pending_.empty()) return 0;
  if (p_.immediates().ref_count() > 0) return 0;  // the idle handle is active
  if (!closing_.empty()) return 0;
  if (!p_.timers().uv_timer_active()) return -1;
  int64_t diff = p_.timers().uv_timer_due() - loop_ms_;
  return diff > 0 ? diff : 0;
}

bool EventLoop::HasReadyIo() const {
  return p_.pool().has_completed() || p_.os().has_ready();
}

// uv__io_poll with UV_METRICS_IDLE_TIME (Node turns it on): a non-blocking epoll first;
// only if it returns nothing, wait for the timeout less the time that passed since the
// loop time the timeout was computed from. One batch of ready events ends the phase.
void EventLoop::Poll(int64_t timeout_ms) {
  EnterPhase(Phase::kPoll);
  // Threads still behind this one's time run first: what they sent may be ready now.
  if (p_.has_hub()) p_.hub().YieldBefore(p_, p_.now());
  int64_t base = loop_ms_;
  UpdateTime();
  if (!HasReadyIo() && timeout_ms != 0) {
    int64_t wake = kNeverTime;
    if (timeout_ms > 0) {
      int64_t remaining = timeout_ms - (loop_ms_ - base);
      wake = remaining > 0 ? p_.now() + remaining * kNsPerMs : p_.now();
    }
    while (!HasReadyIo() && p_.now() < wake && !p_.stopping()) {
      int64_t next = std::min({wake, p_.pool().NextEventTime(false), p_.os().NextEventTime()});
      // Other threads whose time comes first run now; they may have sent this one something.
      if (p_.has_hub() && p_.hub().YieldBefore(p_, next)) continue;
      if (next == kNeverTime) {
        p_.StopForLimit(
            "idle-forever limit: the event loop would wait in the poll phase forever (a "
            "listening server or another open handle keeps the process alive and nothing "
            "else is scheduled)");
        break;
      }
      p_.IdleUntil(next);
      if (HasReadyIo()) p_.IdleUntil(p_.now() + p_.costs().poll_wakeup);
    }
    UpdateTime();
  }
  if (HasReadyIo() && !p_.stopping()) DispatchReadyIo();
  LeavePhase(Phase::kPoll);
}

// The events of one epoll_pwait, in the order they became ready. The pool's completions
// arrive through one eventfd: when its turn comes, uv__work_done runs all of them.
void EventLoop::DispatchReadyIo() {
  bool pool_first =
      p_.pool().has_completed() &&
      (!p_.os().has_ready() || p_.pool().first_completion_time() <= p_.os().first_ready_time());
  bool pool_ready = p_.pool().has_completed();
  if (pool_first) p_.pool().RunCompletedCallbacks();
  if (p_.stopping()) return;
  if (p_.os().has_ready()) p_.os().RunReadyCallbacks();
  if (p_.stopping()) return;
  if (pool_ready && !pool_first) p_.pool().RunCompletedCallbacks();
}

void EventLoop::RunCheck() {
  EnterPhase(Phase::kCheck);
  p_.immediates().RunCheck();
  LeavePhase(Phase::kCheck);
}

// uv__run_closing_handles: the list is taken whole; handles closed by these callbacks
// wait for the next iteration.
void EventLoop::RunClosingHandles() {
  EnterPhase(Phase::kClose);
  RunCallbacks(closing_, Queue::kClose);
  LeavePhase(Phase::kClose);
}

void EventLoop::RunCallbacks(std::deque<LoopCallback>& queue, Queue kind) {
  running_.swap(queue);
  while (!running_.empty() && !p_.stopping()) {
    LoopCallback& cb = running_.front();
    p_.rec().Dequeue(kind, cb.id);
    if (cb.run) cb.run(cb);
    running_.pop_front();
  }
  running_.clear();
}

// uv__loop_alive: ref'd active handles, active requests, pending or closing work. Node's
// timer handle is ref'd iff a ref'd Timeout exists; the immediate idle handle iff a ref'd
// immediate waits.
bool EventLoop::Alive() const {
  return HasRefedHandles() || p_.pool().active_requests() > 0 || p_.os().keeping_alive() > 0 ||
         !pending_.empty() || !closing_.empty();
}

bool EventLoop::HasRefedHandles() const {
  if (p_.timers().keeps_loop_alive() || p_.immediates().ref_count() > 0) return true;
  return refed_handles_ > 0;
}

uint64_t EventLoop::OpenHandle(std::string_view label, bool ref) {
  uint64_t id = p_.rec().NewId();
  handles_[id] = ref;
  if (ref) ++refed_handles_;
  p_.rec().Handle(id, label, trace::HandleOp::kOpen);
  if (!ref) p_.rec().Handle(id, label, trace::HandleOp::kUnref);
  return id;
}

void EventLoop::SetHandleRef(uint64_t id, bool ref) {
  auto it = handles_.find(id);
  if (it == handles_.end() || it->second == ref) return;
  it->second = ref;
  if (ref)
    ++refed_handles_;
  else
    --refed_handles_;
  p_.rec().Handle(id, {}, ref ? trace::HandleOp::kRef : trace::HandleOp::kUnref);
}

void EventLoop::CloseHandle(uint64_t id, LoopCallback cb) {
  if (auto it = handles_.find(id); it != handles_.end()) {
    if (it->second) --refed_handles_;
    handles_.erase(it);
  }
  p_.rec().Handle(id, {}, trace::HandleOp::kClose);
  if (cb.id == 0) cb.id = p_.rec().NewId();
  p_.rec().Enqueue(Queue::kClose, cb.id, cb.label, cb.from);
  closing_.push_front(std::move(cb));  // uv__make_close_pending pushes on the head
}

void EventLoop::FeedPending(LoopCallback cb) {
  if (cb.id == 0) cb.id = p_.rec().NewId();
  p_.rec().Enqueue(Queue::kPending, cb.id, cb.label, cb.from);
  pending_.push_back(std::move(cb));
}

void EventLoop::Trace(js::RootTracer& tracer) const {
  for (const auto* q : {&pending_, &closing_, &running_}) {
    for (const auto& cb : *q) {
      for (js::Value v : cb.values) tracer.Mark(v);
    }
  }
}

}  // namespace loopscope::node
