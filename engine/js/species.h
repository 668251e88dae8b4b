// engine/js/species.h — the constructor a builtin uses to make a derived object: a
// subclass of Array's map returns the subclass, a subclass of Promise's then its own kind.
//
// ECMA-262 looks the constructor up as O.constructor[@@species]. Until the engine has
// symbols, SpeciesOf stands for Get(C, @@species) alone: the intrinsic @@species getters
// (Array, Promise) return `this`, so a constructor that is or inherits from one of them
// answers itself and any other object answers undefined.
// Where to look next: builtins_array_generic.cpp (ArraySpeciesCreate), promise.cpp (then).
#pragma once

#include "engine/js/runtime.h"

namespace loopscope::js {

// Get(C, @@species) for an object C (the one place the species key is read).
Completion SpeciesOf(Runtime& rt, Value c);

// ECMA-262 7.3.22 SpeciesConstructor(O, defaultConstructor).
Completion SpeciesConstructor(Runtime& rt, Value o, Value default_constructor);

}  // namespace loopscope::js
