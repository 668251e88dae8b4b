// engine/node/recorder.h — how the Node layer writes the step log.
//
// Every mechanism of the runtime (loop phases, queues, pool threads, OS operations, the
// console) reports what it does through one typed method here; the Recorder stamps the
// virtual time and appends a trace::Event. With no log (RunOptions::record_log == false)
// every method is a cheap no-op, so the simulation itself never depends on recording.
// Where to look next: engine/trace/event.h (the fields of each kind).
#pragma once

#include <cstdint>
#include <string_view>

#include "engine/trace/event.h"
#include "engine/trace/step_log.h"
#include "engine/trace/stream_ops.h"

namespace loopscope::node {

using trace::Loc;
using trace::Phase;
using trace::Queue;

class Recorder {
 public:
  // `now_ns` is read at every event; `log` may be null (recording off).
  Recorder(trace::StepLog* log, const int64_t* now_ns) : log_(log), now_ns_(now_ns) {}

  // A worker's Process records into the main thread's log as thread `thread` (worker_hub.h).
  void AttachLog(trace::StepLog* log, uint32_t thread) {
    log_ = log;
    thread_ = thread;
  }

  bool enabled() const { return log_ != nullptr; }
  bool full() const { return log_ && log_->size() >= log_->max_events(); }
  uint64_t NewId() { return log_ ? log_->NewId() : next_id_++; }

  void RunStart(std::string_view program, int pool_size);
  void PhaseEnter(Phase phase, int64_t iteration);
  void PhaseLeave(Phase phase, int64_t iteration);
  void ClockAdvance(int64_t waited_ns, std::string_view why);
  void FramePush(std::string_view name, Loc function, uint64_t item);
  void FramePop();
  // A frame parks (an async function at `await`) and comes back; see js::Hooks.
  void FrameSuspend(std::string_view name, Loc at, uint64_t activation);
  void FrameResume(std::string_view name, Loc function, Loc at, uint64_t item, uint64_t activation);
  void Statement(Loc loc);
  // A statement run `times` times at once (the loop fast path: loop_costs.cpp).
  void StatementRepeated(Loc loc, uint64_t times);
  void Enqueue(Queue queue, uint64_t item, std::string_view label, Loc from, int64_t due_ns = 0,
               trace::AsyncIdPair async = {});
  void Dequeue(Queue queue, uint64_t item);
  void Cancel(Queue queue, uint64_t item);
  void CallbackStart(Queue queue, uint64_t item, std::string_view label);
  void CallbackEnd(uint64_t item);
  void DrainStart(trace::DrainKind kind);
  void DrainEnd();
  void PoolStart(int threads);
  void PoolJobStart(uint64_t job, int thread, std::string_view label, int64_t expected_ns);
  void PoolJobFinish(uint64_t job, int thread);
  void OsOpStart(uint64_t op, std::string_view label, Loc from, int64_t expected_ns);
  void OsOpReady(uint64_t op);
  void OsOpDone(uint64_t op);
  void Console(int stream, std::string_view text);
  void Handle(uint64_t handle, std::string_view label, trace::HandleOp op);
  void Race(std::string_view text, Loc loc);
  void Note(std::string_view text);
  void Limit(std::string_view text);
  void Uncaught(std::string_view text, Loc loc);
  void ProcessExit(int code, std::string_view why);
  // The browser host's "update the rendering" steps after the animation frame callbacks.
  void RenderStep(trace::RenderStep step);
  // A stream side's buffer or state changed (stream_ops.h); `label` and `flags` only for kOpen.
  void Stream(uint64_t stream, trace::StreamOp op, int64_t value, std::string_view label = {},
              uint32_t flags = 0);

 private:
  // Stamps kind and time, lets `fill` set the kind's fields, appends.
  template <typename Fill>
  void Emit(trace::EventKind kind, Fill&& fill) {
    if (!log_) return;
    trace::Event e;
    e.kind = kind;
    e.time_ns = *now_ns_;
    fill(e);
    log_->AppendOn(thread_, e);
  }
  uint32_t Intern(std::string_view s) { return log_->Intern(s); }

  trace::StepLog* log_;
  const int64_t* now_ns_;
  uint32_t thread_ = 0;  // 0: the main thread
  uint64_t next_id_ = 1;
};

}  // namespace loopscope::node
