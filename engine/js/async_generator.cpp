// engine/js/async_generator.cpp — async generators (ECMA-262 27.6): the request queue of
// AsyncGeneratorEnqueue/Resume/CompleteStep/DrainQueue/AwaitReturn and
// %AsyncGeneratorPrototype% (next, return, throw).
//
// An async generator is a Generator cell with `is_async`: its frame parks in its AsyncState
// at `await` (like an async function's) and at `yield` (like a generator's). Every call to
// next/return/throw returns a promise and queues a request; the body settles the first
// request at each yield and at its end (Op::kAsyncYield, Op::kReturn, Interpreter::Unwind).
// Where to look next: async_iteration.cpp (for await, async-from-sync iterators),
// compiler.cpp (AsyncYield, AsyncYieldStar), dispatch.cpp (the async iteration opcodes).
#include "engine/js/builtins.h"
#include "engine/js/interpreter.h"

namespace loopscope::js {

// 27.6.3.3 AsyncGeneratorResume: the generator runs until it awaits, yields with no request
// waiting, or completes; `value`/`kind` is the completion its suspended yield receives.
Completion Runtime::ResumeAsyncGenerator(Generator* gen, Value value, ResumeKind kind) {
  bool started = gen->state == GeneratorState::kSuspendedYield;
  TempRoot keep(*this, Value::FromCell(gen));
  uint32_t depth = 0;
  Completion pushed = ResumeFrame(gen->frame, depth);
  if (!pushed.ok()) {
    // No room to resume (a deep stack): the request fails, the generator is finished.
    gen->state = GeneratorState::kCompleted;
    if (pushed.threw()) AsyncGeneratorCompleteStep(gen, pushed.value, true, true);
    AsyncGeneratorDrainQueue(gen);
    return pushed.terminated() ? pushed : Ok();
  }
  gen->state = GeneratorState::kExecuting;
  if (started) {
    stack[sp++] = value;
    stack[sp++] = Value::Number(static_cast<double>(kind));
  }
  Interpreter interp(*this);
  Completion c = interp.Run(depth);
  return c.terminated() ? c : Ok();
}

// 27.6.3.4 AsyncGeneratorCompleteStep: settles the first request's promise.
void Runtime::AsyncGeneratorCompleteStep(Generator* gen, Value value, bool is_throw, bool done) {
  AsyncGeneratorRequest next = gen->queue.front();
  gen->queue.pop_front();
  TempRoot keep_promise(*this, Value::FromCell(next.promise));
  TempRoot keep_value(*this, value);
  if (is_throw) {
    RejectPromise(next.promise, value);
    return;
  }
  Value result = CreateIterResult(value, done);
  TempRoot keep_result(*this, result);
  ResolvePromise(next.promise, result);
}

// 27.6.3.10 AsyncGeneratorDrainQueue: a completed generator answers the waiting requests,
// next() with { undefined, done } and throw() with its exception, until a return() waits.
void Runtime::AsyncGeneratorDrainQueue(Generator* gen) {
  TempRoot keep(*this, Value::FromCell(gen));
  while (!gen->queue.empty()) {
    const AsyncGeneratorRequest& next = gen->queue.front();
    if (next.kind == ResumeKind::kReturn) {
      gen->state = GeneratorState::kAwaitingReturn;
      AsyncGeneratorAwaitReturn(gen);
      return;
    }
    bool is_throw = next.kind == ResumeKind::kThrow;
    AsyncGeneratorCompleteStep(gen, is_throw ? next.value : Value::Undefined(), is_throw, true);
  }
}

namespace {

// 27.6.3.9 AsyncGeneratorAwaitReturn steps 8 and 10: the closures that finish a return()
// once its value settled. slots[0] = the generator.
template <bool kRejected>
Completion AwaitReturnSettled(Runtime& rt, NativeCall& call, Native* self) {
  Generator* gen = self->slots[0].As<Generator>();
  gen->state = GeneratorState::kCompleted;
  rt.AsyncGeneratorCompleteStep(gen, call.Arg(0), kRejected, true);
  rt.AsyncGeneratorDrainQueue(gen);
  return Ok();
}

}  // namespace

// 27.6.3.9 AsyncGeneratorAwaitReturn: the first request is a return(v); v is awaited
// before the request is answered with { v, done: true }.
void Runtime::AsyncGeneratorAwaitReturn(Generator* gen) {
  TempRoot keep(*this, Value::FromCell(gen));
  Value value = gen->queue.front().value;
  Completion promise = PromiseResolve(Value::FromCell(realm.promise_ctor), value);
  if (!promise.ok()) {
    gen->state = GeneratorState::kCompleted;
    if (promise.terminated()) return;
    AsyncGeneratorCompleteStep(gen, promise.value, true, true);
    AsyncGeneratorDrainQueue(gen);
    return;
  }
  TempRoot keep_promise(*this, promise.value);
  Native* on_fulfilled = NewNative("", 1, AwaitReturnSettled<false>);
  TempRoot keep_f(*this, Value::FromCell(on_fulfilled));
  Native* on_rejected = NewNative("", 1, AwaitReturnSettled<true>);
  on_fulfilled->slots[0] = on_rejected->slots[0] = Value::FromCell(gen);
  PromiseReaction reaction;
  reaction.on_fulfilled = Value::FromCell(on_fulfilled);
  reaction.on_rejected = Value::FromCell(on_rejected);
  reaction.label = "async generator return";
  PerformPromiseThen(promise.value.As<Promise>(), reaction);
}

namespace {

constexpr const char* kMethodNames[] = {"next", "throw", "return"};

// 27.6.1.2 next, 27.6.1.3 return, 27.6.1.4 throw: each returns a promise for its request.
template <ResumeKind kKind>
Completion AsyncGeneratorMethod(Runtime& rt, NativeCall& call, Native*) {
  Promise* promise = rt.NewPromise();
  Value result = Value::FromCell(promise);
  TempRoot keep(rt, result);
  Value self = call.this_value;
  // 27.6.3.2 AsyncGeneratorValidate, as IfAbruptRejectPromise.
  if (!self.Is(CellKind::kGenerator) || !self.As<Generator>()->is_async) {
    rt.RejectPromise(promise,
                     rt.MakeError(ErrorType::kTypeError,
                                  std::string("Method [AsyncGenerator].prototype.") +
                                      kMethodNames[static_cast<int>(kKind)] +
                                      " called on incompatible receiver " + rt.ObjectLabel(self)));
    return Ok(result);
  }
  Generator* gen = self.As<Generator>();
  Value value = call.Arg(0);
  if (kKind != ResumeKind::kNext && gen->state == GeneratorState::kSuspendedStart)
    gen->state = GeneratorState::kCompleted;
  if (gen->state == GeneratorState::kCompleted) {
    if (kKind == ResumeKind::kNext) {
      Value done = rt.CreateIterResult(Value::Undefined(), true);
      TempRoot keep_done(rt, done);
      rt.ResolvePromise(promise, done);
      return Ok(result);
    }
    if (kKind == ResumeKind::kThrow) {
      rt.RejectPromise(promise, value);
      return Ok(result);
    }
  }
  // 27.6.3.5 AsyncGeneratorEnqueue.
  gen->queue.push_back({kKind, value, promise});
  if (kKind == ResumeKind::kReturn && gen->state == GeneratorState::kCompleted) {
    gen->state = GeneratorState::kAwaitingReturn;
    rt.AsyncGeneratorAwaitReturn(gen);
  } else if (gen->state == GeneratorState::kSuspendedStart ||
             gen->state == GeneratorState::kSuspendedYield) {
    Completion c = rt.ResumeAsyncGenerator(gen, value, kKind);
    if (c.terminated()) return c;
  }
  // Executing or awaiting-return: the request waits its turn in the queue.
  return Ok(result);
}

// 27.1.3.1 %AsyncIteratorPrototype% [ @@asyncIterator ] ( ).
Completion ReturnThis(Runtime&, NativeCall& call, Native*) {
  return Ok(call.this_value);
}

}  // namespace

void InstallAsyncGeneratorBuiltins(Runtime& rt) {
  Object* async_iterator = rt.realm.async_iterator_proto = rt.NewObject(rt.realm.object_proto);
  DefineSymbolNative(rt, async_iterator, WellKnown::kAsyncIterator, 0, ReturnThis);
  // 27.4.3 %AsyncGeneratorFunction.prototype%: the [[Prototype]] of every async generator
  // function; it and %AsyncGeneratorPrototype% (27.6.1) name each other, read-only.
  Object* fn_proto = rt.realm.async_generator_function_proto =
      rt.NewObject(rt.realm.function_proto);
  Object* proto = rt.realm.async_generator_proto = rt.NewObject(async_iterator);
  fn_proto->Append(Property{rt.key_prototype, Value::FromCell(proto), false, false, true});
  // @@toStringTag properties are read-only but configurable (27.4.3.3, 27.6.1.5).
  fn_proto->Append(Property{rt.WellKnownSymbol(WellKnown::kToStringTag),
                            rt.Str("AsyncGeneratorFunction"), false, false, true});
  // 27.4.1 the AsyncGeneratorFunction constructor (not a global), which would compile code
  // from strings.
  Native* ctor = rt.NewNative("AsyncGeneratorFunction", 1, RefuseCodeFromStrings);
  ctor->is_constructor = true;
  ctor->Append(Property{rt.key_prototype, Value::FromCell(fn_proto), false, false, false});
  ctor->has_special_props = true;
  fn_proto->Append(Property{rt.key_constructor, Value::FromCell(ctor), false, false, true});
  fn_proto->has_special_props = true;
  proto->Append(Property{rt.key_constructor, Value::FromCell(fn_proto), false, false, true});
  proto->has_special_props = true;
  rt.DefineNative(proto, "next", 1, AsyncGeneratorMethod<ResumeKind::kNext>);
  rt.DefineNative(proto, "return", 1, AsyncGeneratorMethod<ResumeKind::kReturn>);
  rt.DefineNative(proto, "throw", 1, AsyncGeneratorMethod<ResumeKind::kThrow>);
  proto->Append(Property{rt.WellKnownSymbol(WellKnown::kToStringTag), rt.Str("AsyncGenerator"),
                         false, false, true});
  InstallAsyncFromSyncIterator(rt);
}

}  // namespace loopscope::js
