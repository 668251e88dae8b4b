// engine/js/species.cpp — the @@species getter, SpeciesOf and SpeciesConstructor (see
// species.h).
// Where to look next: builtins_array_generic.cpp, promise.cpp.
#include "engine/js/species.h"

#include "engine/js/builtins.h"

namespace loopscope::js {
namespace {

// ECMA-262 23.1.2.5 get Array [ @@species ], 27.2.4.8 get Promise [ @@species ]: `this`.
Completion SpeciesGetter(Runtime&, NativeCall& call, Native*) {
  return Ok(call.this_value);
}

}  // namespace

void DefineSpeciesGetter(Runtime& rt, Object* ctor) {
  Native* getter = rt.NewNative("get [Symbol.species]", 0, SpeciesGetter);
  Property p{rt.WellKnownSymbol(WellKnown::kSpecies),
             Value::FromCell(rt.Alloc<Accessor>(Value::FromCell(getter), Value::Undefined()))};
  p.enumerable = false;
  p.writable = false;
  p.accessor = true;  // configurable, as Property's default
  ctor->Append(p);
  ctor->has_special_props = true;
}

Completion SpeciesOf(Runtime& rt, Value c) {
  String* key = rt.WellKnownSymbol(WellKnown::kSpecies);
  // An intrinsic getter found on the chain answers C itself; asking it would be a call.
  for (Object* o = c.As<Object>(); o; o = o->prototype) {
    Property* p = o->Find(key);
    if (!p) continue;
    if (!p->accessor) break;
    Value get = p->value.As<Accessor>()->getter;
    if (get.Is(CellKind::kNative) && get.As<Native>()->builtin == SpeciesGetter) return Ok(c);
    break;
  }
  return rt.GetProperty(c, key);
}

Completion SpeciesConstructor(Runtime& rt, Value o, Value default_constructor) {
  Completion c = rt.GetProperty(o, rt.key_constructor);  // step 2
  if (!c.ok()) return c;
  if (c.value.IsUndefined()) return Ok(default_constructor);  // step 3
  if (!c.value.IsObject())                                    // step 4
    return rt.Throw(ErrorType::kTypeError, "The .constructor property is not an object");
  Completion s = SpeciesOf(rt, c.value);  // step 5
  if (!s.ok()) return s;
  if (s.value.IsNullish()) return Ok(default_constructor);  // step 6
  if (rt.IsConstructor(s.value)) return s;                  // step 7
  return rt.Throw(ErrorType::kTypeError, "object.constructor[Symbol.species] is not a constructor");
}

}  // namespace loopscope::js
