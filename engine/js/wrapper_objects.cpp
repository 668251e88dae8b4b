// engine/js/wrapper_objects.cpp — Number, String and Boolean objects (see
// wrapper_objects.h).
// Where to look next: properties.cpp (where these hooks are called).
#include "engine/js/wrapper_objects.h"

#include <string>

#include "engine/js/object.h"

namespace loopscope::js {
namespace {

String* WrappedString(Object* obj) {
  if (obj->kind != CellKind::kPrimitiveWrapper) return nullptr;
  Value p = static_cast<PrimitiveWrapper*>(obj)->primitive;
  return p.IsString() ? p.As<String>() : nullptr;
}

}  // namespace

Value NewPrimitiveWrapper(Runtime& rt, Value primitive, Object* prototype) {
  return Value::FromCell(rt.Alloc<PrimitiveWrapper>(prototype, primitive));
}

Value WrapPrimitive(Runtime& rt, Value primitive) {
  return NewPrimitiveWrapper(rt, primitive, rt.PrototypeOf(primitive));
}

Value UnwrapPrimitive(Value v) {
  return v.Is(CellKind::kPrimitiveWrapper) ? v.As<PrimitiveWrapper>()->primitive : v;
}

Value StringWrapperOwnProperty(Runtime& rt, Object* obj, String* key) {
  String* s = WrappedString(obj);
  if (!s) return Value::Hole();
  if (key == rt.key_length) return Value::Number(Runtime::Utf16Length(s));
  uint32_t index;
  if (!Runtime::IsArrayIndex(key->data, index) ||
      index >= static_cast<uint32_t>(Runtime::Utf16Length(s)))
    return Value::Hole();
  Completion c = rt.GetElement(Value::FromCell(s), Value::Number(index));
  return c.value;  // a string's index never runs code or fails
}

bool StringWrapperOwnKeys(Runtime& rt, Object* obj, std::vector<String*>& keys) {
  String* s = WrappedString(obj);
  if (!s) return false;
  int32_t length = Runtime::Utf16Length(s);
  for (int32_t i = 0; i < length; ++i) keys.push_back(rt.Intern(std::to_string(i)));
  return true;
}

}  // namespace loopscope::js
