// engine/js/species.h — the constructor a builtin uses to make a derived object: a
// subclass of Array's map returns the subclass, a subclass of Promise's then its own kind.
//
// ECMA-262 looks the constructor up as O.constructor[@@species]. The intrinsic
// constructors (Array, Promise) carry the `get [Symbol.species]` accessor that returns
// `this` (ECMA-262 23.1.2.5, 27.2.4.8); SpeciesOf reads it like any property, answering
// an unchanged intrinsic getter without calling it (the common case on every `then`).
// A native promise whose lookups would meet only the intrinsics skips them
// (IsIntrinsicPromiseSpecies): the answer is %Promise% and no JavaScript could see the reads.
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

// Records where the intrinsic Promise's `constructor` and @@species properties sit
// (Realm::promise_*_slot); called once the Promise builtins are installed.
void RecordPromiseSpeciesSlots(Runtime& rt);
// True when Get(p, "constructor") is certain to be %Promise% without running JavaScript: p
// has no own property, inherits from %Promise.prototype%, whose own `constructor` is still
// the data property holding %Promise%.
bool ConstructorIsIntrinsicPromise(const Runtime& rt, const Object* p);
// True when SpeciesConstructor(p, %Promise%) is certain to be %Promise% without running
// JavaScript: as above, and %Promise%[@@species] is still the intrinsic getter.
bool IsIntrinsicPromiseSpecies(const Runtime& rt, const Object* p);

}  // namespace loopscope::js
