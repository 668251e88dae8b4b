// engine/js/builtins.h — small helpers shared by the builtin files (builtins_*.cpp).
//
// A builtin is a BuiltinFn: Completion F(Runtime& rt, NativeCall& call, Native* self).
// Define it on an object with rt.DefineNative(target, "name", length, F). See README.md
// for the object model and the rooting rule when calling back into JavaScript.
// Where to look next: runtime.h, README.md.
#pragma once

#include <cmath>
#include <string>

#include "engine/js/checked_args.h"
#include "engine/js/runtime.h"

namespace loopscope::js {

// `Function(...)` and its async generator sibling: code from strings is outside the subset.
Completion RefuseCodeFromStrings(Runtime& rt, NativeCall& call, Native* self);

// A constructor function object whose `prototype` is `proto` (and proto.constructor = it).
inline Native* DefineConstructor(Runtime& rt, std::string_view name, int length, BuiltinFn fn,
                                 Object* proto) {
  Native* ctor = rt.DefineNative(rt.realm.global, name, length, fn);
  ctor->is_constructor = true;
  // ECMA-262 18: a constructor's `prototype` is neither writable nor configurable.
  ctor->Append(Property{rt.key_prototype, Value::FromCell(proto), false, false, false});
  ctor->has_special_props = true;
  proto->Put(rt.key_constructor, Value::FromCell(ctor), false);
  return ctor;
}

// A builtin method keyed by a well-known symbol; its name is "[Symbol.<name>]" (ECMA-262
// 10.2.9 SetFunctionName step 2 for a symbol key).
inline Native* DefineSymbolNative(Runtime& rt, Object* target, WellKnown key, int length,
                                  BuiltinFn fn) {
  Symbol* sym = rt.WellKnownSymbol(key);
  Native* n = rt.NewNative("[" + std::string(rt.StringOf(sym->description)) + "]", length, fn);
  target->Put(sym, Value::FromCell(n), false);
  return n;
}

// An object's @@toStringTag: { value: tag, writable: false, enumerable: false,
// configurable: true } (ECMA-262 21.3.1.x Math, 25.5.3 JSON, ...), which
// Object.prototype.toString and util.inspect read.
inline void DefineToStringTag(Runtime& rt, Object* target, std::string_view tag) {
  target->Append(
      Property{rt.WellKnownSymbol(WellKnown::kToStringTag), rt.Str(tag), false, false, true});
  target->has_special_props = true;
}

// ToNumber of an argument; objects may run user code, so this can fail.
inline Completion ArgNumber(Runtime& rt, NativeCall& call, size_t i, double& out) {
  return rt.ToNumber(call.Arg(i), out);
}

// ECMA-262 10.1.14 GetPrototypeFromConstructor, for an object a native constructor creates
// when called with `new`: new.target's `prototype` (whose getter may throw), or `fallback`
// (the intrinsic) when that is not an object.
inline Completion PrototypeForNew(Runtime& rt, Object* fallback, Object*& out) {
  out = fallback;
  Value nt = rt.current_new_target;
  if (!nt.IsObject()) return Ok();
  Completion p = rt.GetProperty(nt, rt.key_prototype);
  if (!p.ok()) return p;
  if (p.value.IsObject()) out = p.value.As<Object>();
  return Ok();
}

#define LOOPSCOPE_TRY(expr)          \
  do {                               \
    Completion try_c_ = (expr);      \
    if (!try_c_.ok()) return try_c_; \
  } while (0)

}  // namespace loopscope::js
