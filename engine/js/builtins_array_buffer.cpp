// engine/js/builtins_array_buffer.cpp — the ArrayBuffer constructor and prototype
// (ECMA-262 25.1), resizable buffers included, plus the allocation and accessor helpers
// the TypedArray and DataView files share (typed_array_builtins.h). Node 20 has no
// ArrayBuffer.prototype.transfer, so no buffer is ever detached here.
// Where to look next: typed_array.h (ArrayBufferObject), inspect.cpp (how node prints one).
#include <algorithm>
#include <cstring>

#include "engine/js/species.h"
#include "engine/js/typed_array_builtins.h"

namespace loopscope::js {

void DefineGetter(Runtime& rt, Object* target, String* key, BuiltinFn fn) {
  Native* getter = rt.NewNative("get " + FunctionNameForKey(key), 0, fn);
  Property p{key, Value::FromCell(rt.Alloc<Accessor>(Value::FromCell(getter), Value::Undefined()))};
  p.enumerable = false;
  p.writable = false;
  p.accessor = true;
  target->Append(p);
  target->has_special_props = true;
}

Completion ToIndexArg(Runtime& rt, Value v, const std::string& message, double& out) {
  LOOPSCOPE_TRY(ToIntegerArg(rt, v, out));
  if (out < 0 || out > kMaxByteLength) return rt.Throw(ErrorType::kRangeError, message);
  return Ok();
}

Completion AllocateArrayBuffer(Runtime& rt, Object* proto, double byte_length,
                               ArrayBufferObject*& out) {
  if (byte_length > kMaxByteLength)
    return rt.Throw(ErrorType::kRangeError, "Invalid array buffer length");
  if (byte_length > kMaxAllocatableByteLength)
    return rt.Throw(ErrorType::kRangeError, "Array buffer allocation failed");
  auto bytes = static_cast<size_t>(byte_length);
  LOOPSCOPE_TRY(rt.ReserveHeap(bytes));
  out = rt.Alloc<ArrayBufferObject>(proto);
  out->bytes.resize(bytes);
  return Ok();
}

namespace {

// "Method ArrayBuffer.prototype.slice", "Method get ArrayBuffer.prototype.byteLength".
std::string Describe(std::string_view method) {
  bool getter = method.starts_with("get ");
  return std::string("Method ") + (getter ? "get " : "") + "ArrayBuffer.prototype." +
         std::string(getter ? method.substr(4) : method);
}

Completion ThisBuffer(Runtime& rt, NativeCall& call, std::string_view method,
                      ArrayBufferObject*& out) {
  if (!call.this_value.Is(CellKind::kArrayBuffer))
    return rt.Throw(ErrorType::kTypeError, Describe(method) + " called on incompatible receiver " +
                                               rt.ToDisplayString(call.this_value));
  out = call.this_value.As<ArrayBufferObject>();
  return Ok();
}

// ECMA-262 25.1.4.1 ArrayBuffer ( length [ , options ] ).
Completion ArrayBufferConstructor(Runtime& rt, NativeCall& call, Native*) {
  if (!rt.current_new_target.IsObject())
    return rt.Throw(ErrorType::kTypeError, "Constructor ArrayBuffer requires 'new'");
  Value new_target = rt.current_new_target;
  double length;
  LOOPSCOPE_TRY(ToIndexArg(rt, call.Arg(0), "Invalid array buffer length", length));
  // 25.1.3.7 GetArrayBufferMaxByteLengthOption.
  double max = -1;
  if (call.Arg(1).IsObject()) {
    Completion m = rt.GetProperty(call.Arg(1), rt.Intern("maxByteLength"));
    if (!m.ok()) return m;
    if (!m.value.IsUndefined()) {
      LOOPSCOPE_TRY(ToIndexArg(rt, m.value, "Invalid array buffer max length", max));
      if (length > max || max > kMaxResizableByteLength)
        return rt.Throw(ErrorType::kRangeError, "Invalid array buffer max length");
    }
  }
  rt.current_new_target = new_target;  // the conversions may have run a constructor
  Object* proto;
  LOOPSCOPE_TRY(PrototypeForNew(rt, rt.realm.array_buffer_proto, proto));
  ArrayBufferObject* buffer;
  LOOPSCOPE_TRY(AllocateArrayBuffer(rt, proto, length, buffer));
  if (max >= 0) {
    buffer->resizable = true;
    buffer->max_byte_length = static_cast<size_t>(max);
  }
  return Ok(Value::FromCell(buffer));
}

// 25.1.5.3 ArrayBuffer.isView ( arg ).
Completion IsView(Runtime&, NativeCall& call, Native*) {
  Value v = call.Arg(0);
  return Ok(Value::Boolean(v.Is(CellKind::kTypedArray) || v.Is(CellKind::kDataView)));
}

Completion ByteLength(Runtime& rt, NativeCall& call, Native*) {
  ArrayBufferObject* b;
  LOOPSCOPE_TRY(ThisBuffer(rt, call, "get byteLength", b));
  return Ok(Value::Number(static_cast<double>(b->bytes.size())));
}

Completion MaxByteLength(Runtime& rt, NativeCall& call, Native*) {
  ArrayBufferObject* b;
  LOOPSCOPE_TRY(ThisBuffer(rt, call, "get maxByteLength", b));
  return Ok(
      Value::Number(static_cast<double>(b->resizable ? b->max_byte_length : b->bytes.size())));
}

Completion Resizable(Runtime& rt, NativeCall& call, Native*) {
  ArrayBufferObject* b;
  LOOPSCOPE_TRY(ThisBuffer(rt, call, "get resizable", b));
  return Ok(Value::Boolean(b->resizable));
}

// 25.1.6.6 ArrayBuffer.prototype.resize ( newLength ): new bytes are zero.
Completion Resize(Runtime& rt, NativeCall& call, Native*) {
  ArrayBufferObject* b;
  LOOPSCOPE_TRY(ThisBuffer(rt, call, "resize", b));
  if (!b->resizable)
    return rt.Throw(ErrorType::kTypeError,
                    "Method ArrayBuffer.prototype.resize called on incompatible receiver " +
                        rt.ObjectLabel(call.this_value));
  const std::string message = "ArrayBuffer.prototype.resize: Invalid length parameter";
  double length;
  LOOPSCOPE_TRY(ToIndexArg(rt, call.Arg(0), message, length));
  if (length > static_cast<double>(b->max_byte_length))
    return rt.Throw(ErrorType::kRangeError, message);
  auto n = static_cast<size_t>(length);
  if (n > b->bytes.size()) LOOPSCOPE_TRY(rt.ReserveHeap(n - b->bytes.size()));
  b->bytes.resize(n);
  return Ok();
}

// 25.1.6.7 ArrayBuffer.prototype.slice ( start, end ), through the species constructor.
Completion Slice(Runtime& rt, NativeCall& call, Native* self) {
  ArrayBufferObject* b;
  LOOPSCOPE_TRY(ThisBuffer(rt, call, "slice", b));
  size_t len = b->bytes.size();
  double start, end = static_cast<double>(len);
  LOOPSCOPE_TRY(ToIntegerArg(rt, call.Arg(0), start));
  if (!call.Arg(1).IsUndefined()) LOOPSCOPE_TRY(ToIntegerArg(rt, call.Arg(1), end));
  size_t first = RelativeIndex(start, len), final_index = RelativeIndex(end, len);
  size_t new_len = final_index > first ? final_index - first : 0;
  Completion ctor = SpeciesConstructor(rt, call.this_value, self->slots[0]);  // %ArrayBuffer%
  if (!ctor.ok()) return ctor;
  Value args[1] = {Value::Number(static_cast<double>(new_len))};
  Completion made = rt.Construct(ctor.value, args, ctor.value);
  if (!made.ok()) return made;
  if (!made.value.Is(CellKind::kArrayBuffer))
    return rt.Throw(ErrorType::kTypeError,
                    "Method ArrayBuffer.prototype.slice called on "
                    "incompatible receiver " +
                        rt.ToDisplayString(made.value));
  auto* result = made.value.As<ArrayBufferObject>();
  if (result == b)
    return rt.Throw(ErrorType::kTypeError,
                    "ArrayBuffer subclass returned this from species constructor");
  if (result->bytes.size() < new_len)
    return rt.Throw(ErrorType::kTypeError, "Species constructor returned a too small buffer");
  // Step 24-27: the source may have shrunk (a resizable buffer) while the species ran.
  size_t available = b->bytes.size() > first ? std::min(new_len, b->bytes.size() - first) : 0;
  if (available) std::memcpy(result->bytes.data(), b->bytes.data() + first, available);
  return made;
}

}  // namespace

void InstallArrayBufferBuiltins(Runtime& rt) {
  Object* proto = rt.realm.array_buffer_proto = rt.NewPlainObject();
  Native* ctor = DefineConstructor(rt, "ArrayBuffer", 1, ArrayBufferConstructor, proto);
  rt.DefineNative(ctor, "isView", 1, IsView);
  DefineSpeciesGetter(rt, ctor);
  DefineGetter(rt, proto, rt.Intern("byteLength"), ByteLength);
  rt.DefineNative(proto, "slice", 2, Slice)->slots[0] = Value::FromCell(ctor);
  DefineGetter(rt, proto, rt.Intern("maxByteLength"), MaxByteLength);
  DefineGetter(rt, proto, rt.Intern("resizable"), Resizable);
  rt.DefineNative(proto, "resize", 1, Resize);
  DefineToStringTag(rt, proto, "ArrayBuffer");
}

}  // namespace loopscope::js
