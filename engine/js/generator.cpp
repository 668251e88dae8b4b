// engine/js/generator.cpp — generators (ECMA-262 27.5): resuming a generator's parked
// frame, yield* delegation, and %GeneratorPrototype% (next, return, throw).
//
// A generator's frame is parked in an AsyncState exactly as an awaiting async function's
// is (interpreter.cpp, SaveFrame/ResumeFrame); Op::kYield parks it and returns the iter
// result to the native next() that resumed it. Resuming pushes [value, ResumeKind] for the
// code after the yield (Op::kResumeYield, Op::kYieldDelegate) to dispatch on.
// Where to look next: dispatch.cpp (the generator opcodes), compiler.cpp (Yield, YieldStar).
#include "engine/js/builtins.h"
#include "engine/js/interpreter.h"

namespace loopscope::js {

// ECMA-262 27.5.3.3 GeneratorResume and 27.5.3.4 GeneratorResumeAbrupt.
Completion Runtime::ResumeGenerator(Generator* gen, Value value, ResumeKind kind) {
  if (gen->state == GeneratorState::kExecuting)
    return Throw(ErrorType::kTypeError, "Generator is already running");
  if (gen->state == GeneratorState::kSuspendedStart && kind != ResumeKind::kNext)
    gen->state = GeneratorState::kCompleted;  // 27.5.3.4 step 2: never started, never runs
  if (gen->state == GeneratorState::kCompleted) {
    if (kind == ResumeKind::kThrow) return ThrowValue(value);
    return Ok(CreateIterResult(kind == ResumeKind::kReturn ? value : Value::Undefined(), true));
  }
  bool started = gen->state == GeneratorState::kSuspendedYield;
  TempRoot keep(*this, Value::FromCell(gen));
  uint32_t depth = 0;
  Completion pushed = ResumeFrame(gen->frame, depth);
  if (!pushed.ok()) return pushed;
  gen->state = GeneratorState::kExecuting;
  if (started) {
    stack[sp++] = value;
    stack[sp++] = Value::Number(static_cast<double>(kind));
  }
  Interpreter interp(*this);
  return interp.Run(depth);
}

// ECMA-262 15.5.5 yield* step 7, one round: forwards what the outer generator received to
// the inner iterator. `done_kind` is -1 while the inner iterator goes on (`out` is its iter
// result, yielded as it is), 0 when it finished (`out` is the yield* value), 2 when the
// outer generator must return `out`.
Completion Interpreter::YieldDelegate(Value record, Value received, ResumeKind kind, Value& out,
                                      int& done_kind) {
  auto* rec = record.As<Iterator>();
  done_kind = -1;
  if (!rec->is_record) {  // a built-in iterator: only next, no throw or return methods
    if (kind == ResumeKind::kReturn) {
      out = received;
      done_kind = 2;
      return Ok();
    }
    if (kind == ResumeKind::kThrow)
      return rt_.Throw(ErrorType::kTypeError, "The iterator does not provide a 'throw' method.");
    Value v;
    bool exhausted = false;
    Completion step = rt_.StepBuiltinIterator(rec, v, exhausted);
    if (!step.ok()) return step;
    if (exhausted) {
      out = Value::Undefined();
      done_kind = 0;
      return Ok();
    }
    out = rt_.CreateIterResult(v, false);
    return Ok();
  }
  Value iterator = rec->target;
  Value method = rec->next_method;
  if (kind != ResumeKind::kNext) {
    Completion m =
        rt_.GetProperty(iterator, rt_.Intern(kind == ResumeKind::kThrow ? "throw" : "return"));
    if (!m.ok()) return m;
    method = m.value;
    if (method.IsNullish()) {
      if (kind == ResumeKind::kReturn) {  // step 7.c.iii
        out = received;
        done_kind = 2;
        return Ok();
      }
      // Step 7.b.iii: close the inner iterator, then the protocol violation is a TypeError.
      rec->done = false;
      Completion closed = rt_.IteratorClose(record, Ok());
      if (!closed.ok()) return closed;
      return rt_.Throw(ErrorType::kTypeError, "The iterator does not provide a 'throw' method.");
    }
  }
  if (!rt_.IsCallable(method))
    return rt_.Throw(ErrorType::kTypeError, rt_.ToDisplayString(method) + " is not a function");
  Completion r = rt_.Call(method, iterator, std::span<const Value>(&received, 1));
  if (!r.ok()) return r;
  if (!r.value.IsObject())
    return rt_.Throw(ErrorType::kTypeError,
                     "Iterator result " + rt_.ToDisplayString(r.value) + " is not an object");
  TempRoot keep(rt_, r.value);
  Completion done = rt_.GetProperty(r.value, rt_.key_done);
  if (!done.ok()) return done;
  if (!Runtime::ToBoolean(done.value)) {
    out = r.value;
    return Ok();
  }
  Completion value = rt_.GetProperty(r.value, rt_.key_value);
  if (!value.ok()) return value;
  out = value.value;
  done_kind = kind == ResumeKind::kReturn ? 2 : 0;
  return Ok();
}

namespace {

Completion ThisGenerator(Runtime& rt, Value v, const char* method, Generator*& out) {
  if (!v.Is(CellKind::kGenerator) || v.As<Generator>()->is_async)
    return rt.Throw(
        ErrorType::kTypeError,
        std::string(method) + " method called on incompatible receiver " + rt.ToDisplayString(v));
  out = v.As<Generator>();
  return Ok();
}

// ECMA-262 27.5.1.2 next, 27.5.1.3 return, 27.5.1.4 throw.
template <ResumeKind kKind>
Completion GeneratorMethod(Runtime& rt, NativeCall& call, Native*) {
  static constexpr const char* kNames[] = {"next", "throw", "return"};
  Generator* gen = nullptr;
  LOOPSCOPE_TRY(ThisGenerator(rt, call.this_value, kNames[static_cast<int>(kKind)], gen));
  return rt.ResumeGenerator(gen, call.Arg(0), kKind);
}

}  // namespace

void InstallGeneratorBuiltins(Runtime& rt) {
  Object* proto = rt.realm.generator_proto = rt.NewObject(rt.realm.iterator_proto);
  rt.DefineNative(proto, "next", 1, GeneratorMethod<ResumeKind::kNext>);
  rt.DefineNative(proto, "return", 1, GeneratorMethod<ResumeKind::kReturn>);
  rt.DefineNative(proto, "throw", 1, GeneratorMethod<ResumeKind::kThrow>);
  proto->Put(rt.WellKnownSymbol(WellKnown::kToStringTag), rt.Str("Generator"), false);
}

}  // namespace loopscope::js
