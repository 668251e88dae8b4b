// engine/browser/timers.cpp — setTimeout and setInterval as the HTML standard's timer
// initialization steps (HTML §8.6), with Chromium's nesting clamp.
//
// Each timer keeps its entry in the map of active timers until a one-shot one runs or
// clearTimeout/clearInterval removes it; when its delay has passed a task is queued on the
// timer task source. The clamp mirrors Blink's DOMTimer (third_party/blink/renderer/core/
// frame/dom_timer.cc): the new timer's nesting level is the running timer task's plus one,
// and from level 5 (kMaxTimerNestingLevel) a timeout under 4 ms becomes 4 ms. A repeating
// timer counts one level more on each repetition, so setInterval(f, 0) settles at 4 ms.
#include <cmath>

#include "engine/browser/window.h"

namespace loopscope::browser {

namespace {
constexpr int kMaxTimerNestingLevel = 5;
constexpr double kMinimumIntervalMs = 4;

// HTML §8.6 timer initialization steps 4 and 10 (as Blink counts the level).
double ClampedTimeout(double timeout_ms, int nesting) {
  if (!(timeout_ms >= 0) || std::isinf(timeout_ms)) timeout_ms = 0;
  // WebIDL `long`: the timeout wraps to 32 bits; a value past 2^31-1 ms is 0 in practice.
  if (timeout_ms > 2147483647.0) timeout_ms = 0;
  timeout_ms = std::floor(timeout_ms);
  if (nesting >= kMaxTimerNestingLevel && timeout_ms < kMinimumIntervalMs)
    timeout_ms = kMinimumIntervalMs;
  return timeout_ms;
}

std::string TimerLabel(bool repeat, double timeout_ms) {
  char ms[32];
  std::snprintf(ms, sizeof ms, "%g", timeout_ms);
  return std::string(repeat ? "setInterval " : "setTimeout ") + ms + " ms";
}
}  // namespace

uint64_t Window::SetTimer(js::Value handler, double timeout_ms, bool repeat, js::Value args) {
  SyncClock();
  const uint64_t id = next_handle_++;
  const int nesting = current_nesting_ + 1;
  const double timeout = ClampedTimeout(timeout_ms, nesting);
  Timer& timer = timers_[id];
  timer.handler = vm_->Persist(handler);
  timer.args = vm_->Persist(args);
  timer.timeout_ms = timeout_ms;
  timer.repeat = repeat;
  timer.label = TimerLabel(repeat, timeout);
  auto task = std::make_unique<Task>();
  task->id = rec_.NewId();
  task->source = Queue::kTimerTasks;
  task->ready_ns = now_ns_ + static_cast<int64_t>(timeout) * kNsPerMs;
  task->label = timer.label;
  task->timer_id = id;
  task->nesting = nesting;
  Enqueue(std::move(task));
  return id;
}

// clearTimeout and clearInterval share the one map (HTML §8.6): the queued task stays and
// finds its entry gone.
void Window::ClearTimer(uint64_t id) {
  if (timers_.erase(id) == 0) return;
  for (auto it = tasks_.begin(); it != tasks_.end(); ++it) {
    if ((*it)->timer_id == id) {
      rec_.Cancel(Queue::kTimerTasks, (*it)->id);
      tasks_.erase(it);
      return;
    }
  }
}

// The timer's task (HTML §8.6 step 9's task): run the handler with the timer nesting level
// set, then re-arm a repeating timer from now.
void Window::RunTimerTask(Task& task) {
  auto it = timers_.find(task.timer_id);
  if (it == timers_.end()) return;
  rec_.CallbackStart(Queue::kTimerTasks, task.id, task.label);
  js::Value handler = it->second.handler.Get();
  js::Value args_array = it->second.args.Get();
  std::vector<js::Value> args;
  for (size_t i = 0; i < vm_->ArrayLength(args_array); ++i)
    args.push_back(vm_->ArrayAt(args_array, i));
  if (!it->second.repeat) timers_.erase(it);
  current_nesting_ = task.nesting;
  CallCallback(handler, js::Value::Undefined(), args);
  current_nesting_ = 0;
  rec_.CallbackEnd(task.id);
  auto again = timers_.find(task.timer_id);
  if (again == timers_.end() || stopping()) return;
  auto next = std::make_unique<Task>();
  next->id = rec_.NewId();
  next->source = Queue::kTimerTasks;
  next->nesting = task.nesting + 1;
  const double timeout = ClampedTimeout(again->second.timeout_ms, next->nesting);
  next->ready_ns = now_ns_ + static_cast<int64_t>(timeout) * kNsPerMs;
  next->label = TimerLabel(true, timeout);
  next->timer_id = task.timer_id;
  Enqueue(std::move(next));
}

}  // namespace loopscope::browser
