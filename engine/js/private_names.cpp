// engine/js/private_names.cpp — the private elements of objects (see private_names.h).
//
// V8 checks an instance's brand for methods and accessors and its fields one by one; the
// messages differ accordingly ("Receiver must be an instance of class A" for a method,
// "Cannot read private member #x ..." for a field), so each Private Name records its kind.
#include "engine/js/private_names.h"

#include <string>

namespace loopscope::js {
namespace {

Property* FindPrivate(Value obj, Symbol* name) {
  return obj.IsObject() ? obj.As<Object>()->FindPrivate(name) : nullptr;
}

// The object lacks `name`: V8's brand check message for methods and accessors, the
// field's own otherwise: "read ... from" or "write ... to".
Completion ThrowMissing(Runtime& rt, Symbol* name, bool write) {
  if (name->private_kind != PrivateKind::kField) {
    std::string cls = name->private_class ? name->private_class->data : "anonymous";
    return rt.Throw(ErrorType::kTypeError, name->private_static
                                               ? "Receiver must be class " + cls
                                               : "Receiver must be an instance of class " + cls);
  }
  return rt.Throw(
      ErrorType::kTypeError,
      std::string(write ? "Cannot write private member " : "Cannot read private member ") +
          name->data + (write ? " to" : " from") + " an object whose class did not declare it");
}

}  // namespace

Symbol* NewPrivateName(Runtime& rt, String* description, String* class_name, PrivateKind kind) {
  Symbol* name = rt.Alloc<Symbol>(description->data, Value::FromCell(description));
  name->private_kind = kind;
  name->private_class = class_name;
  return name;
}

Completion PrivateGet(Runtime& rt, Value obj, Symbol* name) {
  Property* p = FindPrivate(obj, name);
  if (!p) return ThrowMissing(rt, name, false);
  if (!p->accessor) return Ok(p->value);
  Value getter = p->value.As<Accessor>()->getter;
  if (getter.IsUndefined())
    return rt.Throw(ErrorType::kTypeError, "'" + name->data + "' was defined without a getter");
  return rt.Call(getter, obj, {});
}

Completion PrivateSet(Runtime& rt, Value obj, Symbol* name, Value v) {
  Property* p = FindPrivate(obj, name);
  if (!p) return ThrowMissing(rt, name, true);
  if (p->accessor) {
    Value setter = p->value.As<Accessor>()->setter;
    if (setter.IsUndefined())
      return rt.Throw(ErrorType::kTypeError, "'" + name->data + "' was defined without a setter");
    Value args[] = {v};
    Completion c = rt.Call(setter, obj, args);
    if (!c.ok()) return c;
    return Ok(v);
  }
  if (!p->writable)
    return rt.Throw(ErrorType::kTypeError, "Private method '" + name->data + "' is not writable");
  p->value = v;
  return Ok(v);
}

Completion PrivateFieldAdd(Runtime& rt, Value obj, Symbol* name, Value v) {
  if (FindPrivate(obj, name))
    return rt.Throw(ErrorType::kTypeError,
                    "Cannot initialize " + name->data + " twice on the same object");
  obj.As<Object>()->AddPrivate(Property{name, v, false, true, false, false});
  return Ok(obj);
}

Completion PrivateMethodAdd(Runtime& rt, Value obj, Symbol* name) {
  if (FindPrivate(obj, name)) {
    std::string cls = name->private_class ? name->private_class->data : "anonymous";
    return rt.Throw(ErrorType::kTypeError, "Cannot initialize private methods of class " + cls +
                                               " twice on the same object");
  }
  bool accessor = name->private_kind == PrivateKind::kAccessor;
  obj.As<Object>()->AddPrivate(Property{name, name->private_value, false, false, false, accessor});
  return Ok(obj);
}

Completion PrivateIn(Runtime& rt, Value obj, Symbol* name) {
  if (!obj.IsObject())
    return rt.Throw(ErrorType::kTypeError, "Cannot use 'in' operator to search for '" + name->data +
                                               "' in " + rt.ToDisplayString(obj));
  return Ok(Value::Boolean(FindPrivate(obj, name) != nullptr));
}

void DefinePrivateMethod(Runtime& rt, Value cls, Symbol* name, Value fn, uint32_t flags) {
  Object* home = cls.As<Object>();
  if (!(flags & kPrivateStatic)) home = home->Find(rt.key_prototype)->value.As<Object>();
  Closure* method = fn.As<Closure>();
  method->home_object = home;
  name->private_static = flags & kPrivateStatic;
  if (!(flags & (kPrivateGetter | kPrivateSetter))) {
    method->proto->name = name->data;
    name->private_value = fn;
    return;
  }
  bool setter = flags & kPrivateSetter;
  method->proto->name = (setter ? "set " : "get ") + name->data;
  if (!name->private_value.Is(CellKind::kAccessor))
    name->private_value =
        Value::FromCell(rt.Alloc<Accessor>(Value::Undefined(), Value::Undefined()));
  Accessor* pair = name->private_value.As<Accessor>();
  (setter ? pair->setter : pair->getter) = fn;
}

}  // namespace loopscope::js
