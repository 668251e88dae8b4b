// engine/js/properties.cpp — property access: ordinary [[Get]]/[[Set]]/[[Delete]] over
// prototype chains, with the exotic parts the subset needs (array indices and length,
// string indices and length, function name/length/prototype).
// Where to look next: object.h (storage), conversions.cpp (ToPropertyKey's ToString).
#include <algorithm>
#include <cmath>

#include "engine/js/arguments_object.h"
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

Completion Runtime::ToPropertyKey(Value key, String*& out) {
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
  return nullptr;
}

Value Runtime::GetOwnProperty(Object* obj, String* key) {
  uint32_t index;
  if (obj->kind == CellKind::kArray) {
    Array* a = static_cast<Array*>(obj);
    if (key == key_length) return Value::Number(a->Length());
    if (IsArrayIndex(key->data, index)) return a->Get(index);
  }
  if (obj->kind == CellKind::kHost && static_cast<HostObject*>(obj)->has_byte_elements &&
      IsArrayIndex(key->data, index)) {
    // ECMA-262 10.4.5.4 [[Get]] of an integer-indexed exotic object: out of range is
    // undefined, never a prototype lookup.
    std::span<char> bytes = static_cast<HostObject*>(obj)->byte_elements;
    if (index >= bytes.size()) return Value::Undefined();
    return Value::Number(static_cast<uint8_t>(bytes[index]));
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
    if (key == key_name) return Value::FromCell(Intern(f->proto->name));
    if (key == key_length) return Value::Number(f->proto->length);
    if (key == key_prototype && !f->proto->is_arrow && !f->proto->is_method &&
        !f->proto->is_async) {
      // Ordinary functions get their prototype object on first use (ECMA-262 10.2.5
      // MakeConstructor, done lazily: most functions are never constructors).
      Object* proto = NewPlainObject();
      proto->Put(key_constructor, Value::FromCell(f), false);
      f->Put(key_prototype, Value::FromCell(proto), false);
      return Value::FromCell(proto);
    }
  }
  if (obj->kind == CellKind::kNative) {
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
  for (Object* o = start; o; o = o->prototype) {
    Value v = GetOwnProperty(o, key);
    if (!v.IsHole()) return Ok(v);
    // ECMA-262 B.2.2.1.1 get Object.prototype.__proto__: the receiver's prototype.
    if (o == realm.object_proto && key == key_proto) {
      Object* p = PrototypeOf(target);
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
    if (target.Is(CellKind::kHost) && target.As<HostObject>()->has_byte_elements && d >= 0 &&
        d == std::floor(d)) {
      std::span<char> bytes = target.As<HostObject>()->byte_elements;
      if (d >= static_cast<double>(bytes.size())) return Ok(Value::Undefined());
      return Ok(Value::Number(static_cast<uint8_t>(bytes[static_cast<size_t>(d)])));
    }
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

Completion Runtime::SetProperty(Value target, String* key, Value v) {
  if (target.IsNullish()) {
    return Throw(ErrorType::kTypeError, std::string("Cannot set properties of ") +
                                            (target.IsNull() ? "null" : "undefined") +
                                            " (setting '" + key->data + "')");
  }
  if (!target.IsObject()) return Ok();  // primitives: sloppy-mode assignments are dropped
  Object* obj = target.As<Object>();
  if (obj->frozen) return Ok();
  if (obj->kind == CellKind::kArray) {
    Array* a = static_cast<Array*>(obj);
    uint32_t index;
    if (key == key_length) {
      double len;
      Completion c = ToNumber(v, len);
      if (!c.ok()) return c;
      return SetArrayLength(a, len);
    }
    if (IsArrayIndex(key->data, index)) {
      SetArrayElement(a, index, v);
      return Ok();
    }
  }
  if (obj->kind == CellKind::kHost && static_cast<HostObject*>(obj)->has_byte_elements) {
    uint32_t index;
    if (IsArrayIndex(key->data, index))
      return SetByteElement(static_cast<HostObject*>(obj), index, v);
  }
  // A String object's indices and length are read-only: sloppy-mode writes are dropped.
  if (obj->kind == CellKind::kPrimitiveWrapper &&
      !StringWrapperOwnProperty(*this, obj, key).IsHole())
    return Ok();
  if (obj->kind == CellKind::kArguments) {  // ECMA-262 10.4.4.4 [[Set]] via [[DefineOwnProperty]]
    if (Completion c = CheckCalleeAccess(*this, obj, key); !c.ok()) return c;
    if (Value* slot = MappedArgumentSlot(static_cast<ArgumentsObject*>(obj), key)) *slot = v;
  }
  // ECMA-262 B.2.2.1.2 set Object.prototype.__proto__, unless an own property shadows it.
  if (key == key_proto && !obj->Find(key)) {
    if (!v.IsObject() && !v.IsNull()) return Ok();
    return SetPrototype(obj, v.IsNull() ? nullptr : v.As<Object>());
  }
  if (!obj->extensible && !obj->Find(key)) return Ok();
  obj->Put(key, v);
  return Ok();
}

// ECMA-262 10.4.5.16 IntegerIndexedElementSet for a Uint8Array: ToNumber, then ToUint8
// (7.1.11: modulo 2^8, so 300 stores 44 and -1 stores 255); out-of-range writes vanish.
Completion Runtime::SetByteElement(HostObject* obj, double index, Value v) {
  double number;
  Completion c = ToNumber(v, number);
  if (!c.ok()) return c;
  std::span<char> bytes = obj->byte_elements;
  if (index < 0 || index >= static_cast<double>(bytes.size())) return Ok();
  double n = std::isfinite(number) ? std::fmod(std::trunc(number), 256.0) : 0;
  if (n < 0) n += 256;
  bytes[static_cast<size_t>(index)] = static_cast<char>(static_cast<uint8_t>(n));
  return Ok();
}

Completion Runtime::SetElement(Value target, Value key, Value v) {
  if (key.IsNumber() && target.Is(CellKind::kHost) && target.As<HostObject>()->has_byte_elements) {
    double d = key.AsNumber();
    if (d == std::floor(d)) return SetByteElement(target.As<HostObject>(), d, v);
  }
  if (key.IsNumber() && target.Is(CellKind::kArray)) {
    double d = key.AsNumber();
    auto& el = target.As<Array>()->elements;
    if (d >= 0 && d < static_cast<double>(el.size()) && d == std::floor(d) &&
        !target.As<Object>()->frozen) {
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
  return SetProperty(target, k, v);
}

Completion Runtime::DeleteElement(Value target, Value key) {
  if (target.IsNullish())
    return Throw(ErrorType::kTypeError, "Cannot convert undefined or null to object");
  if (!target.IsObject()) return Ok();
  String* k = nullptr;
  Completion c = ToPropertyKey(key, k);
  if (!c.ok()) return c;
  Object* obj = target.As<Object>();
  if (obj->frozen) return Ok();
  uint32_t index;
  if (obj->kind == CellKind::kArray && IsArrayIndex(k->data, index)) {
    DeleteArrayElement(static_cast<Array*>(obj), index);
    return Ok();
  }
  if (obj->kind == CellKind::kPrimitiveWrapper && !StringWrapperOwnProperty(*this, obj, k).IsHole())
    return Ok();  // non-configurable
  if (obj->kind == CellKind::kArguments) UnmapArgument(static_cast<ArgumentsObject*>(obj), k);
  obj->Remove(k);
  return Ok();
}

bool Runtime::HasProperty(Object* obj, String* key) {
  for (Object* o = obj; o; o = o->prototype)
    if (!GetOwnProperty(o, key).IsHole()) return true;
  return false;
}

// ECMA-262 10.1.11.1 OrdinaryOwnPropertyKeys: integer indices ascending, then strings in
// insertion order.
std::vector<String*> Runtime::OwnKeys(Object* obj, bool only_enumerable) {
  std::vector<String*> keys;
  if (obj->kind == CellKind::kArray) {
    auto* a = static_cast<Array*>(obj);
    for (uint32_t i = 0; NextArrayIndex(a, i, i); ++i) keys.push_back(Intern(std::to_string(i)));
  }
  if (obj->kind == CellKind::kHost) {
    auto* host = static_cast<HostObject*>(obj);
    if (host->has_byte_elements) {
      for (size_t i = 0; i < host->byte_elements.size(); ++i)
        keys.push_back(Intern(std::to_string(i)));
    }
  }
  bool string_object = StringWrapperOwnKeys(*this, obj, keys);
  std::vector<std::pair<uint32_t, String*>> indices;
  for (const Property& p : obj->props) {
    if (only_enumerable && !p.enumerable) continue;
    uint32_t index;
    if (IsArrayIndex(p.key->data, index)) indices.emplace_back(index, p.key);
  }
  std::sort(indices.begin(), indices.end(), [](auto& a, auto& b) { return a.first < b.first; });
  for (auto& [i, k] : indices) keys.push_back(k);
  if (string_object && !only_enumerable) keys.push_back(key_length);
  for (const Property& p : obj->props) {
    if (only_enumerable && !p.enumerable) continue;
    uint32_t index;
    if (!IsArrayIndex(p.key->data, index)) keys.push_back(p.key);
  }
  return keys;
}

}  // namespace loopscope::js
