// engine/browser/window.cpp — the page's life: construction, the main script, the hooks the
// language engine calls, limits and the result (see window.h).
//
// The clock advances with the instructions the program runs, at the Node host's measured
// rates (engine/node/cost_table.h: the same V8), so a long task really delays timers and
// frames. Where to look next: event_loop.cpp (the processing model), web_apis.cpp.
#include "engine/browser/window.h"

#include <chrono>
#include <cstdio>

#include "engine/node/cost_table.h"

namespace loopscope::browser {

namespace {
constexpr uint64_t kBudgetInterval = 100'000;  // steps between limit checks

double WallNow() {
  return std::chrono::duration<double>(std::chrono::steady_clock::now().time_since_epoch()).count();
}
}  // namespace

Window::Window(const scenario::Scenario& scenario, const node::RunOptions& options)
    : scenario_(scenario),
      options_(options),
      log_(options.record_log ? std::make_shared<trace::StepLog>(scenario.limits.max_events)
                              : nullptr),
      rec_(log_.get(), &now_ns_),
      vm_(std::make_unique<js::Vm>(*this)) {
  vm_->SetStepBudget(kBudgetInterval);
  vm_->SetTierUpBudget(node::kCostTable.tier_up_budget_bytes);
  vm_->SetHeapLimit(static_cast<size_t>(scenario.limits.max_heap_mb * 1024 * 1024));
  if (!scenario.environment.timezone.empty()) vm_->SetTimeZone(scenario.environment.timezone);
  vm_->SetClock([this] {
    return scenario_.environment.loop_start_ms + static_cast<double>(now_ns_) / kNsPerMs;
  });
  wall_start_ = WallNow();
  if (log_) {
    trace::RunInfo info;
    info.program_name = scenario.source_name;
    info.source_text = scenario.source;
    info.pool_size = 1;
    info.cpu_cores = 1;
    info.browser = true;
    log_->set_info(std::move(info));
  }
}

Window::~Window() = default;

node::RunResult Window::Run() {
  rec_.RunStart(scenario_.source_name, 1);
  js::CompileResult compiled = vm_->Compile(scenario_.source, scenario_.source_name);
  if (!compiled.script) {
    node::RunResult r;
    r.outcome = node::RunResult::Outcome::kLoadError;
    r.exit_code = 2;
    for (const js::Diagnostic& d : compiled.diagnostics)
      r.stderr_text += d.file + ":" + std::to_string(d.loc.line) + ":" + std::to_string(d.loc.col) +
                       ": error: " + d.message + "\n";
    r.log = log_;
    return r;
  }
  if (!InstallWebApis()) {
    Stop("the browser host's Web APIs failed to install");
    return Finish();
  }
  QueueUserClicks();
  // The page's one classic script runs as a task of the networking task source (the parser
  // fetched it); "clean up after running script" then performs a microtask checkpoint.
  rec_.PhaseEnter(trace::Phase::kMain, 0);
  js::Completion c = vm_->RunScript(compiled.script);
  SyncClock();
  if (c.threw() && !stopping()) ReportException(c.value);
  rec_.PhaseLeave(trace::Phase::kMain, 0);
  MicrotaskCheckpoint();
  RunEventLoop();
  return Finish();
}

// Calls a callback from an empty stack and performs the microtask checkpoint HTML's "clean up
// after running script" does when the JavaScript execution context stack empties.
void Window::CallCallback(js::Value fn, js::Value this_value, std::span<const js::Value> args) {
  if (stopping()) return;
  js::Completion c = vm_->Call(fn, this_value, args);
  SyncClock();
  if (c.threw() && !stopping()) ReportException(c.value);
}

// HTML "report the exception": the console shows "Uncaught " and the error; the page goes on.
void Window::ReportException(js::Value error) {
  js::Completion reported =
      vm_->Call(vm_->GetOwn(api_.Get(), "report"), js::Value::Undefined(), std::span(&error, 1));
  (void)reported;  // the report itself only converts to text; a throw there is dropped
}

void Window::Print(std::string_view line) {
  SyncClock();
  stdout_.append(line).push_back('\n');
  rec_.Console(1, line);
}

void Window::ReportError(std::string_view line) {
  Print(line);
  rec_.Uncaught(line, statement_);
}

// A Web API the model does not have ends the page with a located error naming it: a silent
// `undefined` would change the order the program prints in.
js::Completion Window::Refuse(std::string_view api) {
  if (refusal_.empty()) {
    refusal_ = scenario_.source_name + ":" + std::to_string(statement_.line) + ":" +
               std::to_string(statement_.col) + ": error: " + std::string(api) +
               " is not modelled by the browser host (docs/browser.md)";
    rec_.Uncaught(refusal_, statement_);
  }
  return js::Completion{js::Completion::Type::kTerminated, js::Value::Undefined()};
}

double Window::NowMs() {
  SyncClock();
  return static_cast<double>(now_ns_) / kNsPerMs;
}

// ---- the clock and the limits ------------------------------------------------------------

void Window::SyncClock() {
  const uint64_t steps = vm_->steps(), hot = vm_->hot_steps();
  const uint64_t delta = steps - synced_steps_, delta_hot = hot - synced_hot_steps_;
  synced_steps_ = steps;
  synced_hot_steps_ = hot;
  step_cost_ps_ += static_cast<int64_t>(delta - delta_hot) * node::kCostTable.interpreted_step_ps +
                   static_cast<int64_t>(delta_hot) * node::kCostTable.optimised_step_ps;
  now_ns_ += step_cost_ps_ / 1000;
  step_cost_ps_ %= 1000;
}

void Window::Stop(std::string limit_message) {
  if (limit_message_.empty()) {
    limit_message_ = std::move(limit_message);
    rec_.Limit(limit_message_);
  }
}

void Window::CheckLimits() {
  const auto& limits = scenario_.limits;
  const double wall_limit =
      limits.max_wall_seconds > 0 ? limits.max_wall_seconds : scenario::kWallGuardSeconds;
  const std::string at = statement_.line ? ", at " + scenario_.source_name + ":" +
                                               std::to_string(statement_.line) + ":" +
                                               std::to_string(statement_.col)
                                         : std::string();
  if (options_.cancel && options_.cancel->load(std::memory_order_relaxed)) {
    cancelled_ = true;
  } else if (vm_->steps() >= limits.max_steps) {
    Stop("step limit (" + std::to_string(limits.max_steps) + " steps) reached" + at);
  } else if (static_cast<double>(now_ns_) >= limits.max_virtual_ms * kNsPerMs) {
    Stop("virtual time limit (" + std::to_string(static_cast<int64_t>(limits.max_virtual_ms)) +
         " ms) reached" + at);
  } else if (WallNow() - wall_start_ >= wall_limit) {
    Stop("wall-clock limit (" + std::to_string(static_cast<int64_t>(wall_limit)) + " s) reached" +
         at);
  } else if (rec_.full()) {
    Stop("event limit (" + std::to_string(limits.max_events) + " events) reached" + at);
  }
  if (options_.progress) {
    options_.progress->virtual_ns.store(now_ns_, std::memory_order_relaxed);
    if (log_) options_.progress->events.store(log_->size(), std::memory_order_relaxed);
  }
}

node::RunResult Window::Finish() {
  node::RunResult r;
  r.stdout_text = std::move(stdout_);
  if (!refusal_.empty()) {
    r.exit_code = 1;
    r.stderr_text = refusal_ + "\n";
  } else if (cancelled_) {
    r.outcome = node::RunResult::Outcome::kCancelled;
  } else if (!limit_message_.empty()) {
    r.outcome = node::RunResult::Outcome::kLimit;
    r.exit_code = 3;
    r.limit_message = limit_message_;
    r.stderr_text = "loopscope: " + limit_message_ + "\n";
  }
  rec_.ProcessExit(r.exit_code, refusal_.empty() ? "the page has no more tasks, timers or frames"
                                                 : "a Web API the model lacks was used");
  r.log = log_;
  return r;
}

// ---- js::Hooks ---------------------------------------------------------------------------

void Window::OnStatement(js::SourceLoc loc) {
  statement_ = {loc.line, loc.col};
  SyncClock();
  rec_.Statement(statement_);
}

void Window::OnFramePush(std::string_view name, js::SourceLoc function_loc) {
  SyncClock();
  rec_.FramePush(name, {function_loc.line, function_loc.col}, pending_frame_item_);
  pending_frame_item_ = 0;
}

void Window::OnFramePop() {
  SyncClock();
  if (!stopping()) rec_.FramePop();
}

void Window::OnFrameSuspend(std::string_view name, js::SourceLoc at, uint64_t activation) {
  SyncClock();
  rec_.FrameSuspend(name, {at.line, at.col}, activation);
}

void Window::OnFrameResume(std::string_view name, js::SourceLoc function_loc, js::SourceLoc at,
                           uint64_t activation) {
  SyncClock();
  rec_.FrameResume(name, {function_loc.line, function_loc.col}, {at.line, at.col},
                   pending_frame_item_, activation);
  pending_frame_item_ = 0;
}

// Microtasks share the item id space with tasks: a job's id is offset past any task id.
void Window::OnJobEnqueued(const js::JobInfo& job) {
  std::string label(job.label);
  if (job.scheduled_at.line != 0) label += " @ L" + std::to_string(job.scheduled_at.line);
  rec_.Enqueue(Queue::kMicrotask, (uint64_t{1} << 40) + job.id, label,
               {job.scheduled_at.line, job.scheduled_at.col});
}

void Window::OnJobStarted(const js::JobInfo& job) {
  const uint64_t item = (uint64_t{1} << 40) + job.id;
  rec_.Dequeue(Queue::kMicrotask, item);
  rec_.CallbackStart(Queue::kMicrotask, item, job.label);
  pending_frame_item_ = item;
}

void Window::OnPromiseRejectedUnhandled(js::Value promise, js::Value reason) {
  rejections_.push_back({vm_->Persist(promise), vm_->Persist(reason)});
}

void Window::OnPromiseRejectionHandled(js::Value promise) {
  std::erase_if(rejections_, [&](const Rejection& r) { return r.promise.Get().SameBits(promise); });
}

bool Window::OnStepBudgetReached(uint64_t steps) {
  SyncClock();
  vm_->SetStepBudget(steps + kBudgetInterval);
  CheckLimits();
  return !stopping();
}

void Window::TraceRoots(js::RootTracer& tracer) {
  (void)tracer;  // every value the window holds is a js::Persistent
}

}  // namespace loopscope::browser
