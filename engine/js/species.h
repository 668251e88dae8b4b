// engine/js/species.h — the constructor a builtin uses to make a derived object: a
// subclass of Array's map returns the subclass, a subclass of Promise's then its own kind.
//
// ECMA-262 looks the constructor up as O.constructor[@@species]. The intrinsic
// constructors (Array, Promise) carry the `get [Symbol.species]` accessor that returns
// `this` (ECMA-262 23.1.2.5, 27.2.4.8); SpeciesOf reads it like any property, answering
// an unchanged intrinsic getter without calling it (the common case on every `then`).
// Where to look next: builtins_array_generic.cpp (ArraySpeciesCreate), promise.cpp (then).
#pragma once

#include "engine/js/runtime.h"

namespace loopscope::js {

// Defines `get [Symbol.species]() { return this; }` on a constructor.
void DefineSpeciesGetter(Runtime& rt, Object* ctor);
// Get(C, @@species) for an object C (the one place the species key is read).
Completion SpeciesOf(Runtime& rt, Value c);
// ECMA-262 7.3.22 SpeciesConstructor(O, defaultConstructor).
Completion SpeciesConstructor(Runtime& rt, Value o, Value default_constructor);

}  // namespace loopscope::js
