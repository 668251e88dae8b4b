// engine/live/live_loop.cpp — see live_loop.h.
#include "engine/live/live_loop.h"

#include <algorithm>

#include "engine/live/live_backend.h"
#include "engine/node/immediates.h"
#include "engine/node/process.h"
#include "engine/node/timers.h"

namespace loopscope::live {

using node::Phase;
using node::Queue;

namespace {
// libuv's phases in uv_run order; Observe walks this ring.
constexpr Phase kRing[] = {Phase::kTimers, Phase::kPending, Phase::kIdlePrepare,
                           Phase::kPoll,   Phase::kCheck,   Phase::kClose};
constexpr int kRingSize = 6;

int RingIndex(Phase p) {
  for (int i = 0; i < kRingSize; ++i) {
    if (kRing[i] == p) return i;
  }
  return -1;
}

LiveLoop& Self(void* data) {
  return *static_cast<LiveLoop*>(data);
}
}  // namespace

LiveLoop::LiveLoop(node::Process& process, LiveBackend& backend)
    : node::EventLoop(process), backend_(backend) {
  uv_loop_t* loop = backend_.uv();
  uv_update_time(loop);
  base_ms_ = uv_now(loop);
  uv_timer_init(loop, &timer_);
  uv_unref(reinterpret_cast<uv_handle_t*>(&timer_));
  uv_check_init(loop, &immediate_check_);
  uv_unref(reinterpret_cast<uv_handle_t*>(&immediate_check_));
  uv_idle_init(loop, &immediate_idle_);
  uv_prepare_init(loop, &prepare_);
  uv_unref(reinterpret_cast<uv_handle_t*>(&prepare_));
  uv_check_init(loop, &after_poll_);
  uv_unref(reinterpret_cast<uv_handle_t*>(&after_poll_));
  uv_idle_init(loop, &pending_idle_);
  uv_timer_init(loop, &watchdog_);
  uv_unref(reinterpret_cast<uv_handle_t*>(&watchdog_));
  for (uv_handle_t* h :
       {reinterpret_cast<uv_handle_t*>(&timer_), reinterpret_cast<uv_handle_t*>(&immediate_check_),
        reinterpret_cast<uv_handle_t*>(&immediate_idle_), reinterpret_cast<uv_handle_t*>(&prepare_),
        reinterpret_cast<uv_handle_t*>(&after_poll_),
        reinterpret_cast<uv_handle_t*>(&pending_idle_),
        reinterpret_cast<uv_handle_t*>(&watchdog_)}) {
    h->data = this;
  }
  // Node's check handle first, ours after it: libuv runs check handles newest first.
  uv_check_start(&immediate_check_, OnImmediateCheck);
  uv_prepare_start(&prepare_, OnPrepare);
  uv_check_start(&after_poll_, OnAfterPoll);
}

// The handles are closed by LiveBackend::Shutdown (uv_walk) before the loop is closed.
LiveLoop::~LiveLoop() = default;

// uv_update_time, and Node's getLibuvNow: milliseconds since the loop was made.
int64_t LiveLoop::UpdateTime() {
  uv_update_time(backend_.uv());
  loop_ms_ = static_cast<int64_t>(uv_now(backend_.uv()) - base_ms_);
  p_.SyncClock();
  return loop_ms_;
}

void LiveLoop::Run() {
  if (backend_.shutting_down()) return;
  double limit_ms =
      backend_.wall_limit_seconds() * 1000.0 - static_cast<double>(backend_.Now()) / 1e6;
  uv_timer_start(&watchdog_, OnWatchdog, static_cast<uint64_t>(std::max(1.0, limit_ms)), 0);
  if (Alive()) Observe(Phase::kTimers);  // uv_run starts an iteration with its timers
  uv_run(backend_.uv(), UV_RUN_DEFAULT);
  uv_timer_stop(&watchdog_);
  p_.SyncClock();
  if (current_ != Phase::kNone) LeavePhase(current_);
  current_ = Phase::kNone;
}

bool LiveLoop::Alive() const {
  return uv_loop_alive(backend_.uv()) != 0;
}

void LiveLoop::Observe(Phase phase) {
  LogPollWait();
  if (phase == current_ || RingIndex(phase) < 0) return;
  p_.SyncClock();
  if (current_ != Phase::kNone) {
    LeavePhase(current_);
    // Phases passed on the way ran nothing: logged as entered and left.
    for (int i = (RingIndex(current_) + 1) % kRingSize; kRing[i] != phase;
         i = (i + 1) % kRingSize) {
      if (kRing[i] == Phase::kTimers) ++iteration_;
      EnterPhase(kRing[i]);
      LeavePhase(kRing[i]);
    }
  }
  if (phase == Phase::kTimers) ++iteration_;
  current_ = phase;
  EnterPhase(phase);
  if (phase == Phase::kPoll) poll_entered_ns_ = backend_.Now();
}

void LiveLoop::AfterCallback() {
  if (p_.stopping() || backend_.shutting_down()) uv_stop(backend_.uv());
}

// The poll phase waited from its start until the first callback after it: show the wait.
void LiveLoop::LogPollWait() {
  if (poll_entered_ns_ < 0) return;
  int64_t waited = backend_.Now() - poll_entered_ns_;
  int64_t entered = poll_entered_ns_;
  poll_entered_ns_ = -1;
  if (waited < 50'000) return;
  p_.SetRealClock(std::max(p_.now(), entered));
  p_.rec().ClockAdvance(waited, "poll: waited for I/O or the next timer");
  p_.SyncClock();
}

// Environment::RunTimers: Node's timer handle fired.
void LiveLoop::OnTimer(uv_timer_t* handle) {
  LiveLoop& self = Self(handle->data);
  if (self.backend_.shutting_down()) return;
  self.Observe(Phase::kTimers);
  self.p_.timers().RunDue(self.UpdateTime());
  self.AfterCallback();
}

// Environment::CheckImmediate.
void LiveLoop::OnImmediateCheck(uv_check_t* handle) {
  LiveLoop& self = Self(handle->data);
  if (self.backend_.shutting_down()) return;
  self.Observe(Phase::kCheck);
  self.p_.immediates().RunCheck();
  self.AfterCallback();
}

// The last thing before poll: the pending callbacks of this iteration ran before it.
void LiveLoop::OnPrepare(uv_prepare_t* handle) {
  LiveLoop& self = Self(handle->data);
  if (self.backend_.shutting_down()) return;
  self.Observe(Phase::kPending);
  std::deque<node::LoopCallback> batch;
  batch.swap(self.pending_);
  self.RunPending(batch);
  if (self.p_.stopping()) return self.AfterCallback();
  self.Observe(Phase::kIdlePrepare);
  self.Observe(Phase::kPoll);
}

// libuv 1.46 runs the watchers fed during poll right after it (docs/semantics.md §1.1).
void LiveLoop::OnAfterPoll(uv_check_t* handle) {
  LiveLoop& self = Self(handle->data);
  if (self.backend_.shutting_down()) return;
  self.Observe(Phase::kPoll);
  if (self.current_ == Phase::kPoll && !self.pending_.empty()) {
    self.LeavePhase(Phase::kPoll);
    for (int round = 0; round < 8 && !self.pending_.empty() && !self.p_.stopping(); ++round) {
      self.EnterPhase(Phase::kPending);
      std::deque<node::LoopCallback> batch;
      batch.swap(self.pending_);
      self.RunPending(batch);
      self.LeavePhase(Phase::kPending);
    }
    self.EnterPhase(Phase::kPoll);
  }
  self.Observe(Phase::kCheck);
  self.AfterCallback();
}

void LiveLoop::OnWatchdog(uv_timer_t* handle) {
  LiveLoop& self = Self(handle->data);
  self.p_.CheckLimits();
  uv_stop(self.backend_.uv());
}

void LiveLoop::RunPending(std::deque<node::LoopCallback>& batch) {
  while (!batch.empty() && !p_.stopping()) {
    node::LoopCallback cb = std::move(batch.front());
    batch.pop_front();
    p_.rec().Dequeue(Queue::kPending, cb.id);
    if (cb.run) cb.run(cb);
  }
  UpdatePendingIdle();
}

void LiveLoop::UpdatePendingIdle() {
  if (pending_.empty()) {
    uv_idle_stop(&pending_idle_);
  } else {
    uv_idle_start(&pending_idle_, [](uv_idle_t*) {});
  }
}

uint64_t LiveLoop::OpenHandle(std::string_view label, bool ref) {
  uint64_t id = p_.rec().NewId();
  auto handle = std::make_unique<uv_async_t>();
  uv_async_init(backend_.uv(), handle.get(), [](uv_async_t*) {});
  handle->data = this;
  if (!ref) uv_unref(reinterpret_cast<uv_handle_t*>(handle.get()));
  handles_.emplace(id, std::move(handle));
  p_.rec().Handle(id, label, trace::HandleOp::kOpen);
  if (!ref) p_.rec().Handle(id, label, trace::HandleOp::kUnref);
  return id;
}

void LiveLoop::SetHandleRef(uint64_t id, bool ref) {
  auto it = handles_.find(id);
  if (it == handles_.end()) return;
  auto* h = reinterpret_cast<uv_handle_t*>(it->second.get());
  if ((uv_has_ref(h) != 0) == ref) return;
  ref ? uv_ref(h) : uv_unref(h);
  p_.rec().Handle(id, {}, ref ? trace::HandleOp::kRef : trace::HandleOp::kUnref);
}

// uv_close: the callback runs in the close phase of this iteration (or the next one).
void LiveLoop::CloseHandle(uint64_t id, node::LoopCallback cb) {
  std::unique_ptr<uv_async_t> handle;
  if (auto it = handles_.find(id); it != handles_.end()) {
    handle = std::move(it->second);
    handles_.erase(it);
  } else {
    handle = std::make_unique<uv_async_t>();
    uv_async_init(backend_.uv(), handle.get(), [](uv_async_t*) {});
  }
  p_.rec().Handle(id, {}, trace::HandleOp::kClose);
  if (cb.id == 0) cb.id = p_.rec().NewId();
  p_.rec().Enqueue(Queue::kClose, cb.id, cb.label, cb.from);
  uint64_t cb_id = cb.id;
  closing_.emplace(cb_id, std::move(cb));
  // The handle's memory travels with the close request; OnHandleClosed frees it.
  auto* raw = handle.release();
  raw->data = new std::pair<LiveLoop*, uint64_t>(this, cb_id);
  uv_close(reinterpret_cast<uv_handle_t*>(raw), OnHandleClosed);
}

void LiveLoop::OnHandleClosed(uv_handle_t* handle) {
  auto* target = static_cast<std::pair<LiveLoop*, uint64_t>*>(handle->data);
  LiveLoop& self = *target->first;
  uint64_t id = target->second;
  delete target;
  delete reinterpret_cast<uv_async_t*>(handle);
  auto it = self.closing_.find(id);
  if (it == self.closing_.end()) return;
  node::LoopCallback cb = std::move(it->second);
  self.closing_.erase(it);
  if (self.backend_.shutting_down() || self.p_.stopping()) return;
  self.Observe(Phase::kClose);
  self.p_.rec().Dequeue(Queue::kClose, cb.id);
  if (cb.run) cb.run(cb);
  self.AfterCallback();
}

void LiveLoop::FeedPending(node::LoopCallback cb) {
  if (cb.id == 0) cb.id = p_.rec().NewId();
  p_.rec().Enqueue(Queue::kPending, cb.id, cb.label, cb.from);
  pending_.push_back(std::move(cb));
  UpdatePendingIdle();
}

// src/env.cc ScheduleTimer.
void LiveLoop::TimerHandleStart(int64_t duration_ms) {
  uv_timer_start(&timer_, OnTimer, static_cast<uint64_t>(std::max<int64_t>(duration_ms, 0)), 0);
}

// src/env.cc ToggleTimerRef.
void LiveLoop::TimerHandleRef(bool ref) {
  ref ? uv_ref(reinterpret_cast<uv_handle_t*>(&timer_))
      : uv_unref(reinterpret_cast<uv_handle_t*>(&timer_));
}

// src/env.cc ToggleImmediateRef.
void LiveLoop::ImmediateIdleHandle(bool active) {
  if (active) {
    uv_idle_start(&immediate_idle_, [](uv_idle_t*) {});
  } else {
    uv_idle_stop(&immediate_idle_);
  }
}

void LiveLoop::Trace(js::RootTracer& tracer) const {
  for (const auto& cb : pending_) {
    for (js::Value v : cb.values) tracer.Mark(v);
  }
  for (const auto& [id, cb] : closing_) {
    for (js::Value v : cb.values) tracer.Mark(v);
  }
}

}  // namespace loopscope::live
