// engine/js/typed_array.h — ArrayBuffer, the TypedArrays and DataView: their cells, the
// element types, and the integer-indexed element access the property code calls.
//
// An ArrayBuffer owns its bytes in a HeapVector, so they count towards the heap limit like
// array elements (heap_meter.h). A TypedArray or DataView is a view: a buffer, an offset and
// a length, or "length-tracking" over a resizable buffer (ECMA-262 25.1.3.x, 10.4.5). All
// reads and writes are little-endian, as on every machine node runs on.
// Where to look next: typed_array.cpp (the element operations), builtins_typed_array.cpp
// (the constructors), builtins_typed_array_methods.cpp, builtins_array_buffer.cpp,
// builtins_data_view.cpp.
#pragma once

#include <cstddef>
#include <cstdint>
#include <iterator>
#include <string_view>

#include "engine/js/object.h"

namespace loopscope::js {

class Runtime;

// ECMA-262 Table 71 (The TypedArray Constructors): one row per element type, in the order
// the Realm keeps their prototypes and constructors.
enum class ElementType : uint8_t {
  kInt8,
  kUint8,
  kUint8Clamped,
  kInt16,
  kUint16,
  kInt32,
  kUint32,
  kFloat32,
  kFloat64,
  kBigInt64,  // the two whose [[ContentType]] is BigInt
  kBigUint64,
};
struct ElementTypeInfo {
  ElementType type;
  const char* name;       // the constructor's name
  const char* view_name;  // DataView's get<view_name>/set<view_name>
  uint8_t size;           // the Element Size
};
inline constexpr ElementTypeInfo kElementTypes[] = {
    {ElementType::kInt8, "Int8Array", "Int8", 1},
    {ElementType::kUint8, "Uint8Array", "Uint8", 1},
    {ElementType::kUint8Clamped, "Uint8ClampedArray", nullptr, 1},
    {ElementType::kInt16, "Int16Array", "Int16", 2},
    {ElementType::kUint16, "Uint16Array", "Uint16", 2},
    {ElementType::kInt32, "Int32Array", "Int32", 4},
    {ElementType::kUint32, "Uint32Array", "Uint32", 4},
    {ElementType::kFloat32, "Float32Array", "Float32", 4},
    {ElementType::kFloat64, "Float64Array", "Float64", 8},
    {ElementType::kBigInt64, "BigInt64Array", "BigInt64", 8},
    {ElementType::kBigUint64, "BigUint64Array", "BigUint64", 8},
};
inline constexpr size_t kElementTypeCount = std::size(kElementTypes);
inline const ElementTypeInfo& InfoOf(ElementType t) {
  return kElementTypes[static_cast<size_t>(t)];
}

// V8's limits: a TypedArray has at most 2^32 elements; a buffer's length is refused above
// 2^53 - 1 ("Invalid array buffer length"), and anything else the heap cannot hold stops
// the program at the heap limit.
inline constexpr double kMaxTypedArrayLength = 4294967296.0;
inline constexpr double kMaxByteLength = 9007199254740991.0;
// A resizable buffer's maxByteLength is refused above 2^32 ("Invalid array buffer max
// length"), as V8 does.
inline constexpr double kMaxResizableByteLength = 4294967296.0;
// Beyond this no machine node runs on gives the memory: V8's allocation fails with a
// RangeError ("Array buffer allocation failed") where smaller ones stop at the heap limit.
inline constexpr double kMaxAllocatableByteLength = 1099511627776.0;  // 1 TiB

// ECMA-262 25.1.2 ArrayBuffer instances: [[ArrayBufferData]] and, for a resizable buffer,
// [[ArrayBufferMaxByteLength]].
struct ArrayBufferObject : Object {
  explicit ArrayBufferObject(Object* prototype) : Object(prototype, CellKind::kArrayBuffer) {}
  HeapVector<uint8_t> bytes;
  bool resizable = false;
  size_t max_byte_length = 0;  // resizable buffers only
  // ECMA-262 25.1.3.5 DetachArrayBuffer: transferred to another thread (a worker's
  // postMessage), no bytes left; views over it are out of bounds.
  bool detached = false;
};

// ECMA-262 23.2.7 Properties of TypedArray Instances. length_tracking: constructed over a
// resizable buffer without a length, so the length follows the buffer (10.4.5.12).
struct TypedArrayObject : Object {
  TypedArrayObject(Object* prototype, ElementType t)
      : Object(prototype, CellKind::kTypedArray), type(t) {}
  ArrayBufferObject* buffer = nullptr;
  ElementType type;
  bool length_tracking = false;
  size_t byte_offset = 0;
  size_t array_length = 0;  // fixed-length views only
  size_t ElementSize() const { return InfoOf(type).size; }
};

// ECMA-262 25.3.4 Properties of DataView Instances.
struct DataViewObject : Object {
  explicit DataViewObject(Object* prototype) : Object(prototype, CellKind::kDataView) {}
  ArrayBufferObject* buffer = nullptr;
  bool length_tracking = false;
  size_t byte_offset = 0;
  size_t byte_length = 0;  // fixed-length views only
};

// ECMA-262 10.4.5.13 IsTypedArrayOutOfBounds and 10.4.5.14 TypedArrayLength (0 when out of
// bounds).
bool IsOutOfBounds(const TypedArrayObject* ta);
size_t TypedArrayLength(const TypedArrayObject* ta);
// The view's bytes start here; valid for TypedArrayLength(ta) elements.
uint8_t* ElementData(TypedArrayObject* ta);
// ECMA-262 25.3.1.3 IsViewOutOfBounds and GetViewByteLength for a DataView.
bool IsOutOfBounds(const DataViewObject* dv);
size_t ViewByteLength(const DataViewObject* dv);

// ECMA-262 25.1.3.16 RawBytesToNumeric / 25.1.3.17 NumericToRawBytes: `n` converted as
// 7.1.x ToInt8...ToUint8Clamp, a float cast for Float32. For the Number element types
// only; the *Value forms below serve both content types.
double ReadElement(ElementType t, const uint8_t* at, bool little_endian = true);
void WriteElement(ElementType t, uint8_t* at, double n, bool little_endian = true);

// [[ContentType]] BigInt: BigInt64Array and BigUint64Array.
inline bool IsBigIntElementType(ElementType t) {
  return t == ElementType::kBigInt64 || t == ElementType::kBigUint64;
}
// RawBytesToNumeric as a Value: a Number, or a BigInt for the BigInt content type.
Value ReadElementValue(Runtime& rt, ElementType t, const uint8_t* at, bool little_endian = true);
// The conversion before a write: ToBigInt for the BigInt content type, else ToNumber (both
// may run user code); `out` is what WriteElementValue takes.
Completion ToElementNumeric(Runtime& rt, ElementType t, Value v, Value& out);
void WriteElementValue(ElementType t, uint8_t* at, Value numeric, bool little_endian = true);
// Copies one element between views of the same content type (NumericToRawBytes of
// RawBytesToNumeric, without making a BigInt cell).
void CopyElement(ElementType to, uint8_t* dst, ElementType from, const uint8_t* src);

// ECMA-262 7.1.21 CanonicalNumericIndexString: is `key` the ToString of a number (or "-0")?
// Such keys never reach the prototype chain of a TypedArray.
bool CanonicalNumericIndex(std::string_view key, double& out);
// 10.4.5.15 IsValidIntegerIndex.
bool IsValidIntegerIndex(const TypedArrayObject* ta, double index);
// 10.4.5.16 TypedArrayGetElement: undefined for an invalid index.
Value TypedArrayGetElement(Runtime& rt, TypedArrayObject* ta, double index);
// 10.4.5.17 TypedArraySetElement: ToNumber first (may run user code), then the write if
// the index is still valid.
Completion TypedArraySetElement(Runtime& rt, TypedArrayObject* ta, double index, Value v);

}  // namespace loopscope::js
