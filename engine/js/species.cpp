// engine/js/species.cpp — SpeciesOf and SpeciesConstructor (see species.h).
// Where to look next: builtins_array_generic.cpp, promise.cpp.
#include "engine/js/species.h"

#include "engine/js/builtins_array_generic.h"

namespace loopscope::js {

Completion SpeciesOf(Runtime& rt, Value c) {
  for (Object* o = c.As<Object>(); o; o = o->prototype) {
    Value v = Value::FromCell(o);
    if (IsIntrinsicArrayConstructor(v) || o == rt.realm.promise_ctor) return Ok(c);
  }
  return Ok(Value::Undefined());
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
