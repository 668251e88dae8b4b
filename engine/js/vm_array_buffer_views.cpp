// engine/js/vm_array_buffer_views.cpp — the Vm's window on ArrayBuffers, TypedArrays and
// DataViews for the Node layer: Buffer.from(typedArray), Buffer.from(arrayBuffer) and the
// APIs that take any ArrayBufferView (fs writes, crypto, zlib) read bytes through these.
// Node's Buffer is a Uint8Array whose prototype is Buffer.prototype (lib/buffer.js
// FastBuffer): NewUint8ArrayOver makes one over any ArrayBuffer, sharing its memory.
// Where to look next: typed_array.h, engine/node/modules/buffer.cpp (BytesOf, From).
#include "engine/js/runtime.h"
#include "engine/js/typed_array_builtins.h"
#include "engine/js/vm.h"

namespace loopscope::js {

bool Vm::IsArrayBuffer(Value v) const {
  return v.Is(CellKind::kArrayBuffer);
}

std::optional<std::span<char>> Vm::ViewSpan(Value v, bool array_buffer) const {
  auto span = [](uint8_t* data, size_t n) {
    return std::span<char>(reinterpret_cast<char*>(data), n);
  };
  if (v.Is(CellKind::kTypedArray)) {
    auto* ta = v.As<TypedArrayObject>();
    return span(ElementData(ta), TypedArrayLength(ta) * ta->ElementSize());
  }
  if (v.Is(CellKind::kDataView)) {
    auto* dv = v.As<DataViewObject>();
    return span(dv->buffer->bytes.data() + dv->byte_offset, ViewByteLength(dv));
  }
  if (array_buffer && v.Is(CellKind::kArrayBuffer)) {
    auto& bytes = v.As<ArrayBufferObject>()->bytes;
    return span(bytes.data(), bytes.size());
  }
  return std::nullopt;
}

Value Vm::NewArrayBuffer(std::string_view bytes) {
  auto* buffer = rt_->Alloc<ArrayBufferObject>(rt_->realm.array_buffer_proto);
  buffer->bytes.assign(bytes.begin(), bytes.end());
  return Value::FromCell(buffer);
}

Value Vm::NewUint8ArrayOver(Value of, size_t start, size_t length, Value prototype) {
  ArrayBufferObject* buffer = nullptr;
  size_t offset = start;
  if (of.Is(CellKind::kArrayBuffer)) {
    buffer = of.As<ArrayBufferObject>();
  } else if (of.Is(CellKind::kTypedArray)) {
    buffer = of.As<TypedArrayObject>()->buffer;
    offset += of.As<TypedArrayObject>()->byte_offset;
  } else if (of.Is(CellKind::kDataView)) {
    buffer = of.As<DataViewObject>()->buffer;
    offset += of.As<DataViewObject>()->byte_offset;
  } else {
    buffer = NewArrayBuffer({}).As<ArrayBufferObject>();
    offset = length = 0;
  }
  Object* proto = prototype.IsObject()
                      ? prototype.As<Object>()
                      : rt_->realm.typed_array_protos[static_cast<size_t>(ElementType::kUint8)];
  TempRoot keep(*rt_, Value::FromCell(buffer));
  auto* ta = rt_->Alloc<TypedArrayObject>(proto, ElementType::kUint8);
  ta->buffer = buffer;
  ta->byte_offset = offset;
  ta->array_length = length;
  return Value::FromCell(ta);
}

bool Vm::DetachArrayBuffer(Value v) {
  if (!v.Is(CellKind::kArrayBuffer)) return false;
  auto* buffer = v.As<ArrayBufferObject>();
  buffer->bytes.clear();
  buffer->bytes.shrink_to_fit();
  buffer->max_byte_length = 0;
  buffer->detached = true;
  return true;
}

bool Vm::IsUint8Array(Value v) const {
  return v.Is(CellKind::kTypedArray) && v.As<TypedArrayObject>()->type == ElementType::kUint8;
}

Value Vm::ViewArrayBuffer(Value view) const {
  if (view.Is(CellKind::kTypedArray)) return Value::FromCell(view.As<TypedArrayObject>()->buffer);
  if (view.Is(CellKind::kDataView)) return Value::FromCell(view.As<DataViewObject>()->buffer);
  return Value::Undefined();
}

size_t Vm::ViewByteOffset(Value view) const {
  if (view.Is(CellKind::kTypedArray)) return view.As<TypedArrayObject>()->byte_offset;
  if (view.Is(CellKind::kDataView)) return view.As<DataViewObject>()->byte_offset;
  return 0;
}

void Vm::SetBufferClass(Value constructor, Value prototype) {
  if (!constructor.IsObject() || !prototype.IsObject()) return;
  auto uint8 = static_cast<size_t>(ElementType::kUint8);
  constructor.As<Object>()->prototype = rt_->realm.typed_array_ctors[uint8];
  prototype.As<Object>()->prototype = rt_->realm.typed_array_protos[uint8];
  rt_->realm.buffer_proto = prototype.As<Object>();
}

bool Vm::IsBuffer(Value v) const {
  if (!v.Is(CellKind::kTypedArray) || !rt_->realm.buffer_proto) return false;
  for (Object* p = v.As<Object>()->prototype; p; p = p->prototype)
    if (p == rt_->realm.buffer_proto) return true;
  return false;
}

Value Vm::BufferPrototype() const {
  Object* proto = rt_->realm.buffer_proto;
  return proto ? Value::FromCell(proto) : Value::Undefined();
}

bool Vm::TypedArrayValues(Value v, std::vector<double>* out) const {
  if (!v.Is(CellKind::kTypedArray)) return false;
  auto* ta = v.As<TypedArrayObject>();
  size_t length = TypedArrayLength(ta);
  out->resize(length);
  for (size_t i = 0; i < length; ++i)
    (*out)[i] = ReadElement(ta->type, ElementData(ta) + i * ta->ElementSize());
  return true;
}

}  // namespace loopscope::js
