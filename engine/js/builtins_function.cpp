// engine/js/builtins_function.cpp — Function.prototype: call, apply, bind, toString.
//
// Bound functions are natives that keep target, this and leading arguments in their
// slots. The Function constructor (code from strings) is outside the subset and throws.
// Where to look next: interpreter.cpp (Runtime::Call).
#include "engine/js/builtins.h"

namespace loopscope::js {
namespace {

Completion FnCall(Runtime& rt, NativeCall& call, Native*) {
  if (!rt.IsCallable(call.this_value))
    return rt.Throw(ErrorType::kTypeError, "Function.prototype.call called on non-function");
  std::span<const Value> rest = call.args.empty() ? call.args : call.args.subspan(1);
  return rt.Call(call.this_value, call.Arg(0), rest);
}

Completion FnApply(Runtime& rt, NativeCall& call, Native*) {
  if (!rt.IsCallable(call.this_value))
    return rt.Throw(ErrorType::kTypeError, "Function.prototype.apply was called on non-function");
  Value list = call.Arg(1);
  if (list.IsNullish()) return rt.Call(call.this_value, call.Arg(0), {});
  if (!list.IsObject())
    return rt.Throw(ErrorType::kTypeError, "CreateListFromArrayLike called on non-object");
  if (!list.Is(CellKind::kArray)) {
    // ECMA-262 7.3.18 CreateListFromArrayLike over an array-like (an arguments object).
    Completion length = rt.GetProperty(list, rt.key_length);
    if (!length.ok()) return length;
    double n;
    LOOPSCOPE_TRY(ToLengthArg(rt, length.value, n));
    if (n >= Runtime::kStackSize)
      return rt.Throw(ErrorType::kRangeError, "Maximum call stack size exceeded");
    std::vector<Value> args;
    for (double i = 0; i < n; ++i) {
      Completion v = rt.GetElement(list, Value::Number(i));
      if (!v.ok()) return v;
      args.push_back(v.value);
    }
    return rt.Call(call.this_value, call.Arg(0), args);
  }
  Array* a = list.As<Array>();
  // More arguments than the VM stack holds could never be passed: refused before copying.
  if (a->Length() >= Runtime::kStackSize)
    return rt.Throw(ErrorType::kRangeError, "Maximum call stack size exceeded");
  LOOPSCOPE_TRY(rt.Densify(a));
  std::vector<Value> args(a->elements.begin(), a->elements.end());
  for (Value& v : args)
    if (v.IsHole()) v = Value::Undefined();
  return rt.Call(call.this_value, call.Arg(0), args);
}

// A bound function: slots[0] target, slots[1] bound this, slots[2] bound arguments array.
Completion BoundCall(Runtime& rt, NativeCall& call, Native* self) {
  auto& bound = self->slots[2].As<Array>()->elements;
  std::vector<Value> args(bound.begin(), bound.end());
  args.insert(args.end(), call.args.begin(), call.args.end());
  if (rt.current_new_target.IsObject()) return rt.Construct(self->slots[0], args, self->slots[0]);
  return rt.Call(self->slots[0], self->slots[1], args);
}

Completion FnBind(Runtime& rt, NativeCall& call, Native*) {
  Value target = call.this_value;
  if (!rt.IsCallable(target))
    return rt.Throw(ErrorType::kTypeError, "Bind must be called on a function");
  Value name = rt.GetOwnProperty(target.As<Object>(), rt.key_name);
  std::string bound_name =
      "bound " + (name.IsString() ? std::string(rt.StringOf(name)) : std::string());
  Array* bound_args = rt.NewArray();
  if (call.args.size() > 1) bound_args->elements.assign(call.args.begin() + 1, call.args.end());
  TempRoot keep(rt, Value::FromCell(bound_args));
  Native* bound = rt.NewNative(bound_name, 0, BoundCall);
  bound->slots[0] = target;
  bound->slots[1] = call.Arg(0);
  bound->slots[2] = Value::FromCell(bound_args);
  bound->is_constructor = rt.IsConstructor(target);
  return Ok(Value::FromCell(bound));
}

Completion FnToString(Runtime& rt, NativeCall& call, Native*) {
  Value f = call.this_value;
  if (f.Is(CellKind::kClosure)) {
    Proto* p = f.As<Closure>()->proto;
    if (p->is_class) return Ok(rt.Str("class " + p->name + " { }"));
    return Ok(rt.Str("function " + p->name + "() { [code] }"));
  }
  Value name = f.IsObject() ? rt.GetOwnProperty(f.As<Object>(), rt.key_name) : Value::Undefined();
  return Ok(rt.Str("function " +
                   (name.IsString() ? std::string(rt.StringOf(name)) : std::string()) +
                   "() { [native code] }"));
}

// ECMA-262 20.2.3.6 Function.prototype [ @@hasInstance ] ( V )
Completion FnHasInstance(Runtime& rt, NativeCall& call, Native*) {
  bool found = false;
  LOOPSCOPE_TRY(rt.OrdinaryHasInstance(call.this_value, call.Arg(0), found));
  return Ok(Value::Boolean(found));
}

// ECMA-262 10.2.4.1 %ThrowTypeError%: the getter and setter of Function.prototype's
// `caller` and `arguments` (20.2.4 AddRestrictedFunctionProperties), which every function
// without own ones (strict, arrow, class, native, bound) inherits.
Completion ThrowTypeError(Runtime& rt, NativeCall&, Native*) {
  return rt.Throw(ErrorType::kTypeError,
                  "'caller', 'callee', and 'arguments' properties may not be accessed on strict "
                  "mode functions or the arguments objects for calls to them");
}

void AddRestrictedFunctionProperties(Runtime& rt, Object* proto) {
  Value thrower = Value::FromCell(rt.NewNative("", 0, ThrowTypeError));
  for (const char* name : {"arguments", "caller"}) {
    Property p{rt.Intern(name), Value::FromCell(rt.Alloc<Accessor>(thrower, thrower))};
    p.enumerable = false;
    p.writable = false;
    p.accessor = true;  // configurable, as Property's default
    proto->Append(p);
  }
  proto->has_special_props = true;
}

}  // namespace

Completion RefuseCodeFromStrings(Runtime& rt, NativeCall&, Native*) {
  return rt.Throw(ErrorType::kError,
                  "Code generation from strings is not supported in Loopscope's JavaScript subset");
}

void InstallFunctionBuiltins(Runtime& rt) {
  Object* proto = rt.realm.function_proto;
  DefineConstructor(rt, "Function", 1, RefuseCodeFromStrings, proto);
  // ECMA-262 20.2.3: Function.prototype is a function named "" of length 0.
  proto->Append(Property{rt.key_length, Value::Number(0), false, false, true});
  proto->Append(Property{rt.key_name, rt.Str(""), false, false, true});
  AddRestrictedFunctionProperties(rt, proto);
  rt.DefineNative(proto, "call", 1, FnCall);
  rt.DefineNative(proto, "apply", 2, FnApply);
  rt.DefineNative(proto, "bind", 1, FnBind);
  rt.DefineNative(proto, "toString", 0, FnToString);
  rt.realm.has_instance =
      Value::FromCell(DefineSymbolNative(rt, proto, WellKnown::kHasInstance, 1, FnHasInstance));
}

}  // namespace loopscope::js
