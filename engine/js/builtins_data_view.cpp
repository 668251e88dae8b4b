// engine/js/builtins_data_view.cpp — DataView (ECMA-262 25.3): the constructor, its
// buffer/byteLength/byteOffset getters, and get/set for every element type in either byte
// order (big-endian unless littleEndian is truthy), getBigInt64/getBigUint64 included.
// Where to look next: typed_array.cpp (ReadElementValue/WriteElementValue),
// builtins_array_buffer.cpp.
#include "engine/js/typed_array_builtins.h"

namespace loopscope::js {
namespace {

Completion ThisDataView(Runtime& rt, NativeCall& call, std::string_view method,
                        DataViewObject*& out) {
  if (!call.this_value.Is(CellKind::kDataView)) {
    // "Method DataView.prototype.getInt8", "Method get DataView.prototype.buffer".
    bool getter = method.starts_with("get ");
    return rt.Throw(ErrorType::kTypeError,
                    std::string("Method ") + (getter ? "get " : "") + "DataView.prototype." +
                        std::string(getter ? method.substr(4) : method) +
                        " called on incompatible receiver " + rt.ObjectLabel(call.this_value));
  }
  out = call.this_value.As<DataViewObject>();
  return Ok();
}

// 25.3.2.1 DataView ( buffer [ , byteOffset [ , byteLength ] ] ).
Completion DataViewConstructor(Runtime& rt, NativeCall& call, Native*) {
  Value new_target = rt.current_new_target;
  if (!new_target.IsObject())
    return rt.Throw(ErrorType::kTypeError, "Constructor DataView requires 'new'");
  if (!call.Arg(0).Is(CellKind::kArrayBuffer))
    return rt.Throw(ErrorType::kTypeError,
                    "First argument to DataView constructor must be an ArrayBuffer");
  auto* buffer = call.Arg(0).As<ArrayBufferObject>();
  double offset;
  std::string offset_error =
      "Start offset " + rt.ToDisplayString(call.Arg(1)) + " is outside the bounds of the buffer";
  LOOPSCOPE_TRY(ToIndexArg(rt, call.Arg(1), offset_error, offset));
  auto buffer_length = static_cast<double>(buffer->bytes.size());
  if (offset > buffer_length)
    return rt.Throw(ErrorType::kRangeError, "Start offset " + NumberToString(offset) +
                                                " is outside the bounds of the buffer");
  bool tracking = call.Arg(2).IsUndefined() && buffer->resizable;
  double length = buffer_length - offset;
  if (!call.Arg(2).IsUndefined()) {
    std::string length_error = "Invalid DataView length " + rt.ToDisplayString(call.Arg(2));
    LOOPSCOPE_TRY(ToIndexArg(rt, call.Arg(2), length_error, length));
    if (offset + length > buffer_length) return rt.Throw(ErrorType::kRangeError, length_error);
  }
  rt.current_new_target = new_target;  // the conversions may have run a constructor
  Object* proto;
  LOOPSCOPE_TRY(PrototypeForNew(rt, rt.realm.data_view_proto, proto));
  auto* view = rt.Alloc<DataViewObject>(proto);
  view->buffer = buffer;
  view->byte_offset = static_cast<size_t>(offset);
  view->length_tracking = tracking;
  view->byte_length = tracking ? 0 : static_cast<size_t>(length);
  return Ok(Value::FromCell(view));
}

Completion GetBuffer(Runtime& rt, NativeCall& call, Native*) {
  DataViewObject* dv;
  LOOPSCOPE_TRY(ThisDataView(rt, call, "get buffer", dv));
  return Ok(Value::FromCell(dv->buffer));
}

Completion OutOfBounds(Runtime& rt, std::string_view method) {
  return rt.Throw(ErrorType::kTypeError, "Cannot perform DataView.prototype." +
                                             std::string(method) + " on a detached ArrayBuffer");
}

Completion GetByteLength(Runtime& rt, NativeCall& call, Native*) {
  DataViewObject* dv;
  LOOPSCOPE_TRY(ThisDataView(rt, call, "get byteLength", dv));
  if (IsOutOfBounds(dv)) return OutOfBounds(rt, "byteLength");
  return Ok(Value::Number(static_cast<double>(ViewByteLength(dv))));
}

Completion GetByteOffset(Runtime& rt, NativeCall& call, Native*) {
  DataViewObject* dv;
  LOOPSCOPE_TRY(ThisDataView(rt, call, "get byteOffset", dv));
  if (IsOutOfBounds(dv)) return OutOfBounds(rt, "byteOffset");
  return Ok(Value::Number(static_cast<double>(dv->byte_offset)));
}

// 25.3.1.5 GetViewValue / 25.3.1.6 SetViewValue. slots[0]: the ElementType's index.
Completion ViewAccess(Runtime& rt, NativeCall& call, Native* self, bool set) {
  DataViewObject* dv;
  LOOPSCOPE_TRY(ThisDataView(rt, call, self->name->data, dv));
  auto type = static_cast<ElementType>(static_cast<int>(self->slots[0].AsNumber()));
  const std::string range_error = "Offset is outside the bounds of the DataView";
  double index;
  LOOPSCOPE_TRY(ToIndexArg(rt, call.Arg(0), range_error, index));
  Value n;
  if (set) LOOPSCOPE_TRY(ToElementNumeric(rt, type, call.Arg(1), n));
  TempRoot keep(rt, n);
  bool little_endian = Runtime::ToBoolean(call.Arg(set ? 2 : 1));
  if (IsOutOfBounds(dv)) return OutOfBounds(rt, self->name->data);
  if (index + InfoOf(type).size > static_cast<double>(ViewByteLength(dv)))
    return rt.Throw(ErrorType::kRangeError, range_error);
  uint8_t* at = dv->buffer->bytes.data() + dv->byte_offset + static_cast<size_t>(index);
  if (!set) return Ok(ReadElementValue(rt, type, at, little_endian));
  WriteElementValue(type, at, n, little_endian);
  return Ok();
}
Completion GetValue(Runtime& rt, NativeCall& call, Native* self) {
  return ViewAccess(rt, call, self, false);
}
Completion SetValue(Runtime& rt, NativeCall& call, Native* self) {
  return ViewAccess(rt, call, self, true);
}

}  // namespace

void InstallDataViewBuiltins(Runtime& rt) {
  Object* proto = rt.realm.data_view_proto = rt.NewPlainObject();
  DefineConstructor(rt, "DataView", 1, DataViewConstructor, proto);
  DefineGetter(rt, proto, rt.Intern("buffer"), GetBuffer);
  DefineGetter(rt, proto, rt.Intern("byteLength"), GetByteLength);
  DefineGetter(rt, proto, rt.Intern("byteOffset"), GetByteOffset);
  for (const ElementTypeInfo& info : kElementTypes) {
    if (!info.view_name) continue;  // no getUint8Clamped
    Value slot = Value::Number(static_cast<double>(static_cast<int>(info.type)));
    rt.DefineNative(proto, std::string("get") + info.view_name, 1, GetValue)->slots[0] = slot;
    rt.DefineNative(proto, std::string("set") + info.view_name, 2, SetValue)->slots[0] = slot;
  }
  DefineToStringTag(rt, proto, "DataView");
}

}  // namespace loopscope::js
