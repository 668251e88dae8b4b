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
  std::vector<js::Value> values;            // traced for the GC
  std::function<void(LoopCallback&)> run;
};

class EventLoop {
 public:
  explicit EventLoop(Process& process) : p_(process) {}

  // uv__update_time (also what Node's getLibuvNow does): loop ms = truncated virtual ms.
  int64_t UpdateTime();
  int64_t loop_ms() const { return loop_ms_; }
  int64_t iteration() const { return iteration_; }

  void Run();                 // uv_run(loop, UV_RUN_DEFAULT)
  bool Alive() const;         // uv__loop_alive

  // Handles that keep the loop alive while active and ref'd (servers, sockets).
  uint64_t OpenHandle(std::string_view label, bool ref);
  void SetHandleRef(uint64_t id, bool ref);
  // uv_close: the handle stops counting now; `cb` runs in the close phase (LIFO order).
  void CloseHandle(uint64_t id, LoopCallback cb);
  // uv__io_feed: `cb` runs in the pending phase (the next one that starts).
  void FeedPending(LoopCallback cb);

  void Trace(js::RootTracer& tracer) const;

 private:
  struct HandleState {
    uint64_t id;
    bool ref;
  };
  void EnterPhase(Phase phase);
  void LeavePhase(Phase phase);
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

  Process& p_;
  int64_t loop_ms_ = 0;
  int64_t iteration_ = 0;
  std::vector<HandleState> handles_;
  std::deque<LoopCallback> pending_;
  std::deque<LoopCallback> closing_;       // head = last uv_close (LIFO)
  std::deque<LoopCallback> running_;       // the batch whose callbacks are running
};

}  // namespace loopscope::node
