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

namespace {
uint32_t SlotOf(const Object* o, const String* key) {
  for (uint32_t i = 0; i < o->props.size(); ++i)
    if (o->props[i].key == key) return i;
  return 0;
}
}  // namespace

void RecordPromiseSpeciesSlots(Runtime& rt) {
  rt.realm.promise_constructor_slot = SlotOf(rt.realm.promise_proto, rt.key_constructor);
  rt.realm.promise_species_slot =
      SlotOf(rt.realm.promise_ctor, rt.WellKnownSymbol(WellKnown::kSpecies));
}

// The recorded slots are checked, not trusted: a property deleted or defined again moves
// or changes, and then the key, the kind or the value no longer match (the full lookup runs).
bool ConstructorIsIntrinsicPromise(const Runtime& rt, const Object* p) {
  const Realm& realm = rt.realm;
  if (!p->props.empty() || p->prototype != realm.promise_proto) return false;
  const auto& props = realm.promise_proto->props;
  if (realm.promise_constructor_slot >= props.size()) return false;
  const Property& c = props[realm.promise_constructor_slot];
  return c.key == rt.key_constructor && !c.accessor &&
         c.value.SameBits(Value::FromCell(realm.promise_ctor));
}

bool IsIntrinsicPromiseSpecies(const Runtime& rt, const Object* p) {
  if (!ConstructorIsIntrinsicPromise(rt, p)) return false;
  const auto& props = rt.realm.promise_ctor->props;
  if (rt.realm.promise_species_slot >= props.size()) return false;
  const Property& s = props[rt.realm.promise_species_slot];
  if (s.key != rt.WellKnownSymbol(WellKnown::kSpecies) || !s.accessor) return false;
  Value get = s.value.As<Accessor>()->getter;
  return get.Is(CellKind::kNative) && get.As<Native>()->builtin == SpeciesGetter;
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
