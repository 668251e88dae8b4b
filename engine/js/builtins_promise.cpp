// engine/js/builtins_promise.cpp — the Promise constructor, then/catch/finally and the
// combinators all/allSettled/race/any, step by step as ECMA-262 27.2.3-27.2.5 writes them.
// Where to look next: promise.cpp (resolve functions, reactions, jobs).
#include "engine/js/builtins.h"
#include "engine/js/species.h"

namespace loopscope::js {
namespace {

// 27.2.3.1 Promise ( executor ).
Completion PromiseCtor(Runtime& rt, NativeCall& call, Native*) {
  if (!rt.current_new_target.IsObject())
    return rt.Throw(ErrorType::kTypeError, "Promise constructor cannot be invoked without 'new'");
  Value executor = call.Arg(0);
  if (!rt.IsCallable(executor))
    return rt.Throw(ErrorType::kTypeError,
                    "Promise resolver " + rt.Inspect(executor) + " is not a function");
  Object* proto;
  LOOPSCOPE_TRY(PrototypeForNew(rt, rt.realm.promise_proto, proto));
  Promise* p = rt.Alloc<Promise>(proto);
  Value promise = Value::FromCell(p);
  TempRoot keep(rt, promise);
  if (rt.promise_hooks) [[unlikely]]
    rt.RunPromiseHook(&PromiseHooks::init, promise);
  Value resolve, reject;
  rt.CreateResolvingFunctions(p, resolve, reject);
  Value args[2] = {resolve, reject};
  TempRoot keep_resolve(rt, resolve);
  TempRoot keep_reject(rt, reject);
  // An anonymous executor's frame is shown as what it is (the recorded name only: error
  // stacks still say <anonymous>, as V8's do).
  const bool anonymous =
      executor.Is(CellKind::kClosure) && executor.As<Closure>()->proto->name.empty();
  Completion c = rt.Call(executor, Value::Undefined(), args, anonymous ? "Promise executor" : "");
  if (c.terminated()) return c;
  if (c.threw()) {
    Value e = c.value;
    Completion r = rt.Call(reject, Value::Undefined(), std::span<const Value>(&e, 1));
    if (!r.ok()) return r;
  }
  return Ok(promise);
}

Completion RequirePromise(Runtime& rt, Value v, const char* method) {
  if (!v.Is(CellKind::kPromise))
    return rt.Throw(ErrorType::kTypeError, std::string("Method Promise.prototype.") + method +
                                               " called on incompatible receiver " +
                                               rt.ToDisplayString(v));
  return Ok();
}

// 27.2.5.4 Promise.prototype.then.
Completion Then(Runtime& rt, NativeCall& call, Native*) {
  LOOPSCOPE_TRY(RequirePromise(rt, call.this_value, "then"));
  return rt.PromiseThen(call.this_value, call.Arg(0), call.Arg(1));
}

// 27.2.5.1 Promise.prototype.catch: Invoke(promise, "then", « undefined, onRejected »).
Completion Catch(Runtime& rt, NativeCall& call, Native*) {
  Value args[2] = {Value::Undefined(), call.Arg(0)};
  Completion then = rt.GetProperty(call.this_value, rt.key_then);
  if (!then.ok()) return then;
  if (then.value.Is(CellKind::kNative) && then.value.As<Native>()->builtin == Then &&
      call.this_value.Is(CellKind::kPromise))
    return rt.PromiseThen(call.this_value, Value::Undefined(), call.Arg(0), "catch callback");
  return rt.Invoke(call.this_value, "then", args);
}

// 27.2.5.3.3 Thunk Functions / Thrower Functions: slots[0] = value, slots[1] = is_thrower.
Completion ValueThunk(Runtime&, NativeCall&, Native* self) {
  if (self->slots[1].AsBoolean()) return ThrowValue(self->slots[0]);
  return Ok(self->slots[0]);
}

// 27.2.5.3.1 Then Finally Functions / 27.2.5.3.2 Catch Finally Functions.
// slots[0] = onFinally, slots[1] = C, slots[2] = is_catch.
Completion FinallyFunction(Runtime& rt, NativeCall& call, Native* self) {
  Completion result = rt.Call(self->slots[0], Value::Undefined(), {});
  if (!result.ok()) return result;
  Completion promise = rt.PromiseResolve(self->slots[1], result.value);
  if (!promise.ok()) return promise;
  TempRoot keep(rt, promise.value);
  Native* thunk = rt.NewNative("", 0, ValueThunk);
  thunk->slots[0] = call.Arg(0);
  thunk->slots[1] = self->slots[2];
  Value args[1] = {Value::FromCell(thunk)};
  return rt.Invoke(promise.value, "then", args);
}

// 27.2.5.3 Promise.prototype.finally.
Completion Finally(Runtime& rt, NativeCall& call, Native*) {
  Value promise = call.this_value;
  if (!promise.IsObject())
    return rt.Throw(ErrorType::kTypeError, "Promise.prototype.finally called on a non-object");
  Completion ctor = SpeciesConstructor(rt, promise, Value::FromCell(rt.realm.promise_ctor));
  if (!ctor.ok()) return ctor;
  Value c = ctor.value;
  Value on_finally = call.Arg(0);
  Value then_finally = on_finally, catch_finally = on_finally;
  if (rt.IsCallable(on_finally)) {
    Native* tf = rt.NewNative("", 1, FinallyFunction);
    tf->slots[0] = on_finally;
    tf->slots[1] = c;
    tf->slots[2] = Value::Boolean(false);
    TempRoot keep(rt, Value::FromCell(tf));
    Native* cf = rt.NewNative("", 1, FinallyFunction);
    cf->slots[0] = on_finally;
    cf->slots[1] = c;
    cf->slots[2] = Value::Boolean(true);
    then_finally = Value::FromCell(tf);
    catch_finally = Value::FromCell(cf);
  }
  // Step 7: Invoke(promise, "then", ...), so an overridden `then` is called. The intrinsic
  // one is called directly, to label the reactions.
  TempRoot keep_then(rt, then_finally), keep_catch(rt, catch_finally);
  Completion then = rt.GetProperty(promise, rt.Intern("then"));
  if (!then.ok()) return then;
  if (then.value.bits() == rt.realm.promise_then.bits() && promise.Is(CellKind::kPromise) &&
      rt.IsCallable(on_finally))
    return rt.PromiseThen(promise, then_finally, catch_finally, "finally callback");
  Value args[2] = {then_finally, catch_finally};
  return rt.Call(then.value, promise, args);
}

// 27.2.4.7 Promise.resolve and 27.2.4.6 Promise.reject.
Completion StaticResolve(Runtime& rt, NativeCall& call, Native*) {
  if (!call.this_value.IsObject())
    return rt.Throw(ErrorType::kTypeError, "PromiseResolve called on non-object");
  return rt.PromiseResolve(call.this_value, call.Arg(0));
}
Completion StaticReject(Runtime& rt, NativeCall& call, Native*) {
  Value promise, resolve, reject;
  LOOPSCOPE_TRY(rt.NewPromiseCapability(call.this_value, promise, resolve, reject));
  TempRoot keep(rt, promise);
  Value r = call.Arg(0);
  LOOPSCOPE_TRY(rt.Call(reject, Value::Undefined(), std::span<const Value>(&r, 1)));
  return Ok(promise);
}

// The shared state of one all/allSettled/any call: an array record
// [remaining, resolve, reject, values] (27.2.4.1.3 PerformPromiseAll's variables).
enum Combinator { kAll, kAllSettled, kAny };
enum RecordSlot { kRemaining, kResolve, kReject, kValues };

// Settles the combined promise when the last element is done.
Completion ElementDone(Runtime& rt, Array* record, Combinator kind) {
  double remaining = record->elements[kRemaining].AsNumber() - 1;
  record->elements[kRemaining] = Value::Number(remaining);
  if (remaining > 0) return Ok();
  Value values = record->elements[kValues];
  if (kind == kAny) {
    Value err = rt.MakeAggregateError(values, "All promises were rejected");
    return rt.Call(record->elements[kReject], Value::Undefined(), std::span<const Value>(&err, 1));
  }
  return rt.Call(record->elements[kResolve], Value::Undefined(),
                 std::span<const Value>(&values, 1));
}

// Promise.all Resolve Element Functions (27.2.4.1.3) and friends. slots[0] = record,
// slots[1] = index * kElementCodes + the kind * 2 + whether it handles a rejection
// (allSettled), slots[2] = the [[AlreadyCalled]] record, a one-element array that
// allSettled's two element functions of one index share (27.2.4.2.2 step 9). Their
// `length` is 1, as user code can see.
constexpr double kElementCodes = 8;
Completion ElementFunction(Runtime& rt, NativeCall& call, Native* self) {
  Array* already_called = self->slots[2].As<Array>();
  if (already_called->elements[0].AsBoolean()) return Ok();
  already_called->elements[0] = Value::Boolean(true);
  Array* record = self->slots[0].As<Array>();
  double packed = self->slots[1].AsNumber();
  size_t index = static_cast<size_t>(packed / kElementCodes);
  int code = static_cast<int>(packed - static_cast<double>(index) * kElementCodes);
  auto kind = static_cast<Combinator>(code / 2);
  bool rejected = code % 2 == 1;
  Value v = call.Arg(0);
  Array* values = record->elements[kValues].As<Array>();
  if (kind == kAllSettled) {
    Object* entry = rt.NewPlainObject();
    entry->Put(rt.Intern("status"), rt.Str(rejected ? "rejected" : "fulfilled"));
    entry->Put(rt.Intern(rejected ? "reason" : "value"), v);
    v = Value::FromCell(entry);
  }
  values->elements[index] = v;
  return ElementDone(rt, record, kind);
}

Native* MakeElementFunction(Runtime& rt, Array* record, size_t index, Combinator kind,
                            bool rejected, Array* already_called) {
  Native* f = rt.NewNative("", 1, ElementFunction);
  f->slots[0] = Value::FromCell(record);
  f->slots[1] = Value::Number(static_cast<double>(index) * kElementCodes +
                              static_cast<double>(static_cast<int>(kind) * 2 + (rejected ? 1 : 0)));
  f->slots[2] = Value::FromCell(already_called);
  return f;
}

// 27.2.4.1 Promise.all, 27.2.4.2 allSettled, 27.2.4.3 any, 27.2.4.5 race.
Completion Combine(Runtime& rt, NativeCall& call, int mode) {
  Value c = call.this_value;
  Value promise, resolve, reject;
  LOOPSCOPE_TRY(rt.NewPromiseCapability(c, promise, resolve, reject));
  TempRoot keep_p(rt, promise), keep_res(rt, resolve), keep_rej(rt, reject);
  Completion body = [&]() -> Completion {
    Completion promise_resolve = rt.GetProperty(c, rt.Intern("resolve"));
    if (!promise_resolve.ok()) return promise_resolve;
    if (!rt.IsCallable(promise_resolve.value))
      return rt.Throw(ErrorType::kTypeError, "Promise resolve or reject function is not callable");
    TempRoot keep_pr(rt, promise_resolve.value);
    Value iterator;
    LOOPSCOPE_TRY(rt.GetIterator(call.Arg(0), iterator, Runtime::IterSite::kBuiltin));
    TempRoot keep_iterator(rt, iterator);
    Array* values = rt.NewArray();
    Array* record = rt.NewArray();
    record->elements = {Value::Number(1), resolve, reject, Value::FromCell(values)};
    TempRoot keep_record(rt, Value::FromCell(record));
    auto kind = static_cast<Combinator>(mode == 3 ? 0 : mode);
    // One element at a time, as PerformPromiseAll steps the iterator: a resolve that throws
    // closes the iterator (step 8 of Promise.all) before the rest is read, so an endless
    // iterable ends there as in V8. A throwing next() leaves the iterator unclosed.
    for (size_t i = 0;; ++i) {
      Value item;
      bool done = false;
      LOOPSCOPE_TRY(rt.IteratorStep(iterator, item, done));
      if (done) break;
      TempRoot keep_item(rt, item);
      Completion step = [&]() -> Completion {
        Completion next = rt.Call(promise_resolve.value, c, std::span<const Value>(&item, 1));
        if (!next.ok()) return next;
        TempRoot keep_next(rt, next.value);
        Value on_fulfilled = resolve, on_rejected = reject;
        if (mode != 3) {
          values->elements.push_back(Value::Undefined());
          record->elements[kRemaining] = Value::Number(record->elements[kRemaining].AsNumber() + 1);
          Array* already_called = rt.NewArray();
          already_called->elements = {Value::Boolean(false)};
          TempRoot keep_called(rt, Value::FromCell(already_called));
          Native* f = MakeElementFunction(rt, record, i, kind, kind == kAny, already_called);
          on_fulfilled = kind == kAny ? resolve : Value::FromCell(f);
          if (kind == kAny) on_rejected = Value::FromCell(f);
          if (kind == kAllSettled) {
            TempRoot keep_f(rt, Value::FromCell(f));
            on_rejected =
                Value::FromCell(MakeElementFunction(rt, record, i, kind, true, already_called));
          }
        }
        TempRoot keep_f(rt, on_fulfilled), keep_r(rt, on_rejected);
        Value args[2] = {on_fulfilled, on_rejected};
        return rt.Invoke(next.value, "then", args);
      }();
      if (step.terminated()) return step;
      if (!step.ok()) return rt.IteratorClose(iterator, step);
    }
    if (mode == 3) return Ok();
    return ElementDone(rt, record, kind);
  }();
  if (body.terminated()) return body;
  if (body.threw()) {
    Value e = body.value;
    LOOPSCOPE_TRY(rt.Call(reject, Value::Undefined(), std::span<const Value>(&e, 1)));
  }
  return Ok(promise);
}
Completion All(Runtime& rt, NativeCall& call, Native*) {
  return Combine(rt, call, kAll);
}
Completion AllSettled(Runtime& rt, NativeCall& call, Native*) {
  return Combine(rt, call, kAllSettled);
}
Completion Any(Runtime& rt, NativeCall& call, Native*) {
  return Combine(rt, call, kAny);
}
Completion Race(Runtime& rt, NativeCall& call, Native*) {
  return Combine(rt, call, 3);
}

}  // namespace

void InstallPromiseBuiltins(Runtime& rt) {
  Object* proto = rt.realm.promise_proto;
  Native* ctor = DefineConstructor(rt, "Promise", 1, PromiseCtor, proto);
  rt.realm.promise_ctor = ctor;
  DefineSpeciesGetter(rt, ctor);
  RecordPromiseSpeciesSlots(rt);
  DefineToStringTag(rt, proto, "Promise");
  rt.realm.promise_then = Value::FromCell(rt.DefineNative(proto, "then", 2, Then));
  rt.DefineNative(proto, "catch", 1, Catch);
  rt.DefineNative(proto, "finally", 1, Finally);
  rt.DefineNative(ctor, "resolve", 1, StaticResolve);
  rt.DefineNative(ctor, "reject", 1, StaticReject);
  rt.DefineNative(ctor, "all", 1, All);
  rt.DefineNative(ctor, "allSettled", 1, AllSettled);
  rt.DefineNative(ctor, "any", 1, Any);
  rt.DefineNative(ctor, "race", 1, Race);
}

}  // namespace loopscope::js
