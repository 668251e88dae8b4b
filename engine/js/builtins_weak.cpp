// engine/js/builtins_weak.cpp — WeakMap, WeakSet, WeakRef and FinalizationRegistry
// (ECMA-262 24.3, 24.4, 26.1, 26.2).
//
// An entry lives on its key, as a private element keyed by the collection's own identity
// symbol (private_names.h): the entry is reachable exactly while the key is, which is a
// weak collection's meaning, and nothing enumerates it. A symbol key has no elements of its
// own, so its entry lives on the collection. WeakRef targets are held strongly and
// FinalizationRegistry callbacks never run: the heap never shows a collection to the
// program (V8 gives no guarantee of when, or whether, either happens).
// Where to look next: weak_collections.h, inspect.cpp (`WeakMap { <items unknown> }`).
#include <string>

#include "engine/js/builtins.h"
#include "engine/js/collection_entries.h"
#include "engine/js/weak_collections.h"

namespace loopscope::js {
namespace {

// The kinds, each with its brand's text (the key under which an instance keeps its
// identity symbol) and its constructor's name.
enum class WeakKind : uint8_t { kMap, kSet, kRef, kRegistry };
struct WeakKindInfo {
  const char* name;
  const char* brand;
};
constexpr WeakKindInfo kWeakKinds[] = {{"WeakMap", kWeakMapBrand},
                                       {"WeakSet", kWeakSetBrand},
                                       {"WeakRef", "[[WeakRefTarget]]"},
                                       {"FinalizationRegistry", "[[Cells]]"}};

Property* FindElement(Value holder, Symbol* key) {
  return holder.IsObject() ? holder.As<Object>()->FindPrivate(key) : nullptr;
}
void AddElement(Value holder, Symbol* key, Value v) {
  holder.As<Object>()->AddPrivate(Property{key, v, false, true, false, false});
}
bool RemoveElement(Value holder, Symbol* key) {
  Object* o = holder.IsObject() ? holder.As<Object>() : nullptr;
  return o && o->private_elements && o->private_elements->Remove(key);
}

// ECMA-262 9.13 CanBeHeldWeakly: an object, or a symbol not in the global registry.
bool CanBeHeldWeakly(Value v) {
  if (v.IsObject()) return true;
  return v.IsSymbol() && !v.As<Symbol>()->registered &&
         v.As<Symbol>()->private_kind == PrivateKind::kNone;
}

// Where the entry for `key` lives: on the key, or on the collection for a symbol.
Value EntryHolder(Value collection, Value key) {
  return key.IsObject() ? key : collection;
}
Symbol* EntryKey(Symbol* id, Value key) {
  return key.IsObject() ? id : key.As<Symbol>();
}

// The receiver's identity symbol, or the TypeError V8 gives a wrong receiver.
Completion ThisWeak(Runtime& rt, NativeCall& call, Native* self, WeakKind kind, const char* method,
                    Symbol*& id) {
  Property* p = FindElement(call.this_value, self->slots[0].As<Symbol>());
  if (!p)
    return rt.Throw(ErrorType::kTypeError,
                    std::string("Method ") + kWeakKinds[static_cast<int>(kind)].name +
                        ".prototype." + method + " called on incompatible receiver " +
                        rt.ObjectLabel(call.this_value));
  id = p->value.As<Symbol>();
  return Ok();
}

Completion NewWeak(Runtime& rt, Native* self, WeakKind kind, Object* proto, Value& out) {
  const char* name = kWeakKinds[static_cast<int>(kind)].name;
  if (!rt.current_new_target.IsObject())
    return rt.Throw(ErrorType::kTypeError, std::string("Constructor ") + name + " requires 'new'");
  LOOPSCOPE_TRY(PrototypeForNew(rt, proto, proto));
  Object* o = rt.NewObject(proto);
  out = Value::FromCell(o);
  TempRoot keep(rt, out);
  Symbol* id = rt.Alloc<Symbol>(name, Value::Undefined());
  id->private_kind = PrivateKind::kField;
  AddElement(out, self->slots[0].As<Symbol>(), Value::FromCell(id));
  return Ok();
}

Object* ProtoOf(Native* ctor, Runtime& rt) {
  return ctor->Find(rt.key_prototype)->value.As<Object>();
}

// ECMA-262 24.3.1.1 WeakMap ( [ iterable ] ) / 24.4.1.1 WeakSet: through `set`/`add`.
Completion ConstructCollection(Runtime& rt, NativeCall& call, Native* self, bool is_map) {
  Value result;
  LOOPSCOPE_TRY(
      NewWeak(rt, self, is_map ? WeakKind::kMap : WeakKind::kSet, ProtoOf(self, rt), result));
  TempRoot keep(rt, result);
  Value init = call.Arg(0);
  if (init.IsNullish()) return Ok(result);
  return AddEntriesFromIterable(rt, result, init, is_map ? "set" : "add", is_map);
}
Completion WeakMapCtor(Runtime& rt, NativeCall& call, Native* self) {
  return ConstructCollection(rt, call, self, true);
}
Completion WeakSetCtor(Runtime& rt, NativeCall& call, Native* self) {
  return ConstructCollection(rt, call, self, false);
}

Completion WeakMapGet(Runtime& rt, NativeCall& call, Native* self) {
  Symbol* id;
  LOOPSCOPE_TRY(ThisWeak(rt, call, self, WeakKind::kMap, "get", id));
  Value key = call.Arg(0);
  if (!CanBeHeldWeakly(key)) return Ok(Value::Undefined());
  Property* p = FindElement(EntryHolder(call.this_value, key), EntryKey(id, key));
  return Ok(p ? p->value : Value::Undefined());
}
Completion WeakMapSet(Runtime& rt, NativeCall& call, Native* self) {
  Symbol* id;
  LOOPSCOPE_TRY(ThisWeak(rt, call, self, WeakKind::kMap, "set", id));
  Value key = call.Arg(0);
  if (!CanBeHeldWeakly(key))
    return rt.Throw(ErrorType::kTypeError, "Invalid value used as weak map key");
  Value holder = EntryHolder(call.this_value, key);
  if (Property* p = FindElement(holder, EntryKey(id, key)))
    p->value = call.Arg(1);
  else
    AddElement(holder, EntryKey(id, key), call.Arg(1));
  return Ok(call.this_value);
}
Completion WeakSetAdd(Runtime& rt, NativeCall& call, Native* self) {
  Symbol* id;
  LOOPSCOPE_TRY(ThisWeak(rt, call, self, WeakKind::kSet, "add", id));
  Value key = call.Arg(0);
  if (!CanBeHeldWeakly(key))
    return rt.Throw(ErrorType::kTypeError, "Invalid value used in weak set");
  Value holder = EntryHolder(call.this_value, key);
  if (!FindElement(holder, EntryKey(id, key)))
    AddElement(holder, EntryKey(id, key), Value::Boolean(true));
  return Ok(call.this_value);
}
// has and delete of both: slots[1] holds which kind the method belongs to.
Completion WeakHas(Runtime& rt, NativeCall& call, Native* self) {
  Symbol* id;
  auto kind = static_cast<WeakKind>(self->slots[1].AsNumber());
  LOOPSCOPE_TRY(ThisWeak(rt, call, self, kind, "has", id));
  Value key = call.Arg(0);
  if (!CanBeHeldWeakly(key)) return Ok(Value::Boolean(false));
  return Ok(Value::Boolean(FindElement(EntryHolder(call.this_value, key), EntryKey(id, key))));
}
Completion WeakDelete(Runtime& rt, NativeCall& call, Native* self) {
  Symbol* id;
  auto kind = static_cast<WeakKind>(self->slots[1].AsNumber());
  LOOPSCOPE_TRY(ThisWeak(rt, call, self, kind, "delete", id));
  Value key = call.Arg(0);
  if (!CanBeHeldWeakly(key)) return Ok(Value::Boolean(false));
  return Ok(Value::Boolean(RemoveElement(EntryHolder(call.this_value, key), EntryKey(id, key))));
}

// ECMA-262 26.1.1.1 WeakRef ( target ): the target is the identity's held value.
Completion WeakRefCtor(Runtime& rt, NativeCall& call, Native* self) {
  if (rt.current_new_target.IsObject() && !CanBeHeldWeakly(call.Arg(0)))
    return rt.Throw(ErrorType::kTypeError, "WeakRef: invalid target");
  Value result;
  LOOPSCOPE_TRY(NewWeak(rt, self, WeakKind::kRef, ProtoOf(self, rt), result));
  FindElement(result, self->slots[0].As<Symbol>())->value.As<Symbol>()->private_value = call.Arg(0);
  return Ok(result);
}
Completion WeakRefDeref(Runtime& rt, NativeCall& call, Native* self) {
  Symbol* id;
  LOOPSCOPE_TRY(ThisWeak(rt, call, self, WeakKind::kRef, "deref", id));
  return Ok(id->private_value);
}

// ECMA-262 26.2.1.1 FinalizationRegistry ( cleanupCallback ); registrations are kept by
// unregister token only (the callback is never due).
Completion RegistryCtor(Runtime& rt, NativeCall& call, Native* self) {
  if (rt.current_new_target.IsObject() && !rt.IsCallable(call.Arg(0)))
    return rt.Throw(ErrorType::kTypeError, "FinalizationRegistry: cleanup must be callable");
  Value result;
  LOOPSCOPE_TRY(NewWeak(rt, self, WeakKind::kRegistry, ProtoOf(self, rt), result));
  FindElement(result, self->slots[0].As<Symbol>())->value.As<Symbol>()->private_value = call.Arg(0);
  return Ok(result);
}
Completion RegistryRegister(Runtime& rt, NativeCall& call, Native* self) {
  Symbol* id;
  LOOPSCOPE_TRY(ThisWeak(rt, call, self, WeakKind::kRegistry, "register", id));
  Value target = call.Arg(0), token = call.Arg(2);
  if (!CanBeHeldWeakly(target))
    return rt.Throw(ErrorType::kTypeError,
                    "FinalizationRegistry.prototype.register: invalid target");
  if (rt.SameValue(target, call.Arg(1)))
    return rt.Throw(
        ErrorType::kTypeError,
        "FinalizationRegistry.prototype.register: target and holdings must not be same");
  if (token.IsUndefined()) return Ok(Value::Undefined());
  if (!CanBeHeldWeakly(token))
    return rt.Throw(ErrorType::kTypeError,
                    "FinalizationRegistry.prototype.register: invalid "
                    "unregister token " +
                        rt.ToDisplayString(token));
  Value holder = EntryHolder(call.this_value, token);
  if (Property* p = FindElement(holder, EntryKey(id, token)))
    p->value = Value::Number(p->value.AsNumber() + 1);
  else
    AddElement(holder, EntryKey(id, token), Value::Number(1));
  return Ok(Value::Undefined());
}
Completion RegistryUnregister(Runtime& rt, NativeCall& call, Native* self) {
  Symbol* id;
  LOOPSCOPE_TRY(ThisWeak(rt, call, self, WeakKind::kRegistry, "unregister", id));
  Value token = call.Arg(0);
  if (!CanBeHeldWeakly(token))
    return rt.Throw(ErrorType::kTypeError,
                    "Invalid unregisterToken ('" + rt.ToDisplayString(token) + "')");
  return Ok(
      Value::Boolean(RemoveElement(EntryHolder(call.this_value, token), EntryKey(id, token))));
}

}  // namespace

const char* WeakCollectionName(const Object* o) {
  if (!o->private_elements || o->private_elements->list().empty()) return nullptr;
  const std::string& brand = o->private_elements->list().front().key->data;
  if (brand == kWeakMapBrand) return "WeakMap";
  if (brand == kWeakSetBrand) return "WeakSet";
  return nullptr;
}

const char* WeakKindName(const Object* o) {
  if (!o->private_elements || o->private_elements->list().empty()) return nullptr;
  const std::string& brand = o->private_elements->list().front().key->data;
  for (const WeakKindInfo& info : kWeakKinds)
    if (brand == info.brand) return info.name;
  return nullptr;
}

void InstallWeakBuiltins(Runtime& rt) {
  struct Method {
    const char* name;
    int length;
    BuiltinFn fn;
  };
  struct KindSetup {
    WeakKind kind;
    BuiltinFn ctor;
    int ctor_length;
    std::vector<Method> methods;
  };
  const KindSetup kinds[] = {
      {WeakKind::kMap,
       WeakMapCtor,
       0,
       {{"delete", 1, WeakDelete},
        {"get", 1, WeakMapGet},
        {"set", 2, WeakMapSet},
        {"has", 1, WeakHas}}},
      {WeakKind::kSet,
       WeakSetCtor,
       0,
       {{"delete", 1, WeakDelete}, {"has", 1, WeakHas}, {"add", 1, WeakSetAdd}}},
      {WeakKind::kRef, WeakRefCtor, 1, {{"deref", 0, WeakRefDeref}}},
      {WeakKind::kRegistry,
       RegistryCtor,
       1,
       {{"register", 2, RegistryRegister}, {"unregister", 1, RegistryUnregister}}},
  };
  for (const KindSetup& k : kinds) {
    const WeakKindInfo& info = kWeakKinds[static_cast<int>(k.kind)];
    Symbol* brand = rt.Alloc<Symbol>(info.brand, Value::Undefined());
    brand->private_kind = PrivateKind::kField;
    Object* proto = rt.NewObject(rt.realm.object_proto);
    Native* ctor = DefineConstructor(rt, info.name, k.ctor_length, k.ctor, proto);
    ctor->slots[0] = Value::FromCell(brand);
    for (const Method& m : k.methods) {
      Native* n = rt.DefineNative(proto, m.name, m.length, m.fn);
      n->slots[0] = Value::FromCell(brand);
      n->slots[1] = Value::Number(static_cast<double>(k.kind));
    }
    proto->Put(rt.WellKnownSymbol(WellKnown::kToStringTag), rt.Str(info.name), false);
  }
}

}  // namespace loopscope::js
