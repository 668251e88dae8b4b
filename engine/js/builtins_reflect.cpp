// engine/js/builtins_reflect.cpp — the Reflect namespace (ECMA-262 28.1): each function is
// one of the object internal methods, answering with a boolean where the Object function
// of the same name would throw. There is no Proxy, so the methods are the ordinary ones.
// Where to look next: property_descriptors.cpp, properties.cpp.
#include "engine/js/builtins.h"

namespace loopscope::js {
namespace {

// Every Reflect function but apply/construct starts with this check (V8's wording).
Completion RequireTarget(Runtime& rt, Value target, const char* fn) {
  if (target.IsObject()) return Ok();
  return rt.Throw(ErrorType::kTypeError, std::string("Reflect.") + fn + " called on non-object");
}

// ECMA-262 7.3.20 CreateListFromArrayLike.
Completion ListFromArrayLike(Runtime& rt, Value v, std::vector<Value>& out) {
  if (!v.IsObject())
    return rt.Throw(ErrorType::kTypeError, "CreateListFromArrayLike called on non-object");
  Completion len = rt.GetProperty(v, rt.key_length);
  if (!len.ok()) return len;
  double n = 0;
  LOOPSCOPE_TRY(rt.ToNumber(len.value, n));
  if (n > 65535) return rt.Throw(ErrorType::kRangeError, "Too many arguments in function call");
  for (double i = 0; i < n; ++i) {
    Completion e = rt.GetElement(v, Value::Number(i));
    if (!e.ok()) return e;
    out.push_back(e.value);
  }
  return Ok();
}

Completion Apply(Runtime& rt, NativeCall& call, Native*) {
  Value f = call.Arg(0);
  if (!rt.IsCallable(f))
    return rt.Throw(ErrorType::kTypeError, "Function.prototype.apply was called on " +
                                               rt.ToDisplayString(f) + ", which is " +
                                               rt.TypeOf(f) + " and not a function");
  std::vector<Value> args;
  LOOPSCOPE_TRY(ListFromArrayLike(rt, call.Arg(2), args));
  return rt.Call(f, call.Arg(1), args);
}

Completion Construct(Runtime& rt, NativeCall& call, Native*) {
  Value ctor = call.Arg(0);
  Value new_target = call.args.size() > 2 ? call.Arg(2) : ctor;
  for (Value v : {ctor, new_target})
    if (!rt.IsConstructor(v))
      return rt.Throw(ErrorType::kTypeError, rt.ToDisplayString(v) + " is not a constructor");
  std::vector<Value> args;
  LOOPSCOPE_TRY(ListFromArrayLike(rt, call.Arg(1), args));
  return rt.Construct(ctor, args, new_target);
}

Completion DefineProperty(Runtime& rt, NativeCall& call, Native*) {
  LOOPSCOPE_TRY(RequireTarget(rt, call.Arg(0), "defineProperty"));
  String* key = nullptr;
  LOOPSCOPE_TRY(rt.ToPropertyKey(call.Arg(1), key));
  PropertyDescriptor desc;
  LOOPSCOPE_TRY(rt.ToPropertyDescriptor(call.Arg(2), desc));
  bool done = false;
  LOOPSCOPE_TRY(rt.DefineOwnProperty(call.Arg(0).As<Object>(), key, desc, done));
  return Ok(Value::Boolean(done));
}

Completion DeleteProperty(Runtime& rt, NativeCall& call, Native*) {
  LOOPSCOPE_TRY(RequireTarget(rt, call.Arg(0), "deleteProperty"));
  return rt.DeleteElement(call.Arg(0), call.Arg(1));
}

Completion Get(Runtime& rt, NativeCall& call, Native*) {
  LOOPSCOPE_TRY(RequireTarget(rt, call.Arg(0), "get"));
  String* key = nullptr;
  LOOPSCOPE_TRY(rt.ToPropertyKey(call.Arg(1), key));
  Value receiver = call.args.size() > 2 ? call.Arg(2) : call.Arg(0);
  return rt.GetPropertyFrom(call.Arg(0).As<Object>(), key, receiver);
}

Completion GetOwnPropertyDescriptor(Runtime& rt, NativeCall& call, Native*) {
  LOOPSCOPE_TRY(RequireTarget(rt, call.Arg(0), "getOwnPropertyDescriptor"));
  String* key = nullptr;
  LOOPSCOPE_TRY(rt.ToPropertyKey(call.Arg(1), key));
  PropertyDescriptor desc;
  if (!rt.GetOwnPropertyDescriptor(call.Arg(0).As<Object>(), key, desc)) return Ok();
  return Ok(rt.FromPropertyDescriptor(desc));
}

Completion GetPrototypeOf(Runtime& rt, NativeCall& call, Native*) {
  LOOPSCOPE_TRY(RequireTarget(rt, call.Arg(0), "getPrototypeOf"));
  Object* p = call.Arg(0).As<Object>()->prototype;
  return Ok(p ? Value::FromCell(p) : Value::Null());
}

Completion Has(Runtime& rt, NativeCall& call, Native*) {
  LOOPSCOPE_TRY(RequireTarget(rt, call.Arg(0), "has"));
  String* key = nullptr;
  LOOPSCOPE_TRY(rt.ToPropertyKey(call.Arg(1), key));
  return Ok(Value::Boolean(rt.HasProperty(call.Arg(0).As<Object>(), key)));
}

Completion IsExtensible(Runtime& rt, NativeCall& call, Native*) {
  LOOPSCOPE_TRY(RequireTarget(rt, call.Arg(0), "isExtensible"));
  return Ok(Value::Boolean(call.Arg(0).As<Object>()->extensible));
}

// ECMA-262 28.1.10 Reflect.ownKeys / 10.1.11.1 OrdinaryOwnPropertyKeys: the string keys,
// then the symbol keys, each in creation order.
Completion OwnKeys(Runtime& rt, NativeCall& call, Native*) {
  LOOPSCOPE_TRY(RequireTarget(rt, call.Arg(0), "ownKeys"));
  Array* out = rt.NewArray();
  Object* target = call.Arg(0).As<Object>();
  for (String* key : rt.OwnKeys(target, false)) out->elements.push_back(Value::FromCell(key));
  for (String* key : rt.OwnSymbolKeys(target, false)) out->elements.push_back(Value::FromCell(key));
  return Ok(Value::FromCell(out));
}

Completion PreventExtensions(Runtime& rt, NativeCall& call, Native*) {
  LOOPSCOPE_TRY(RequireTarget(rt, call.Arg(0), "preventExtensions"));
  call.Arg(0).As<Object>()->extensible = false;
  return Ok(Value::Boolean(true));
}

// The receiver argument is not supported: the target is always the receiver.
Completion Set(Runtime& rt, NativeCall& call, Native*) {
  LOOPSCOPE_TRY(RequireTarget(rt, call.Arg(0), "set"));
  String* key = nullptr;
  LOOPSCOPE_TRY(rt.ToPropertyKey(call.Arg(1), key));
  rt.set_refused = false;
  LOOPSCOPE_TRY(rt.SetProperty(call.Arg(0), key, call.Arg(2)));
  return Ok(Value::Boolean(!rt.set_refused));
}

Completion SetPrototypeOf(Runtime& rt, NativeCall& call, Native*) {
  LOOPSCOPE_TRY(RequireTarget(rt, call.Arg(0), "setPrototypeOf"));
  Value p = call.Arg(1);
  if (!p.IsObject() && !p.IsNull())
    return rt.Throw(ErrorType::kTypeError,
                    "Object prototype may only be an Object or null: " + rt.ToDisplayString(p));
  Object* o = call.Arg(0).As<Object>();
  Object* proto = p.IsNull() ? nullptr : p.As<Object>();
  if (o->prototype == proto) return Ok(Value::Boolean(true));
  if (!o->extensible || Runtime::InheritsFrom(proto, o)) return Ok(Value::Boolean(false));
  o->prototype = proto;
  return Ok(Value::Boolean(true));
}

}  // namespace

void InstallReflectBuiltins(Runtime& rt) {
  Object* reflect = rt.NewPlainObject();
  rt.realm.global->Put(rt.Intern("Reflect"), Value::FromCell(reflect), false);
  struct Fn {
    const char* name;
    int length;
    BuiltinFn fn;
  };
  static constexpr Fn kFunctions[] = {
      {"defineProperty", 3, DefineProperty},
      {"deleteProperty", 2, DeleteProperty},
      {"apply", 3, Apply},
      {"construct", 2, Construct},
      {"get", 2, Get},
      {"getOwnPropertyDescriptor", 2, GetOwnPropertyDescriptor},
      {"getPrototypeOf", 1, GetPrototypeOf},
      {"has", 2, Has},
      {"isExtensible", 1, IsExtensible},
      {"ownKeys", 1, OwnKeys},
      {"preventExtensions", 1, PreventExtensions},
      {"set", 3, Set},
      {"setPrototypeOf", 2, SetPrototypeOf},
  };
  for (const Fn& f : kFunctions) rt.DefineNative(reflect, f.name, f.length, f.fn);
}

}  // namespace loopscope::js
