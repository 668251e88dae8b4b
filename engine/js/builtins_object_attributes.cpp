// engine/js/builtins_object_attributes.cpp — the Object functions about property
// attributes: defineProperty(ies), getOwnPropertyDescriptor(s), getOwnPropertyNames,
// freeze/seal/preventExtensions and their tests, create(proto, descriptors), and
// Object.prototype.propertyIsEnumerable. The attributes themselves are
// property_descriptors.cpp's; this file converts arguments and words errors as V8 does.
// Where to look next: property_descriptors.cpp, builtins_reflect.cpp.
#include "engine/js/builtins.h"

namespace loopscope::js {
namespace {

Completion RequireCoercible(Runtime& rt, Value v) {
  if (v.IsNullish())
    return rt.Throw(ErrorType::kTypeError, "Cannot convert undefined or null to object");
  return Ok();
}

// ECMA-262 7.3.8 DefinePropertyOrThrow, with V8's messages.
Completion DefineOrThrow(Runtime& rt, Object* o, String* key, const PropertyDescriptor& desc) {
  bool existed = !rt.GetOwnProperty(o, key).IsHole();
  bool done = false;
  LOOPSCOPE_TRY(rt.DefineOwnProperty(o, key, desc, done));
  if (done) return Ok();
  if (o->kind == CellKind::kArray && key == rt.key_length && desc.has_value &&
      static_cast<Array*>(o)->length_writable && !o->frozen && desc.value.IsNumber() &&
      desc.value.AsNumber() < static_cast<Array*>(o)->Length()) {
    // ArraySetLength stopped at an element it could not delete: V8 names that element.
    uint32_t stuck = static_cast<Array*>(o)->Length() - 1;
    return rt.Throw(ErrorType::kTypeError,
                    "Cannot delete property '" + std::to_string(stuck) + "' of [object Array]");
  }
  uint32_t index;
  bool beyond_length = o->kind == CellKind::kArray && Runtime::IsArrayIndex(key->data, index) &&
                       index >= static_cast<Array*>(o)->Length();
  if (!existed && (!o->extensible || beyond_length))
    return rt.Throw(ErrorType::kTypeError,
                    "Cannot define property " + key->data + ", object is not extensible");
  return rt.Throw(ErrorType::kTypeError, "Cannot redefine property: " + key->data);
}

// ECMA-262 20.1.2.3.1 ObjectDefineProperties: every descriptor is read before any is
// applied; step 2's keys are [[OwnPropertyKeys]], symbols included.
Completion DefineProperties(Runtime& rt, Object* o, Value properties) {
  LOOPSCOPE_TRY(RequireCoercible(rt, properties));
  if (!properties.IsObject()) return Ok();
  Object* props = properties.As<Object>();
  std::vector<std::pair<String*, PropertyDescriptor>> descriptors;
  Array* held = rt.NewArray();  // the descriptors' values, alive while later getters run
  TempRoot keep(rt, Value::FromCell(held));
  std::vector<String*> keys = rt.OwnPropertyKeys(props, false);
  for (String* key : keys) held->elements.push_back(Value::FromCell(key));
  for (String* key : keys) {
    PropertyDescriptor own;
    if (!rt.GetOwnPropertyDescriptor(props, key, own) || !own.enumerable) continue;
    Completion desc_obj = rt.GetProperty(properties, key);
    if (!desc_obj.ok()) return desc_obj;
    PropertyDescriptor desc;
    LOOPSCOPE_TRY(rt.ToPropertyDescriptor(desc_obj.value, desc));
    held->elements.insert(held->elements.end(), {desc.value, desc.get, desc.set});
    descriptors.emplace_back(key, desc);
  }
  for (auto& [key, desc] : descriptors) LOOPSCOPE_TRY(DefineOrThrow(rt, o, key, desc));
  return Ok();
}

Completion DefineProperty(Runtime& rt, NativeCall& call, Native*) {
  Value o = call.Arg(0);
  if (!o.IsObject())
    return rt.Throw(ErrorType::kTypeError, "Object.defineProperty called on non-object");
  String* key = nullptr;
  LOOPSCOPE_TRY(rt.ToPropertyKey(call.Arg(1), key));
  PropertyDescriptor desc;
  LOOPSCOPE_TRY(rt.ToPropertyDescriptor(call.Arg(2), desc));
  LOOPSCOPE_TRY(DefineOrThrow(rt, o.As<Object>(), key, desc));
  return Ok(o);
}

Completion DefinePropertiesFn(Runtime& rt, NativeCall& call, Native*) {
  Value o = call.Arg(0);
  if (!o.IsObject())
    return rt.Throw(ErrorType::kTypeError, "Object.defineProperties called on non-object");
  LOOPSCOPE_TRY(DefineProperties(rt, o.As<Object>(), call.Arg(1)));
  return Ok(o);
}

// A string's own properties: its indices (read-only, enumerable) and length.
bool StringOwnDescriptor(Runtime& rt, Value s, String* key, PropertyDescriptor& out) {
  Completion v = rt.GetProperty(s, key);
  uint32_t index;
  bool own =
      key == rt.key_length || (Runtime::IsArrayIndex(key->data, index) && !v.value.IsUndefined());
  if (!own) return false;
  out = PropertyDescriptor{};
  out.value = v.value;
  out.enumerable = key != rt.key_length;
  out.has_value = out.has_writable = out.has_enumerable = out.has_configurable = true;
  return true;
}

Completion GetOwnPropertyDescriptor(Runtime& rt, NativeCall& call, Native*) {
  Value o = call.Arg(0);
  LOOPSCOPE_TRY(RequireCoercible(rt, o));
  String* key = nullptr;
  LOOPSCOPE_TRY(rt.ToPropertyKey(call.Arg(1), key));
  PropertyDescriptor desc;
  bool found = o.IsObject()   ? rt.GetOwnPropertyDescriptor(o.As<Object>(), key, desc)
               : o.IsString() ? StringOwnDescriptor(rt, o, key, desc)
                              : false;
  return Ok(found ? rt.FromPropertyDescriptor(desc) : Value::Undefined());
}

// The own keys of any value: a string's indices and length, nothing for other primitives.
std::vector<String*> OwnKeysOf(Runtime& rt, Value o) {
  if (o.IsObject()) return rt.OwnKeys(o.As<Object>(), false);
  std::vector<String*> keys;
  if (o.IsString()) {
    for (int32_t i = 0; i < Runtime::Utf16Length(o.As<String>()); ++i)
      keys.push_back(rt.Intern(std::to_string(i)));
    keys.push_back(rt.key_length);
  }
  return keys;
}

Completion GetOwnPropertyDescriptors(Runtime& rt, NativeCall& call, Native*) {
  Value o = call.Arg(0);
  LOOPSCOPE_TRY(RequireCoercible(rt, o));
  Object* out = rt.NewPlainObject();
  TempRoot keep(rt, Value::FromCell(out));
  for (String* key : OwnKeysOf(rt, o)) {
    PropertyDescriptor desc;
    bool found = o.IsObject() ? rt.GetOwnPropertyDescriptor(o.As<Object>(), key, desc)
                              : StringOwnDescriptor(rt, o, key, desc);
    if (found) out->Put(key, rt.FromPropertyDescriptor(desc));
  }
  return Ok(Value::FromCell(out));
}

Completion GetOwnPropertyNames(Runtime& rt, NativeCall& call, Native*) {
  LOOPSCOPE_TRY(RequireCoercible(rt, call.Arg(0)));
  Array* out = rt.NewArray();
  for (String* key : OwnKeysOf(rt, call.Arg(0))) out->elements.push_back(Value::FromCell(key));
  return Ok(Value::FromCell(out));
}

Completion Freeze(Runtime& rt, NativeCall& call, Native*) {
  Value o = call.Arg(0);
  if (!o.IsObject()) return Ok(o);
  if (o.Is(CellKind::kTypedArray) && TypedArrayLength(o.As<TypedArrayObject>()))
    return rt.Throw(ErrorType::kTypeError, "Cannot freeze array buffer views with elements");
  rt.SetIntegrityLevel(o.As<Object>(), true);
  return Ok(o);
}
Completion Seal(Runtime& rt, NativeCall& call, Native*) {
  if (call.Arg(0).IsObject()) rt.SetIntegrityLevel(call.Arg(0).As<Object>(), false);
  return Ok(call.Arg(0));
}
Completion PreventExtensions(Runtime&, NativeCall& call, Native*) {
  if (call.Arg(0).IsObject()) call.Arg(0).As<Object>()->extensible = false;
  return Ok(call.Arg(0));
}
Completion IsFrozen(Runtime& rt, NativeCall& call, Native*) {
  Value o = call.Arg(0);
  return Ok(Value::Boolean(!o.IsObject() || rt.TestIntegrityLevel(o.As<Object>(), true)));
}
Completion IsSealed(Runtime& rt, NativeCall& call, Native*) {
  Value o = call.Arg(0);
  return Ok(Value::Boolean(!o.IsObject() || rt.TestIntegrityLevel(o.As<Object>(), false)));
}
Completion IsExtensible(Runtime&, NativeCall& call, Native*) {
  Value o = call.Arg(0);
  return Ok(Value::Boolean(o.IsObject() && o.As<Object>()->extensible));
}

// ECMA-262 20.1.2.2 Object.create.
Completion Create(Runtime& rt, NativeCall& call, Native*) {
  Value proto = call.Arg(0);
  if (!proto.IsObject() && !proto.IsNull())
    return rt.Throw(ErrorType::kTypeError,
                    "Object prototype may only be an Object or null: " + rt.ToDisplayString(proto));
  Object* o = rt.NewObject(proto.IsNull() ? nullptr : proto.As<Object>());
  TempRoot keep(rt, Value::FromCell(o));
  if (!call.Arg(1).IsUndefined()) LOOPSCOPE_TRY(DefineProperties(rt, o, call.Arg(1)));
  return Ok(Value::FromCell(o));
}

// ECMA-262 20.1.3.4 Object.prototype.propertyIsEnumerable.
Completion PropertyIsEnumerable(Runtime& rt, NativeCall& call, Native*) {
  String* key = nullptr;
  LOOPSCOPE_TRY(rt.ToPropertyKey(call.Arg(0), key));
  Value self = call.this_value;
  LOOPSCOPE_TRY(RequireCoercible(rt, self));
  PropertyDescriptor desc;
  bool found = self.IsObject()   ? rt.GetOwnPropertyDescriptor(self.As<Object>(), key, desc)
               : self.IsString() ? StringOwnDescriptor(rt, self, key, desc)
                                 : false;
  return Ok(Value::Boolean(found && desc.enumerable));
}

}  // namespace

void InstallObjectAttributeBuiltins(Runtime& rt) {
  Object* ctor = rt.realm.object_proto->Find(rt.key_constructor)->value.As<Object>();
  rt.DefineNative(ctor, "defineProperty", 3, DefineProperty);
  rt.DefineNative(ctor, "defineProperties", 2, DefinePropertiesFn);
  rt.DefineNative(ctor, "getOwnPropertyDescriptor", 2, GetOwnPropertyDescriptor);
  rt.DefineNative(ctor, "getOwnPropertyDescriptors", 1, GetOwnPropertyDescriptors);
  rt.DefineNative(ctor, "getOwnPropertyNames", 1, GetOwnPropertyNames);
  rt.DefineNative(ctor, "freeze", 1, Freeze);
  rt.DefineNative(ctor, "isFrozen", 1, IsFrozen);
  rt.DefineNative(ctor, "seal", 1, Seal);
  rt.DefineNative(ctor, "isSealed", 1, IsSealed);
  rt.DefineNative(ctor, "preventExtensions", 1, PreventExtensions);
  rt.DefineNative(ctor, "isExtensible", 1, IsExtensible);
  rt.DefineNative(ctor, "create", 2, Create);
  rt.DefineNative(rt.realm.object_proto, "propertyIsEnumerable", 1, PropertyIsEnumerable);
}

}  // namespace loopscope::js
