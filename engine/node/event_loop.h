// engine/node/event_loop.h — libuv's uv_run, phase by phase, on the virtual clock.
//
// Run() reads like libuv 1.46 src/unix/core.c uv_run (UV_RUN_DEFAULT): timers once before
// the loop, then per iteration pending → idle/prepare → poll → check → close → timers, while
// the loop is alive (uv__loop_alive). The step log numbers iterations the way Node's docs
// draw the loop (each iteration starts with its timers phase), which is the same sequence.
// Handles (servers, sockets) and the close and pending queues live here too.
// docs/semantics.md §1, §7.
#pragma once

#include <cstdint>
#include <deque>
#include <functional>
#include <string>
#include <unordered_map>
#include <vector>

#include "engine/js/vm.h"
#include "engine/node/recorder.h"

namespace loopscope::node {

class Process;

// A callback libuv runs in the close or pending phase (uv_close callbacks, fed watchers).
struct LoopCallback {
  uint64_t id = 0;
  std::string label;
  Loc from;
  std::vector<js::Value> values;  // traced for the GC
  std::function<void(LoopCallback&)> run;
};

// The simulated loop. A real-time run (engine/live) derives from it and overrides the
// virtual methods with a real uv_loop_t; the rest of the Node layer only uses this interface.
class EventLoop {
 public:
  explicit EventLoop(Process& process) : p_(process) {}
  virtual ~EventLoop() = default;

  // uv__update_time (also what Node's getLibuvNow does): loop ms = truncated virtual ms.
  virtual int64_t UpdateTime();
  int64_t loop_ms() const { return loop_ms_; }
  int64_t iteration() const { return iteration_; }

  virtual void Run();          // uv_run(loop, UV_RUN_DEFAULT)
  virtual bool Alive() const;  // uv__loop_alive

  // Handles that keep the loop alive while active and ref'd (servers, sockets).
  virtual uint64_t OpenHandle(std::string_view label, bool ref);
  virtual void SetHandleRef(uint64_t id, bool ref);
  // uv_close: the handle stops counting now; `cb` runs in the close phase (LIFO order).
  virtual void CloseHandle(uint64_t id, LoopCallback cb);
  // uv__io_feed: `cb` runs in the pending phase (the next one that starts).
  virtual void FeedPending(LoopCallback cb);

  // Node's own handles, driven by Timers and Immediates (src/env.cc): the one uv timer
  // (ScheduleTimer's uv_timer_start, ToggleTimerRef) and the idle handle that keeps poll
  // from blocking while ref'd immediates wait (ToggleImmediateRef). The simulated loop
  // reads that state from Timers and Immediates directly, so these do nothing here.
  virtual void TimerHandleStart(int64_t /*duration_ms*/) {}
  virtual void TimerHandleRef(bool /*ref*/) {}
  virtual void ImmediateIdleHandle(bool /*active*/) {}

  virtual void Trace(js::RootTracer& tracer) const;

 protected:
  void EnterPhase(Phase phase);
  void LeavePhase(Phase phase);
  Process& p_;
  int64_t loop_ms_ = 0;
  int64_t iteration_ = 0;

 private:
  void RunTimersPhase();
  void RunPending();
  void RunPendingFedDuringPoll();
  void RunIdlePrepare();
  int64_t BackendTimeout() const;
  void Poll(int64_t timeout_ms);
  bool HasReadyIo() const;
  void DispatchReadyIo();
  void RunCheck();
  void RunClosingHandles();
  void RunCallbacks(std::deque<LoopCallback>& queue, Queue kind);
  bool HasRefedHandles() const;

  // Open handles by id -> ref'd, and how many are ref'd: uv__loop_alive asks every
  // iteration, so it must not count them each time.
  std::unordered_map<uint64_t, bool> handles_;
  size_t refed_handles_ = 0;
  std::deque<LoopCallback> pending_;
  std::deque<LoopCallback> closing_;  // head = last uv_close (LIFO)
  std::deque<LoopCallback> running_;  // the batch whose callbacks are running
};

}  // namespace loopscope::node
