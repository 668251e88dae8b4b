// engine/js/typed_array.cpp — the integer-indexed element operations of a TypedArray
// (ECMA-262 10.4.5) and the raw byte conversions shared with DataView (25.1.3.16-17).
// Where to look next: typed_array.h, properties.cpp (where [[Get]]/[[Set]] reach these).
#include "engine/js/typed_array.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <string>

#include "engine/js/bigint.h"
#include "engine/js/builtins.h"

namespace loopscope::js {
namespace {

// ECMA-262 7.1.11 ToUint8Clamp: round half to even, NaN is 0.
uint8_t ToUint8Clamp(double n) {
  if (!(n > 0)) return 0;
  if (n >= 255) return 255;
  double f = std::floor(n);
  if (f + 0.5 < n) return static_cast<uint8_t>(f + 1);
  if (n < f + 0.5) return static_cast<uint8_t>(f);
  return static_cast<uint8_t>(static_cast<int>(f) % 2 == 1 ? f + 1 : f);
}

template <typename T>
T LoadRaw(const uint8_t* at, bool little_endian) {
  uint8_t bytes[sizeof(T)];
  std::memcpy(bytes, at, sizeof(T));
  if (!little_endian) std::reverse(bytes, bytes + sizeof(T));
  T v;
  std::memcpy(&v, bytes, sizeof(T));
  return v;
}

template <typename T>
void StoreRaw(uint8_t* at, T v, bool little_endian) {
  uint8_t bytes[sizeof(T)];
  std::memcpy(bytes, &v, sizeof(T));
  if (!little_endian) std::reverse(bytes, bytes + sizeof(T));
  std::memcpy(at, bytes, sizeof(T));
}

}  // namespace

bool IsOutOfBounds(const TypedArrayObject* ta) {
  size_t buffer_length = ta->buffer->bytes.size();
  if (ta->byte_offset > buffer_length) return true;
  if (ta->length_tracking) return false;
  return ta->byte_offset + ta->array_length * ta->ElementSize() > buffer_length;
}

size_t TypedArrayLength(const TypedArrayObject* ta) {
  if (IsOutOfBounds(ta)) return 0;
  if (!ta->length_tracking) return ta->array_length;
  return (ta->buffer->bytes.size() - ta->byte_offset) / ta->ElementSize();
}

uint8_t* ElementData(TypedArrayObject* ta) {
  return ta->buffer->bytes.data() + ta->byte_offset;
}

bool IsOutOfBounds(const DataViewObject* dv) {
  size_t buffer_length = dv->buffer->bytes.size();
  if (dv->byte_offset > buffer_length) return true;
  if (dv->length_tracking) return false;
  return dv->byte_offset + dv->byte_length > buffer_length;
}

size_t ViewByteLength(const DataViewObject* dv) {
  if (IsOutOfBounds(dv)) return 0;
  if (!dv->length_tracking) return dv->byte_length;
  return dv->buffer->bytes.size() - dv->byte_offset;
}

double ReadElement(ElementType t, const uint8_t* at, bool le) {
  switch (t) {
    case ElementType::kInt8:
      return static_cast<int8_t>(at[0]);
    case ElementType::kUint8:
    case ElementType::kUint8Clamped:
      return at[0];
    case ElementType::kInt16:
      return LoadRaw<int16_t>(at, le);
    case ElementType::kUint16:
      return LoadRaw<uint16_t>(at, le);
    case ElementType::kInt32:
      return LoadRaw<int32_t>(at, le);
    case ElementType::kUint32:
      return LoadRaw<uint32_t>(at, le);
    case ElementType::kFloat32:
      return LoadRaw<float>(at, le);
    case ElementType::kFloat64:
      return LoadRaw<double>(at, le);
    case ElementType::kBigInt64:
    case ElementType::kBigUint64:
      break;  // ReadElementValue
  }
  return 0;
}

void WriteElement(ElementType t, uint8_t* at, double n, bool le) {
  // ToInt8/ToUint8/ToInt16/ToUint16 (7.1.8-7.1.12) are ToUint32's value modulo 2^8 or
  // 2^16: the low bits of the same integer.
  switch (t) {
    case ElementType::kInt8:
    case ElementType::kUint8:
      at[0] = static_cast<uint8_t>(ToUint32(n));
      return;
    case ElementType::kUint8Clamped:
      at[0] = ToUint8Clamp(n);
      return;
    case ElementType::kInt16:
    case ElementType::kUint16:
      return StoreRaw<uint16_t>(at, static_cast<uint16_t>(ToUint32(n)), le);
    case ElementType::kInt32:
    case ElementType::kUint32:
      return StoreRaw<uint32_t>(at, ToUint32(n), le);
    case ElementType::kFloat32:
      return StoreRaw<float>(at, static_cast<float>(n), le);
    case ElementType::kFloat64:
      return StoreRaw<double>(at, n, le);
    case ElementType::kBigInt64:
    case ElementType::kBigUint64:
      return;  // WriteElementValue
  }
}

Value ReadElementValue(Runtime& rt, ElementType t, const uint8_t* at, bool le) {
  if (t == ElementType::kBigInt64) return BigIntFromInt64(rt, LoadRaw<int64_t>(at, le));
  if (t == ElementType::kBigUint64) return BigIntFromUint64(rt, LoadRaw<uint64_t>(at, le));
  return Value::Number(ReadElement(t, at, le));
}

Completion ToElementNumeric(Runtime& rt, ElementType t, Value v, Value& out) {
  if (IsBigIntElementType(t)) {
    Completion b = ToBigInt(rt, v);
    if (b.ok()) out = b.value;
    return b;
  }
  double n;
  LOOPSCOPE_TRY(rt.ToNumber(v, n));
  out = Value::Number(n);
  return Ok();
}

void WriteElementValue(ElementType t, uint8_t* at, Value numeric, bool le) {
  // 7.1.15 ToBigInt64 / 7.1.16 ToBigUint64: the low 64 bits of the two's complement.
  if (IsBigIntElementType(t))
    return StoreRaw<uint64_t>(at, BigIntToUint64(numeric.As<BigInt>()), le);
  WriteElement(t, at, numeric.AsNumber(), le);
}

void CopyElement(ElementType to, uint8_t* dst, ElementType from, const uint8_t* src) {
  if (IsBigIntElementType(to)) {
    std::memcpy(dst, src, 8);  // both 64-bit: the same bits, read as the target's sign
    return;
  }
  WriteElement(to, dst, ReadElement(from, src));
}

bool CanonicalNumericIndex(std::string_view key, double& out) {
  if (key.empty()) return false;
  char c = key[0];
  // Only these can start the ToString of a number: a quick no for "length", "buffer"...
  if (!(c == '-' || c == 'I' || c == 'N' || (c >= '0' && c <= '9'))) return false;
  if (key == "-0") {
    out = -0.0;
    return true;
  }
  uint32_t index;
  if (Runtime::IsArrayIndex(key, index)) {
    out = index;
    return true;
  }
  // The key must be ToString(ToNumber(key)): strtod reads every such text ("1.5", "-1",
  // "1e+21", "Infinity", "NaN"), and the round trip rejects what it reads beyond them.
  std::string text(key);
  char* end = nullptr;
  double n = std::strtod(text.c_str(), &end);
  if (end != text.c_str() + text.size() || NumberToString(n) != key) return false;
  out = n;
  return true;
}

bool IsValidIntegerIndex(const TypedArrayObject* ta, double index) {
  if (index != std::trunc(index) || std::isinf(index)) return false;
  if (index == 0 && std::signbit(index)) return false;
  return index >= 0 && index < static_cast<double>(TypedArrayLength(ta));
}

Value TypedArrayGetElement(Runtime& rt, TypedArrayObject* ta, double index) {
  if (!IsValidIntegerIndex(ta, index)) return Value::Undefined();
  size_t i = static_cast<size_t>(index);
  return ReadElementValue(rt, ta->type, ElementData(ta) + i * ta->ElementSize());
}

Completion TypedArraySetElement(Runtime& rt, TypedArrayObject* ta, double index, Value v) {
  Value numeric;
  LOOPSCOPE_TRY(ToElementNumeric(rt, ta->type, v, numeric));
  if (!IsValidIntegerIndex(ta, index)) return Ok();
  size_t i = static_cast<size_t>(index);
  WriteElementValue(ta->type, ElementData(ta) + i * ta->ElementSize(), numeric);
  return Ok();
}

}  // namespace loopscope::js
