// engine/browser/event_loop.cpp — the HTML standard's event loop processing model.
//
// HTML §8.1.7.3 "Processing model": each turn takes one runnable task (the oldest on the
// queues: Chromium runs timers and posted messages in the order they entered the queue, user
// input first; a delayed task enters it only when the loop finds it due between two tasks, so
// after a long task a setTimeout(f, 0) posted during it runs before an overdue 10 ms timer),
// runs it, performs a microtask checkpoint (§8.1.7.4), and when a
// rendering opportunity has come (every 16.7 ms, and only if something needs rendering)
// updates the rendering: the animation frame callbacks registered before it, each followed by
// a microtask checkpoint, then style, layout and paint. The loop ends when no task, timer or
// frame is left: a page never exits, but a program run here does. docs/browser.md.
#include <algorithm>
#include <cmath>
#include <limits>

#include "engine/browser/window.h"
#include "engine/trace/explain_browser.h"

namespace loopscope::browser {

namespace {
constexpr int64_t kNever = std::numeric_limits<int64_t>::max();

// Among tasks ready at the same time, the user's input goes first (Chromium's scheduler gives
// input the highest priority).
int Priority(Queue source) {
  return source == Queue::kInputTasks ? 0 : 1;
}
}  // namespace

void Window::RunEventLoop() {
  int64_t turn = 0;
  while (!stopping()) {
    MoveReadyDelayedTasks();
    Task* task = NextRunnableTask();
    const int64_t task_at = task ? std::max(task->ready_ns, now_ns_) : kNever;
    const int64_t frame_at = NextRenderingOpportunity();
    if (task_at == kNever && frame_at == kNever) break;
    if (frame_at <= task_at) {
      ClockTo(frame_at, "waiting for the next rendering opportunity");
      UpdateTheRendering();
      continue;
    }
    if (task->seq == 0) {  // nothing queued: wait for the first delayed task to fall due
      ClockTo(task_at, "waiting for the next task");
      continue;
    }
    // Take it off its queue before it runs: what it posts goes behind it.
    auto it =
        std::find_if(tasks_.begin(), tasks_.end(), [&](const auto& t) { return t.get() == task; });
    std::unique_ptr<Task> running = std::move(*it);
    tasks_.erase(it);
    rec_.PhaseEnter(trace::Phase::kTask, ++turn);
    rec_.Dequeue(running->source, running->id);
    RunTask(*running);
    MicrotaskCheckpoint();
    rec_.PhaseLeave(trace::Phase::kTask, turn);
    CheckLimits();
  }
}

// The queued task to run next (input first, then queue order); when none is queued, the
// delayed task that falls due first, for the loop to wait for.
Task* Window::NextRunnableTask() {
  Task* best = nullptr;
  for (const auto& t : tasks_) {
    if (t->seq == 0) continue;
    if (!best || Priority(t->source) < Priority(best->source) ||
        (Priority(t->source) == Priority(best->source) && t->seq < best->seq))
      best = t.get();
  }
  if (best) return best;
  for (const auto& t : tasks_) {
    if (!best || t->ready_ns < best->ready_ns ||
        (t->ready_ns == best->ready_ns && t->posted < best->posted))
      best = t.get();
  }
  return best;
}

// Delayed tasks now due join the queue, earliest due first (base/task/sequence_manager
// MoveReadyDelayedTasksToWorkQueue, run between tasks).
void Window::MoveReadyDelayedTasks() {
  SyncClock();
  std::vector<Task*> due;
  for (const auto& t : tasks_)
    if (t->seq == 0 && t->ready_ns <= now_ns_) due.push_back(t.get());
  std::sort(due.begin(), due.end(), [](const Task* a, const Task* b) {
    return a->ready_ns != b->ready_ns ? a->ready_ns < b->ready_ns : a->posted < b->posted;
  });
  for (Task* t : due) t->seq = next_seq_++;
}

// A task posted without a delay is queued at once; a delayed one waits (see Task::seq).
void Window::Enqueue(std::unique_ptr<Task> task) {
  task->posted = next_posted_++;
  if (task->ready_ns <= now_ns_ && task->source != Queue::kInputTasks) task->seq = next_seq_++;
  rec_.Enqueue(task->source, task->id, task->label, statement_,
               task->ready_ns > now_ns_ ? task->ready_ns : 0);
  tasks_.push_back(std::move(task));
}

// The first frame boundary not before now, when there is something to render: animation
// frame callbacks, or a change to the document since the last paint.
int64_t Window::NextRenderingOpportunity() const {
  if (frames_.empty() && !rendering_needed_) return kNever;
  int64_t at = next_frame_ns_;
  if (at < now_ns_) at = (now_ns_ + kFrameIntervalNs - 1) / kFrameIntervalNs * kFrameIntervalNs;
  return at;
}

void Window::ClockTo(int64_t ns, std::string_view why) {
  SyncClock();
  if (ns <= now_ns_) return;
  rec_.ClockAdvance(ns - now_ns_, why);
  now_ns_ = ns;
}

void Window::RunTask(Task& task) {
  if (!task.click_target.empty()) {
    rec_.CallbackStart(task.source, task.id, task.label);
    js::Value id = vm_->NewString(task.click_target);
    js::Completion clicked =
        vm_->Call(vm_->GetOwn(api_.Get(), "userClick"), js::Value::Undefined(), std::span(&id, 1));
    SyncClock();
    if (clicked.ok() && !vm_->ToBoolean(clicked.value))
      rec_.Note("the user clicks #" + task.click_target + ", but no element has that id");
    rec_.CallbackEnd(task.id);
    return;
  }
  if (task.timer_id != 0) return RunTimerTask(task);
  if (!task.rejections.empty()) return RunRejectionReport(task);
  rec_.CallbackStart(task.source, task.id, task.label);
  CallCallback(task.callback.Get(), js::Value::Undefined(), {});
  rec_.CallbackEnd(task.id);
}

// HTML §8.1.7.4 perform a microtask checkpoint: run jobs until the queue is empty, then
// notify about rejected promises.
void Window::MicrotaskCheckpoint() {
  if (stopping()) return;
  if (vm_->HasPendingJobs()) {
    rec_.DrainStart(trace::DrainKind::kMicrotaskCheckpoint);
    while (vm_->HasPendingJobs() && !stopping()) {
      js::Completion c = vm_->RunNextJob();
      SyncClock();
      if (c.threw() && !stopping()) ReportException(c.value);
    }
    rec_.DrainEnd();
  }
  ReportRejections();
}

// HTML §8.1.5.7 "notify about rejected promises", at the end of a checkpoint: the promises
// rejected without a handler are handed to a task queued now (Blink's RejectedPromises
// posts one), which reports each as Chromium's console shows it, "Uncaught (in promise)
// <reason>", even if a handler was attached meanwhile.
void Window::ReportRejections() {
  if (rejections_.empty()) return;
  auto task = std::make_unique<Task>();
  task->id = rec_.NewId();
  task->source = Queue::kMessageTasks;
  task->ready_ns = now_ns_;
  task->label = std::string(trace::kRejectionReportLabel);
  task->rejections = std::move(rejections_);
  rejections_.clear();
  Enqueue(std::move(task));
}

void Window::RunRejectionReport(Task& task) {
  rec_.CallbackStart(task.source, task.id, task.label);
  for (Rejection& r : task.rejections) {
    if (stopping()) break;
    js::Value args[] = {r.reason.Get()};
    js::Completion text =
        vm_->Call(vm_->GetOwn(api_.Get(), "loggedForm"), js::Value::Undefined(), args);
    if (text.ok()) ReportError("Uncaught (in promise) " + vm_->ToDisplayString(text.value));
  }
  rec_.CallbackEnd(task.id);
}

// HTML §8.1.7.3 step "update the rendering": run the animation frame callbacks (those
// registered before this frame: the list is taken first), then style, layout and paint.
void Window::UpdateTheRendering() {
  static constexpr trace::RenderStep kSteps[] = {
      trace::RenderStep::kStyle, trace::RenderStep::kLayout, trace::RenderStep::kPaint};
  const int64_t frame = now_ns_ / kFrameIntervalNs;
  rec_.PhaseEnter(trace::Phase::kRendering, frame);
  std::vector<AnimationFrame> callbacks = std::move(frames_);
  frames_.clear();
  const double timestamp = static_cast<double>(now_ns_) / kNsPerMs;
  for (AnimationFrame& f : callbacks) {
    if (stopping()) break;
    rec_.Dequeue(Queue::kAnimationFrames, f.item);
    rec_.CallbackStart(Queue::kAnimationFrames, f.item, "requestAnimationFrame callback");
    js::Value arg = js::Value::Number(timestamp);
    CallCallback(f.callback.Get(), js::Value::Undefined(), std::span(&arg, 1));
    rec_.CallbackEnd(f.item);
    MicrotaskCheckpoint();
  }
  for (trace::RenderStep step : kSteps) rec_.RenderStep(step);
  rendering_needed_ = false;
  next_frame_ns_ = (frame + 1) * kFrameIntervalNs;
  rec_.PhaseLeave(trace::Phase::kRendering, frame);
}

uint64_t Window::RequestFrame(js::Value callback) {
  const uint64_t handle = next_handle_++;
  const uint64_t item = rec_.NewId();
  frames_.push_back({handle, item, vm_->Persist(callback)});
  rec_.Enqueue(Queue::kAnimationFrames, item, "requestAnimationFrame callback", statement_);
  return handle;
}

void Window::CancelFrame(uint64_t handle) {
  auto it = std::find_if(frames_.begin(), frames_.end(),
                         [&](const AnimationFrame& f) { return f.handle == handle; });
  if (it == frames_.end()) return;
  rec_.Cancel(Queue::kAnimationFrames, it->item);
  frames_.erase(it);
}

void Window::PostTask(Queue source, js::Value callback, std::string label, double delay_ms) {
  auto task = std::make_unique<Task>();
  task->id = rec_.NewId();
  task->source = source;
  task->ready_ns = now_ns_ + static_cast<int64_t>(std::llround(std::max(delay_ms, 0.0) * kNsPerMs));
  task->label = std::move(label);
  task->callback = vm_->Persist(callback);
  Enqueue(std::move(task));
}

void Window::QueueMicrotask(js::Value callback) {
  vm_->EnqueueMicrotask(callback, {statement_.line, statement_.col});
}

// The scenario's clicks (browser.clicks) become user-interaction tasks at their times.
void Window::QueueUserClicks() {
  for (const scenario::UserClick& click : scenario_.user_clicks) {
    auto task = std::make_unique<Task>();
    task->id = rec_.NewId();
    task->source = Queue::kInputTasks;
    task->ready_ns = static_cast<int64_t>(click.at_ms * kNsPerMs);
    task->label = "user click on #" + click.target;
    task->click_target = click.target;
    Enqueue(std::move(task));
  }
}

}  // namespace loopscope::browser
