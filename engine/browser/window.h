// engine/browser/window.h — one page in the browser host: the HTML event loop on a virtual clock.
//
// Window embeds the language engine (engine/js) the way Blink embeds V8: it installs the Web
// APIs (lib/window.js over the natives in web_apis.cpp), runs the program as the page's one
// script, then turns the event loop of the HTML standard's processing model (event_loop.cpp):
// one task per turn from the task queues, a microtask checkpoint after it, and a rendering
// opportunity about every 16.7 ms with requestAnimationFrame callbacks, style, layout and
// paint. Timers follow the timer initialization steps (timers.cpp). Every step is recorded in
// the same step log as the Node host (engine/node/recorder.h). docs/browser.md.
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "engine/js/vm.h"
#include "engine/node/recorder.h"
#include "engine/node/simulation.h"
#include "engine/scenario/scenario.h"

namespace loopscope::browser {

using trace::Queue;

inline constexpr int64_t kNsPerMs = 1'000'000;
// Rendering opportunities at 60 Hz, aligned to multiples of the frame interval from time 0.
inline constexpr int64_t kFrameIntervalNs = 16'666'667;

// A promise rejected without a handler, waiting for "notify about rejected promises".
struct Rejection {
  js::Persistent promise;
  js::Persistent reason;
};

// A task waiting on one of the task queues (HTML §8.1.7.1): runnable from `ready_ns`.
struct Task {
  uint64_t id = 0;  // the step log's item id
  Queue source = Queue::kTimerTasks;
  int64_t ready_ns = 0;
  uint64_t posted = 0;  // post order, which breaks ties between delayed tasks ready at once
  // Order on the task queue, given when the task enters it: at once for a task posted without
  // a delay, and for a delayed one (a timer with a timeout, a scheduled click) only when the
  // loop next finds it due between two tasks (Chromium's sequence manager moves ready delayed
  // tasks to the work queue then). 0: not queued yet.
  uint64_t seq = 0;
  std::string label;
  js::Persistent callback;            // called with no arguments (timer tasks: see Timer)
  uint64_t timer_id = 0;              // a timer's task: the timer to run (it may have been cleared)
  int nesting = 0;                    // a timer's task: its timer nesting level
  std::string click_target;           // a user click: the element id
  std::vector<Rejection> rejections;  // the task that reports unhandled rejections
};

// An active timer (HTML §8.6 "map of active timers"): one entry per id until it is cleared
// or a one-shot timer has run.
struct Timer {
  js::Persistent handler;
  js::Persistent args;  // an array
  double timeout_ms = 0;
  bool repeat = false;
  std::string label;
};

class Window final : public js::Hooks {
 public:
  Window(const scenario::Scenario& scenario, const node::RunOptions& options);
  ~Window() override;
  node::RunResult Run();

  // ---- for the natives (web_apis.cpp) and the timers (timers.cpp) ----
  js::Vm& vm() { return *vm_; }
  void Print(std::string_view line);
  void ReportError(std::string_view line);
  js::Completion Refuse(std::string_view api);
  uint64_t SetTimer(js::Value handler, double timeout_ms, bool repeat, js::Value args);
  void ClearTimer(uint64_t id);
  uint64_t RequestFrame(js::Value callback);
  void CancelFrame(uint64_t id);
  // A task on `source`, runnable after `delay_ms` (a fetch's latency) or at once.
  void PostTask(Queue source, js::Value callback, std::string label, double delay_ms = 0);
  void QueueMicrotask(js::Value callback);
  void MicrotaskCheckpoint();
  void MarkRenderingNeeded() { rendering_needed_ = true; }
  double NowMs();

  // ---- js::Hooks ----
  void OnStatement(js::SourceLoc loc) override;
  void OnFramePush(std::string_view name, js::SourceLoc function_loc) override;
  void OnFramePop() override;
  void OnFrameSuspend(std::string_view name, js::SourceLoc at, uint64_t activation) override;
  void OnFrameResume(std::string_view name, js::SourceLoc function_loc, js::SourceLoc at,
                     uint64_t activation) override;
  void OnJobEnqueued(const js::JobInfo& job) override;
  void OnJobStarted(const js::JobInfo& job) override;
  void OnPromiseRejectedUnhandled(js::Value promise, js::Value reason) override;
  void OnPromiseRejectionHandled(js::Value promise) override;
  bool OnStepBudgetReached(uint64_t steps) override;
  bool OnLoopFolded(const js::FoldedLoop& loop) override;
  uint64_t SpinOnClock(const js::ClockSpin& spin) override;
  void TraceRoots(js::RootTracer& tracer) override;

 private:
  struct AnimationFrame {
    uint64_t handle;  // what requestAnimationFrame returned
    uint64_t item;    // the step log's id
    js::Persistent callback;
  };
  bool InstallWebApis();  // web_apis.cpp
  void RunEventLoop();    // event_loop.cpp
  void ReportException(js::Value error);
  void RunTask(Task& task);
  void RunTimerTask(Task& task);  // timers.cpp
  void RunRejectionReport(Task& task);
  void UpdateTheRendering();
  void ReportRejections();
  Task* NextRunnableTask();
  void MoveReadyDelayedTasks();
  void Enqueue(std::unique_ptr<Task> task);
  int64_t NextRenderingOpportunity() const;
  void QueueUserClicks();
  void ClockTo(int64_t ns, std::string_view why);
  void CallCallback(js::Value fn, js::Value this_value, std::span<const js::Value> args);
  void SyncClock();
  void CheckLimits();
  void Stop(std::string limit_message);
  bool stopping() const { return !limit_message_.empty() || !refusal_.empty() || cancelled_; }
  node::RunResult Finish();

  const scenario::Scenario& scenario_;
  node::RunOptions options_;
  std::shared_ptr<trace::StepLog> log_;
  int64_t now_ns_ = 0;
  node::Recorder rec_;
  std::unique_ptr<js::Vm> vm_;
  js::Persistent api_;  // what lib/window.js returned: userClick, report, loggedForm
  js::Persistent performance_now_;
  js::Persistent date_now_;

  std::vector<std::unique_ptr<Task>> tasks_;
  std::map<uint64_t, Timer> timers_;
  std::vector<AnimationFrame> frames_;  // the map of animation frame callbacks, in id order
  std::vector<Rejection> rejections_;   // rejected without a handler, not yet reported
  uint64_t next_handle_ = 1;            // timer and animation frame ids (Chromium counts from 1)
  uint64_t next_seq_ = 1;
  uint64_t next_posted_ = 0;
  int current_nesting_ = 0;  // the running timer task's nesting level, 0 outside timer tasks
  bool rendering_needed_ = false;
  int64_t next_frame_ns_ = kFrameIntervalNs;

  uint64_t synced_steps_ = 0;
  uint64_t synced_hot_steps_ = 0;
  int64_t step_cost_ps_ = 0;
  trace::Loc statement_;
  uint64_t pending_frame_item_ = 0;
  std::string stdout_;
  std::string limit_message_;
  std::string refusal_;  // "file:line:col: error: fetch is not modelled ..."
  bool cancelled_ = false;
  double wall_start_ = 0;
};

}  // namespace loopscope::browser
