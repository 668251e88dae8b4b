// engine/js/vm_array_buffer_views.cpp — the Vm's window on ArrayBuffers, TypedArrays and
// DataViews for the Node layer: Buffer.from(typedArray), Buffer.from(arrayBuffer) and the
// APIs that take any ArrayBufferView (fs writes, crypto, zlib) read bytes through these.
// Where to look next: typed_array.h, engine/node/modules/buffer.cpp (BytesOf, From).
#include "engine/js/runtime.h"
#include "engine/js/vm.h"

namespace loopscope::js {

bool Vm::ViewBytes(Value v, std::string* out, bool array_buffer) const {
  if (v.Is(CellKind::kTypedArray)) {
    auto* ta = v.As<TypedArrayObject>();
    const uint8_t* data = ElementData(ta);
    out->assign(reinterpret_cast<const char*>(data), TypedArrayLength(ta) * ta->ElementSize());
    return true;
  }
  if (v.Is(CellKind::kDataView)) {
    auto* dv = v.As<DataViewObject>();
    const uint8_t* data = dv->buffer->bytes.data() + dv->byte_offset;
    out->assign(reinterpret_cast<const char*>(data), ViewByteLength(dv));
    return true;
  }
  if (array_buffer && v.Is(CellKind::kArrayBuffer)) {
    const auto& bytes = v.As<ArrayBufferObject>()->bytes;
    out->assign(reinterpret_cast<const char*>(bytes.data()), bytes.size());
    return true;
  }
  return false;
}

bool Vm::IsArrayBuffer(Value v) const {
  return v.Is(CellKind::kArrayBuffer);
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
