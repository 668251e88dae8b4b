// engine/js/builtins_error.cpp — Error, TypeError, RangeError, ReferenceError, SyntaxError,
// AggregateError, EvalError and URIError: constructors (callable with or without `new`,
// subclassable with `class E extends Error`), their prototypes' name/message and
// Error.prototype.toString. Where to look next: errors.cpp (stack capture).
#include <iterator>

#include "engine/js/builtins.h"

namespace loopscope::js {
namespace {

// Realm::error_protos' order: the ErrorTypes, then the kinds only programs construct.
constexpr const char* kNames[] = {"Error",       "TypeError",      "RangeError", "ReferenceError",
                                  "SyntaxError", "AggregateError", "EvalError",  "URIError"};
constexpr size_t kAggregateError = 5;

// ECMA-262 20.5.1.1 Error ( message [ , options ] ); slots[0] holds the ErrorType.
Completion ErrorCtor(Runtime& rt, NativeCall& call, Native* self) {
  size_t type = static_cast<size_t>(self->slots[0].AsNumber());
  Object* proto;
  LOOPSCOPE_TRY(PrototypeForNew(rt, rt.realm.error_protos[type], proto));
  Object* err = rt.Alloc<Object>(proto, CellKind::kError);
  TempRoot keep(rt, Value::FromCell(err));
  size_t msg_index = type == kAggregateError ? 1 : 0;
  Value msg = call.Arg(msg_index);
  std::string text;
  if (!msg.IsUndefined()) {
    LOOPSCOPE_TRY(rt.ToStringStd(msg, text));
  }
  // V8 prints the class that was constructed: `class MyErr extends Error` → "MyErr" only
  // when the subclass sets name; the header uses the prototype chain's name at creation.
  err->Put(rt.key_stack, rt.Str(rt.CaptureStack("")), false);
  err->stack_pending = true;
  if (!msg.IsUndefined()) err->Put(rt.key_message, rt.Str(text), false);
  Value options = call.Arg(msg_index + 1);
  if (options.IsObject() && rt.HasProperty(options.As<Object>(), rt.key_cause)) {
    Completion cause = rt.GetProperty(options, rt.key_cause);
    if (!cause.ok()) return cause;
    err->Put(rt.key_cause, cause.value, false);
  }
  if (type == kAggregateError) {
    Value errors = call.Arg(0);
    Array* list = rt.NewArray();
    if (errors.Is(CellKind::kArray)) list->elements = errors.As<Array>()->elements;
    err->Put(rt.Intern("errors"), Value::FromCell(list), false);
  }
  return Ok(Value::FromCell(err));
}

// ECMA-262 20.5.3.4 Error.prototype.toString.
Completion ErrorToString(Runtime& rt, NativeCall& call, Native*) {
  Value self = call.this_value;
  if (!self.IsObject())
    return rt.Throw(ErrorType::kTypeError,
                    "Error.prototype.toString requires that 'this' be an Object");
  Completion name = rt.GetProperty(self, rt.key_name);
  if (!name.ok()) return name;
  Completion msg = rt.GetProperty(self, rt.key_message);
  if (!msg.ok()) return msg;
  std::string n = "Error", m;
  if (!name.value.IsUndefined()) LOOPSCOPE_TRY(rt.ToStringStd(name.value, n));
  if (!msg.value.IsUndefined()) LOOPSCOPE_TRY(rt.ToStringStd(msg.value, m));
  if (n.empty()) return Ok(rt.Str(m));
  if (m.empty()) return Ok(rt.Str(n));
  return Ok(rt.Str(n + ": " + m));
}

// Node code calls Error.captureStackTrace(obj); it records the current stack on obj.
Completion CaptureStackTrace(Runtime& rt, NativeCall& call, Native*) {
  Value target = call.Arg(0);
  if (!target.IsObject()) return rt.Throw(ErrorType::kTypeError, "Invalid argument");
  std::string header = rt.ToDisplayString(target);
  target.As<Object>()->Put(rt.key_stack, rt.Str(rt.CaptureStack(header)), false);
  return Ok();
}

}  // namespace

void InstallErrorBuiltins(Runtime& rt) {
  for (size_t t = 0; t < std::size(kNames); ++t) {
    Object* proto = rt.NewObject(t == 0 ? rt.realm.object_proto : rt.realm.error_protos[0]);
    rt.realm.error_protos[t] = proto;
    Native* ctor = DefineConstructor(rt, kNames[t], 1, ErrorCtor, proto);
    ctor->slots[0] = Value::Number(static_cast<double>(t));
    if (t > 0) ctor->prototype = rt.realm.error_ctors[0];
    rt.realm.error_ctors[t] = ctor;
    proto->Put(rt.key_name, rt.Str(kNames[t]), false);
    proto->Put(rt.key_message, rt.Str(""), false);
  }
  rt.DefineNative(rt.realm.error_protos[0], "toString", 0, ErrorToString);
  rt.DefineNative(rt.realm.error_ctors[0], "captureStackTrace", 1, CaptureStackTrace);
  rt.realm.error_ctors[0]->Put(rt.Intern("stackTraceLimit"), Value::Number(10));
}

}  // namespace loopscope::js
