// engine/js/async_iteration.cpp — the async iteration protocol: GetIterator(obj, async)
// (ECMA-262 7.4.3) and %AsyncFromSyncIteratorPrototype% (27.1.6), which lets `for await`
// and an async generator's `yield*` walk a sync iterable.
//
// An async-from-sync iterator is an Iterator cell of kind kAsyncFromSync whose `target` is
// the sync iterator record; it never reaches JavaScript, only the record around it does.
// Its next/return/throw answer promises settled one job later (the PromiseResolve of the
// value plus the reaction that wraps it in an iter result), which is what V8 counts.
// Where to look next: async_generator.cpp, dispatch.cpp (Op::kGetAsyncIterator and after).
#include "engine/js/builtins.h"

namespace loopscope::js {
namespace {

// The closure of 27.1.6.4 AsyncFromSyncIteratorContinuation step 8: slots[0] = done.
Completion WrapIterResult(Runtime& rt, NativeCall& call, Native* self) {
  return Ok(rt.CreateIterResult(call.Arg(0), self->slots[0].AsBoolean()));
}

// Settles `promise` with the thrown value of `c` (IfAbruptRejectPromise).
Completion RejectWith(Runtime& rt, Promise* promise, const Completion& c) {
  if (c.terminated()) return c;
  rt.RejectPromise(promise, c.value);
  return Ok(Value::FromCell(promise));
}

// 27.1.6.4 AsyncFromSyncIteratorContinuation(result, promiseCapability), with `result`
// already read as (value, done).
Completion Continuation(Runtime& rt, Promise* promise, Value value, bool done) {
  Completion wrapper = rt.PromiseResolve(Value::FromCell(rt.realm.promise_ctor), value);
  if (!wrapper.ok()) return RejectWith(rt, promise, wrapper);
  TempRoot keep(rt, wrapper.value);
  Native* on_fulfilled = rt.NewNative("", 1, WrapIterResult);
  on_fulfilled->slots[0] = Value::Boolean(done);
  PromiseReaction reaction;
  reaction.capability = Value::FromCell(promise);
  reaction.on_fulfilled = Value::FromCell(on_fulfilled);
  reaction.label = "async-from-sync iterator";
  rt.PerformPromiseThen(wrapper.value.As<Promise>(), reaction);
  return Ok(Value::FromCell(promise));
}

// Reads done, then value, of a sync iter result (IteratorComplete, IteratorValue).
Completion ContinueWithResult(Runtime& rt, Promise* promise, Value result) {
  if (!result.IsObject()) {
    rt.RejectPromise(promise, rt.MakeError(ErrorType::kTypeError, "Iterator result " +
                                                                      rt.ToDisplayString(result) +
                                                                      " is not an object"));
    return Ok(Value::FromCell(promise));
  }
  TempRoot keep(rt, result);
  Completion done = rt.GetProperty(result, rt.key_done);
  if (!done.ok()) return RejectWith(rt, promise, done);
  bool is_done = Runtime::ToBoolean(done.value);
  Completion value = rt.GetProperty(result, rt.key_value);
  if (!value.ok()) return RejectWith(rt, promise, value);
  return Continuation(rt, promise, value.value, is_done);
}

// The sync iterator record an async-from-sync iterator wraps.
Iterator* SyncRecord(NativeCall& call) {
  return call.this_value.As<Iterator>()->target.As<Iterator>();
}

// 27.1.6.2.1 %AsyncFromSyncIteratorPrototype%.next ( [ value ] ).
Completion AsyncFromSyncNext(Runtime& rt, NativeCall& call, Native*) {
  Promise* promise = rt.NewPromise();
  TempRoot keep(rt, Value::FromCell(promise));
  Iterator* record = SyncRecord(call);
  if (!rt.IsCallable(record->next_method))
    return RejectWith(rt, promise,
                      rt.Throw(ErrorType::kTypeError,
                               rt.ToDisplayString(record->next_method) + " is not a function"));
  Completion r = rt.Call(record->next_method, record->target,
                         call.args.first(std::min<size_t>(1, call.args.size())));
  if (!r.ok()) return RejectWith(rt, promise, r);
  return ContinueWithResult(rt, promise, r.value);
}

// 27.1.6.2.2 return ( [ value ] ) and 27.1.6.2.3 throw ( [ value ] ). Node 20's V8 rejects
// throw() with the value itself when the sync iterator has no `throw` method.
template <bool kIsReturn>
Completion AsyncFromSyncClose(Runtime& rt, NativeCall& call, Native*) {
  Promise* promise = rt.NewPromise();
  TempRoot keep(rt, Value::FromCell(promise));
  Value iterator = SyncRecord(call)->target;
  Completion method = rt.GetProperty(iterator, rt.Intern(kIsReturn ? "return" : "throw"));
  if (!method.ok()) return RejectWith(rt, promise, method);
  if (method.value.IsNullish()) {
    if (!kIsReturn) {
      rt.RejectPromise(promise, call.Arg(0));
      return Ok(Value::FromCell(promise));
    }
    Value done = rt.CreateIterResult(call.Arg(0), true);
    TempRoot keep_done(rt, done);
    rt.ResolvePromise(promise, done);
    return Ok(Value::FromCell(promise));
  }
  if (!rt.IsCallable(method.value))
    return RejectWith(
        rt, promise,
        rt.Throw(ErrorType::kTypeError, rt.ToDisplayString(method.value) + " is not a function"));
  Completion r =
      rt.Call(method.value, iterator, call.args.first(std::min<size_t>(1, call.args.size())));
  if (!r.ok()) return RejectWith(rt, promise, r);
  return ContinueWithResult(rt, promise, r.value);
}

Completion NotAsyncIterable(Runtime& rt, Value v, std::string_view text) {
  std::string shown = text.empty() ? rt.ToDisplayString(v) : std::string(text);
  return rt.Throw(ErrorType::kTypeError, shown + " is not async iterable");
}

// An iterator record (Iterator cell with is_record) for `iterator` and its `next`.
Completion MakeRecord(Runtime& rt, Value iterator, Value& record) {
  TempRoot keep(rt, iterator);
  Completion next = rt.GetProperty(iterator, rt.key_next);
  if (!next.ok()) return next;
  Iterator* rec = rt.Alloc<Iterator>(nullptr, iterator, IterKind::kValues);
  rec->is_record = true;
  rec->next_method = next.value;
  record = Value::FromCell(rec);
  return Ok();
}

}  // namespace

// 7.4.3 GetIterator(obj, async), with 27.1.6.1 CreateAsyncFromSyncIterator for a sync
// iterable. V8 calls a missing or uncallable method "not async iterable".
Completion Runtime::GetAsyncIterator(Value v, Value& record, std::string_view text) {
  Completion method = GetProperty(v, WellKnownSymbol(WellKnown::kAsyncIterator));
  if (!method.ok()) return method;
  if (method.value.IsNullish()) {
    Completion sync_method = GetProperty(v, WellKnownSymbol(WellKnown::kIterator));
    if (!sync_method.ok()) return sync_method;
    if (!IsCallable(sync_method.value)) return NotAsyncIterable(*this, v, text);
    // 7.4.2 GetIteratorFromMethod with the method already read.
    Completion sync_it = Call(sync_method.value, v, {});
    if (!sync_it.ok()) return sync_it;
    if (!sync_it.value.IsObject())
      return Throw(ErrorType::kTypeError, "Result of the Symbol.iterator method is not an object");
    Value sync_record;
    LOOPSCOPE_TRY(MakeRecord(*this, sync_it.value, sync_record));
    TempRoot keep(*this, sync_record);
    Value wrapper = Value::FromCell(Alloc<Iterator>(realm.async_from_sync_iterator_proto,
                                                    sync_record, IterKind::kAsyncFromSync));
    return MakeRecord(*this, wrapper, record);
  }
  if (!IsCallable(method.value)) return NotAsyncIterable(*this, v, text);
  Completion it = Call(method.value, v, {});
  if (!it.ok()) return it;
  if (!it.value.IsObject())
    return Throw(ErrorType::kTypeError,
                 "Result of the Symbol.asyncIterator method is not an object");
  return MakeRecord(*this, it.value, record);
}

void InstallAsyncFromSyncIterator(Runtime& rt) {
  Object* proto = rt.realm.async_from_sync_iterator_proto =
      rt.NewObject(rt.realm.async_iterator_proto);
  rt.DefineNative(proto, "next", 1, AsyncFromSyncNext);
  rt.DefineNative(proto, "return", 1, AsyncFromSyncClose<true>);
  rt.DefineNative(proto, "throw", 1, AsyncFromSyncClose<false>);
}

}  // namespace loopscope::js
