// engine/js/property_descriptors.cpp — property attributes: descriptors as JavaScript sees
// them (Object.getOwnPropertyDescriptor, Object.defineProperty), ECMA-262 10.1.6.3
// ValidateAndApplyPropertyDescriptor, and the integrity levels of freeze and seal.
//
// Ordinary properties keep their attributes in Property (object.h). The rest are answered
// here: an array's elements (attributes from the array's frozen/sealed flags; an element
// given other attributes moves to `props` and leaves a hole), its length, and a function's
// name and length, which live in its Proto until a definition or delete materialises them.
// Where to look next: properties.cpp ([[Get]]/[[Set]]/[[Delete]]), builtins_reflect.cpp.
#include <cmath>

#include "engine/js/arguments_object.h"
#include "engine/js/builtins.h"

namespace loopscope::js {
namespace {

PropertyDescriptor DataDescriptor(Value v, bool writable, bool enumerable, bool configurable) {
  PropertyDescriptor d;
  d.value = v;
  d.writable = writable;
  d.enumerable = enumerable;
  d.configurable = configurable;
  d.has_value = d.has_writable = d.has_enumerable = d.has_configurable = true;
  return d;
}

bool IsGeneric(const PropertyDescriptor& d) {
  return !d.IsAccessor() && !d.IsData();
}

bool IsFunction(const Object* obj) {
  return obj->kind == CellKind::kClosure || obj->kind == CellKind::kNative;
}

}  // namespace

bool Runtime::IsBuiltinFunctionProperty(Object* obj, String* key) const {
  return IsFunction(obj) && !obj->builtin_props_own && (key == key_name || key == key_length);
}

// ECMA-262 10.2.9 SetFunctionName and 10.2.10 SetFunctionLength define these as ordinary
// properties {writable: false, enumerable: false, configurable: true}; the engine answers
// them from the Proto (or the Native) until one is redefined or deleted.
void Runtime::MaterializeFunctionProperties(Object* obj) {
  if (!IsFunction(obj) || obj->builtin_props_own) return;
  Value length = GetOwnProperty(obj, key_length);
  Value name = GetOwnProperty(obj, key_name);
  obj->builtin_props_own = true;
  obj->has_special_props = true;
  // V8 lists them first: length, name, then prototype and the rest.
  std::vector<Property> rest(obj->props.begin(), obj->props.end());
  while (!obj->props.empty()) obj->Remove(obj->props.back().key);
  obj->Append(Property{key_length, length, false, false, true});
  obj->Append(Property{key_name, name, false, false, true});
  if (obj->kind == CellKind::kClosure && HasLegacyCallerProperties(static_cast<Closure*>(obj))) {
    obj->Append(Property{Intern("arguments"), Value::Null(), false, false, false});
    obj->Append(Property{Intern("caller"), Value::Null(), false, false, false});
  }
  for (const Property& p : rest) obj->Append(p);
}

// The first closure of a Proto names the Proto, so the common case (one key per source
// location) costs nothing per closure. A later closure of the same Proto stored under
// another key (a literal or class evaluated in a loop) gets its own `name` property
// instead: writing the Proto would rename every closure made from it.
void Runtime::SetFunctionNameFromKey(Closure* fn, String* key, std::string_view prefix) {
  Proto* proto = fn->proto;
  if (!proto->name.empty() && !proto->name_from_key) return;
  std::string name = std::string(prefix) + FunctionNameForKey(key);
  if (!proto->name_from_key) {
    proto->name = std::move(name);
    proto->name_from_key = true;
    return;
  }
  if (proto->name == name && !fn->builtin_props_own) return;
  MaterializeFunctionProperties(fn);
  // SetFunctionName is DefinePropertyOrThrow on a fresh function: it always succeeds.
  if (Property* p = fn->Find(key_name)) p->value = Value::FromCell(Intern(name));
}

const std::string& Runtime::FunctionDebugName(Closure* fn) const {
  if (fn->builtin_props_own) {
    if (const Property* p = fn->Find(key_name); p && !p->accessor && p->value.IsString())
      return p->value.As<String>()->data;
  }
  return fn->proto->name;
}

// ECMA-262 10.1.5.1 OrdinaryGetOwnProperty, with the exotic objects' own properties.
bool Runtime::GetOwnPropertyDescriptor(Object* obj, String* key, PropertyDescriptor& out) {
  uint32_t index;
  if (obj->kind == CellKind::kArray) {
    Array* a = static_cast<Array*>(obj);
    if (key == key_length) {
      out = DataDescriptor(Value::Number(a->Length()), a->length_writable && !a->frozen, false,
                           false);
      return true;
    }
    if (IsArrayIndex(key->data, index)) {
      Value v = a->Get(index);
      if (!v.IsHole()) {
        out = DataDescriptor(v, !a->frozen, true, !a->sealed);
        return true;
      }
    }
  }
  Value v = GetOwnProperty(obj, key);  // also creates a function's lazy prototype
  if (v.IsHole()) return false;
  if (Property* p = obj->Find(key)) {
    if (p->accessor) {
      out = PropertyDescriptor{};
      out.get = p->value.As<Accessor>()->getter;
      out.set = p->value.As<Accessor>()->setter;
      out.has_get = out.has_set = out.has_enumerable = out.has_configurable = true;
      out.enumerable = p->enumerable;
      out.configurable = p->configurable;
    } else {
      out = DataDescriptor(p->value, p->writable, p->enumerable, p->configurable);
    }
    return true;
  }
  if (IsBuiltinFunctionProperty(obj, key)) {
    out = DataDescriptor(v, false, false, true);
    return true;
  }
  if (obj->kind == CellKind::kClosure && !obj->builtin_props_own) {  // arguments, caller
    out = DataDescriptor(v, false, false, false);
    return true;
  }
  if (obj->kind == CellKind::kHost || obj->kind == CellKind::kTypedArray) {  // 10.4.5.1
    out = DataDescriptor(v, true, true, true);
    return true;
  }
  return false;  // Map/Set size: an accessor of the prototype in V8, not an own property
}

// ECMA-262 6.2.6.5 ToPropertyDescriptor: fields are read with HasProperty and Get, in this
// order, so getters on the descriptor object run as they do in V8.
Completion Runtime::ToPropertyDescriptor(Value v, PropertyDescriptor& out) {
  if (!v.IsObject())
    return Throw(ErrorType::kTypeError,
                 "Property description must be an object: " + ToDisplayString(v));
  Object* o = v.As<Object>();
  out = PropertyDescriptor{};
  struct Field {
    const char* name;
    bool* has;
  };
  Value values[6];
  // Each field's getter may run a collection: what earlier fields gave is kept alive here.
  Array* held = NewArray();
  TempRoot keep(*this, Value::FromCell(held));
  Field fields[6] = {{"enumerable", &out.has_enumerable},
                     {"configurable", &out.has_configurable},
                     {"value", &out.has_value},
                     {"writable", &out.has_writable},
                     {"get", &out.has_get},
                     {"set", &out.has_set}};
  for (int i = 0; i < 6; ++i) {
    String* key = Intern(fields[i].name);
    if (!HasProperty(o, key)) continue;
    Completion c = GetProperty(v, key);
    if (!c.ok()) return c;
    *fields[i].has = true;
    values[i] = c.value;
    held->elements.push_back(c.value);
  }
  out.enumerable = ToBoolean(values[0]);
  out.configurable = ToBoolean(values[1]);
  out.value = values[2];
  out.writable = ToBoolean(values[3]);
  out.get = values[4];
  out.set = values[5];
  if (out.has_get && !IsCallable(out.get) && !out.get.IsUndefined())
    return Throw(ErrorType::kTypeError, "Getter must be a function: " + ToDisplayString(out.get));
  if (out.has_set && !IsCallable(out.set) && !out.set.IsUndefined())
    return Throw(ErrorType::kTypeError, "Setter must be a function: " + ToDisplayString(out.set));
  if (out.IsAccessor() && out.IsData())
    return Throw(ErrorType::kTypeError,
                 "Invalid property descriptor. Cannot both specify accessors and a value or "
                 "writable attribute, " +
                     ObjectLabel(v));
  return Ok();
}

// ECMA-262 6.2.6.4 FromPropertyDescriptor.
Value Runtime::FromPropertyDescriptor(const PropertyDescriptor& d) {
  Object* o = NewPlainObject();
  if (d.has_value) o->Put(Intern("value"), d.value);
  if (d.has_writable) o->Put(Intern("writable"), Value::Boolean(d.writable));
  if (d.has_get) o->Put(Intern("get"), d.get);
  if (d.has_set) o->Put(Intern("set"), d.set);
  if (d.has_enumerable) o->Put(Intern("enumerable"), Value::Boolean(d.enumerable));
  if (d.has_configurable) o->Put(Intern("configurable"), Value::Boolean(d.configurable));
  return Value::FromCell(o);
}

namespace {

// ECMA-262 10.1.6.3 ValidateAndApplyPropertyDescriptor, steps 4-5: may `desc` change a
// property whose current attributes are `current`?
bool Compatible(Runtime& rt, const PropertyDescriptor& desc, const PropertyDescriptor& current) {
  if (current.configurable) return true;
  if (desc.has_configurable && desc.configurable) return false;
  if (desc.has_enumerable && desc.enumerable != current.enumerable) return false;
  if (IsGeneric(desc)) return true;
  if (desc.IsAccessor() != current.IsAccessor()) return false;
  if (current.IsAccessor()) {
    return !(desc.has_get && !rt.SameValue(desc.get, current.get)) &&
           !(desc.has_set && !rt.SameValue(desc.set, current.set));
  }
  if (current.writable) return true;
  return !(desc.has_writable && desc.writable) &&
         !(desc.has_value && !rt.SameValue(desc.value, current.value));
}

// Step 6 onwards: the attributes after applying `desc` over `current` (absent fields of a
// new property default to false and undefined, ECMA-262 step 2).
PropertyDescriptor Merge(const PropertyDescriptor& desc, const PropertyDescriptor& current,
                         bool exists) {
  PropertyDescriptor r = exists ? current : PropertyDescriptor{};
  if (exists && !IsGeneric(desc) && desc.IsAccessor() != current.IsAccessor()) {
    // Step 6.b/c: switching kinds keeps configurable and enumerable only.
    r = PropertyDescriptor{};
    r.enumerable = current.enumerable;
    r.configurable = current.configurable;
  }
  bool accessor = desc.IsAccessor() || (exists && IsGeneric(desc) && current.IsAccessor());
  r.has_get = r.has_set = accessor;
  r.has_value = r.has_writable = !accessor;
  if (desc.has_value) r.value = desc.value;
  if (desc.has_writable) r.writable = desc.writable;
  if (desc.has_get) r.get = desc.get;
  if (desc.has_set) r.set = desc.set;
  if (desc.has_enumerable) r.enumerable = desc.enumerable;
  if (desc.has_configurable) r.configurable = desc.configurable;
  return r;
}

}  // namespace

Completion Runtime::DefineOwnProperty(Object* obj, String* key, const PropertyDescriptor& desc,
                                      bool& done) {
  done = false;
  if (obj->intercept_stores) [[unlikely]]
    return DefineIntercepted(obj, key, desc, done);
  if (TypedArrayOwnsKey(obj, key)) {
    // ECMA-262 10.4.5.3 [[DefineOwnProperty]]: only a valid index, only as a writable,
    // enumerable, configurable data property; a value is written as [[Set]] writes it.
    double index;
    CanonicalNumericIndex(key->data, index);
    auto* ta = static_cast<TypedArrayObject*>(obj);
    if (!IsValidIntegerIndex(ta, index)) return Ok();
    if ((desc.has_configurable && !desc.configurable) ||
        (desc.has_enumerable && !desc.enumerable) || desc.IsAccessor() ||
        (desc.has_writable && !desc.writable))
      return Ok();
    if (desc.has_value) LOOPSCOPE_TRY(TypedArraySetElement(*this, ta, index, desc.value));
    done = true;
    return Ok();
  }
  if (IsBuiltinFunctionProperty(obj, key)) MaterializeFunctionProperties(obj);
  PropertyDescriptor current;
  bool exists = GetOwnPropertyDescriptor(obj, key, current);
  uint32_t index = 0;
  bool is_array = obj->kind == CellKind::kArray;
  Array* a = is_array ? static_cast<Array*>(obj) : nullptr;  // used only when is_array
  if (is_array && key == key_length) {
    // ECMA-262 10.4.2.4 ArraySetLength.
    if (!Compatible(*this, desc, current) || desc.IsAccessor()) return Ok();
    if (desc.has_value) {
      double number;
      LOOPSCOPE_TRY(ToNumber(desc.value, number));
      if (number != ToUint32(number)) return Throw(ErrorType::kRangeError, "Invalid array length");
      if (number != a->Length()) {
        if (!current.writable) return Ok();
        LOOPSCOPE_TRY(SetArrayLength(a, number));
        if (a->Length() != number) return Ok();  // stopped at an element it cannot delete
      }
    }
    if (desc.has_writable && !desc.writable) a->length_writable = false;
    done = true;
    return Ok();
  }
  bool is_element = is_array && IsArrayIndex(key->data, index);
  if (!exists) {
    bool beyond_fixed_length = is_element && index >= a->Length() && !a->length_writable;
    if (!obj->extensible || beyond_fixed_length) return Ok();
  } else if (!Compatible(*this, desc, current)) {
    return Ok();
  }
  PropertyDescriptor r = Merge(desc, current, exists);
  if (obj->kind == CellKind::kArguments) {
    // ECMA-262 10.4.4.2 [[DefineOwnProperty]] of a mapped arguments object: a new value
    // reaches the parameter; an accessor or read-only definition ends the mapping.
    auto* args = static_cast<ArgumentsObject*>(obj);
    if (Value* slot = MappedArgumentSlot(args, key)) {
      if (desc.has_value) *slot = desc.value;
      if (!desc.has_value && !desc.IsAccessor()) r.value = *slot;  // step 3.a: the current value
      if (desc.IsAccessor() || (desc.has_writable && !desc.writable)) UnmapArgument(args, key);
    }
  }
  bool plain_element =
      !r.IsAccessor() && r.writable && r.enumerable && r.configurable && !obj->frozen;
  if (is_element) {
    // An element with the attributes every element has stays in the elements; any other
    // moves to `props` (GetOwnProperty looks there for the indices that hold a hole).
    obj->Remove(key);
    if (plain_element) {
      SetArrayElement(a, index, r.value);
      done = true;
      return Ok();
    }
    if (index < a->Length()) DeleteArrayElement(a, index);
    if (index >= a->Length()) LOOPSCOPE_TRY(SetArrayLength(a, index + 1.0));
    obj->has_special_props = true;  // GetOwnProperty looks past holes only then
  }
  Property p{key, r.value, r.enumerable, r.writable, r.configurable, r.IsAccessor()};
  if (p.accessor) {
    p.value = Value::FromCell(Alloc<Accessor>(r.get, r.set));
    p.writable = false;
  }
  if (p.accessor || !p.writable) obj->has_special_props = true;
  if (Property* existing = obj->Find(key))
    *existing = p;
  else
    obj->Append(p);
  done = true;
  return Ok();
}

// ECMA-262 7.3.15 SetIntegrityLevel.
bool Runtime::SetIntegrityLevel(Object* obj, bool frozen) {
  MaterializeFunctionProperties(obj);
  GetOwnProperty(obj, key_prototype);  // a function's lazy prototype is fixed too
  obj->extensible = false;
  obj->sealed = true;
  obj->frozen = obj->frozen || frozen;
  if (frozen) obj->has_special_props = true;
  for (Property& p : obj->props) {
    p.configurable = false;
    if (frozen && !p.accessor) p.writable = false;
  }
  return true;
}

// ECMA-262 7.3.16 TestIntegrityLevel.
bool Runtime::TestIntegrityLevel(Object* obj, bool frozen) {
  if (obj->extensible) return false;
  if (IsBuiltinFunctionProperty(obj, key_name)) return false;  // still configurable
  for (const Property& p : obj->props) {
    if (p.configurable) return false;
    if (frozen && !p.accessor && p.writable) return false;
  }
  if (obj->kind == CellKind::kArray) {
    Array* a = static_cast<Array*>(obj);
    uint32_t first;
    bool has_elements = NextArrayIndex(a, 0, first);
    if (has_elements && !(frozen ? a->frozen : a->sealed)) return false;
    if (frozen && a->length_writable && !a->frozen) return false;
  }
  if (obj->kind == CellKind::kTypedArray && TypedArrayLength(static_cast<TypedArrayObject*>(obj)))
    return false;
  return true;
}

}  // namespace loopscope::js
