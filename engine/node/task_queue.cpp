// engine/node/task_queue.cpp — nextTick, microtask checkpoints and unhandled rejections.
#include "engine/node/task_queue.h"

#include <utility>

#include "engine/node/async_context.h"
#include "engine/node/labels.h"
#include "engine/node/process.h"

namespace loopscope::node {

void TaskQueue::NextTick(js::Value fn, std::vector<js::Value> args) {
  if (exiting_) return;  // task_queues.js nextTick: `if (process._exiting) return;`
  Tick tick{p_.rec().NewId(), fn, std::move(args), {}};
  tick.label = CallbackLabel(p_, "process.nextTick", fn);
  // lib/internal/process/task_queues.js class TickObject { callback, args }: made only for
  // the init hooks, the one place a program can see it.
  js::Value resource = js::Value::Undefined();
  if (p_.async_contexts().hooks_enabled()) {
    js::Vm& vm = p_.vm();
    resource = vm.NewObject();
    vm.Set(resource, "callback", fn);
    vm.Set(resource, "args", tick.args.empty() ? js::Value::Null() : vm.NewArray(tick.args));
  }
  AsyncIds ids = p_.async_contexts().Create(tick.id, "TickObject", resource);
  p_.rec().Enqueue(Queue::kNextTick, tick.id, tick.label, p_.call_site(), 0, ForTrace(ids));
  ticks_.push_back(std::move(tick));
}

void TaskQueue::RunTick(Tick& tick) {
  p_.rec().Dequeue(Queue::kNextTick, tick.id);
  CallbackSite site{Queue::kNextTick, tick.id, tick.label, "nextTick callback"};
  const char* outer = std::exchange(draining_, "process.nextTick callbacks");
  js::Completion c = p_.CallInScope(tick.fn, js::Value::Undefined(), tick.args, site);
  p_.async_contexts().Forget(tick.id);
  draining_ = outer;
  p_.HandleCompletion(c);
}

// task_queues.js:
//   do { while (tock = queue.shift()) run(tock); runMicrotasks(); }
//   while (!queue.isEmpty() || processPromiseRejections());
void TaskQueue::ProcessTicksAndRejections() {
  p_.rec().DrainStart(trace::DrainKind::kTickQueue);
  microtasks_in_drain_ = 0;
  do {
    while (!ticks_.empty() && !p_.stopping()) {
      Tick tick = std::move(ticks_.front());
      ticks_.pop_front();
      RunTick(tick);
    }
    p_.async_contexts().OnTicksRan();  // an afterWrite tick queued last has run too
    if (p_.stopping()) break;
    RunMicrotasks();
  } while (!p_.stopping() && (!ticks_.empty() || ProcessPromiseRejections()));
  has_rejection_to_warn_ = false;
  microtasks_in_drain_ = 0;
  p_.async_contexts().OnTicksRan();  // one a microtask queued ran in another round
  p_.rec().DrainEnd();
}

// task_queues.js runNextTicks(): used between two timers and between two immediates.
void TaskQueue::RunNextTicks() {
  if (!has_tick_scheduled()) p_.async_contexts().OnTicksRan();
  if (!has_tick_scheduled() && !has_rejection_to_warn_ && p_.vm().HasPendingJobs()) {
    p_.rec().DrainStart(trace::DrainKind::kBetweenCallbacks);
    RunMicrotasks();
    microtasks_in_drain_ = 0;
    p_.rec().DrainEnd();
  }
  if (!has_tick_scheduled() && !has_rejection_to_warn_) return;
  ProcessTicksAndRejections();
}

// src/api/callback.cc InternalCallbackScope::Close: with no tick scheduled, perform a
// microtask checkpoint first; only then, if ticks or rejections are pending, run the tick
// callback (processTicksAndRejections). So pending nextTicks run before microtasks.
void TaskQueue::DrainAfterCallback() {
  if (p_.stopping()) return;
  p_.ChargeDeferredWork();
  // A pending stdout afterWrite tick would be the only tick: it runs before the microtasks.
  if (!has_tick_scheduled()) p_.async_contexts().OnTicksRan();
  if (!has_tick_scheduled()) {
    if (p_.vm().HasPendingJobs()) {
      p_.rec().DrainStart(trace::DrainKind::kMicrotaskCheckpoint);
      microtasks_in_drain_ = 0;
      RunMicrotasks();
      microtasks_in_drain_ = 0;
      p_.rec().DrainEnd();
    }
  }
  if (p_.stopping()) return;
  // A microtask's write queued an afterWrite tick: Node runs it now (processTicksAndRejections).
  p_.async_contexts().OnTicksRan();
  if (!has_tick_scheduled() && !has_rejection_to_warn_) return;
  ProcessTicksAndRejections();
}

void TaskQueue::RunMicrotasks() {
  js::Vm& vm = p_.vm();
  const char* outer = std::exchange(draining_, "microtasks");
  while (vm.HasPendingJobs() && !p_.stopping()) {
    ++microtasks_in_drain_;
    p_.ChargeMainThread(p_.costs().per_microtask);
    p_.CountHostWork(kWorkStepsPerMicrotask);
    js::Completion c;
    {
      AsyncContexts::Scope scope = p_.async_contexts().EnterMicrotask();
      c = vm.RunNextJob();
    }
    uint64_t item = p_.running_job_item();
    if (item != 0) p_.rec().CallbackEnd(item);
    // A reaction job never throws (it rejects its derived promise instead); a
    // queueMicrotask callback that throws is an uncaught exception.
    p_.HandleCompletion(c);
  }
  draining_ = outer;
}

void TaskQueue::RejectionList::Add(PendingRejection r) {
  index_[r.promise.bits()] = items_.size();
  items_.push_back(r);
}

bool TaskQueue::RejectionList::Remove(js::Value promise) {
  auto it = index_.find(promise.bits());
  if (it == index_.end()) return false;
  items_[it->second] = {};
  index_.erase(it);
  if (index_.empty()) items_.clear();
  return true;
}

std::vector<TaskQueue::PendingRejection> TaskQueue::RejectionList::Take() {
  std::vector<PendingRejection> live;
  for (const PendingRejection& r : items_)
    if (!r.promise.IsUndefined()) live.push_back(r);
  items_.clear();
  index_.clear();
  return live;
}

void TaskQueue::RejectionList::Trace(js::RootTracer& tracer) const {
  for (const PendingRejection& r : items_) {
    tracer.Mark(r.promise);
    tracer.Mark(r.reason);
    tracer.Mark(r.frame);
  }
}

void TaskQueue::OnRejectedUnhandled(js::Value promise, js::Value reason) {
  pending_rejections_.Add({promise, reason, p_.vm().ContinuationData()});
  has_rejection_to_warn_ = true;
}

void TaskQueue::OnRejectionHandled(js::Value promise) {
  if (pending_rejections_.Remove(promise)) return;
  // promises.js handledRejection: a handler added after the rejection was reported to an
  // 'unhandledRejection' listener leads to 'rejectionHandled' in the next drain.
  if (reported_rejections_.Remove(promise)) {
    handled_late_.push_back(promise);
    has_rejection_to_warn_ = true;
  }
}

// promises.js processPromiseRejections() with throwUnhandledRejectionsMode: each pending
// rejection is offered to 'unhandledRejection' listeners, and without one it becomes an
// uncaught exception. Returns true when user code may have queued more work.
bool TaskQueue::ProcessPromiseRejections() {
  bool handled_any = !handled_late_.empty();
  std::vector<js::Value> late;
  late.swap(handled_late_);
  for (js::Value promise : late) {
    js::Value args[] = {promise};
    if (p_.ListenerCount("rejectionHandled") > 0) {
      p_.EmitProcessEvent("rejectionHandled", args);
    } else {
      p_.WriteStderr(
          "(node:4242) PromiseRejectionHandledWarning: Promise rejection was handled "
          "asynchronously\n");
    }
  }
  if (pending_rejections_.empty()) return handled_any;
  // Also kept in processing_ (a stack, as listeners may re-enter), so the GC sees the
  // rejections while listeners run.
  std::vector<PendingRejection> batch = pending_rejections_.Take();
  size_t mark = processing_.size();
  processing_.insert(processing_.end(), batch.begin(), batch.end());
  for (const PendingRejection& r : batch) {
    if (p_.stopping()) break;
    js::Value args[] = {r.reason, r.promise};
    if (p_.ListenerCount("unhandledRejection") > 0) {
      reported_rejections_.Add(r);
      AsyncContexts& contexts = p_.async_contexts();
      AsyncContexts::Scope scope = contexts.EnterExplicit(contexts.execution(), r.frame);
      p_.EmitProcessEvent("unhandledRejection", args);
    } else {
      p_.TriggerUncaughtException(r.reason, /*from_promise=*/true);
    }
  }
  processing_.resize(mark);
  return true;
}

void TaskQueue::Trace(js::RootTracer& tracer) const {
  for (const Tick& t : ticks_) {
    tracer.Mark(t.fn);
    for (js::Value v : t.args) tracer.Mark(v);
  }
  pending_rejections_.Trace(tracer);
  reported_rejections_.Trace(tracer);
  for (const PendingRejection& r : processing_) {
    tracer.Mark(r.promise);
    tracer.Mark(r.reason);
    tracer.Mark(r.frame);
  }
  for (js::Value v : handled_late_) tracer.Mark(v);
}

}  // namespace loopscope::node
