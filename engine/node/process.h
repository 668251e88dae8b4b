// engine/node/process.h — one simulated `node FILE` process: everything hangs off it.
//
// Process embeds the language engine the way Node embeds V8 (it is the js::Hooks), owns the
// virtual clock, the step-log recorder and every part of the runtime model: the nextTick and
// rejection machinery (task_queue.h), Node's timer lists (timers.h), immediates
// (immediates.h), the libuv loop (event_loop.h), the thread pool and CPU cores
// (thread_pool.h), simulated OS I/O (os_io.h) and the modules (modules/). Run() is
// Node's lifecycle: run the main module, drain, spin the loop, beforeExit, exit.
// Where to look next: event_loop.cpp (uv_run), process.cpp (CallInScope: MakeCallback),
// task_queue.cpp (the drains).
#pragma once

#include <chrono>
#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "engine/js/vm.h"
#include "engine/node/clock.h"
#include "engine/node/recorder.h"
#include "engine/node/simulation.h"
#include "engine/scenario/scenario.h"

namespace loopscope::node {

class TaskQueue;
class Timers;
class Immediates;
class EventLoop;
class ThreadPool;
class OsIo;
class Modules;
class EsmLoader;
class VirtualFs;
class RealTimeBackend;
class AsyncContexts;
class WorkerHub;

// How a callback that the loop (or a binding) runs is labelled in the step log.
struct CallbackSite {
  Queue queue = Queue::kPollReady;  // where it waited
  uint64_t item = 0;                // its queue item id (0 = none)
  std::string_view label;           // "setTimeout callback", "readFile callback"
  std::string_view default_name;    // frame name when the function is anonymous
};

// Why the process stopped running JavaScript.
enum class StopReason : uint8_t { kNone, kExit, kFatal, kLimit, kCancelled };

// Step equivalents of the host's own work (Process::CountHostWork): about as much real time
// as this many steps of a plain loop, measured with runaways made of nothing but callbacks.
inline constexpr uint64_t kWorkStepsPerCallback = 40;
inline constexpr uint64_t kWorkStepsPerMicrotask = 60;
inline constexpr uint64_t kWorkStepsPerLoopIteration = 100;
inline constexpr double kPoolWorkNsPerStep = 100;

class Process final : public js::Hooks {
 public:
  // `real_time` null: the simulator on the virtual clock. Otherwise the backend's real parts
  // (engine/live) drive the loop; it must outlive the Process.
  Process(const scenario::Scenario& scenario, const RunOptions& options,
          RealTimeBackend* real_time = nullptr);
  ~Process() override;
  Process(const Process&) = delete;
  Process& operator=(const Process&) = delete;

  RunResult Run();

  // ---- services used by the runtime's parts and the modules ----
  js::Vm& vm() { return *vm_; }
  Recorder& rec() { return rec_; }
  const scenario::Scenario& scenario() const { return scenario_; }
  TaskQueue& tasks() { return *tasks_; }
  Timers& timers() { return *timers_; }
  Immediates& immediates() { return *immediates_; }
  EventLoop& loop() { return *loop_; }
  ThreadPool& pool() { return *pool_; }
  OsIo& os() { return *os_; }
  Modules& modules() { return *modules_; }
  EsmLoader& esm();  // created on first use (an ES module entry, or import())
  VirtualFs& vfs() { return *vfs_; }
  AsyncContexts& async_contexts() { return *async_; }
  const CostModel& costs() const { return costs_; }

  // Virtual time. SyncClock charges the JavaScript executed since the last sync to the main
  // thread (slowed down when more threads than cores want CPU) and lets background work
  // (pool threads, OS operations) progress to the new time. In a real-time run SyncClock
  // reads the real clock and the modelled overheads of running JavaScript cost nothing
  // (the interpreter really spent them), while work Node does that this runtime does not
  // (a *Sync call's computation, building process.stdout on the first write, loading the
  // timer internals) is spent for real through DoMainThreadWork.
  int64_t now() const { return now_ns_; }
  void SyncClock();
  void ChargeMainThread(int64_t cpu_ns);  // modelled overheads (host calls, callbacks)
  void DoMainThreadWork(int64_t cpu_ns);  // a *Sync call's CPU work (spun for real live)
  void IdleUntil(int64_t t_ns);           // the main thread waits (poll): time passes
  void BlockMainThread(int64_t wait_ns);  // *Sync I/O: waits without using a core
  void ChargeDeferredWork();              // internal work queued for the next drain
  // A modelled one-off cost of Node's own work (`why` names it): main-thread work, recorded
  // as a labelled clock jump (trace::kSimulatedCostPrefix) so it is not taken for the
  // program's own time.
  void ChargeNodeCost(int64_t cpu_ns, std::string_view why);
  bool real_time() const { return real_time_ != nullptr; }
  RealTimeBackend* real_time_backend() const { return real_time_; }
  // For a RealTimeBackend logging another thread's event at the time it happened.
  void SetRealClock(int64_t t_ns) { now_ns_ = t_ns; }
  const int64_t* now_ptr() const { return &now_ns_; }

  // The scenario's cost of one kind of I/O ("fs", "crypto.pbkdf2", ...), or `fallback`.
  scenario::IoCost IoCostFor(std::string_view key, scenario::IoCost fallback) const;
  double FsLatencyMs(const std::string& path) const;
  // UV_THREADPOOL_SIZE as libuv reads it when the pool starts: process.env's value through
  // atoi, or `fallback` when unset.
  int PoolSizeFromEnvironment(int fallback);

  // Values a pending operation keeps for later (callbacks, promises): roots for the GC
  // until released.
  uint64_t Hold(std::vector<js::Value> values);
  std::vector<js::Value>& Held(uint64_t id) { return held_.at(id); }
  void Release(uint64_t id) { held_.erase(id); }

  // File descriptors handed out by fs.open over the virtual files.
  int OpenFd(const std::string& path);
  // fd 0 is the run's input, the file /dev/stdin (process_stdin.cpp): asking for it loads it.
  std::string FdPath(int fd);
  bool CloseFd(int fd);
  size_t FdPosition(int fd) const;
  void SetFdPosition(int fd, size_t pos);
  // The run's input (scenario().stdin_source), read once on first use into the virtual file
  // /dev/stdin, which fd 0 names. False (and the run stopped with a located message) when
  // it is over scenario::kMaxStdinBytes.
  bool LoadStdin();
  void ChargeFirstStdinRead();
  const std::string& stdin_bytes() const { return stdin_bytes_; }

  // The statement running now (where a limit stopped the program).
  Loc current_statement() const { return current_statement_; }
  // The call user code is making now (`setTimeout(…)`, `fs.readFile(…)`, `.then(…)`): what a
  // queued item names as the place that queued it ("@ L7" labels, enqueue `from`). 0:0 when
  // no user code is on the stack, rather than whichever statement happened to run last.
  Loc call_site() const;
  bool InProgramFile() const;  // is the innermost user frame in the program's own file?
  Phase phase() const { return phase_; }
  void set_phase(Phase p) { phase_ = p; }

  // Node's MakeCallback: calls `fn` as a top-level callback from the loop, then closes the
  // InternalCallbackScope (drains nextTicks and microtasks). An exception goes to
  // TriggerUncaughtException. Returns false when the process is stopping.
  bool MakeCallback(js::Value fn, js::Value recv, std::span<const js::Value> args,
                    const CallbackSite& site);
  // A call inside an already open callback scope (timers within RunTimers, immediates within
  // processImmediate, ticks): no drain afterwards. Returns the completion.
  js::Completion CallInScope(js::Value fn, js::Value recv, std::span<const js::Value> args,
                             const CallbackSite& site);
  // Handles a completion returned by JavaScript: a throw becomes an uncaught exception, a
  // termination stops the process. Returns true when the completion was normal.
  bool HandleCompletion(const js::Completion& c);

  // process 'uncaughtException' handling (lib/internal/process/execution.js): calls the
  // listeners, or prints Node's report and ends the process with code 1 (7 when a listener
  // itself throws).
  void TriggerUncaughtException(js::Value error, bool from_promise);

  // process.exit(code): emits 'exit' and stops everything. Returns a termination completion
  // for the native function to return, so no more JavaScript runs.
  js::Completion Exit(js::Value code);
  bool stopping() const { return stop_ != StopReason::kNone; }
  void StopForLimit(std::string message);
  // Stops the process if a limit (steps, virtual or wall time, log size) has been reached.
  void CheckLimits();
  // Writes the event count and the clock into RunOptions::progress (when given).
  void PublishProgress();
  // Host work (entering a callback, running one microtask, one loop iteration) counts toward
  // the step limit in step equivalents, so a runaway made of many tiny callbacks stops after
  // as much real work as a plain loop would.
  void CountHostWork(uint64_t steps);
  // A pool job's real computation (a key derivation computed for real beside the
  // simulation) counts toward the step limit too, at one step per kPoolWorkNsPerStep of its
  // modelled CPU time: a job of a few seconds passes, one of half an hour stops at once.
  // False when that stopped the program.
  bool CountPoolWork(double cpu_ms);
  // After a real-time blocking call: it ends at the wall-clock limit, and the run must then
  // stop before the program's next statement, not at the next periodic check.
  void CheckLimitsNow();

  // The `process` object and event emission on it (it is an EventEmitter).
  js::Value process_object() const { return process_object_; }
  void set_process_object(js::Value v) { process_object_ = v; }
  // process.setUncaughtExceptionCaptureCallback's function (null: none).
  void set_capture_callback(js::Value fn) { capture_callback_ = fn; }
  // process.emit(name, ...args) as a MakeCallback; returns whether a listener ran.
  bool EmitProcessEvent(std::string_view name, std::span<const js::Value> args);
  int ListenerCount(std::string_view event);

  // stdout/stderr as Node writes them; recorded as console events too.
  void WriteStdout(std::string_view text);
  void WriteStderr(std::string_view text);

  // ---- worker_threads (worker_hub.h) ----
  // The run's hub: created by the main thread's first `new Worker`, shared by every thread.
  WorkerHub& hub();
  bool has_hub() const { return hub_ != nullptr; }
  int thread_id() const { return thread_id_; }  // 0: the main thread
  // Makes this Process worker `thread_id` of `hub`, starting at virtual time `start_ns`; it
  // records into `log` (the main thread's, shared by every thread of the run), if any.
  void AttachToHub(WorkerHub* hub, int thread_id, int64_t start_ns,
                   std::shared_ptr<trace::StepLog> log);
  // The step log this Process records into (null when recording is off).
  const std::shared_ptr<trace::StepLog>& step_log() const { return log_; }
  // worker.terminate() reached this thread: its JavaScript stops, exit code 1.
  void StopForTerminate();
  // ChargeMainThread while other threads of the run may want the cores (process_workers.cpp).
  void ChargeBesideWorkers(int64_t cpu_ns);
  // lib/worker_threads.js's dispatcher of the events and messages this thread receives.
  js::Value worker_dispatch() const { return worker_dispatch_; }
  void set_worker_dispatch(js::Value fn) { worker_dispatch_ = fn; }
  // In a worker: sends stdio text / an uncaught error to the parent; false on the main thread.
  bool ForwardStdio(int fd, std::string_view text);
  // A part of Node this run cannot model (worker_threads in a live run): the program ends
  // with `file:line:col: error: <what>` on stderr and exit code 1. Returns a termination.
  js::Completion Refuse(std::string_view what);
  bool ForwardUncaught(js::Value error);

  // Values the runtime holds outside the Vm register here for the GC (js::Hooks::TraceRoots
  // calls every part's own tracing).
  void TraceRoots(js::RootTracer& tracer) override;

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
  // process.env's stores (process_env.cpp).
  js::Completion OnInterceptedStore(js::Value object, js::Value key, js::Value& value,
                                    const js::StoreAttributes* attributes) override;
  bool OnHeapLimitReached(size_t heap_bytes) override;
  bool OnRegExpLimitReached(std::string_view regexp) override;
  bool OnLoopFolded(const js::FoldedLoop& loop) override;  // loop_costs.cpp
  uint64_t SpinOnClock(const js::ClockSpin& spin) override;
  // The natives whose reads SpinOnClock models (Modules::InstallClock registers them).
  void set_clock_natives(js::Value date_now, js::Value performance_now) {
    date_now_ = date_now;
    performance_now_ = performance_now;
  }

  // Item ids of microtask jobs in the step log (VM job ids live in their own space).
  static uint64_t JobItemId(uint64_t job_id) { return (uint64_t{1} << 48) | job_id; }
  uint64_t running_job_item() const { return running_job_item_; }
  // Set by MakeCallback: the queue item whose callback pushes the next frame.
  uint64_t pending_frame_item_ = 0;

 private:
  bool LoadMainModule(js::Value* main_fn);
  void RunMainModule(js::Value main_fn);
  int CurrentExitCode();
  js::Value ExitCodeForListeners();
  void StopSoonIfPastVirtualLimit();
  js::Completion ValidateExitCode(js::Value code);
  js::SourceLoc ErrorCreationLoc(js::Value error);
  void SpinEventLoop();
  void EmitBeforeExit();
  void EmitExitEvent();
  void MarkExiting();
  void ReportUncaught(js::Value error, bool from_promise);
  js::Value UnhandledRejectionError(js::Value reason);
  std::string ReasonText(js::Value reason);
  std::string LocationHeader(js::Value error, bool from_promise);
  RunResult Finish();
  std::string_view ExitReason() const;
  void RecordLoadError();
  void AdvanceTo(int64_t t, bool main_busy);
  void AdvanceThroughEvents(int64_t t, bool main_busy);  // AdvanceTo's case with events due
  std::string WhereNow() const;
  std::string VirtualTimeLimitMessage() const;
  uint64_t WorkSteps() const;
  std::string StepLimitMessage() const;
  double WallSeconds() const;  // real time since the run started
  double WallLimitSeconds() const;
  std::string WallLimitMessage() const;
  void AppendOutput(std::string& buffer, std::string_view text);
  js::Completion CallProcessMethod(std::string_view method, std::span<const js::Value> args,
                                   bool as_callback);

  const scenario::Scenario& scenario_;
  RunOptions options_;
  RealTimeBackend* real_time_;
  CostModel costs_;
  std::shared_ptr<trace::StepLog> log_;
  int64_t now_ns_ = 0;
  Recorder rec_;
  std::unique_ptr<js::Vm> vm_;
  std::unique_ptr<TaskQueue> tasks_;
  std::unique_ptr<Timers> timers_;
  std::unique_ptr<Immediates> immediates_;
  std::unique_ptr<ThreadPool> pool_;
  std::unique_ptr<OsIo> os_;
  std::unique_ptr<EventLoop> loop_;
  std::unique_ptr<Modules> modules_;
  std::unique_ptr<EsmLoader> esm_;
  std::unique_ptr<VirtualFs> vfs_;
  std::unique_ptr<AsyncContexts> async_;
  std::unique_ptr<WorkerHub> own_hub_;  // the main thread owns the hub
  WorkerHub* hub_ = nullptr;
  int thread_id_ = 0;
  int64_t start_ns_ = -1;  // a worker's start on the shared clock (-1: loop_start_ms)
  js::Value worker_dispatch_;
  std::unordered_map<uint64_t, std::vector<js::Value>> held_;
  uint64_t next_hold_ = 1;
  struct OpenFile {
    std::string path;
    size_t position = 0;
  };
  std::unordered_map<int, OpenFile> fds_;
  int next_fd_ = 20;
  bool stdin_loaded_ = false;
  bool stdin_ok_ = true;
  bool stdin_read_ = false;
  std::string stdin_bytes_;

  uint64_t synced_steps_ = 0;
  uint64_t synced_hot_steps_ = 0;
  uint64_t synced_tier_ups_ = 0;
  int64_t step_cost_ps_ = 0;  // charged instructions' cost below one nanosecond, carried over
  js::Value date_now_, performance_now_;
  uint64_t step_limit_ = 0;
  Loc current_statement_;
  mutable std::shared_ptr<const std::string> program_file_;  // set by InProgramFile
  Phase phase_ = Phase::kNone;
  uint64_t running_job_item_ = 0;
  // What the next frame is called when its function is anonymous, set with
  // pending_frame_item_ when a microtask job starts ("then callback", "await resumption").
  // Static text or a JobInfo::label, which outlives the job's run: no copy per job.
  std::string_view pending_frame_name_;
  std::string job_label_;  // OnJobEnqueued builds each label here: no allocation per job
  int callback_depth_ = 0;
  js::Value process_object_;
  js::Value capture_callback_ = js::Value::Null();
  // The async context (ids and AsyncLocalStorage frame) of the callback whose throw is being
  // reported: Node runs 'uncaughtException' listeners in it (the async id stack is cleared
  // only after them), which is how node:test tells which test threw.
  double thrown_async_id_ = 0;
  double thrown_trigger_id_ = 0;
  js::Value thrown_frame_;

  StopReason stop_ = StopReason::kNone;
  int exit_code_ = 0;
  bool exit_emitted_ = false;
  bool exit_called_ = false;  // process.exit() ended the run (not a natural exit)
  bool in_uncaught_handler_ = false;
  bool last_emit_threw_ = false;
  int64_t deferred_cost_ns_ = 0;
  bool stdout_used_ = false;
  bool stderr_used_ = false;
  std::string stdout_;
  std::string stderr_;
  std::string limit_message_;
  std::string load_error_;
  std::chrono::steady_clock::time_point wall_start_;
  uint64_t host_work_steps_ = 0;  // CountHostWork's total
  uint64_t pool_work_steps_ = 0;  // CountPoolWork's total
};

}  // namespace loopscope::node
