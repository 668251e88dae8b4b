// engine/js/builtins_collection.cpp — Map and Set: insertion-ordered, keyed by
// SameValueZero (ECMA-262 24.1, 24.2), with size, iteration and forEach.
// Where to look next: object.h (Collection), operations.cpp (for-of over them).
#include <functional>

#include "engine/js/bigint.h"
#include "engine/js/builtins.h"
#include "engine/js/collection_entries.h"

namespace loopscope::js {
namespace {

// A hash consistent with SameValueZero: strings, numbers and BigInts by value (-0 = +0).
size_t KeyHash(Runtime& rt, Value v) {
  if (v.IsString()) return std::hash<std::string_view>()(rt.StringOf(v));
  if (v.IsNumber()) {
    double d = v.AsNumber();
    if (d == 0) d = 0;
    if (std::isnan(d)) return 0x7ff8;
    return std::hash<double>()(d);
  }
  if (v.IsBigInt()) return BigIntHash(v.As<BigInt>());
  return std::hash<uint64_t>()(v.bits());
}
long FindKey(Runtime& rt, Collection* c, Value key) {
  auto range = c->index.equal_range(KeyHash(rt, key));
  for (auto it = range.first; it != range.second; ++it)
    if (rt.SameValueZero(c->keys[it->second], key)) return it->second;
  return -1;
}
Completion ThisCollection(Runtime& rt, NativeCall& call, CellKind kind, const char* method,
                          Collection*& out) {
  if (!call.this_value.Is(kind))
    return rt.Throw(ErrorType::kTypeError,
                    std::string("Method ") + (kind == CellKind::kMap ? "Map" : "Set") +
                        ".prototype." + method + " called on incompatible receiver " +
                        rt.ToDisplayString(call.this_value));
  out = call.this_value.As<Collection>();
  return Ok();
}
void Insert(Runtime& rt, Collection* c, Value key, Value value, bool is_map) {
  if (key.IsNumber() && key.AsNumber() == 0) key = Value::Number(0);
  long at = FindKey(rt, c, key);
  if (at >= 0) {
    if (is_map) c->values[static_cast<size_t>(at)] = value;
    return;
  }
  c->keys.push_back(key);
  if (is_map) c->values.push_back(value);
  c->index.emplace(KeyHash(rt, key), static_cast<uint32_t>(c->keys.size() - 1));
  ++c->size;
}

Completion Construct(Runtime& rt, NativeCall& call, bool is_map) {
  if (!rt.current_new_target.IsObject())
    return rt.Throw(ErrorType::kTypeError,
                    std::string("Constructor ") + (is_map ? "Map" : "Set") + " requires 'new'");
  CellKind kind = is_map ? CellKind::kMap : CellKind::kSet;
  Object* proto;
  LOOPSCOPE_TRY(PrototypeForNew(rt, is_map ? rt.realm.map_proto : rt.realm.set_proto, proto));
  Collection* c = rt.Alloc<Collection>(proto, kind);
  Value result = Value::FromCell(c);
  TempRoot keep(rt, result);
  Value init = call.Arg(0);
  if (init.IsNullish()) return Ok(result);
  // ECMA-262 24.1.1.1 steps 4-6 / 24.2.1.1 steps 5-8: through the new object's own
  // `set`/`add`, one entry as the iterator produces it.
  return AddEntriesFromIterable(rt, result, init, is_map ? "set" : "add", is_map);
}
}  // namespace

void AddToCollection(Runtime& rt, Collection* c, Value key, Value value) {
  Insert(rt, c, key, value, c->kind == CellKind::kMap);
}

namespace {

Completion MapCtor(Runtime& rt, NativeCall& call, Native*) {
  return Construct(rt, call, true);
}
Completion SetCtor(Runtime& rt, NativeCall& call, Native*) {
  return Construct(rt, call, false);
}

Completion MapGet(Runtime& rt, NativeCall& call, Native*) {
  Collection* c;
  LOOPSCOPE_TRY(ThisCollection(rt, call, CellKind::kMap, "get", c));
  long at = FindKey(rt, c, call.Arg(0));
  return Ok(at >= 0 ? c->values[static_cast<size_t>(at)] : Value::Undefined());
}
Completion MapSet(Runtime& rt, NativeCall& call, Native*) {
  Collection* c;
  LOOPSCOPE_TRY(ThisCollection(rt, call, CellKind::kMap, "set", c));
  Insert(rt, c, call.Arg(0), call.Arg(1), true);
  return Ok(call.this_value);
}
Completion SetAdd(Runtime& rt, NativeCall& call, Native*) {
  Collection* c;
  LOOPSCOPE_TRY(ThisCollection(rt, call, CellKind::kSet, "add", c));
  Insert(rt, c, call.Arg(0), Value::Undefined(), false);
  return Ok(call.this_value);
}
Completion Has(Runtime& rt, NativeCall& call, Native*) {
  if (!call.this_value.Is(CellKind::kMap) && !call.this_value.Is(CellKind::kSet))
    return rt.Throw(ErrorType::kTypeError, "Method has called on incompatible receiver");
  return Ok(Value::Boolean(FindKey(rt, call.this_value.As<Collection>(), call.Arg(0)) >= 0));
}
Completion Delete(Runtime& rt, NativeCall& call, Native*) {
  if (!call.this_value.Is(CellKind::kMap) && !call.this_value.Is(CellKind::kSet))
    return rt.Throw(ErrorType::kTypeError, "Method delete called on incompatible receiver");
  Collection* c = call.this_value.As<Collection>();
  long at = FindKey(rt, c, call.Arg(0));
  if (at < 0) return Ok(Value::Boolean(false));
  size_t hash = KeyHash(rt, c->keys[static_cast<size_t>(at)]);
  auto range = c->index.equal_range(hash);
  for (auto it = range.first; it != range.second; ++it) {
    if (it->second == static_cast<uint32_t>(at)) {
      c->index.erase(it);
      break;
    }
  }
  // Deleted entries become holes so live iterators keep their positions (24.1.3.3).
  c->keys[static_cast<size_t>(at)] = Value::Hole();
  if (!c->values.empty()) c->values[static_cast<size_t>(at)] = Value::Undefined();
  --c->size;
  return Ok(Value::Boolean(true));
}
Completion Clear(Runtime& rt, NativeCall& call, Native*) {
  if (!call.this_value.Is(CellKind::kMap) && !call.this_value.Is(CellKind::kSet))
    return rt.Throw(ErrorType::kTypeError, "Method clear called on incompatible receiver");
  Collection* c = call.this_value.As<Collection>();
  for (Value& k : c->keys) k = Value::Hole();
  for (Value& v : c->values) v = Value::Undefined();
  c->index.clear();
  c->size = 0;
  return Ok();
}
Completion ForEach(Runtime& rt, NativeCall& call, Native*) {
  if (!call.this_value.Is(CellKind::kMap) && !call.this_value.Is(CellKind::kSet))
    return rt.Throw(ErrorType::kTypeError, "Method forEach called on incompatible receiver");
  if (!rt.IsCallable(call.Arg(0)))
    return rt.Throw(ErrorType::kTypeError, rt.Inspect(call.Arg(0)) + " is not a function");
  Collection* c = call.this_value.As<Collection>();
  bool is_map = call.this_value.Is(CellKind::kMap);
  for (size_t i = 0; i < c->keys.size(); ++i) {
    if (c->keys[i].IsHole()) continue;
    Value args[3] = {is_map ? c->values[i] : c->keys[i], c->keys[i], call.this_value};
    Completion r = rt.Call(call.Arg(0), call.Arg(1), args);
    if (!r.ok()) return r;
  }
  return Ok();
}
Completion MakeIterator(Runtime& rt, NativeCall& call, IterKind kind) {
  if (!call.this_value.Is(CellKind::kMap) && !call.this_value.Is(CellKind::kSet))
    return rt.Throw(ErrorType::kTypeError, "iterator method called on incompatible receiver");
  Object* proto = call.this_value.Is(CellKind::kMap) ? rt.realm.map_iterator_proto
                                                     : rt.realm.set_iterator_proto;
  return Ok(Value::FromCell(rt.Alloc<Iterator>(proto, call.this_value, kind)));
}
Completion Keys(Runtime& rt, NativeCall& c, Native*) {
  return MakeIterator(rt, c, IterKind::kKeys);
}
Completion Values(Runtime& rt, NativeCall& c, Native*) {
  return MakeIterator(rt, c, IterKind::kValues);
}
Completion Entries(Runtime& rt, NativeCall& c, Native*) {
  return MakeIterator(rt, c, IterKind::kEntries);
}

}  // namespace

void InstallCollectionBuiltins(Runtime& rt) {
  for (bool is_map : {true, false}) {
    Object* proto = is_map ? rt.realm.map_proto : rt.realm.set_proto;
    DefineConstructor(rt, is_map ? "Map" : "Set", 0, is_map ? MapCtor : SetCtor, proto);
    if (is_map) {
      rt.DefineNative(proto, "get", 1, MapGet);
      rt.DefineNative(proto, "set", 2, MapSet);
    } else {
      rt.DefineNative(proto, "add", 1, SetAdd);
    }
    rt.DefineNative(proto, "has", 1, Has);
    rt.DefineNative(proto, "delete", 1, Delete);
    rt.DefineNative(proto, "clear", 0, Clear);
    rt.DefineNative(proto, "forEach", 1, ForEach);
    rt.DefineNative(proto, "keys", 0, is_map ? Keys : Values);
    rt.DefineNative(proto, "values", 0, Values);
    rt.DefineNative(proto, "entries", 0, Entries);
    // 24.1.3.12 Map.prototype [ @@iterator ] is entries; 24.2.3.11 Set's is values.
    Value iterate = proto->Find(rt.Intern(is_map ? "entries" : "values"))->value;
    proto->Put(rt.WellKnownSymbol(WellKnown::kIterator), iterate, false);
    proto->Put(rt.WellKnownSymbol(WellKnown::kToStringTag), rt.Str(is_map ? "Map" : "Set"), false);
  }
}

}  // namespace loopscope::js
