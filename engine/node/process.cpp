// engine/node/process.cpp — the simulated process's life: Node's lifecycle, the clock, the
// callback scopes, uncaught exceptions and exit.
#include "engine/node/process.h"

#include <algorithm>
#include <charconv>
#include <chrono>

#include "engine/node/async_context.h"
#include "engine/node/esm_loader.h"
#include "engine/node/event_loop.h"
#include "engine/node/immediates.h"
#include "engine/node/labels.h"
#include "engine/node/modules.h"
#include "engine/node/os_io.h"
#include "engine/node/real_time.h"
#include "engine/node/task_queue.h"
#include "engine/node/thread_pool.h"
#include "engine/node/timers.h"
#include "engine/node/virtual_fs.h"
#include "engine/node/well_formed.h"
#include "engine/node/worker_hub.h"
#include "engine/trace/explain.h"

namespace loopscope::node {

namespace {
// How often (in interpreter steps) the limits and the cancel flag are checked.
constexpr uint64_t kBudgetInterval = 20'000;
// Native work counted as one interpreter step (Process::WorkSteps): copying this many bytes
// costs about as much real time as one instruction of the dispatch loop (measured: 50 M steps
// of an empty loop and 800 MB of string copies take about the same time).
constexpr uint64_t kNativeBytesPerStep = 32;
}  // namespace

Process::Process(const scenario::Scenario& scenario, const RunOptions& options,
                 RealTimeBackend* real_time)
    : scenario_(scenario),
      options_(options),
      real_time_(real_time),
      log_(options.record_log ? std::make_shared<trace::StepLog>(scenario.limits.max_events)
                              : nullptr),
      rec_(log_.get(), &now_ns_),
      vm_(std::make_unique<js::Vm>(*this)) {
  const auto& env = scenario.environment;
  async_ = std::make_unique<AsyncContexts>(*vm_);
  async_->SetDestroyQueueListener([this](bool queued) { immediates_->NativeImmediateRef(queued); });
  tasks_ = std::make_unique<TaskQueue>(*this);
  timers_ = std::make_unique<Timers>(*this);
  immediates_ = std::make_unique<Immediates>(*this);
  if (real_time_) {
    pool_ = real_time_->MakePool(*this, env.threadpool_size, env.cpu_cores);
    os_ = real_time_->MakeOsIo(*this);
    loop_ = real_time_->MakeLoop(*this);
  } else {
    pool_ = std::make_unique<ThreadPool>(*this, env.threadpool_size, env.cpu_cores);
    os_ = std::make_unique<OsIo>(*this);
    loop_ = std::make_unique<EventLoop>(*this);
  }
  modules_ = std::make_unique<Modules>(*this);
  vfs_ = real_time_
             ? real_time_->MakeFiles(scenario, modules_->filename(), modules_->dirname())
             : std::make_unique<VirtualFs>(scenario, modules_->filename(), modules_->dirname());
  vm_->SetStepBudget(kBudgetInterval);
  vm_->SetTierUpBudget(kCostTable.tier_up_budget_bytes);
  vm_->SetHeapLimit(static_cast<size_t>(scenario.limits.max_heap_mb * 1024 * 1024));
  // The loader checked the name (engine/scenario/validate.cpp); an empty one keeps UTC.
  if (!env.timezone.empty()) vm_->SetTimeZone(env.timezone);
  wall_start_ = std::chrono::steady_clock::now();
  if (log_) {
    trace::RunInfo info;
    info.program_name = scenario.source_name;
    info.source_text = scenario.source;
    info.pool_size = pool_->threads();
    info.cpu_cores = env.cpu_cores;
    info.real_time = real_time_ != nullptr;
    log_->set_info(std::move(info));
  }
}

Process::~Process() = default;

// ---- the clock -------------------------------------------------------------------------

void Process::SyncClock() {
  if (real_time_) {
    real_time_->OnClockRead(*this);
    now_ns_ = std::max(now_ns_, real_time_->Now());
    return;
  }
  const auto [steps, hot, tier_ups] = vm_->step_counts();
  const uint64_t delta = steps - synced_steps_, delta_hot = hot - synced_hot_steps_;
  const uint64_t delta_tier_ups = tier_ups - synced_tier_ups_;
  synced_steps_ = steps;
  synced_hot_steps_ = hot;
  synced_tier_ups_ = tier_ups;
  if (delta == 0 && delta_tier_ups == 0) return;
  step_cost_ps_ += static_cast<int64_t>(delta - delta_hot) * costs_.interpreted_step_ps +
                   static_cast<int64_t>(delta_hot) * costs_.optimised_step_ps;
  const int64_t ns = step_cost_ps_ / 1000;
  step_cost_ps_ -= ns * 1000;
  ChargeMainThread(ns + static_cast<int64_t>(delta_tier_ups) * costs_.tier_up);
}

void Process::ChargeMainThread(int64_t cpu_ns) {
  if (cpu_ns <= 0) return;
  if (real_time_) return SyncClock();
  if (hub_) return ChargeBesideWorkers(cpu_ns);
  // A free core (rate 1, the common case) needs no floating-point division.
  const double rate = pool_->idle() ? 1.0 : pool_->MainThreadRate();
  const int64_t wall_ns =
      rate == 1.0 ? cpu_ns : static_cast<int64_t>(static_cast<double>(cpu_ns) / rate);
  AdvanceTo(now_ns_ + wall_ns, true);
  StopSoonIfPastVirtualLimit();
}

// Virtual time can pass the limit inside one native call (pbkdf2Sync with a million
// iterations, readFileSync on a slow disk) in a program with too few steps to reach the
// periodic check: the check is then due at the very next instruction.
void Process::StopSoonIfPastVirtualLimit() {
  if (static_cast<double>(now_ns_) > scenario_.limits.max_virtual_ms * kNsPerMs)
    vm_->SetStepBudget(vm_->steps());
}

void Process::DoMainThreadWork(int64_t cpu_ns) {
  if (!real_time_) return ChargeMainThread(cpu_ns);
  real_time_->SpendCpu(cpu_ns);
  SyncClock();
  CheckLimitsNow();
}

void Process::IdleUntil(int64_t t_ns) {
  if (t_ns <= now_ns_) return;
  double limit_ns = scenario_.limits.max_virtual_ms * kNsPerMs;
  if (static_cast<double>(t_ns) > limit_ns) {
    AdvanceTo(static_cast<int64_t>(limit_ns), false);
    StopForLimit(VirtualTimeLimitMessage());
    return;
  }
  rec_.ClockAdvance(t_ns - now_ns_,
                    phase_ == Phase::kPoll ? "poll: waiting for I/O or the next timer" : "waiting");
  AdvanceTo(t_ns, false);
}

// Moves time forward to `t`, letting pool threads and OS operations reach every event on
// the way, each at its own time, so the log stays in time order.
void Process::AdvanceTo(int64_t t, bool main_busy) {
  // The common case while JavaScript runs: nothing in the pool or the OS to meet on the way
  // (both would answer kNeverTime), so time just moves; the clock comes here per statement.
  if (pool_->idle() && !os_->has_waiting()) {
    pool_->Progress(t, main_busy);
    now_ns_ = std::max(now_ns_, t);
    return;
  }
  AdvanceThroughEvents(t, main_busy);
}

void Process::AdvanceThroughEvents(int64_t t, bool main_busy) {
  for (;;) {
    int64_t next = std::min(pool_->NextEventTime(main_busy), os_->NextEventTime());
    if (next > t) break;
    pool_->Progress(next, main_busy);
    now_ns_ = std::max(now_ns_, next);
    pool_->FireEventsAt(now_ns_);
    os_->FireEventsAt(now_ns_);
  }
  pool_->Progress(t, main_busy);
  now_ns_ = std::max(now_ns_, t);
}

// ---- running JavaScript --------------------------------------------------------------

js::Completion Process::CallInScope(js::Value fn, js::Value recv, std::span<const js::Value> args,
                                    const CallbackSite& site) {
  ChargeMainThread(costs_.per_callback);
  CountHostWork(kWorkStepsPerCallback);
  rec_.CallbackStart(site.queue, site.item, site.label);
  std::string name = FunctionName(*vm_, fn);
  js::CallOptions options;
  if (name.empty()) options.frame_name = site.default_name;
  pending_frame_item_ = site.item;
  pending_frame_name_ = {};
  AsyncContexts::Scope async_scope = async_->Enter(site.item);
  thrown_frame_ = js::Value();  // a throw from outside any callback runs its listeners at the top
  thrown_async_id_ = thrown_trigger_id_ = 0;
  double hooked_id = async_->EmitBefore(site.item);
  js::Completion c = vm_->Call(fn, recv, args, options);
  if (c.threw()) {
    thrown_async_id_ = async_->execution().async_id;
    thrown_trigger_id_ = async_->execution().trigger_id;
    thrown_frame_ = vm_->ContinuationData();
    async_->OweAfter(hooked_id);
  } else {
    async_->EmitAfter(hooked_id);
  }
  pending_frame_item_ = 0;
  SyncClock();
  rec_.CallbackEnd(site.item);
  return c;
}

void Process::ChargeDeferredWork() {
  if (deferred_cost_ns_ == 0) return;
  int64_t cost = deferred_cost_ns_;
  deferred_cost_ns_ = 0;
  ChargeNodeCost(cost, "Node finishes setting up stdout after its first write");
}

void Process::ChargeNodeCost(int64_t cpu_ns, std::string_view why) {
  // The jump ChargeMainThread is about to make, stamped before it so the log stays in order.
  if (!real_time_ && cpu_ns > 0 && rec_.enabled())
    rec_.ClockAdvance(static_cast<int64_t>(static_cast<double>(cpu_ns) / pool_->MainThreadRate()),
                      std::string(trace::kSimulatedCostPrefix) + std::string(why));
  DoMainThreadWork(cpu_ns);
}

bool Process::MakeCallback(js::Value fn, js::Value recv, std::span<const js::Value> args,
                           const CallbackSite& site) {
  if (stopping()) return false;
  ++callback_depth_;
  js::Completion c = CallInScope(fn, recv, args, site);
  HandleCompletion(c);
  --callback_depth_;
  if (callback_depth_ == 0 && !stopping()) tasks_->DrainAfterCallback();
  return !stopping();
}

bool Process::HandleCompletion(const js::Completion& c) {
  if (c.ok()) return true;
  if (c.threw() && !stopping()) TriggerUncaughtException(c.value, /*from_promise=*/false);
  async_->DropOwedAfters();  // emitted by a handler that caught it, else the process ends
  return false;
}

// ---- js::Hooks -------------------------------------------------------------------------

Loc Process::call_site() const {
  if (!InProgramFile()) return {};
  js::SourceLoc at = vm_->CallSite();
  return {at.line, at.col};
}

// The step log shows one source, the program's. Code of a module it loads from another file
// (require('./util'), an imported .mjs) is recorded without a location (0:0, "unknown") rather
// than with a line number the source panel would light in the wrong file.
bool Process::InProgramFile() const {
  const std::shared_ptr<const std::string>* file = vm_->CallSiteFile();
  if (!file || !*file) return true;
  if (*file == program_file_) return true;
  // The program is compiled once; pinning its name keeps the pointer comparison above sound.
  if (program_file_ ||
      (**file != modules_->filename() && **file != "file://" + modules_->filename()))
    return false;
  program_file_ = *file;
  return true;
}

void Process::OnStatement(js::SourceLoc loc) {
  if (!InProgramFile()) loc = {};
  current_statement_ = {loc.line, loc.col};
  SyncClock();
  rec_.Statement(current_statement_);
}

// The VM names an anonymous function "(anonymous)" (js::Hooks::OnFramePush); a job's
// callback is named after what scheduled it instead, the way CallbackSite::default_name names
// host callbacks. Only the recorded frame changes: error stacks come from the VM's own frames.
void Process::OnFramePush(std::string_view name, js::SourceLoc function_loc) {
  SyncClock();
  if (name == "(anonymous)" && pending_frame_item_ != 0 && !pending_frame_name_.empty())
    name = pending_frame_name_;
  if (!InProgramFile()) function_loc = {};
  rec_.FramePush(name, {function_loc.line, function_loc.col}, pending_frame_item_);
  pending_frame_item_ = 0;
  pending_frame_name_ = {};
}

void Process::OnFramePop() {
  SyncClock();
  // A limit, a cancel or process.exit() ends the process with these frames still running:
  // the VM unwinds them only to stop, so the log keeps them on the stack, as they were.
  if (stop_ == StopReason::kLimit || stop_ == StopReason::kCancelled || exit_called_) return;
  rec_.FramePop();
}

void Process::OnFrameSuspend(std::string_view name, js::SourceLoc at, uint64_t activation) {
  SyncClock();
  rec_.FrameSuspend(name, {at.line, at.col}, activation);
}

// Named as OnFramePush names a job's frame; the event also carries the await it resumes after.
void Process::OnFrameResume(std::string_view name, js::SourceLoc function_loc, js::SourceLoc at,
                            uint64_t activation) {
  SyncClock();
  if (name == "(anonymous)" && pending_frame_item_ != 0 && !pending_frame_name_.empty())
    name = pending_frame_name_;
  rec_.FrameResume(name, {function_loc.line, function_loc.col}, {at.line, at.col},
                   pending_frame_item_, activation);
  pending_frame_item_ = 0;
  pending_frame_name_ = {};
}

void Process::OnJobEnqueued(const js::JobInfo& job) {
  if (!rec_.enabled()) return;
  job_label_.assign(job.label);
  if (job.scheduled_at.line != 0) {
    char digits[16];
    const auto end = std::to_chars(digits, digits + sizeof digits, job.scheduled_at.line).ptr;
    job_label_.append(" @ L").append(digits, end);
  }
  rec_.Enqueue(Queue::kMicrotask, JobItemId(job.id), job_label_,
               {job.scheduled_at.line, job.scheduled_at.col});
}

void Process::OnJobStarted(const js::JobInfo& job) {
  running_job_item_ = JobItemId(job.id);
  rec_.Dequeue(Queue::kMicrotask, running_job_item_);
  rec_.CallbackStart(Queue::kMicrotask, running_job_item_, job.label);
  pending_frame_item_ = running_job_item_;
  // A resumed async function is the function itself; the other jobs run the handler they
  // were created for, which their label names ("then callback", "queueMicrotask callback").
  pending_frame_name_ =
      job.kind == js::JobKind::kAwaitResume ? std::string_view("await resumption") : job.label;
}

void Process::OnPromiseRejectedUnhandled(js::Value promise, js::Value reason) {
  tasks_->OnRejectedUnhandled(promise, reason);
}

void Process::OnPromiseRejectionHandled(js::Value promise) {
  tasks_->OnRejectionHandled(promise);
}

bool Process::OnStepBudgetReached(uint64_t steps) {
  SyncClock();
  vm_->SetStepBudget(steps + kBudgetInterval);
  if (hub_) {
    hub_->CheckStops(*this);  // a live run's terminate() from another thread
    hub_->Slice(*this);       // other threads' turn when this one has run a slice past them
  }
  CheckLimits();
  return !stopping();
}

// Parts are null while the Process is still being constructed (the internal library runs
// from Modules' constructor, and a collection may happen then).
void Process::TraceRoots(js::RootTracer& tracer) {
  tracer.Mark(process_object_);
  tracer.Mark(capture_callback_);
  tracer.Mark(thrown_frame_);
  tracer.Mark(date_now_);
  tracer.Mark(performance_now_);
  tracer.Mark(worker_dispatch_);
  if (async_) async_->Trace(tracer);
  if (tasks_) tasks_->Trace(tracer);
  if (timers_) timers_->Trace(tracer);
  if (immediates_) immediates_->Trace(tracer);
  if (pool_) pool_->Trace(tracer);
  if (os_) os_->Trace(tracer);
  if (loop_) loop_->Trace(tracer);
  if (modules_) modules_->Trace(tracer);
  for (const auto& [id, values] : held_) {
    for (js::Value v : values) tracer.Mark(v);
  }
}

// ---- limits ----------------------------------------------------------------------------

// "in the main script", "while draining microtasks after the main script", "in the check
// phase", "while draining microtasks in the timers phase" — then the statement running.
std::string Process::WhereNow() const {
  std::string phase = std::string("the ") + std::string(trace::PhaseDisplayName(phase_)) +
                      (phase_ == Phase::kMain ? "" : " phase");
  std::string where;
  if (const char* drain = tasks_->draining())
    where = std::string("while draining ") + drain + (phase_ == Phase::kMain ? " after " : " in ") +
            phase;
  else
    where = "in " + phase;
  if (current_statement_.line != 0) {
    where += ", at " + scenario_.source_name + ":" + std::to_string(current_statement_.line) + ":" +
             std::to_string(current_statement_.col);
  }
  return where;
}

std::string Process::VirtualTimeLimitMessage() const {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.0f", scenario_.limits.max_virtual_ms);
  return std::string("virtual-time limit reached: the program was still running after ") + buf +
         " virtual ms (limits.max_virtual_ms) " + WhereNow() +
         ". An interval that is never cleared or a loop that keeps re-arming itself runs forever.";
}

// One sentence per limit, naming it, its setting and where the program was. A limit hit
// while one drain has run thousands of microtasks is microtask starvation whichever limit
// noticed it first, and the message says so.
void Process::CheckLimits() {
  PublishProgress();
  if (stopping()) return;
  const auto& limits = scenario_.limits;
  if (options_.cancel && options_.cancel->load()) {
    stop_ = StopReason::kCancelled;
    return;
  }
  std::string msg;
  if (WorkSteps() > limits.max_steps) {
    msg = StepLimitMessage();
  } else if (static_cast<double>(now_ns_) > limits.max_virtual_ms * kNsPerMs) {
    msg = VirtualTimeLimitMessage();
  } else if (log_ && log_->size() + 64 >= log_->max_events()) {
    msg = "step-log limit reached: " + std::to_string(log_->max_events()) +
          " events (limits.max_events) " + WhereNow() + ".";
  } else if (WallSeconds() >= WallLimitSeconds()) {
    msg = WallLimitMessage();
  }
  if (msg.empty()) return;
  uint64_t in_drain = tasks_->microtasks_in_drain();
  if (in_drain > 10'000) {
    msg += " The microtask queue never emptied (" + std::to_string(in_drain) +
           " microtasks ran in one drain): microtask starvation keeps the event loop from ever "
           "reaching its next phase.";
  }
  StopForLimit(msg);
}

void Process::PublishProgress() {
  if (!options_.progress) return;
  options_.progress->events.store(log_ ? log_->size() : 0, std::memory_order_relaxed);
  options_.progress->virtual_ns.store(now_ns_, std::memory_order_relaxed);
}

void Process::CheckLimitsNow() {
  CheckLimits();
  if (stopping()) vm_->SetStepBudget(vm_->steps() + 1);  // OnStepBudgetReached ends the VM
}

// A real-time run measures on its backend's clock, the one its blocking calls stop by.
double Process::WallSeconds() const {
  if (real_time_) return static_cast<double>(real_time_->Now()) / 1e9;
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - wall_start_).count();
}

// The step limit counts executed instructions plus heavy native work (string copies,
// searches, array storage) at kNativeBytesPerStep bytes a step: both are deterministic, so a
// runaway stops at the same point on every machine, however few and huge its steps are.
uint64_t Process::WorkSteps() const {
  return vm_->steps() + vm_->native_work_bytes() / kNativeBytesPerStep + host_work_steps_ +
         pool_work_steps_;
}

// Only the step limit is checked here: the other limits keep being noticed where they were
// (the interpreter's step budget, the clock), so their messages name the same place.
void Process::CountHostWork(uint64_t steps) {
  host_work_steps_ += steps;
  if (WorkSteps() > scenario_.limits.max_steps) CheckLimits();
}

bool Process::CountPoolWork(double cpu_ms) {
  const double steps = cpu_ms * 1e6 / kPoolWorkNsPerStep;
  pool_work_steps_ += steps >= 1e18 ? static_cast<uint64_t>(1e18) : static_cast<uint64_t>(steps);
  if (WorkSteps() > scenario_.limits.max_steps) CheckLimitsNow();
  return !stopping();
}

std::string Process::StepLimitMessage() const {
  std::string msg = "step limit reached: " + std::to_string(scenario_.limits.max_steps) +
                    " interpreter steps (limits.max_steps) " + WhereNow() + ".";
  const uint64_t native = vm_->native_work_bytes() / kNativeBytesPerStep;
  const uint64_t largest = std::max({vm_->steps(), native, host_work_steps_, pool_work_steps_});
  if (largest == vm_->steps()) return msg;
  if (largest == native) {
    msg += " Most of them were native work on huge strings or arrays, counted as one step per " +
           std::to_string(kNativeBytesPerStep) + " bytes copied.";
  } else if (largest == host_work_steps_) {
    msg += " Most of them were the work of running callbacks and microtasks, counted as steps.";
  } else {
    msg +=
        " Most of them were thread-pool work computed for real (a key derivation), counted as "
        "one step per 100 ns of its modelled CPU time.";
  }
  return msg;
}

double Process::WallLimitSeconds() const {
  if (real_time_) return real_time_->wall_limit_seconds();
  return scenario_.limits.max_wall_seconds > 0 ? scenario_.limits.max_wall_seconds
                                               : scenario::kWallGuardSeconds;
}

// A live run's clock is real, so its wall-clock limit is a property of the run. In a
// simulation the wall clock is only a guard against a slow or overloaded host: the message
// says so, since the same program stops (or finishes) the same way on a faster machine.
std::string Process::WallLimitMessage() const {
  char secs[32];
  std::snprintf(secs, sizeof secs, "%g", WallLimitSeconds());
  if (real_time_) {
    return std::string("wall-clock limit reached: the live run was still going after ") + secs +
           " s " + WhereNow() + ".";
  }
  return std::string("wall-clock guard reached: simulating took longer than ") + secs +
         " s of real time (limits.max_wall_seconds) " + WhereNow() +
         ". This guards against a slow or overloaded host, not a property of the program: "
         "none of the deterministic limits (steps, heap, virtual time, step log) had stopped it.";
}

bool Process::OnHeapLimitReached(size_t heap_bytes) {
  char mb[32];
  std::snprintf(mb, sizeof mb, "%g", scenario_.limits.max_heap_mb);
  StopForLimit(std::string("heap limit reached: the program needs more than ") + mb +
               " MB of heap (limits.max_heap_mb) " + WhereNow() + ".");
  return false;
}

// A match that backtracks past PCRE2's budget would keep V8 busy for hours (catastrophic
// backtracking): the run stops there, naming the expression.
bool Process::OnRegExpLimitReached(std::string_view regexp) {
  StopForLimit("regular expression limit reached: " + std::string(regexp) +
               " backtracked past the matcher's limit in one match (catastrophic backtracking: "
               "Node would not finish it) " +
               WhereNow() + ".");
  return false;
}

void Process::StopForLimit(std::string message) {
  if (stopping()) return;
  stop_ = StopReason::kLimit;
  limit_message_ = std::move(message);
  rec_.Limit(limit_message_);
}

// ---- output ------------------------------------------------------------------------------

// Output is kept until the run ends (and in the step log): what its buffer grows by counts
// against the heap limit, so a program printing a huge string in a loop stops there
// instead of exhausting memory.
void Process::AppendOutput(std::string& buffer, std::string_view text) {
  size_t before = buffer.capacity();
  buffer += text;
  size_t grown = buffer.capacity() - before + (log_ ? text.size() : 0);
  vm_->AdjustExternalMemory(static_cast<int64_t>(grown));
}

void Process::WriteStdout(std::string_view text) {
  std::string encoded;  // what Node writes for a lone surrogate (well_formed.h)
  if (!IsAscii(text)) text = encoded = EncodeUtf8(text);
  if (ForwardStdio(1, text)) return;
  SyncClock();
  if (stdout_used_) {
    ChargeMainThread(costs_.per_console_write);
  } else {
    ChargeNodeCost(costs_.first_stdout_write, "Node builds process.stdout on the first write");
  }
  if (!stdout_used_) deferred_cost_ns_ += costs_.first_stdout_write_deferred;
  stdout_used_ = true;
  async_->OnStdioWrite(1);
  AppendOutput(stdout_, text);
  rec_.Console(1, text);
}

void Process::WriteStderr(std::string_view text) {
  std::string encoded;  // what Node writes for a lone surrogate (well_formed.h)
  if (!IsAscii(text)) text = encoded = EncodeUtf8(text);
  if (ForwardStdio(2, text)) return;
  SyncClock();
  if (stderr_used_) {
    ChargeMainThread(costs_.per_console_write);
  } else {
    ChargeNodeCost(costs_.first_stderr_write, "Node builds process.stderr on the first write");
  }
  stderr_used_ = true;
  async_->OnStdioWrite(2);
  AppendOutput(stderr_, text);
  rec_.Console(2, text);
}

}  // namespace loopscope::node
