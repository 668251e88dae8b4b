// engine/js/properties.cpp — property access: ordinary [[Get]]/[[Set]]/[[Delete]] over
// prototype chains, with the exotic parts the subset needs (array indices and length,
// string indices and length, function name/length/prototype).
// Where to look next: object.h (storage), conversions.cpp (ToPropertyKey's ToString).
#include <algorithm>
#include <cmath>

#include "engine/js/arguments_object.h"
#include "engine/js/builtins.h"
#include "engine/js/runtime.h"
#include "engine/js/unicode.h"
#include "engine/js/wrapper_objects.h"

namespace loopscope::js {

bool Runtime::IsArrayIndex(std::string_view s, uint32_t& index) {
  if (s.empty() || s.size() > 10 || (s.size() > 1 && s[0] == '0')) return false;
  uint64_t v = 0;
  for (char c : s) {
    if (c < '0' || c > '9') return false;
    v = v * 10 + static_cast<uint64_t>(c - '0');
  }
  if (v >= 4294967295ull) return false;
  index = static_cast<uint32_t>(v);
  return true;
}

// ECMA-262 7.1.19 ToPropertyKey: a symbol is its own key; anything else becomes an
// interned string.
Completion Runtime::ToPropertyKey(Value key, String*& out) {
  if (key.IsSymbol()) {
    out = key.As<Symbol>();
    return Ok();
  }
  if (key.IsString()) {
    String* s = key.As<String>();
    out = s->interned ? s : Intern(s->data);
    return Ok();
  }
  if (key.IsNumber()) {
    out = Intern(NumberToString(key.AsNumber()));
    return Ok();
  }
  std::string text;
  Completion c = ToStringStd(key, text);
  if (!c.ok()) return c;
  out = Intern(text);
  return Ok();
}

Object* Runtime::PrototypeOf(Value v) {
  if (v.IsObject()) return v.As<Object>()->prototype;
  if (v.IsString()) return realm.string_proto;
  if (v.IsNumber()) return realm.number_proto;
  if (v.IsBoolean()) return realm.boolean_proto;
  if (v.IsSymbol()) return realm.symbol_proto;
  if (v.IsBigInt()) return realm.bigint_proto;
  return nullptr;
}

Value Runtime::GetOwnProperty(Object* obj, String* key) {
  uint32_t index;
  if (obj->kind == CellKind::kArray) {
    Array* a = static_cast<Array*>(obj);
    if (key == key_length) return Value::Number(a->Length());
    if (IsArrayIndex(key->data, index)) {
      // An element given attributes of its own (defineProperty) lives in `props`.
      Value v = a->Get(index);
      if (!v.IsHole() || !a->has_special_props) return v;
    }
  }
  if (obj->kind == CellKind::kTypedArray) {
    // ECMA-262 10.4.5.1 [[GetOwnProperty]]: a canonical numeric key is an element or
    // nothing; [[Get]] and HasProperty stop here too (TypedArrayOwnsKey).
    double index;
    if (CanonicalNumericIndex(key->data, index)) {
      Value v = TypedArrayGetElement(*this, static_cast<TypedArrayObject*>(obj), index);
      return v.IsUndefined() ? Value::Hole() : v;
    }
  }
  if (obj->kind == CellKind::kPrimitiveWrapper) {
    Value v = StringWrapperOwnProperty(*this, obj, key);
    if (!v.IsHole()) return v;
  }
  if (obj->kind == CellKind::kArguments) {
    if (Value* slot = MappedArgumentSlot(static_cast<ArgumentsObject*>(obj), key)) return *slot;
  }
  if (obj->stack_pending && key == key_stack) FinishErrorStack(obj);
  if (Property* p = obj->Find(key)) return p->value;
  // Map.prototype.size / Set.prototype.size are accessors; answered on the instance.
  if ((obj->kind == CellKind::kMap || obj->kind == CellKind::kSet) && key->data == "size")
    return Value::Number(static_cast<Collection*>(obj)->size);
  if (obj->kind == CellKind::kClosure) {
    Closure* f = static_cast<Closure*>(obj);
    if (key == key_name && !f->builtin_props_own) return Value::FromCell(Intern(f->proto->name));
    if (key == key_length && !f->builtin_props_own) return Value::Number(f->proto->length);
    if (key == key_prototype && f->proto->is_generator) {
      // ECMA-262 15.5.4 step 5 (15.6.4 step 5): a generator's prototype inherits
      // %GeneratorPrototype% (%AsyncGeneratorPrototype%) and has no constructor.
      Object* proto =
          NewObject(f->proto->is_async ? realm.async_generator_proto : realm.generator_proto);
      f->Put(key_prototype, Value::FromCell(proto), false);
      return Value::FromCell(proto);
    }
    if (key == key_prototype && !f->proto->is_arrow && !f->proto->is_method &&
        !f->proto->is_async && !f->proto->is_class) {
      // Ordinary functions get their prototype object on first use (ECMA-262 10.2.5
      // MakeConstructor, done lazily: most functions are never constructors). It is
      // writable and neither enumerable nor configurable.
      Object* proto = NewPlainObject();
      proto->Put(key_constructor, Value::FromCell(f), false);
      f->Append(Property{key_prototype, Value::FromCell(proto), false, true, false});
      return Value::FromCell(proto);
    }
    if (!f->builtin_props_own && HasLegacyCallerProperties(f) &&
        (key->data == "arguments" || key->data == "caller"))
      return Value::Null();  // V8's poisoned-free sloppy functions: null outside a call
  }
  if (obj->kind == CellKind::kNative && !obj->builtin_props_own) {
    Native* n = static_cast<Native*>(obj);
    if (key == key_name) return Value::FromCell(n->name);
    if (key == key_length) return Value::Number(n->length);
  }
  return Value::Hole();
}

Completion Runtime::GetProperty(Value target, String* key) {
  if (target.IsNullish()) {
    return Throw(ErrorType::kTypeError, std::string("Cannot read properties of ") +
                                            (target.IsNull() ? "null" : "undefined") +
                                            " (reading '" + key->data + "')");
  }
  Object* start;
  if (target.IsObject()) {
    start = target.As<Object>();
    if (Completion c = CheckCalleeAccess(*this, start, key); !c.ok()) return c;
  } else {
    if (target.IsSymbol() && key->data == "description") return SymbolDescription(*this, target);
    if (target.IsString()) {
      String* s = target.As<String>();
      if (key == key_length) return Ok(Value::Number(Utf16Length(s)));
      uint32_t index;
      if (IsArrayIndex(key->data, index)) {
        Completion c = GetElement(target, Value::Number(index));
        return c;
      }
    }
    start = PrototypeOf(target);
  }
  return GetPropertyFrom(start, key, target);
}

// ECMA-262 10.1.8.1 OrdinaryGet, from `start` up its prototype chain; a getter found on
// the way is called with `receiver` as `this` (the original object, or `this` for super.x).
Completion Runtime::GetPropertyFrom(Object* start, String* key, Value receiver) {
  for (Object* o = start; o; o = o->prototype) {
    Value v = GetOwnProperty(o, key);
    if (v.IsHole() && TypedArrayOwnsKey(o, key)) return Ok(Value::Undefined());
    if (v.Is(CellKind::kAccessor)) {
      Value getter = v.As<Accessor>()->getter;
      if (getter.IsUndefined()) return Ok(Value::Undefined());
      return Call(getter, receiver, {});
    }
    if (!v.IsHole()) return Ok(v);
    // ECMA-262 B.2.2.1.1 get Object.prototype.__proto__: the receiver's prototype.
    if (o == realm.object_proto && key == key_proto) {
      Object* p = PrototypeOf(receiver);
      return Ok(p ? Value::FromCell(p) : Value::Null());
    }
  }
  return Ok(Value::Undefined());
}

// ECMA-262 10.1.2.1 OrdinarySetPrototypeOf, step 8: a chain that would lead back to `obj`
// is refused, so every prototype walk ends (SetPrototype is the only way to change one).
Completion Runtime::SetPrototype(Object* obj, Object* proto) {
  for (Object* p = proto; p; p = p->prototype)
    if (p == obj) return Throw(ErrorType::kTypeError, "Cyclic __proto__ value");
  obj->prototype = proto;
  return Ok();
}

Completion Runtime::GetElement(Value target, Value key) {
  if (key.IsNumber()) {
    double d = key.AsNumber();
    if (target.Is(CellKind::kArray) && d >= 0 && d == std::floor(d)) {
      auto& el = target.As<Array>()->elements;
      if (d < static_cast<double>(el.size())) {
        Value v = el[static_cast<size_t>(d)];
        if (!v.IsHole()) return Ok(v);
      }
    }
    if (target.Is(CellKind::kTypedArray))
      return Ok(TypedArrayGetElement(*this, target.As<TypedArrayObject>(), d + 0.0));  // -0 is "0"
    if (target.IsString() && d >= 0 && d == std::floor(d)) {
      String* s = target.As<String>();
      bool ascii = std::all_of(s->data.begin(), s->data.end(),
                               [](char c) { return static_cast<unsigned char>(c) < 0x80; });
      if (ascii) {
        if (d < static_cast<double>(s->data.size()))
          return Ok(Str(s->data.substr(static_cast<size_t>(d), 1)));
        return Ok(Value::Undefined());
      }
      std::u16string units = ToU16(s->data);
      if (d < static_cast<double>(units.size()))
        return Ok(Str(FromU16(units.substr(static_cast<size_t>(d), 1))));
      return Ok(Value::Undefined());
    }
  }
  if (target.IsNullish()) {
    std::string k = ToDisplayString(key);
    return Throw(ErrorType::kTypeError, std::string("Cannot read properties of ") +
                                            (target.IsNull() ? "null" : "undefined") +
                                            " (reading '" + k + "')");
  }
  String* k = nullptr;
  Completion c = ToPropertyKey(key, k);
  if (!c.ok()) return c;
  return GetProperty(target, k);
}

// ECMA-262 10.1.9.2 OrdinarySetWithOwnDescriptor with the receiver being the target. A
// refused assignment (read-only, getter only, not extensible) is silently dropped in
// sloppy code and a TypeError worded as V8's in strict code.
Completion Runtime::SetProperty(Value target, String* key, Value v, bool strict) {
  if (target.IsNullish()) {
    return Throw(ErrorType::kTypeError, std::string("Cannot set properties of ") +
                                            (target.IsNull() ? "null" : "undefined") +
                                            " (setting '" + key->data + "')");
  }
  if (!target.IsObject()) {
    // Primitives have no own properties to set: only an inherited setter can run.
    Property* inherited = FindInheritedSpecial(PrototypeOf(target), key);
    if (inherited && inherited->accessor) return CallSetter(inherited, key, target, v, strict);
    if (!strict) return Ok();
    std::string shown;
    LOOPSCOPE_TRY(ToStringStd(target, shown));
    return Throw(ErrorType::kTypeError, "Cannot create property '" + key->data + "' on " +
                                            TypeOf(target) + " '" + shown + "'");
  }
  Object* obj = target.As<Object>();
  if (obj->intercept_stores) [[unlikely]]
    LOOPSCOPE_TRY(hooks_.OnInterceptedStore(target, Value::FromCell(key), v, nullptr));
  if (obj->kind == CellKind::kArguments) {  // ECMA-262 10.4.4.4 [[Set]] via [[DefineOwnProperty]]
    if (Completion c = CheckCalleeAccess(*this, obj, key); !c.ok()) return c;
    if (Value* slot = MappedArgumentSlot(static_cast<ArgumentsObject*>(obj), key)) *slot = v;
  }
  Property* own = obj->Find(key);
  if (own && own->writable && !own->accessor) {  // the common case: an own data property
    own->value = v;
    return Ok();
  }
  if (own) {
    if (own->accessor) return CallSetter(own, key, target, v, strict);
    return FailReadOnly(obj, key, strict);
  }
  if (obj->kind == CellKind::kArray) {
    Array* a = static_cast<Array*>(obj);
    uint32_t index;
    if (key == key_length) {
      if (a->frozen || !a->length_writable) return FailReadOnly(obj, key, strict);
      double len;
      Completion c = ToNumber(v, len);
      if (!c.ok()) return c;
      return SetArrayLength(a, len);
    }
    if (IsArrayIndex(key->data, index)) {
      bool exists = !a->Get(index).IsHole();
      if (a->frozen && exists) return FailReadOnly(obj, key, strict);
      if (!exists && (!a->extensible || (index >= a->Length() && !a->length_writable)))
        return FailNotExtensible(key, strict);
      SetArrayElement(a, index, v);
      return Ok();
    }
  }
  if (obj->kind == CellKind::kTypedArray) {
    // ECMA-262 10.4.5.5 [[Set]]: a canonical numeric key writes the element or nothing.
    double index;
    if (CanonicalNumericIndex(key->data, index))
      return TypedArraySetElement(*this, static_cast<TypedArrayObject*>(obj), index, v);
  }
  if (IsBuiltinFunctionProperty(obj, key)) return FailReadOnly(obj, key, strict);
  // A String object's indices and length are read-only.
  if (obj->kind == CellKind::kPrimitiveWrapper &&
      !StringWrapperOwnProperty(*this, obj, key).IsHole())
    return FailReadOnly(obj, key, strict);
  // ECMA-262 B.2.2.1.2 set Object.prototype.__proto__, unless an own property shadows it.
  if (key == key_proto && InheritsFrom(obj, realm.object_proto)) {
    if (!v.IsObject() && !v.IsNull()) return Ok();
    return SetPrototype(obj, v.IsNull() ? nullptr : v.As<Object>());
  }
  if (Property* inherited = FindInheritedSpecial(obj->prototype, key)) {
    if (inherited->accessor) return CallSetter(inherited, key, target, v, strict);
    if (!inherited->writable) return FailReadOnly(obj, key, strict);
  }
  if (!obj->extensible) return FailNotExtensible(key, strict);
  obj->Put(key, v);
  return Ok();
}

// The property [[Set]] meets first up the chain from `start`, when that chain holds an
// accessor or a read-only property at all (Object::has_special_props); null otherwise,
// which is what a plain data property up the chain means for [[Set]] too.
Property* Runtime::FindInheritedSpecial(Object* start, String* key) {
  Object* o = start;
  while (o && !o->has_special_props) o = o->prototype;
  if (!o) return nullptr;
  for (o = start; o; o = o->prototype)
    if (Property* p = o->Find(key)) return p;
  return nullptr;
}

// ECMA-262 10.1.9.2 step 3-7: the setter runs with the receiver as `this`.
Completion Runtime::CallSetter(Property* p, String* key, Value receiver, Value v, bool strict) {
  Value setter = p->value.As<Accessor>()->setter;
  if (setter.IsUndefined()) {
    set_refused = true;
    if (!strict) return Ok();
    return Throw(ErrorType::kTypeError, "Cannot set property " + key->data + " of " +
                                            ObjectLabel(receiver) + " which has only a getter");
  }
  Value args[1] = {v};
  Completion c = Call(setter, receiver, args);
  if (!c.ok()) return c;
  return Ok();
}

Completion Runtime::FailReadOnly(Object* obj, String* key, bool strict) {
  set_refused = true;
  if (!strict) return Ok();
  Value self = Value::FromCell(obj);
  std::string what = IsCallable(self) ? "function '" + ToDisplayString(self) + "'"
                                      : "object '" + ObjectLabel(self) + "'";
  return Throw(ErrorType::kTypeError,
               "Cannot assign to read only property '" + key->data + "' of " + what);
}

Completion Runtime::FailNotExtensible(String* key, bool strict) {
  set_refused = true;
  if (!strict) return Ok();
  return Throw(ErrorType::kTypeError,
               "Cannot add property " + key->data + ", object is not extensible");
}

// How V8 names an object in these messages: `#<Foo>` after its constructor, and
// `[object Array]` for arrays and objects without one.
std::string Runtime::ObjectLabel(Value v) {
  if (!v.IsObject()) return ToDisplayString(v);
  if (v.Is(CellKind::kArray)) return "[object Array]";
  if (v.Is(CellKind::kTypedArray))
    return std::string("[object ") + InfoOf(v.As<TypedArrayObject>()->type).name + "]";
  for (Object* p = v.As<Object>(); p; p = p->prototype) {
    Property* c = p->Find(key_constructor);
    if (!c || c->accessor || !c->value.IsObject()) continue;
    Value name = GetOwnProperty(c->value.As<Object>(), key_name);
    if (name.IsString() && !StringOf(name).empty()) return "#<" + name.As<String>()->data + ">";
  }
  return "[object Object]";
}

Completion Runtime::SetElement(Value target, Value key, Value v, bool strict) {
  if (key.IsNumber() && target.Is(CellKind::kTypedArray))
    return TypedArraySetElement(*this, target.As<TypedArrayObject>(), key.AsNumber() + 0.0, v);
  if (key.IsNumber() && target.Is(CellKind::kArray)) {
    double d = key.AsNumber();
    auto& el = target.As<Array>()->elements;
    if (d >= 0 && d < static_cast<double>(el.size()) && d == std::floor(d) &&
        !target.As<Object>()->frozen &&
        (!target.As<Object>()->has_special_props || !el[static_cast<size_t>(d)].IsHole())) {
      el[static_cast<size_t>(d)] = v;
      return Ok();
    }
  }
  if (target.IsNullish()) {
    return Throw(ErrorType::kTypeError, std::string("Cannot set properties of ") +
                                            (target.IsNull() ? "null" : "undefined") +
                                            " (setting '" + ToDisplayString(key) + "')");
  }
  String* k = nullptr;
  Completion c = ToPropertyKey(key, k);
  if (!c.ok()) return c;
  return SetProperty(target, k, v, strict);
}

// ECMA-262 10.1.10.1 OrdinaryDelete: the result is whether the property is gone; a
// non-configurable one stays, and strict code gets V8's TypeError for it.
Completion Runtime::DeleteElement(Value target, Value key, bool strict) {
  if (target.IsNullish())
    return Throw(ErrorType::kTypeError, "Cannot convert undefined or null to object");
  if (!target.IsObject()) return Ok(Value::Boolean(true));
  String* k = nullptr;
  Completion c = ToPropertyKey(key, k);
  if (!c.ok()) return c;
  Object* obj = target.As<Object>();
  bool configurable = true;
  uint32_t index;
  if (obj->kind == CellKind::kArray) {
    Array* a = static_cast<Array*>(obj);
    if (k == key_length) {
      configurable = false;
    } else if (IsArrayIndex(k->data, index) && !a->Get(index).IsHole()) {
      if (a->sealed) {
        configurable = false;
      } else {
        DeleteArrayElement(a, index);
        return Ok(Value::Boolean(true));
      }
    }
  }
  if (obj->kind == CellKind::kClosure && k == key_prototype) GetOwnProperty(obj, k);  // lazy
  // ECMA-262 10.4.5.6 [[Delete]]: an element of a TypedArray is never deleted.
  if (TypedArrayOwnsKey(obj, k)) configurable = GetOwnProperty(obj, k).IsHole();
  if (Property* p = obj->Find(k)) {
    configurable = p->configurable;
  } else if (IsBuiltinFunctionProperty(obj, k)) {
    // name and length can be deleted (configurable); a class's prototype cannot.
    configurable = k != key_prototype;
    if (configurable) MaterializeFunctionProperties(obj);
  }
  if (!configurable) {
    if (!strict) return Ok(Value::Boolean(false));
    return Throw(ErrorType::kTypeError,
                 "Cannot delete property '" + k->data + "' of " + ObjectLabel(target));
  }
  if (obj->kind == CellKind::kPrimitiveWrapper && !StringWrapperOwnProperty(*this, obj, k).IsHole())
    return Ok();  // non-configurable
  if (obj->kind == CellKind::kArguments) UnmapArgument(static_cast<ArgumentsObject*>(obj), k);
  obj->Remove(k);
  return Ok(Value::Boolean(true));
}

// Sloppy ordinary functions have own `arguments` and `caller` (V8; ECMA-262 leaves them
// to implementations, 17.1), read-only and non-configurable.
bool Runtime::HasLegacyCallerProperties(const Closure* f) {
  const Proto* p = f->proto;
  return !p->strict && !p->is_arrow && !p->is_method && !p->is_async && !p->is_class;
}

// A TypedArray answers every canonical numeric key itself (ECMA-262 10.4.5): one it has no
// element for is absent without a look up the prototype chain.
bool Runtime::TypedArrayOwnsKey(Object* obj, String* key) {
  double index;
  return obj->kind == CellKind::kTypedArray && key->kind == CellKind::kString &&
         CanonicalNumericIndex(key->data, index);
}

bool Runtime::InheritsFrom(Object* obj, Object* ancestor) {
  for (Object* o = obj; o; o = o->prototype)
    if (o == ancestor) return true;
  return false;
}

bool Runtime::HasProperty(Object* obj, String* key) {
  for (Object* o = obj; o; o = o->prototype) {
    if (!GetOwnProperty(o, key).IsHole()) return true;
    if (TypedArrayOwnsKey(o, key)) return false;  // ECMA-262 10.4.5.2 [[HasProperty]]
  }
  return false;
}

// ECMA-262 10.1.11.1 OrdinaryOwnPropertyKeys: integer indices ascending, then strings in
// insertion order.
std::vector<String*> Runtime::OwnKeys(Object* obj, bool only_enumerable) {
  std::vector<String*> keys;
  if (!only_enumerable && (obj->kind == CellKind::kClosure || obj->kind == CellKind::kNative) &&
      !obj->builtin_props_own) {
    // A static method or field of that name is an own property already.
    if (!obj->Find(key_length)) keys.push_back(key_length);
    if (!obj->Find(key_name)) keys.push_back(key_name);
  }
  if (!only_enumerable && obj->kind == CellKind::kClosure) {
    if (!obj->builtin_props_own && HasLegacyCallerProperties(static_cast<Closure*>(obj))) {
      keys.push_back(Intern("arguments"));
      keys.push_back(Intern("caller"));
    }
    GetOwnProperty(obj, key_prototype);  // an ordinary function's lazy prototype is listed
  }
  std::vector<std::pair<uint32_t, String*>> indices;
  if (obj->kind == CellKind::kArray) {
    auto* a = static_cast<Array*>(obj);
    for (uint32_t i = 0; NextArrayIndex(a, i, i); ++i)
      indices.emplace_back(i, Intern(std::to_string(i)));
  }
  if (obj->kind == CellKind::kTypedArray) {  // ECMA-262 10.4.5.7 [[OwnPropertyKeys]]
    size_t length = TypedArrayLength(static_cast<TypedArrayObject*>(obj));
    for (size_t i = 0; i < length; ++i) keys.push_back(Intern(std::to_string(i)));
  }
  size_t elements = indices.size();
  bool string_object = StringWrapperOwnKeys(*this, obj, keys);
  for (const Property& p : obj->props) {
    if (only_enumerable && !p.enumerable) continue;
    uint32_t index;
    if (p.key->kind == CellKind::kString && IsArrayIndex(p.key->data, index))
      indices.emplace_back(index, p.key);
  }
  if (indices.size() > elements)
    std::sort(indices.begin(), indices.end(), [](auto& a, auto& b) { return a.first < b.first; });
  for (auto& [i, k] : indices) keys.push_back(k);
  if ((obj->kind == CellKind::kArray || string_object) && !only_enumerable)
    keys.push_back(key_length);
  for (const Property& p : obj->props) {
    if (only_enumerable && !p.enumerable) continue;
    uint32_t index;
    if (p.key->kind == CellKind::kString && !IsArrayIndex(p.key->data, index))
      keys.push_back(p.key);
  }
  return keys;
}

// ECMA-262 10.1.11.1 step 4: the symbols come last, in insertion order.
std::vector<String*> Runtime::OwnSymbolKeys(Object* obj, bool only_enumerable) {
  std::vector<String*> keys;
  for (const Property& p : obj->props)
    if (p.key->kind == CellKind::kSymbol && (p.enumerable || !only_enumerable))
      keys.push_back(p.key);
  return keys;
}

}  // namespace loopscope::js

namespace loopscope::js {

// ECMA-262 7.3.21 OrdinaryHasInstance: is C.prototype on O's prototype chain?
Completion Runtime::OrdinaryHasInstance(Value c, Value o, bool& out) {
  out = false;
  if (!IsCallable(c) || !o.IsObject()) return Ok();
  Completion proto = GetProperty(c, key_prototype);
  if (!proto.ok()) return proto;
  if (!proto.value.IsObject())
    return Throw(ErrorType::kTypeError, "Function has non-object prototype '" +
                                            ToDisplayString(proto.value) + "' in instanceof check");
  for (Object* p = o.As<Object>()->prototype; p && !out; p = p->prototype)
    out = p == proto.value.As<Object>();
  return Ok();
}

std::vector<String*> Runtime::OwnPropertyKeys(Object* obj, bool only_enumerable) {
  std::vector<String*> keys = OwnKeys(obj, only_enumerable);
  for (String* k : OwnSymbolKeys(obj, only_enumerable)) keys.push_back(k);
  return keys;
}

}  // namespace loopscope::js
