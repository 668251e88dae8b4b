// engine/js/builtins_object.cpp — Object, Object.prototype and the global `Object.*`
// functions of the subset (keys, values, entries, assign, fromEntries, ...); the ones about
// property attributes are in builtins_object_attributes.cpp.
// Where to look next: properties.cpp (OwnKeys), builtins.h.
#include "engine/js/builtins.h"
#include "engine/js/regexp_object.h"
#include "engine/js/wrapper_objects.h"

namespace loopscope::js {
namespace {

Completion RequireObject(Runtime& rt, Value v, const char* what) {
  if (v.IsNullish())
    return rt.Throw(ErrorType::kTypeError, "Cannot convert undefined or null to object");
  (void)what;
  return Ok();
}

Completion ObjectCtor(Runtime& rt, NativeCall& call, Native* self) {
  // ECMA-262 20.1.1.1 step 1: a subclass's super() (or Reflect.construct with another
  // new.target) creates an ordinary object from new.target's prototype.
  Value nt = rt.current_new_target;
  if (nt.IsObject() && !nt.SameBits(Value::FromCell(self))) {
    Object* proto;
    LOOPSCOPE_TRY(PrototypeForNew(rt, rt.realm.object_proto, proto));
    return Ok(Value::FromCell(rt.NewObject(proto)));
  }
  Value v = call.Arg(0);
  if (v.IsObject()) return Ok(v);
  if (!v.IsNullish()) return Ok(WrapPrimitive(rt, v));  // ECMA-262 20.1.1.1 step 3: ToObject
  return Ok(Value::FromCell(rt.NewPlainObject()));
}

// keys / values / entries share the walk; `mode` 0 keys, 1 values, 2 entries.
Completion OwnEnumerable(Runtime& rt, Value v, int mode) {
  LOOPSCOPE_TRY(RequireObject(rt, v, "keys"));
  Array* out = rt.NewArray();
  TempRoot keep(rt, Value::FromCell(out));
  if (v.IsString()) {
    std::string_view s = rt.StringOf(v);
    for (size_t i = 0; i < s.size(); ++i) {
      Value key = rt.Str(std::to_string(i));
      Value val = rt.Str(s.substr(i, 1));
      if (mode == 0)
        out->elements.push_back(key);
      else if (mode == 1)
        out->elements.push_back(val);
      else {
        Array* pair = rt.NewArray();
        pair->elements = {key, val};
        out->elements.push_back(Value::FromCell(pair));
      }
    }
    return Ok(Value::FromCell(out));
  }
  if (!v.IsObject()) return Ok(Value::FromCell(out));
  for (String* k : rt.OwnKeys(v.As<Object>(), true)) {
    if (mode == 0) {
      out->elements.push_back(Value::FromCell(k));
      continue;
    }
    Completion val = rt.GetProperty(v, k);
    if (!val.ok()) return val;
    if (mode == 1) {
      out->elements.push_back(val.value);
    } else {
      Array* pair = rt.NewArray();
      pair->elements = {Value::FromCell(k), val.value};
      out->elements.push_back(Value::FromCell(pair));
    }
  }
  return Ok(Value::FromCell(out));
}
Completion Keys(Runtime& rt, NativeCall& call, Native*) {
  return OwnEnumerable(rt, call.Arg(0), 0);
}
Completion Values(Runtime& rt, NativeCall& call, Native*) {
  return OwnEnumerable(rt, call.Arg(0), 1);
}
Completion Entries(Runtime& rt, NativeCall& call, Native*) {
  return OwnEnumerable(rt, call.Arg(0), 2);
}

Completion Assign(Runtime& rt, NativeCall& call, Native*) {
  Value target = call.Arg(0);
  LOOPSCOPE_TRY(RequireObject(rt, target, "assign"));
  for (size_t i = 1; i < call.args.size(); ++i) {
    Value src = call.args[i];
    if (!src.IsObject()) continue;
    for (String* k : rt.OwnPropertyKeys(src.As<Object>(), true)) {
      Completion v = rt.GetProperty(src, k);
      if (!v.ok()) return v;
      // ECMA-262 20.1.2.1 step 3.a.iii.3: Set(to, key, value, true) throws when refused.
      LOOPSCOPE_TRY(rt.SetProperty(target, k, v.value, true));
    }
  }
  return Ok(target);
}

Completion FromEntries(Runtime& rt, NativeCall& call, Native*) {
  Value src = call.Arg(0);
  Object* out = rt.NewPlainObject();
  TempRoot keep(rt, Value::FromCell(out));
  std::vector<Value> entries;
  if (src.Is(CellKind::kArray)) {
    LOOPSCOPE_TRY(rt.Densify(src.As<Array>()));
    auto& el = src.As<Array>()->elements;
    entries.assign(el.begin(), el.end());
  } else if (src.Is(CellKind::kMap)) {
    Collection* m = src.As<Collection>();
    for (size_t i = 0; i < m->keys.size(); ++i) {
      if (m->keys[i].IsHole()) continue;
      String* k = nullptr;
      LOOPSCOPE_TRY(rt.ToPropertyKey(m->keys[i], k));
      out->Put(k, m->values[i]);
    }
    return Ok(Value::FromCell(out));
  } else {
    return rt.Throw(ErrorType::kTypeError, rt.ToDisplayString(src) + " is not iterable");
  }
  for (Value e : entries) {
    if (!e.IsObject())
      return rt.Throw(ErrorType::kTypeError,
                      "Iterator value " + rt.ToDisplayString(e) + " is not an entry object");
    Completion k = rt.GetElement(e, Value::Number(0));
    if (!k.ok()) return k;
    Completion v = rt.GetElement(e, Value::Number(1));
    if (!v.ok()) return v;
    String* key = nullptr;
    LOOPSCOPE_TRY(rt.ToPropertyKey(k.value, key));
    out->Put(key, v.value);
  }
  return Ok(Value::FromCell(out));
}

Completion GetPrototypeOf(Runtime& rt, NativeCall& call, Native*) {
  LOOPSCOPE_TRY(RequireObject(rt, call.Arg(0), "getPrototypeOf"));
  Object* p = rt.PrototypeOf(call.Arg(0));
  return Ok(p ? Value::FromCell(p) : Value::Null());
}
Completion SetPrototypeOf(Runtime& rt, NativeCall& call, Native*) {
  // ECMA-262 20.1.2.23 Object.setPrototypeOf.
  Value o = call.Arg(0), p = call.Arg(1);
  if (o.IsNullish())
    return rt.Throw(ErrorType::kTypeError, "Object.setPrototypeOf called on null or undefined");
  if (!p.IsObject() && !p.IsNull())
    return rt.Throw(ErrorType::kTypeError,
                    "Object prototype may only be an Object or null: " + rt.ToDisplayString(p));
  if (!o.IsObject()) return Ok(o);
  LOOPSCOPE_TRY(rt.SetPrototype(o.As<Object>(), p.IsNull() ? nullptr : p.As<Object>()));
  return Ok(o);
}
// ECMA-262 20.1.2.11 Object.getOwnPropertySymbols ( O )
Completion GetOwnPropertySymbols(Runtime& rt, NativeCall& call, Native*) {
  if (call.Arg(0).IsNullish())
    return rt.Throw(ErrorType::kTypeError, "Cannot convert undefined or null to object");
  Array* out = rt.NewArray();
  if (call.Arg(0).IsObject())
    for (String* k : rt.OwnSymbolKeys(call.Arg(0).As<Object>(), false))
      out->elements.push_back(Value::FromCell(k));
  return Ok(Value::FromCell(out));
}
Completion Is(Runtime& rt, NativeCall& call, Native*) {
  return Ok(Value::Boolean(rt.SameValue(call.Arg(0), call.Arg(1))));
}

Completion HasOwnProperty(Runtime& rt, NativeCall& call, Native*) {
  String* k = nullptr;
  LOOPSCOPE_TRY(rt.ToPropertyKey(call.Arg(0), k));
  Value self = call.this_value;
  if (self.IsString()) {
    uint32_t index;
    return Ok(Value::Boolean(k == rt.key_length || (Runtime::IsArrayIndex(k->data, index) &&
                                                    index < rt.StringOf(self).size())));
  }
  if (!self.IsObject()) return Ok(Value::Boolean(false));
  return Ok(Value::Boolean(!rt.GetOwnProperty(self.As<Object>(), k).IsHole()));
}
Completion HasOwn(Runtime& rt, NativeCall& call, Native* self) {
  Value args[1] = {call.Arg(1)};
  NativeCall inner{call.vm, call.Arg(0), args};
  return HasOwnProperty(rt, inner, self);
}
Completion IsPrototypeOf(Runtime&, NativeCall& call, Native*) {
  if (!call.Arg(0).IsObject() || !call.this_value.IsObject()) return Ok(Value::Boolean(false));
  for (Object* o = call.Arg(0).As<Object>()->prototype; o; o = o->prototype)
    if (o == call.this_value.As<Object>()) return Ok(Value::Boolean(true));
  return Ok(Value::Boolean(false));
}
// ECMA-262 20.1.3.6 Object.prototype.toString: the builtin tag, unless @@toStringTag is a
// string (steps 15-16).
// ECMA-262 20.1.3.5 Object.prototype.toLocaleString: Invoke(this, "toString"), so a string,
// boolean or symbol prints as its toString does (an Array's toLocaleString relies on it).
Completion ObjectToLocaleString(Runtime& rt, NativeCall& call, Native*) {
  if (call.this_value.IsNullish())
    return rt.Throw(ErrorType::kTypeError,
                    "Object.prototype.toLocaleString called on null or undefined");
  return rt.Invoke(call.this_value, "toString", {});
}

Completion ObjectToString(Runtime& rt, NativeCall& call, Native*) {
  Value v = UnwrapPrimitive(call.this_value);
  if (!call.this_value.IsNullish()) {
    Completion tag = rt.GetProperty(call.this_value, rt.WellKnownSymbol(WellKnown::kToStringTag));
    if (!tag.ok()) return tag;
    if (tag.value.IsString())
      return Ok(rt.Str("[object " + std::string(rt.StringOf(tag.value)) + "]"));
  }
  const char* tag = "Object";
  if (v.IsUndefined())
    tag = "Undefined";
  else if (v.IsNull())
    tag = "Null";
  else if (v.Is(CellKind::kArray))
    tag = "Array";
  else if (rt.IsCallable(v))
    tag = "Function";
  else if (v.Is(CellKind::kError))
    tag = "Error";
  else if (v.IsString())
    tag = "String";
  else if (v.IsNumber())
    tag = "Number";
  else if (v.IsBoolean())
    tag = "Boolean";
  else if (v.Is(CellKind::kPromise))
    tag = "Promise";
  else if (v.Is(CellKind::kMap))
    tag = "Map";
  else if (v.Is(CellKind::kSet))
    tag = "Set";
  else if (AsRegExp(v))
    tag = "RegExp";
  else if (IsDateObject(v))
    tag = "Date";
  else if (v.Is(CellKind::kArguments))
    tag = "Arguments";
  return Ok(rt.Str(std::string("[object ") + tag + "]"));
}
Completion ValueOf(Runtime&, NativeCall& call, Native*) {
  return Ok(call.this_value);
}

}  // namespace

void InstallObjectBuiltins(Runtime& rt) {
  Object* proto = rt.realm.object_proto;
  Native* ctor = DefineConstructor(rt, "Object", 1, ObjectCtor, proto);
  rt.DefineNative(ctor, "keys", 1, Keys);
  rt.DefineNative(ctor, "values", 1, Values);
  rt.DefineNative(ctor, "entries", 1, Entries);
  rt.DefineNative(ctor, "assign", 2, Assign);
  rt.DefineNative(ctor, "fromEntries", 1, FromEntries);
  rt.DefineNative(ctor, "getPrototypeOf", 1, GetPrototypeOf);
  rt.DefineNative(ctor, "setPrototypeOf", 2, SetPrototypeOf);
  rt.DefineNative(ctor, "getOwnPropertySymbols", 1, GetOwnPropertySymbols);
  rt.DefineNative(ctor, "is", 2, Is);
  rt.DefineNative(ctor, "hasOwn", 2, HasOwn);
  rt.DefineNative(proto, "hasOwnProperty", 1, HasOwnProperty);
  rt.DefineNative(proto, "isPrototypeOf", 1, IsPrototypeOf);
  rt.DefineNative(proto, "toString", 0, ObjectToString);
  rt.DefineNative(proto, "toLocaleString", 0, ObjectToLocaleString);
  rt.DefineNative(proto, "valueOf", 0, ValueOf);
}

}  // namespace loopscope::js
