// engine/js/promise.cpp — the ECMAScript promise machinery and the job queue
// (ECMA-262 27.2.1 and 27.2.2, 9.5 HostEnqueuePromiseJob, 27.7.5.3 Await).
//
// The queue is FIFO and owned by the Runtime; the embedder drains it (RunNextJob) and hears
// of every enqueue and start through Hooks with a JobInfo. Awaiting functions are resumed
// by reactions that carry their AsyncState instead of a handler function.
// Where to look next: builtins_promise.cpp (the Promise constructor, then, all/race...).
#include <cassert>
#include <utility>

#include "engine/js/interpreter.h"
#include "engine/js/species.h"
#include "engine/js/vm.h"

namespace loopscope::js {

namespace {
// ECMA-262 27.2.1.3.1 Promise Reject Functions and 27.2.1.3.2 Promise Resolve Functions.
// slots[0] = the promise, slots[1] = the other function, slots[2] = [[AlreadyResolved]]
// (kept on the resolve function and shared through slots[1]).
Native* ResolveRecordHolder(Native* self, bool is_resolve) {
  return is_resolve ? self : self->slots[1].As<Native>();
}
bool TakeAlreadyResolved(Native* self, bool is_resolve) {
  Native* holder = ResolveRecordHolder(self, is_resolve);
  if (holder->slots[2].AsBoolean()) return true;
  holder->slots[2] = Value::Boolean(true);
  return false;
}
Completion ResolveFunction(Runtime& rt, NativeCall& call, Native* self) {
  if (TakeAlreadyResolved(self, true)) return Ok();
  rt.ResolvePromise(self->slots[0].As<Promise>(), call.Arg(0));
  return Ok();
}
Completion RejectFunction(Runtime& rt, NativeCall& call, Native* self) {
  if (TakeAlreadyResolved(self, false)) return Ok();
  rt.RejectPromise(self->slots[0].As<Promise>(), call.Arg(0));
  return Ok();
}
// GetCapabilitiesExecutor (27.2.1.5 step 4) for promise subclasses.
Completion CapabilityExecutor(Runtime& rt, NativeCall& call, Native* self) {
  if (!self->slots[0].IsUndefined() || !self->slots[1].IsUndefined())
    return rt.Throw(ErrorType::kTypeError,
                    "Promise executor has already been invoked with non-undefined arguments");
  self->slots[0] = call.Arg(0);
  self->slots[1] = call.Arg(1);
  return Ok();
}
SourceLoc CallbackLoc(Value fn) {
  if (fn.Is(CellKind::kClosure)) return fn.As<Closure>()->proto->loc;
  return {};
}
}  // namespace

Promise* Runtime::NewPromise(Value parent) {
  Promise* p = Alloc<Promise>(realm.promise_proto);
  if (promise_hooks) [[unlikely]]
    RunPromiseHook(&PromiseHooks::init, Value::FromCell(p), parent);
  return p;
}

void Runtime::CreateResolvingFunctions(Promise* p, Value& resolve, Value& reject) {
  Native* res = NewNative("", 1, ResolveFunction);
  Native* rej = NewNative("", 1, RejectFunction);
  res->slots[0] = rej->slots[0] = Value::FromCell(p);
  res->slots[1] = Value::FromCell(rej);
  rej->slots[1] = Value::FromCell(res);
  res->slots[2] = Value::Boolean(false);
  resolve = Value::FromCell(res);
  reject = Value::FromCell(rej);
}

// 27.2.1.3.2 Promise Resolve Functions, steps 7-16 (after the [[AlreadyResolved]] check).
void Runtime::ResolvePromise(Promise* p, Value resolution) {
  if (resolution.SameBits(Value::FromCell(p))) {
    RejectPromise(
        p, MakeError(ErrorType::kTypeError, "Chaining cycle detected for promise #<Promise>"));
    return;
  }
  if (!resolution.IsObject()) {
    FulfillPromise(p, resolution);
    return;
  }
  TempRoot keep_p(*this, Value::FromCell(p));
  TempRoot keep_r(*this, resolution);
  Completion then = GetProperty(resolution, key_then);
  if (!then.ok()) {
    RejectPromise(p, then.value);
    return;
  }
  if (!IsCallable(then.value)) {
    FulfillPromise(p, resolution);
    return;
  }
  // Step 13: NewPromiseResolveThenableJob (27.2.2.2), which costs the extra turns.
  Job job;
  job.info.kind = JobKind::kPromiseResolveThenable;
  job.info.label = "resolve thenable";
  job.info.callback_loc = CallbackLoc(then.value);
  job.argument = Value::FromCell(p);
  job.thenable = resolution;
  job.then_fn = then.value;
  EnqueueJob(std::move(job));
}

// 27.2.1.4 FulfillPromise and 27.2.1.8 TriggerPromiseReactions.
void Runtime::FulfillPromise(Promise* p, Value v) {
  if (p->state != PromiseState::kPending) return;
  // V8 runs the settled hook while the promise still reads as pending.
  if (promise_hooks) [[unlikely]] {
    TempRoot keep(*this, v);
    RunPromiseHook(&PromiseHooks::settled, Value::FromCell(p));
  }
  p->state = PromiseState::kFulfilled;
  p->result = v;
  TriggerReactions(p);
}

// 27.2.1.8 TriggerPromiseReactions: one job per reaction, in registration order.
void Runtime::TriggerReactions(Promise* p) {
  // Taken off the promise first: a settled promise never reads its reactions again.
  const ReactionList reactions = std::exchange(p->reactions, ReactionList());
  reactions.ForEach([this, p](const PromiseReaction& r) {
    Job job;
    job.info.kind = r.await_state ? JobKind::kAwaitResume : JobKind::kPromiseReaction;
    job.reaction = r;
    job.reaction.is_reject = p->state == PromiseState::kRejected;
    job.argument = p->result;
    EnqueueJob(std::move(job));
  });
}

// 27.2.1.7 RejectPromise, with step 7's HostPromiseRejectionTracker(promise, "reject").
void Runtime::RejectPromise(Promise* p, Value reason) {
  if (p->state != PromiseState::kPending) return;
  if (promise_hooks) [[unlikely]] {
    TempRoot keep(*this, reason);
    RunPromiseHook(&PromiseHooks::settled, Value::FromCell(p));
  }
  p->state = PromiseState::kRejected;
  p->result = reason;
  if (!p->is_handled) hooks_.OnPromiseRejectedUnhandled(Value::FromCell(p), reason);
  TriggerReactions(p);
}

// 27.2.5.4.1 PerformPromiseThen.
void Runtime::PerformPromiseThen(Promise* p, PromiseReaction reaction) {
  reaction.context = continuation_data;
  if (p->state == PromiseState::kPending) {
    p->reactions.push_back(reaction);
  } else {
    bool fulfilled = p->state == PromiseState::kFulfilled;
    if (!fulfilled && !p->is_handled) hooks_.OnPromiseRejectionHandled(Value::FromCell(p));
    Job job;
    job.reaction = reaction;
    job.reaction.is_reject = !fulfilled;
    job.info.kind = reaction.await_state ? JobKind::kAwaitResume : JobKind::kPromiseReaction;
    job.argument = p->result;
    EnqueueJob(std::move(job));
  }
  p->is_handled = true;
}

// 27.2.1.5 NewPromiseCapability.
Completion Runtime::NewPromiseCapability(Value ctor, Value& promise, Value& resolve, Value& reject,
                                         Value parent) {
  if (ctor.SameBits(Value::FromCell(realm.promise_ctor))) {
    Promise* p = NewPromise(parent);
    promise = Value::FromCell(p);
    CreateResolvingFunctions(p, resolve, reject);
    return Ok();
  }
  if (!IsConstructor(ctor))
    return Throw(ErrorType::kTypeError, "Promise resolve or reject function is not callable");
  Native* executor = NewNative("", 2, CapabilityExecutor);
  TempRoot keep(*this, Value::FromCell(executor));
  Value arg = Value::FromCell(executor);
  Completion c = Construct(ctor, std::span<const Value>(&arg, 1), ctor);
  if (!c.ok()) return c;
  if (!IsCallable(executor->slots[0]) || !IsCallable(executor->slots[1]))
    return Throw(ErrorType::kTypeError, "Promise resolve or reject function is not callable");
  promise = c.value;
  resolve = executor->slots[0];
  reject = executor->slots[1];
  return Ok();
}

// 27.2.4.7.1 PromiseResolve.
Completion Runtime::PromiseResolve(Value ctor, Value x, Value parent) {
  if (x.Is(CellKind::kPromise)) {
    // Step 1.a: Get(x, "constructor"), answered without the lookup when nothing can differ.
    if (ConstructorIsIntrinsicPromise(*this, x.As<Object>())) {
      if (ctor.SameBits(Value::FromCell(realm.promise_ctor))) return Ok(x);
    } else {
      Completion c = GetProperty(x, key_constructor);
      if (!c.ok()) return c;
      if (c.value.SameBits(ctor)) return Ok(x);
    }
  }
  Value promise, resolve, reject;
  Completion c = NewPromiseCapability(ctor, promise, resolve, reject, parent);
  if (!c.ok()) return c;
  TempRoot keep(*this, promise);
  Completion r = Call(resolve, Value::Undefined(), std::span<const Value>(&x, 1));
  if (!r.ok()) return r;
  return Ok(promise);
}

// 27.2.5.4 Promise.prototype.then, steps 3-5.
Completion Runtime::PromiseThen(Value promise, Value on_fulfilled, Value on_rejected,
                                const char* label) {
  // Step 3: SpeciesConstructor, skipped when its reads could only meet the intrinsics.
  Value c = Value::FromCell(realm.promise_ctor);
  if (!IsIntrinsicPromiseSpecies(*this, promise.As<Object>())) {
    Completion ctor = SpeciesConstructor(*this, promise, c);
    if (!ctor.ok()) return ctor;
    c = ctor.value;
  }
  Value derived, resolve, reject;
  if (c.SameBits(Value::FromCell(realm.promise_ctor))) {
    // The capability's resolving functions would never be visible to JavaScript: the
    // reaction job settles the derived promise directly (same observable steps). The init
    // hook is told the promise it derives from (V8's NewJSPromise(parent)).
    if (promise_hooks) [[unlikely]] {
      const TempRoots keep(*this, {on_fulfilled, on_rejected});
      derived = Value::FromCell(NewPromise(promise));
    } else {
      derived = Value::FromCell(NewPromise());
    }
  } else {
    TempRoot keep_f(*this, on_fulfilled);
    TempRoot keep_r(*this, on_rejected);
    Completion cap = NewPromiseCapability(c, derived, resolve, reject);
    if (!cap.ok()) return cap;
  }
  PromiseReaction r;
  r.capability = derived;
  r.resolve = resolve;
  r.reject = reject;
  r.on_fulfilled = IsCallable(on_fulfilled) ? on_fulfilled : Value::Undefined();
  r.on_rejected = IsCallable(on_rejected) ? on_rejected : Value::Undefined();
  r.label = label;
  PerformPromiseThen(promise.As<Promise>(), r);
  return Ok(derived);
}

Completion Runtime::Invoke(Value target, std::string_view method, std::span<const Value> args) {
  Completion fn = GetProperty(target, Intern(method));
  if (!fn.ok()) return fn;
  if (!IsCallable(fn.value))
    return Throw(ErrorType::kTypeError, ToDisplayString(fn.value) + " is not a function");
  return Call(fn.value, target, args);
}

void Runtime::Await(AsyncState* state, Value promise) {
  PromiseReaction reaction;
  reaction.await_state = state;
  // V8 (builtins-async-gen): with promise hooks on, the reaction gets a throwaway promise
  // derived from the awaited one, so the hooks have a promise to report the resumption by;
  // the job resolves it once the function has run to its next await or its end.
  if (promise_hooks) [[unlikely]] {
    Promise* throwaway = NewPromise(promise);
    throwaway->is_handled = true;
    reaction.capability = Value::FromCell(throwaway);
  }
  PerformPromiseThen(promise.As<Promise>(), reaction);
}

void Runtime::EnqueueJob(Job&& job) {
  job.info.id = next_job_id_++;
  if (job.info.scheduled_at.line == 0) job.info.scheduled_at = CallSite();
  if (job.info.kind == JobKind::kAwaitResume) {
    Proto* proto = job.reaction.await_state->closure->proto;
    if (proto->resume_label.empty())
      proto->resume_label = "resume " + (proto->name.empty() ? "(anonymous)" : proto->name);
    job.info.label = proto->resume_label;
    job.info.callback_loc = proto->loc;
  } else if (job.info.kind == JobKind::kPromiseReaction) {
    Value handler = job.reaction.Handler();
    job.info.label = handler.IsUndefined() ? "promise settle (no handler)" : job.reaction.label;
    job.info.callback_loc = CallbackLoc(handler);
  }
  // A reaction runs with the context of its `then`/`await`; a thenable job and a
  // queueMicrotask callback with the one they were queued in.
  bool reaction =
      job.info.kind == JobKind::kAwaitResume || job.info.kind == JobKind::kPromiseReaction;
  job.context = reaction ? job.reaction.context : continuation_data;
  hooks_.OnJobEnqueued(jobs_.push_back(std::move(job)).info);
}

void Runtime::EnqueueHostCallback(Value fn, SourceLoc at) {
  Job job;
  job.info.kind = JobKind::kHostCallback;
  job.info.label = "queueMicrotask callback";
  job.info.callback_loc = CallbackLoc(fn);
  job.callback = fn;
  job.info.scheduled_at = at;
  EnqueueJob(std::move(job));
}

namespace {
// 27.2.2.1 NewPromiseReactionJob, the job's steps.
Completion RunReactionJob(Runtime& rt, const PromiseReaction& r, Value argument) {
  Completion handler_result;
  Value handler = r.Handler();
  if (handler.IsUndefined()) {
    handler_result = r.is_reject ? ThrowValue(argument) : Ok(argument);
  } else {
    handler_result = rt.Call(handler, Value::Undefined(), std::span<const Value>(&argument, 1));
    if (handler_result.terminated()) return handler_result;
  }
  if (r.capability.IsUndefined()) return Ok();
  Value v = handler_result.value;
  if (r.resolve.IsUndefined()) {
    // A native derived promise (see PromiseThen): its resolve/reject functions' steps.
    TempRoot keep(rt, v);
    if (handler_result.threw())
      rt.RejectPromise(r.capability.As<Promise>(), v);
    else
      rt.ResolvePromise(r.capability.As<Promise>(), v);
    return Ok();
  }
  Value settle = handler_result.threw() ? r.reject : r.resolve;
  return rt.Call(settle, Value::Undefined(), std::span<const Value>(&v, 1));
}
// 27.2.2.2 NewPromiseResolveThenableJob, the job's steps.
Completion RunThenableJob(Runtime& rt, const Job& job) {
  Value resolve, reject;
  rt.CreateResolvingFunctions(job.argument.As<Promise>(), resolve, reject);
  Value args[2] = {resolve, reject};
  TempRoot keep_resolve(rt, resolve);
  TempRoot keep_reject(rt, reject);
  Completion c = rt.Call(job.then_fn, job.thenable, args);
  if (c.threw()) {
    Value e = c.value;
    return rt.Call(reject, Value::Undefined(), std::span<const Value>(&e, 1));
  }
  return c.terminated() ? c : Ok();
}
}  // namespace

Completion Runtime::RunNextJob() {
  if (jobs_.empty()) return Ok();
  Job job = jobs_.TakeFront();
  // A reaction settles its derived promise after the handler: in a long chain that promise
  // was made long ago and is out of the cache, so its lines are fetched while the handler
  // runs instead of stalling ResolvePromise (a fifth of the promise storm's time otherwise).
  if (job.reaction.capability.IsCell()) {
    const auto* lines = reinterpret_cast<const char*>(job.reaction.capability.AsCell());
    for (size_t at = 0; at < sizeof(Promise); at += 64) __builtin_prefetch(lines + at, 1);
  }
  // The job is off the queue: keep what it references alive while it runs.
  const TempRoots roots(
      *this,
      {job.argument, job.reaction.capability, job.reaction.resolve, job.reaction.reject,
       job.reaction.Handler(), job.thenable, job.then_fn, job.callback,
       job.reaction.await_state ? Value::FromCell(job.reaction.await_state) : Value::Undefined(),
       job.context});
  // The job runs in its captured context; the one outside it comes back afterwards.
  struct ContextScope {
    Runtime& rt;
    Value saved;
    ~ContextScope() { rt.continuation_data = saved; }
  } scope{*this, std::exchange(continuation_data, job.context)};
  hooks_.OnJobStarted(job.info);
  if (promise_hooks) [[unlikely]]
    return RunJobWithHooks(job);
  return RunJob(job);
}

Completion Runtime::RunJob(const Job& job) {
  switch (job.info.kind) {
    case JobKind::kPromiseReaction:
      return RunReactionJob(*this, job.reaction, job.argument);
    case JobKind::kAwaitResume: {
      Completion c = ResumeAsync(job.reaction.await_state, job.argument, job.reaction.is_reject);
      if (c.terminated() || c.threw()) return c;
      // Await's throwaway promise (see Await) is resolved with the resumption's result.
      if (job.reaction.capability.Is(CellKind::kPromise))
        ResolvePromise(job.reaction.capability.As<Promise>(), Value::Undefined());
      return Ok();
    }
    case JobKind::kPromiseResolveThenable:
      return RunThenableJob(*this, job);
    case JobKind::kHostCallback: {
      Completion c = Call(job.callback, Value::Undefined(), {});
      return c.ok() ? Ok() : c;
    }
  }
  return Ok();
}

// V8's PromiseReactionJob and PromiseResolveThenableJob run the before and after hooks with
// the promise the job settles: a reaction's derived promise (none for an internal reaction),
// the thenable job's promise to resolve. queueMicrotask callbacks have no promise.
Completion Runtime::RunJobWithHooks(const Job& job) {
  Value promise = job.info.kind == JobKind::kPromiseResolveThenable ? job.argument
                  : job.info.kind == JobKind::kHostCallback         ? Value::Undefined()
                                                                    : job.reaction.capability;
  if (!promise.Is(CellKind::kPromise)) return RunJob(job);
  RunPromiseHook(&PromiseHooks::before, promise);
  Completion c = RunJob(job);
  if (c.terminated()) return c;
  const TempRoot keep(*this, c.value);
  RunPromiseHook(&PromiseHooks::after, promise);
  return c;
}

}  // namespace loopscope::js
