// engine/live/live_loop.h — uv_run on a real uv_loop_t, with Node's handles on it.
//
// The handles are the ones src/env.cc creates: one uv_timer_t that Node's timer lists
// re-arm (TimerHandleStart, ref'd only while a ref'd Timeout exists), an unref'd
// uv_check_t that runs immediates, and a uv_idle_t started while ref'd immediates wait (so
// poll does not block). libuv offers no hook at the start of a phase, so the loop observes
// the phases with handles of its own that run no JavaScript: a uv_prepare_t (the last thing
// before poll) and a uv_check_t started after Node's (check handles run newest first, so it
// runs first). Every callback reports the phase it runs in; phases it passed without
// running anything are logged as passed, and each pass through the timers phase is a new
// iteration, as in the simulator's log. Handles the Node layer opens through OpenHandle are
// uv_async_t (active until closed), so uv_close runs their callbacks in the close phase;
// sockets are real uv_tcp_t of their own (live_tcp.h).
#pragma once

#include <uv.h>

#include <cstdint>
#include <deque>
#include <map>
#include <memory>

#include "engine/node/event_loop.h"

namespace loopscope::live {

class LiveBackend;

class LiveLoop final : public node::EventLoop {
 public:
  LiveLoop(node::Process& process, LiveBackend& backend);
  ~LiveLoop() override;

  int64_t UpdateTime() override;
  void Run() override;
  bool Alive() const override;
  uint64_t OpenHandle(std::string_view label, bool ref) override;
  void SetHandleRef(uint64_t id, bool ref) override;
  void CloseHandle(uint64_t id, node::LoopCallback cb) override;
  void FeedPending(node::LoopCallback cb) override;
  void TimerHandleStart(int64_t duration_ms) override;
  void TimerHandleRef(bool ref) override;
  void ImmediateIdleHandle(bool active) override;
  void Trace(js::RootTracer& tracer) const override;

  // Called by every libuv callback that runs in `phase` before it does anything else.
  void Observe(node::Phase phase);
  // Called after a callback: a process that is stopping (exit, limit) stops the loop.
  void AfterCallback();

 private:
  static void OnTimer(uv_timer_t* handle);
  static void OnImmediateCheck(uv_check_t* handle);
  static void OnPrepare(uv_prepare_t* handle);
  static void OnAfterPoll(uv_check_t* handle);
  static void OnWatchdog(uv_timer_t* handle);
  static void OnHandleClosed(uv_handle_t* handle);
  void RunPending(std::deque<node::LoopCallback>& batch);
  void UpdatePendingIdle();
  void LogPollWait();

  LiveBackend& backend_;
  uv_timer_t timer_{};            // Node's timer_handle()
  uv_check_t immediate_check_{};  // Node's immediate_check_handle()
  uv_idle_t immediate_idle_{};    // Node's immediate_idle_handle()
  uv_prepare_t prepare_{};        // observes idle/prepare; runs the pending callbacks
  uv_check_t after_poll_{};       // runs callbacks fed during poll, before the check phase
  uv_idle_t pending_idle_{};      // keeps poll from blocking while pending callbacks wait
  uv_timer_t watchdog_{};         // the wall-clock limit while poll blocks
  uint64_t base_ms_ = 0;          // uv_now when the loop was made (Node's timer_base)
  node::Phase current_ = node::Phase::kNone;
  int64_t poll_entered_ns_ = -1;
  std::deque<node::LoopCallback> pending_;
  std::map<uint64_t, std::unique_ptr<uv_async_t>> handles_;
  std::map<uint64_t, node::LoopCallback> closing_;
};

}  // namespace loopscope::live
