// engine/js/async_dispatch.cpp — the steps of `for await` and of an async generator's
// `yield*` that the dispatch loop delegates (Op::kIterResultStep, Op::kAsyncIterReturn,
// Op::kAsyncDelegate).
//
// Every await of these constructs is an Op::kAwait in the compiled code (compiler.cpp,
// ForAwait and AsyncYieldStar), so the frame parks as at any `await`; these helpers only do
// the synchronous part between two awaits.
// Where to look next: async_iteration.cpp (GetIterator(obj, async)), async_generator.cpp.
#include "engine/js/interpreter.h"

namespace loopscope::js {

// ECMA-262 7.4.4 IteratorComplete and 7.4.5 IteratorValue of an awaited next() result (for
// await, 14.7.5.7 step 6.c-6.e; yield*, 15.5.5 steps 7.a.iv-vi). A value clears the
// record's [[Done]], so a later abrupt exit from the loop body closes the iterator.
Completion Interpreter::IterResultStep(Value record, Value result, Value& value, bool& done) {
  if (!result.IsObject())
    return rt_.Throw(ErrorType::kTypeError,
                     "Iterator result " + rt_.ToDisplayString(result) + " is not an object");
  Completion d = rt_.GetProperty(result, rt_.key_done);
  if (!d.ok()) return d;
  done = Runtime::ToBoolean(d.value);
  Completion v = rt_.GetProperty(result, rt_.key_value);
  if (!v.ok()) return v;
  value = v.value;
  if (!done) record.As<Iterator>()->done = false;
  return Ok();
}

// ECMA-262 7.4.13 AsyncIteratorClose steps 3-4: calls return() (`called` false when the
// iterator is done or has none); the caller awaits the result.
Completion Interpreter::AsyncIterReturn(Value record, Value& result, bool& called) {
  Iterator* rec = record.As<Iterator>();
  called = false;
  if (rec->done) return Ok();
  rec->done = true;
  Completion method = rt_.GetProperty(rec->target, rt_.Intern("return"));
  if (!method.ok()) return method;
  if (method.value.IsNullish()) return Ok();
  if (!rt_.IsCallable(method.value))
    return rt_.Throw(ErrorType::kTypeError,
                     rt_.ToDisplayString(method.value) + " is not a function");
  Completion r = rt_.Call(method.value, rec->target, {});
  if (!r.ok()) return r;
  result = r.value;
  called = true;
  return Ok();
}

// ECMA-262 15.5.5 yield* steps 7.a-7.c for an async generator, up to the Await: calls the
// inner iterator's next, throw or return with what the outer generator received. `missing`
// is 0 when throw() is absent (the caller closes the iterator, then throws), 1 when
// return() is absent (the caller returns the received value).
Completion Interpreter::AsyncDelegate(Value record, Value received, ResumeKind kind, Value& result,
                                      int& missing) {
  auto* rec = record.As<Iterator>();
  missing = -1;
  Value method = rec->next_method;
  if (kind != ResumeKind::kNext) {
    Completion m =
        rt_.GetProperty(rec->target, rt_.Intern(kind == ResumeKind::kThrow ? "throw" : "return"));
    if (!m.ok()) return m;
    if (m.value.IsNullish()) {
      missing = kind == ResumeKind::kThrow ? 0 : 1;
      return Ok();
    }
    method = m.value;
  }
  if (!rt_.IsCallable(method))
    return rt_.Throw(ErrorType::kTypeError, rt_.ToDisplayString(method) + " is not a function");
  Completion r = rt_.Call(method, rec->target, std::span<const Value>(&received, 1));
  if (!r.ok()) return r;
  result = r.value;
  return Ok();
}

}  // namespace loopscope::js
