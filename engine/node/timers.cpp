// engine/node/timers.cpp — lib/internal/timers.js and Environment::RunTimers, step by step.
#include "engine/node/timers.h"

#include <cmath>
#include <limits>

#include "engine/node/async_context.h"
#include "engine/node/event_loop.h"
#include "engine/node/immediates.h"
#include "engine/node/labels.h"
#include "engine/node/process.h"
#include "engine/node/task_queue.h"

namespace loopscope::node {

namespace {
constexpr double kTimeoutMax = 2147483647.0;  // TIMEOUT_MAX = 2 ** 31 - 1
constexpr double kInfinity = std::numeric_limits<double>::infinity();

std::shared_ptr<Timeout> ThisTimeout(js::NativeCall& call) {
  return HostAs<Timeout>(call.vm, call.this_value);
}
}  // namespace

Timers::Timers(Process& process) : p_(process), next_expiry_(kInfinity) {
  js::Vm& vm = p_.vm();
  methods_[0] = vm.NewFunction("ref", 0, [this](js::NativeCall& call) {
    if (auto t = ThisTimeout(call)) Ref(*t);
    return js::Completion{js::Completion::Type::kNormal, call.this_value};
  });
  methods_[1] = vm.NewFunction("unref", 0, [this](js::NativeCall& call) {
    if (auto t = ThisTimeout(call)) Unref(*t);
    return js::Completion{js::Completion::Type::kNormal, call.this_value};
  });
  methods_[2] = vm.NewFunction("hasRef", 0, [](js::NativeCall& call) {
    auto t = ThisTimeout(call);
    return js::Completion{js::Completion::Type::kNormal, js::Value::Boolean(t && t->refed)};
  });
  methods_[3] = vm.NewFunction("refresh", 0, [this](js::NativeCall& call) {
    if (auto t = ThisTimeout(call)) Refresh(t);
    return js::Completion{js::Completion::Type::kNormal, call.this_value};
  });
  methods_[4] = vm.NewFunction("close", 0, [this](js::NativeCall& call) {
    Clear(call.this_value);
    return js::Completion{js::Completion::Type::kNormal, call.this_value};
  });
}

js::Value Timers::NewTimeoutObject(const std::shared_ptr<Timeout>& t) {
  js::Vm& vm = p_.vm();
  return NewHostObjectFor(vm, "Timeout", t, prototype_);
}

// lib/internal/timers.js class Timeout's constructor, then insert() (lib/timers.js
// setTimeout/setInterval).
js::Value Timers::Create(js::Value fn, js::Value after_value, std::vector<js::Value> args,
                         bool repeat) {
  auto t = std::make_shared<Timeout>();
  t->id = p_.rec().NewId();
  t->on_timeout = fn;
  t->args = std::move(args);
  double after = after_value.IsUndefined() ? NAN : p_.vm().ToNumber(after_value);
  // `if (!(after >= 1 && after <= TIMEOUT_MAX)) after = 1;` (0, negatives, NaN, 2**31 -> 1),
  // with a TimeoutOverflowWarning for a duration above TIMEOUT_MAX.
  if (after > kTimeoutMax) WarnOverflow(after);
  if (!(after >= 1 && after <= kTimeoutMax)) after = 1;
  t->idle_timeout = after;
  t->repeat = repeat ? after : 0;
  t->label = CallbackLabel(p_, repeat ? "setInterval" : "setTimeout", fn);
  t->object = NewTimeoutObject(t);
  IncRef();
  Insert(t, after, p_.loop().UpdateTime());  // insert(item, msecs, start = getLibuvNow())
  if (!first_timer_created_) {
    first_timer_created_ = true;
    p_.ChargeNodeCost(p_.costs().first_timer, "Node sets up its timer lists on the first timer");
  }
  return t->object;
}

// lib/internal/timers.js Timeout constructor: process.emitWarning(`${after} does not fit into
// a 32-bit signed integer.\nTimeout duration was set to 1.`, 'TimeoutOverflowWarning').
void Timers::WarnOverflow(double after) {
  js::Vm& vm = p_.vm();
  js::Completion emit = vm.Get(p_.process_object(), "emitWarning");
  if (!emit.ok() || !vm.IsCallable(emit.value)) return;
  std::string text = vm.ToDisplayString(js::Value::Number(after)) +
                     " does not fit into a 32-bit signed integer.\nTimeout duration was set to 1.";
  js::Value args[] = {vm.NewString(text), vm.NewString("TimeoutOverflowWarning")};
  vm.Call(emit.value, p_.process_object(), args);
}

// lib/internal/timers.js insert(): append to the list for this duration, creating the list
// (and re-arming the uv timer if it now expires first) when there is none.
void Timers::Insert(const std::shared_ptr<Timeout>& t, double msecs_in, int64_t start) {
  int64_t msecs = static_cast<int64_t>(std::trunc(msecs_in));
  if (t->list) {  // L.append unlinks first; the old list stays queued, even if empty
    p_.rec().Cancel(Queue::kTimers, t->id);
    Unlink(*t);
  }
  t->idle_start = start;
  auto& slot = lists_[msecs];
  if (!slot) {
    slot = std::make_shared<TimersList>();
    slot->msecs = msecs;
    slot->expiry = start + msecs;
    slot->id = next_list_id_++;
    queue_.insert(slot.get());
    if (next_expiry_ > static_cast<double>(slot->expiry)) {
      ScheduleUvTimer(msecs);
      next_expiry_ = static_cast<double>(slot->expiry);
    }
  }
  t->list = slot.get();
  t->position = slot->items.insert(slot->items.end(), t);
  int64_t due_ns = (start + msecs) * kNsPerMs;
  std::string label = t->label + " (" + std::to_string(msecs) + " ms)";
  AsyncIds ids = p_.async_contexts().Create(t->id, "Timeout", t->object);
  p_.rec().Enqueue(Queue::kTimers, t->id, label, p_.call_site(), due_ns, ForTrace(ids));
}

void Timers::Unlink(Timeout& t) {
  if (!t.list) return;
  t.list->items.erase(t.position);
  t.list = nullptr;
}

// Removes `list` from the queue and, if it is still the list for its duration, the map.
void Timers::DeleteList(TimersList* list) {
  queue_.erase(list);
  auto it = lists_.find(list->msecs);
  if (it != lists_.end() && it->second.get() == list) lists_.erase(it);
}

// src/env.cc ScheduleTimer: uv_timer_start(timer_handle(), RunTimers, duration, 0).
void Timers::ScheduleUvTimer(int64_t duration_ms) {
  uv_active_ = true;
  uv_due_ms_ = p_.loop().loop_ms() + duration_ms;
  p_.loop().TimerHandleStart(duration_ms);
}

// timeoutInfo[0] going 0 -> 1 ref's the uv timer handle, 1 -> 0 unref's it.
void Timers::IncRef() {
  if (++ref_count_ == 1) p_.loop().TimerHandleRef(true);
}
void Timers::DecRef() {
  if (--ref_count_ == 0) p_.loop().TimerHandleRef(false);
}

// lib/timers.js unenroll(): unlink, and delete the list if it is now empty (ref'd only).
void Timers::Unenroll(Timeout& t) {
  if (t.destroyed) return;
  t.destroyed = true;
  known_by_id_.erase(t.id);
  p_.async_contexts().Forget(t.id);
  TimersList* list = t.list;
  if (list) p_.rec().Cancel(Queue::kTimers, t.id);
  Unlink(t);
  if (t.refed) {
    if (list && list->items.empty()) DeleteList(list);
    DecRef();
  }
  t.idle_timeout = -1;
}

// lib/timers.js clearTimeout: a Timeout with a truthy _onTimeout, or the id of one that was
// converted to a primitive (then only unenrolled, with _idleTimeout -1).
void Timers::Clear(js::Value timer) {
  if (timer.IsNumber() || timer.IsString()) {
    double id = p_.vm().ToNumber(timer);
    auto it = id >= 0 ? known_by_id_.find(static_cast<uint64_t>(id)) : known_by_id_.end();
    if (it == known_by_id_.end() || static_cast<double>(it->first) != id) return;
    std::shared_ptr<Timeout> t = it->second;
    t->idle_timeout = -1;
    Unenroll(*t);
    return;
  }
  auto t = HostAs<Timeout>(p_.vm(), timer);
  if (!t || !p_.vm().ToBoolean(t->on_timeout)) return;  // `if (timer && timer._onTimeout)`
  t->on_timeout = js::Value::Null();
  Unenroll(*t);
}

// listOnTimeout's end for a timer that is not re-inserted: destroyed, its ref given back.
void Timers::Destroy(Timeout& t) {
  if (t.destroyed) return;
  t.destroyed = true;
  known_by_id_.erase(t.id);
  p_.async_contexts().Forget(t.id);
  if (t.refed) DecRef();
}

void Timers::Ref(Timeout& t) {
  if (t.refed || t.destroyed) {
    t.refed = true;
    return;
  }
  t.refed = true;
  IncRef();
}

void Timers::Unref(Timeout& t) {
  if (!t.refed) return;
  t.refed = false;
  if (!t.destroyed) DecRef();
}

// Timeout.prototype.refresh, lib/internal/timers.js insertGuarded: re-insert with
// start = now at the tail of its list, also from its own callback or after it fired (a
// destroyed timer comes back and takes its ref again); not after clearTimeout
// (_idleTimeout -1).
void Timers::Refresh(const std::shared_ptr<Timeout>& t) {
  if (t->idle_timeout < 0) return;
  Insert(t, t->idle_timeout, p_.loop().UpdateTime());
  if (t->destroyed) {
    t->destroyed = false;
    if (t->refed) IncRef();
  }
}

// libuv uv__run_timers for Node's single timer handle.
void Timers::RunDue(int64_t loop_ms) {
  MaybeMarkRace(loop_ms);
  if (!uv_active_ || uv_due_ms_ > loop_ms) return;
  uv_active_ = false;  // uv_timer_stop; repeat is 0, so uv_timer_again does nothing
  RunTimersCallback();
}

// src/env.cc Environment::RunTimers: now is read once; processTimers is called again if a
// callback threw and an 'uncaughtException' listener kept the process alive; the returned
// expiry re-arms the uv timer; the InternalCallbackScope around it all drains afterwards.
void Timers::RunTimersCallback() {
  int64_t now = p_.loop().UpdateTime();
  int64_t ret = 0;
  bool threw = false;
  do {
    threw = false;
    ret = ProcessTimers(now, &threw);
  } while (threw && !p_.stopping());
  if (p_.stopping()) return;
  if (ret != 0) {
    int64_t duration = std::llabs(ret) - p_.loop().loop_ms();
    ScheduleUvTimer(duration > 0 ? duration : 1);
  }
  p_.tasks().DrainAfterCallback();
}

// lib/internal/timers.js processTimers(now).
int64_t Timers::ProcessTimers(int64_t now, bool* threw) {
  next_expiry_ = kInfinity;
  bool ran_at_least_one_list = false;
  while (!queue_.empty() && !p_.stopping()) {
    TimersList* list = *queue_.begin();
    if (list->expiry > now) {
      next_expiry_ = static_cast<double>(list->expiry);
      return ref_count_ > 0 ? list->expiry : -list->expiry;
    }
    // Callbacks, and the ticks and microtasks run just below, may delete this list from the
    // map (clearTimeout of its last timer); keep it alive as JavaScript's GC would. Node
    // then runs the peeked list anyway: empty, it does nothing.
    std::shared_ptr<TimersList> keep = lists_.at(list->msecs);
    if (ran_at_least_one_list) {
      p_.tasks().RunNextTicks();
    } else {
      ran_at_least_one_list = true;
    }
    if (!ListOnTimeout(list, now)) {
      *threw = true;
      return 0;
    }
  }
  return 0;
}

// lib/internal/timers.js listOnTimeout(list, now). Returns false when a callback threw.
bool Timers::ListOnTimeout(TimersList* list, int64_t now) {
  const int64_t msecs = list->msecs;
  bool ran_at_least_one_timer = false;
  while (!list->items.empty() && !p_.stopping()) {
    std::shared_ptr<Timeout> timer = list->items.front();
    int64_t diff = now - timer->idle_start;
    if (diff < msecs) {
      // Too early for the rest of this list: requeue it with a new id, so it sorts after
      // lists that already have the same expiry.
      queue_.erase(list);
      list->expiry = std::max(timer->idle_start + msecs, now + 1);
      list->id = next_list_id_++;
      queue_.insert(list);
      return true;
    }
    if (ran_at_least_one_timer) {
      p_.tasks().RunNextTicks();
      if (p_.stopping()) return true;
      if (list->items.empty() || list->items.front() != timer) continue;
    } else {
      ran_at_least_one_timer = true;
    }
    Unlink(*timer);
    if (!p_.vm().ToBoolean(timer->on_timeout)) {  // `if (!timer._onTimeout)`
      Destroy(*timer);
      continue;
    }
    if (!CallTimer(timer)) return false;
  }
  // `if (list === timerListMap[msecs])`: it may have been replaced meanwhile.
  auto it = lists_.find(msecs);
  if (it != lists_.end() && it->second.get() == list) DeleteList(list);
  return true;
}

// The body of listOnTimeout's try/finally for one timer.
bool Timers::CallTimer(const std::shared_ptr<Timeout>& timer) {
  bool had_repeat = timer->repeat > 0;  // `if (timer._repeat) start = getLibuvNow()`
  int64_t start = had_repeat ? p_.loop().UpdateTime() : 0;
  p_.rec().Dequeue(Queue::kTimers, timer->id);
  CallbackSite site{Queue::kTimers, timer->id, timer->label,
                    timer->repeat > 0 ? "setInterval callback" : "setTimeout callback"};
  js::Completion c = p_.CallInScope(timer->on_timeout, timer->object, timer->args, site);
  // finally: an interval that was not cleared is re-inserted from its start time.
  // (A `_repeat` set by the callback itself has no start: insert() reads the clock.)
  if (timer->repeat > 0 && timer->idle_timeout != -1) {
    timer->idle_timeout = timer->repeat;
    Insert(timer, timer->idle_timeout, had_repeat ? start : p_.loop().UpdateTime());
  } else if (!timer->list) {
    Destroy(*timer);
  }
  return p_.HandleCompletion(c);
}

// The main-module setTimeout(0) / setImmediate race (docs/semantics.md §2.6): whether the
// timer is due here depends on whether a millisecond boundary has passed, which in real
// Node depends on machine speed. When an immediate is waiting and the timer's due time is
// within a millisecond of the clock either way, the order could flip: say so in the log.
void Timers::MaybeMarkRace(int64_t loop_ms) {
  if (!uv_active_ || p_.immediates().count() == 0) return;
  int64_t due_ns = uv_due_ms_ * kNsPerMs;
  int64_t gap = due_ns - p_.now();
  if (gap <= -kNsPerMs || gap >= kNsPerMs) return;
  bool due = uv_due_ms_ <= loop_ms;
  p_.rec().Race(due ? "The timer is due and runs before the waiting immediate, but only by "
                      "less than a millisecond: on a faster machine the immediate could run "
                      "first. In real Node this order can go either way."
                    : "The timer is not due yet, so the waiting immediate runs first, but the "
                      "next millisecond is less than 1 ms away: on a slower machine the timer "
                      "could run first. In real Node this order can go either way.",
                p_.call_site());
}

void Timers::Trace(js::RootTracer& tracer) const {
  for (js::Value m : methods_) tracer.Mark(m);
  tracer.Mark(prototype_);
  for (const auto& [msecs, list] : lists_) {
    for (const auto& t : list->items) {
      tracer.Mark(t->on_timeout);
      tracer.Mark(t->object);
      for (js::Value v : t->args) tracer.Mark(v);
    }
  }
}

}  // namespace loopscope::node
