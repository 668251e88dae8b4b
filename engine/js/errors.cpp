// engine/js/errors.cpp — error objects and V8-style stack traces.
//
// A stack trace is captured when the error is created: "Name: message" then one
// "    at ..." line per JavaScript frame (internal code is skipped), using V8's naming:
// `new C`, `Type.method` for calls with an object receiver, `async f` for resumed async
// functions and `Object.<anonymous>` for the module's top level.
// Where to look next: builtins_error.cpp (the constructors), inspect.cpp (printing).
#include "engine/js/runtime.h"

namespace loopscope::js {

namespace {
constexpr const char* kErrorNames[] = {"Error",          "TypeError",   "RangeError",
                                       "ReferenceError", "SyntaxError", "AggregateError"};
constexpr size_t kStackTraceLimit = 10;

std::string ReceiverTypeName(Runtime& rt, Value receiver) {
  if (!receiver.IsObject()) return "";
  Object* o = receiver.As<Object>();
  if (o == rt.realm.global) return "";
  for (Object* p = o->prototype; p; p = p->prototype) {
    if (Property* c = p->Find(rt.key_constructor)) {
      Value name = rt.GetOwnProperty(c->value.IsObject() ? c->value.As<Object>() : p, rt.key_name);
      if (name.IsString() && !rt.StringOf(name).empty()) return std::string(rt.StringOf(name));
      break;
    }
  }
  return "Object";
}
}  // namespace

std::string Runtime::CaptureStack(std::string_view header) {
  std::string out(header);
  size_t count = 0;
  for (size_t i = frames.size(); i-- > 0 && count < kStackTraceLimit;) {
    const Frame& f = frames[i];
    if (f.proto->internal) continue;
    SourceLoc loc = f.proto->LocAt(f.ip > 0 ? f.ip - 1 : 0);
    std::string where =
        *f.proto->file + ":" + std::to_string(loc.line) + ":" + std::to_string(loc.col);
    std::string name;
    if (f.proto->is_script) {
      name = "Object.<anonymous>";
    } else if (f.construct) {
      const std::string& fn = f.closure ? FunctionDebugName(f.closure) : f.proto->name;
      name = "new " + (fn.empty() ? std::string("<anonymous>") : fn);
    } else {
      std::string type = f.proto->is_arrow ? "" : ReceiverTypeName(*this, stack[f.base + 1]);
      std::string fn = f.closure ? FunctionDebugName(f.closure) : f.proto->name;
      bool accessor = f.proto->is_method && (fn.starts_with("get ") || fn.starts_with("set "));
      if (accessor)  // V8 names a `get x() {}` frame without its receiver's type
        name = fn + " [as " + fn.substr(4) + "]";
      else if (!type.empty())
        name = type + "." + (fn.empty() ? "<anonymous>" : fn);
      else
        name = fn;
      if (f.async && f.entry && !name.empty()) name = "async " + name;
    }
    out += "\n    at ";
    out += name.empty() ? where : name + " (" + where + ")";
    ++count;
  }
  return out;
}

Value Runtime::MakeError(ErrorType type, std::string_view message) {
  size_t t = static_cast<size_t>(type);
  Object* err = Alloc<Object>(realm.error_protos[t], CellKind::kError);
  err->Put(key_stack, Str(CaptureStack("")), false);
  err->stack_pending = true;
  err->Put(key_message, Str(message), false);
  return Value::FromCell(err);
}

void Runtime::FinishErrorStack(Object* err) {
  err->stack_pending = false;
  Property* p = err->Find(key_stack);
  if (!p || !p->value.IsString()) return;
  p->value = Str(ToDisplayString(Value::FromCell(err)) + std::string(StringOf(p->value)));
}

Value Runtime::MakeAggregateError(Value errors, std::string_view message) {
  Object* err = Alloc<Object>(realm.error_protos[5], CellKind::kError);
  err->Put(key_stack, Str(CaptureStack("AggregateError: " + std::string(message))), false);
  err->Put(key_message, Str(message), false);
  err->Put(Intern("errors"), errors, false);
  return Value::FromCell(err);
}

Completion Runtime::Throw(ErrorType type, std::string message) {
  last_throw_loc = CurrentLoc();
  last_throw_internal = false;
  return ThrowValue(MakeError(type, message));
}

std::string Runtime::ErrorStack(Value error) {
  if (error.IsObject()) {
    Value stack_value = GetOwnProperty(error.As<Object>(), key_stack);
    if (stack_value.IsString()) return std::string(StringOf(stack_value));
  }
  return ToDisplayString(error);
}

}  // namespace loopscope::js
