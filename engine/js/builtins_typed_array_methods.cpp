// engine/js/builtins_typed_array_methods.cpp — the methods of %TypedArray.prototype%
// (ECMA-262 23.2.3): iteration, search, copying, sorting and the change-by-copy methods.
//
// Each method validates its receiver (ValidateTypedArray), reads the length once, and reads
// elements through TypedArrayGetElement, so a callback that shrinks a resizable buffer
// makes later reads undefined as the spec's Get(O, Pk) does. Results come from the species
// constructor where the spec says so (filter, map, slice, subarray) and from the intrinsic
// constructor for toReversed/toSorted/with.
// [SECTION] index: helpers, iteration, search, copying and filling, sort and join, install.
// Where to look next: builtins_typed_array.cpp (constructors and getters).
#include <algorithm>
#include <cmath>
#include <cstring>
#include <vector>

#include "engine/js/bigint.h"
#include "engine/js/tim_sort.h"
#include "engine/js/typed_array_builtins.h"

namespace loopscope::js {
namespace {

// [SECTION] helpers

std::string MethodName(std::string_view name) {
  return "%TypedArray%.prototype." + std::string(name);
}

// ValidateTypedArray and the length (the prologue of most methods).
Completion Prologue(Runtime& rt, NativeCall& call, std::string_view name, TypedArrayObject*& ta,
                    size_t& len) {
  LOOPSCOPE_TRY(ValidateTypedArray(rt, call.this_value, MethodName(name), ta));
  len = TypedArrayLength(ta);
  return Ok();
}

Value Element(Runtime& rt, TypedArrayObject* ta, size_t i) {
  return TypedArrayGetElement(rt, ta, static_cast<double>(i));
}

Completion RequireCallable(Runtime& rt, Value fn) {
  if (rt.IsCallable(fn)) return Ok();
  return rt.Throw(ErrorType::kTypeError, rt.ToDisplayString(fn) + " is not a function");
}

// A fresh TypedArray of `ta`'s own type and `len` elements (23.2.4.3
// TypedArrayCreateSameType), for the change-by-copy methods.
Completion SameType(Runtime& rt, TypedArrayObject* ta, size_t len, TypedArrayObject*& out) {
  return AllocateTypedArray(rt, ta->type,
                            rt.realm.typed_array_protos[static_cast<size_t>(ta->type)],
                            static_cast<double>(len), out);
}

// A relative index argument resolved against `len` (undefined gives `dflt`).
Completion RelativeArg(Runtime& rt, Value v, size_t len, size_t dflt, size_t& out) {
  if (v.IsUndefined()) {
    out = dflt;
    return Ok();
  }
  double d;
  LOOPSCOPE_TRY(ToIntegerArg(rt, v, d));
  out = RelativeIndex(d, len);
  return Ok();
}

// [SECTION] iteration

enum class Each { kEvery, kSome, kFind, kFindIndex, kFindLast, kFindLastIndex, kForEach };
struct EachMethod {
  Each kind;
  const char* name;
};
constexpr EachMethod kEachMethods[] = {
    {Each::kEvery, "every"},       {Each::kSome, "some"},
    {Each::kFind, "find"},         {Each::kFindIndex, "findIndex"},
    {Each::kFindLast, "findLast"}, {Each::kFindLastIndex, "findLastIndex"},
    {Each::kForEach, "forEach"},
};

// 23.2.3.7 every, .26 some, .10-.13 find/findIndex/findLast/findLastIndex, .15 forEach.
// slots[0]: the Each kind.
Completion EachCallback(Runtime& rt, NativeCall& call, Native* self) {
  auto kind = static_cast<Each>(static_cast<int>(self->slots[0].AsNumber()));
  TypedArrayObject* ta;
  size_t len;
  LOOPSCOPE_TRY(Prologue(rt, call, self->name->data, ta, len));
  Value fn = call.Arg(0);
  LOOPSCOPE_TRY(RequireCallable(rt, fn));
  bool backwards = kind == Each::kFindLast || kind == Each::kFindLastIndex;
  for (size_t step = 0; step < len; ++step) {
    size_t k = backwards ? len - 1 - step : step;
    Value v = Element(rt, ta, k);
    Value args[3] = {v, Value::Number(static_cast<double>(k)), call.this_value};
    Completion r = rt.Call(fn, call.Arg(1), args);
    if (!r.ok()) return r;
    bool truthy = Runtime::ToBoolean(r.value);
    switch (kind) {
      case Each::kEvery:
        if (!truthy) return Ok(Value::Boolean(false));
        break;
      case Each::kSome:
        if (truthy) return Ok(Value::Boolean(true));
        break;
      case Each::kFind:
      case Each::kFindLast:
        if (truthy) return Ok(v);
        break;
      case Each::kFindIndex:
      case Each::kFindLastIndex:
        if (truthy) return Ok(Value::Number(static_cast<double>(k)));
        break;
      case Each::kForEach:
        break;
    }
  }
  switch (kind) {
    case Each::kEvery:
      return Ok(Value::Boolean(true));
    case Each::kSome:
      return Ok(Value::Boolean(false));
    case Each::kFindIndex:
    case Each::kFindLastIndex:
      return Ok(Value::Number(-1));
    default:
      return Ok();
  }
}

// 23.2.3.9 filter: the kept values go to TypedArraySpeciesCreate(O, « captured »).
Completion Filter(Runtime& rt, NativeCall& call, Native*) {
  TypedArrayObject* ta;
  size_t len;
  LOOPSCOPE_TRY(Prologue(rt, call, "filter", ta, len));
  LOOPSCOPE_TRY(RequireCallable(rt, call.Arg(0)));
  std::vector<Value> kept;
  for (size_t k = 0; k < len; ++k) {
    Value v = Element(rt, ta, k);
    Value args[3] = {v, Value::Number(static_cast<double>(k)), call.this_value};
    Completion r = rt.Call(call.Arg(0), call.Arg(1), args);
    if (!r.ok()) return r;
    if (Runtime::ToBoolean(r.value)) kept.push_back(v);
  }
  Value count[1] = {Value::Number(static_cast<double>(kept.size()))};
  TypedArrayObject* out;
  LOOPSCOPE_TRY(TypedArraySpeciesCreate(rt, ta, count, out, MethodName("filter")));
  Value result = Value::FromCell(out);
  TempRoot keep(rt, result);
  for (size_t n = 0; n < kept.size(); ++n)
    LOOPSCOPE_TRY(rt.SetElement(result, Value::Number(static_cast<double>(n)), kept[n], true));
  return Ok(result);
}

// 23.2.3.22 map.
Completion Map(Runtime& rt, NativeCall& call, Native*) {
  TypedArrayObject* ta;
  size_t len;
  LOOPSCOPE_TRY(Prologue(rt, call, "map", ta, len));
  LOOPSCOPE_TRY(RequireCallable(rt, call.Arg(0)));
  Value count[1] = {Value::Number(static_cast<double>(len))};
  TypedArrayObject* out;
  LOOPSCOPE_TRY(TypedArraySpeciesCreate(rt, ta, count, out, MethodName("map")));
  Value result = Value::FromCell(out);
  TempRoot keep(rt, result);
  for (size_t k = 0; k < len; ++k) {
    Value args[3] = {Element(rt, ta, k), Value::Number(static_cast<double>(k)), call.this_value};
    Completion r = rt.Call(call.Arg(0), call.Arg(1), args);
    if (!r.ok()) return r;
    LOOPSCOPE_TRY(rt.SetElement(result, Value::Number(static_cast<double>(k)), r.value, true));
  }
  return Ok(result);
}

// 23.2.3.23 reduce and 23.2.3.24 reduceRight. slots[0]: 1 for reduceRight.
Completion Reduce(Runtime& rt, NativeCall& call, Native* self) {
  bool right = self->slots[0].AsNumber() == 1;
  TypedArrayObject* ta;
  size_t len;
  LOOPSCOPE_TRY(Prologue(rt, call, self->name->data, ta, len));
  LOOPSCOPE_TRY(RequireCallable(rt, call.Arg(0)));
  size_t step = 0;
  Value acc;
  if (call.args.size() >= 2) {
    acc = call.args[1];
  } else {
    if (len == 0)
      return rt.Throw(ErrorType::kTypeError, "Reduce of empty array with no initial value");
    acc = Element(rt, ta, right ? len - 1 : 0);
    step = 1;
  }
  for (; step < len; ++step) {
    size_t k = right ? len - 1 - step : step;
    Value args[4] = {acc, Element(rt, ta, k), Value::Number(static_cast<double>(k)),
                     call.this_value};
    Completion r = rt.Call(call.Arg(0), Value::Undefined(), args);
    if (!r.ok()) return r;
    acc = r.value;
  }
  return Ok(acc);
}

// 23.2.3.6 entries, .19 keys, .35 values (also @@iterator): %ArrayIteratorPrototype% objects.
Completion MakeIterator(Runtime& rt, NativeCall& call, Native* self) {
  auto kind = static_cast<IterKind>(static_cast<int>(self->slots[0].AsNumber()));
  TypedArrayObject* ta;
  size_t len;
  LOOPSCOPE_TRY(Prologue(rt, call, self->name->data, ta, len));
  return Ok(
      Value::FromCell(rt.Alloc<Iterator>(rt.realm.array_iterator_proto, call.this_value, kind)));
}

// [SECTION] search

// 23.2.3.1 at.
Completion At(Runtime& rt, NativeCall& call, Native*) {
  TypedArrayObject* ta;
  size_t len;
  LOOPSCOPE_TRY(Prologue(rt, call, "at", ta, len));
  double rel;
  LOOPSCOPE_TRY(ToIntegerArg(rt, call.Arg(0), rel));
  double k = rel >= 0 ? rel : static_cast<double>(len) + rel;
  if (k < 0 || k >= static_cast<double>(len)) return Ok();
  return Ok(TypedArrayGetElement(rt, ta, k));
}

enum class Search { kIncludes, kIndexOf, kLastIndexOf };

// 23.2.3.16 includes (SameValueZero), .17 indexOf and .20 lastIndexOf (strict equality).
// slots[0]: the Search kind.
Completion SearchMethod(Runtime& rt, NativeCall& call, Native* self) {
  auto kind = static_cast<Search>(static_cast<int>(self->slots[0].AsNumber()));
  TypedArrayObject* ta;
  size_t len;
  LOOPSCOPE_TRY(Prologue(rt, call, self->name->data, ta, len));
  Value not_found = kind == Search::kIncludes ? Value::Boolean(false) : Value::Number(-1);
  if (len == 0) return Ok(not_found);
  double n = kind == Search::kLastIndexOf ? static_cast<double>(len) - 1 : 0;
  if (call.args.size() >= 2) LOOPSCOPE_TRY(ToIntegerArg(rt, call.args[1], n));
  double l = static_cast<double>(len);
  Value target = call.Arg(0);
  auto found = [&](double k) {
    Value v = TypedArrayGetElement(rt, ta, k);
    return kind == Search::kIncludes ? rt.SameValueZero(v, target) : rt.StrictEquals(v, target);
  };
  if (kind == Search::kLastIndexOf) {
    if (n == -INFINITY) return Ok(not_found);
    for (double k = n >= 0 ? std::min(n, l - 1) : l + n; k >= 0; --k)
      if (found(k)) return Ok(Value::Number(k));
    return Ok(not_found);
  }
  if (n == INFINITY) return Ok(not_found);
  for (double k = n >= 0 ? n : std::max(l + n, 0.0); k < l; ++k) {
    if (!found(k)) continue;
    return Ok(kind == Search::kIncludes ? Value::Boolean(true) : Value::Number(k));
  }
  // A shrunk buffer reads undefined there: includes(undefined) finds it (23.2.3.16 step 11).
  if (kind == Search::kIncludes && target.IsUndefined() && TypedArrayLength(ta) < len)
    return Ok(Value::Boolean(true));
  return Ok(not_found);
}

// [SECTION] copying and filling

// 23.2.3.5 copyWithin ( target, start [ , end ] ).
Completion CopyWithin(Runtime& rt, NativeCall& call, Native*) {
  TypedArrayObject* ta;
  size_t len;
  LOOPSCOPE_TRY(Prologue(rt, call, "copyWithin", ta, len));
  size_t to, from, final_index;
  LOOPSCOPE_TRY(RelativeArg(rt, call.Arg(0), len, 0, to));
  LOOPSCOPE_TRY(RelativeArg(rt, call.Arg(1), len, 0, from));
  LOOPSCOPE_TRY(RelativeArg(rt, call.Arg(2), len, len, final_index));
  if (final_index <= from || to >= len) return Ok(call.this_value);
  size_t count = std::min(final_index - from, len - to);
  LOOPSCOPE_TRY(ValidateTypedArray(rt, call.this_value, MethodName("copyWithin"), ta));
  // Step 17: the arguments may have shrunk the buffer; copy only what is still there.
  size_t now = TypedArrayLength(ta);
  if (from >= now || to >= now) return Ok(call.this_value);
  count = std::min({count, now - from, now - to});
  size_t size = ta->ElementSize();
  std::memmove(ElementData(ta) + to * size, ElementData(ta) + from * size, count * size);
  return Ok(call.this_value);
}

// 23.2.3.8 fill ( value [ , start [ , end ] ] ): the value is converted once, first.
Completion Fill(Runtime& rt, NativeCall& call, Native*) {
  TypedArrayObject* ta;
  size_t len;
  LOOPSCOPE_TRY(Prologue(rt, call, "fill", ta, len));
  Value n;
  LOOPSCOPE_TRY(ToElementNumeric(rt, ta->type, call.Arg(0), n));
  TempRoot keep(rt, n);
  size_t k, final_index;
  LOOPSCOPE_TRY(RelativeArg(rt, call.Arg(1), len, 0, k));
  LOOPSCOPE_TRY(RelativeArg(rt, call.Arg(2), len, len, final_index));
  LOOPSCOPE_TRY(ValidateTypedArray(rt, call.this_value, MethodName("fill"), ta));
  final_index = std::min(final_index, TypedArrayLength(ta));
  size_t size = ta->ElementSize();
  rt.NoteWork(final_index > k ? (final_index - k) * size : 0);
  for (; k < final_index; ++k) WriteElementValue(ta->type, ElementData(ta) + k * size, n);
  return Ok(call.this_value);
}

// 23.2.3.25 reverse.
Completion Reverse(Runtime& rt, NativeCall& call, Native*) {
  TypedArrayObject* ta;
  size_t len;
  LOOPSCOPE_TRY(Prologue(rt, call, "reverse", ta, len));
  size_t size = ta->ElementSize();
  uint8_t* data = ElementData(ta);
  for (size_t lower = 0, upper = len; lower + 1 < upper; ++lower, --upper)
    std::swap_ranges(data + lower * size, data + (lower + 1) * size, data + (upper - 1) * size);
  return Ok(call.this_value);
}

// 23.2.3.33 toReversed.
Completion ToReversed(Runtime& rt, NativeCall& call, Native*) {
  TypedArrayObject* ta;
  size_t len;
  LOOPSCOPE_TRY(Prologue(rt, call, "toReversed", ta, len));
  TypedArrayObject* out;
  LOOPSCOPE_TRY(SameType(rt, ta, len, out));
  size_t size = ta->ElementSize();
  for (size_t k = 0; k < len; ++k)
    std::memcpy(ElementData(out) + k * size, ElementData(ta) + (len - 1 - k) * size, size);
  return Ok(Value::FromCell(out));
}

// 23.2.3.36 with ( index, value ).
Completion With(Runtime& rt, NativeCall& call, Native*) {
  TypedArrayObject* ta;
  size_t len;
  LOOPSCOPE_TRY(Prologue(rt, call, "with", ta, len));
  double rel;
  LOOPSCOPE_TRY(ToIntegerArg(rt, call.Arg(0), rel));
  double actual = rel >= 0 ? rel : static_cast<double>(len) + rel;
  Value n;
  LOOPSCOPE_TRY(ToElementNumeric(rt, ta->type, call.Arg(1), n));
  TempRoot keep(rt, n);
  if (!IsValidIntegerIndex(ta, actual))
    return rt.Throw(ErrorType::kRangeError, "Invalid typed array index");
  TypedArrayObject* out;
  LOOPSCOPE_TRY(SameType(rt, ta, len, out));
  size_t size = ta->ElementSize();
  size_t copy = std::min(len, TypedArrayLength(ta));
  if (copy) std::memcpy(ElementData(out), ElementData(ta), copy * size);
  WriteElementValue(ta->type, ElementData(out) + static_cast<size_t>(actual) * size, n);
  return Ok(Value::FromCell(out));
}

// 23.2.3.26.1 SetTypedArrayFromTypedArray: through a copy, as the two may share a buffer.
Completion SetFromTypedArray(Runtime& rt, TypedArrayObject* target, double offset,
                             TypedArrayObject* source) {
  if (IsOutOfBounds(source))
    return rt.Throw(ErrorType::kTypeError,
                    "Cannot perform %TypedArray%.prototype.set on a detached ArrayBuffer");
  size_t target_len = TypedArrayLength(target), src_len = TypedArrayLength(source);
  if (offset == INFINITY || static_cast<double>(src_len) + offset > static_cast<double>(target_len))
    return rt.Throw(ErrorType::kRangeError, "offset is out of bounds");
  auto at = static_cast<size_t>(offset);
  std::vector<uint8_t> bytes(ElementData(source),
                             ElementData(source) + src_len * source->ElementSize());
  if (source->type == target->type) {
    if (!bytes.empty())
      std::memcpy(ElementData(target) + at * target->ElementSize(), bytes.data(), bytes.size());
    return Ok();
  }
  if (IsBigIntElementType(source->type) != IsBigIntElementType(target->type))  // step 19
    return rt.Throw(ErrorType::kTypeError,
                    "Cannot mix BigInt and other types, use explicit conversions");
  for (size_t k = 0; k < src_len; ++k)
    CopyElement(target->type, ElementData(target) + (at + k) * target->ElementSize(), source->type,
                bytes.data() + k * source->ElementSize());
  return Ok();
}

// 23.2.3.26 set ( source [ , offset ] ) and 23.2.3.26.2 SetTypedArrayFromArrayLike.
Completion Set(Runtime& rt, NativeCall& call, Native*) {
  if (!call.this_value.Is(CellKind::kTypedArray))
    return rt.Throw(ErrorType::kTypeError, "this is not a typed array.");
  auto* target = call.this_value.As<TypedArrayObject>();
  double offset;
  LOOPSCOPE_TRY(ToIntegerArg(rt, call.Arg(1), offset));
  if (offset < 0) return rt.Throw(ErrorType::kRangeError, "offset is out of bounds");
  if (IsOutOfBounds(target))
    return rt.Throw(ErrorType::kTypeError,
                    "Cannot perform %TypedArray%.prototype.set on a detached ArrayBuffer");
  Value source = call.Arg(0);
  if (source.Is(CellKind::kTypedArray))
    return SetFromTypedArray(rt, target, offset, source.As<TypedArrayObject>());
  if (source.IsNullish())
    return rt.Throw(ErrorType::kTypeError, "Cannot convert undefined or null to object");
  Completion len = rt.GetProperty(source, rt.key_length);
  if (!len.ok()) return len;
  double src_len;
  LOOPSCOPE_TRY(ToLengthArg(rt, len.value, src_len));
  if (offset == INFINITY || src_len + offset > static_cast<double>(TypedArrayLength(target)))
    return rt.Throw(ErrorType::kRangeError, "offset is out of bounds");
  for (double k = 0; k < src_len; ++k) {
    Completion v = rt.GetElement(source, Value::Number(k));
    if (!v.ok()) return v;
    LOOPSCOPE_TRY(TypedArraySetElement(rt, target, offset + k, v.value));
  }
  return Ok();
}

// 23.2.3.27 slice ( start, end ).
Completion Slice(Runtime& rt, NativeCall& call, Native*) {
  TypedArrayObject* ta;
  size_t len;
  LOOPSCOPE_TRY(Prologue(rt, call, "slice", ta, len));
  size_t k, final_index;
  LOOPSCOPE_TRY(RelativeArg(rt, call.Arg(0), len, 0, k));
  LOOPSCOPE_TRY(RelativeArg(rt, call.Arg(1), len, len, final_index));
  size_t count = final_index > k ? final_index - k : 0;
  Value count_arg[1] = {Value::Number(static_cast<double>(count))};
  TypedArrayObject* out;
  LOOPSCOPE_TRY(TypedArraySpeciesCreate(rt, ta, count_arg, out, MethodName("slice")));
  Value result = Value::FromCell(out);
  if (count == 0) return Ok(result);
  TempRoot keep(rt, result);
  LOOPSCOPE_TRY(ValidateTypedArray(rt, call.this_value, MethodName("slice"), ta));
  final_index = std::min(final_index, TypedArrayLength(ta));
  if (ta->type == out->type) {
    // Step 14.g: byte by byte, so a species result on the same buffer sees its own writes.
    size_t size = ta->ElementSize();
    size_t limit =
        std::min(final_index > k ? (final_index - k) * size : 0, TypedArrayLength(out) * size);
    uint8_t* src = ElementData(ta) + k * size;
    uint8_t* dst = ElementData(out);
    for (size_t i = 0; i < limit; ++i) dst[i] = src[i];
    return Ok(result);
  }
  for (size_t n = 0; k < final_index; ++k, ++n)
    LOOPSCOPE_TRY(
        rt.SetElement(result, Value::Number(static_cast<double>(n)), Element(rt, ta, k), true));
  return Ok(result);
}

// 23.2.3.30 subarray ( start, end ): a new view on the same buffer, by the species.
Completion Subarray(Runtime& rt, NativeCall& call, Native*) {
  if (!call.this_value.Is(CellKind::kTypedArray))
    return rt.Throw(ErrorType::kTypeError,
                    "Method %TypedArray%.prototype.subarray called on incompatible receiver " +
                        rt.ObjectLabel(call.this_value));
  auto* ta = call.this_value.As<TypedArrayObject>();
  size_t len = TypedArrayLength(ta);
  size_t start, end;
  LOOPSCOPE_TRY(RelativeArg(rt, call.Arg(0), len, 0, start));
  bool keep_tracking = ta->length_tracking && call.Arg(1).IsUndefined();
  LOOPSCOPE_TRY(RelativeArg(rt, call.Arg(1), len, len, end));
  double begin = static_cast<double>(ta->byte_offset + start * ta->ElementSize());
  Value args[3] = {Value::FromCell(ta->buffer), Value::Number(begin),
                   Value::Number(end > start ? static_cast<double>(end - start) : 0)};
  TypedArrayObject* out;
  LOOPSCOPE_TRY(TypedArraySpeciesCreate(rt, ta, std::span<const Value>(args, keep_tracking ? 2 : 3),
                                        out, MethodName("subarray")));
  return Ok(Value::FromCell(out));
}

// [SECTION] sort and join

// 23.2.4.7 CompareTypedArrayElements without a comparator: numeric, -0 before +0, NaN last.
bool NumericLess(double x, double y) {
  if (std::isnan(y)) return !std::isnan(x);
  if (std::isnan(x)) return false;
  if (x != y) return x < y;
  return std::signbit(x) && !std::signbit(y);
}

// The elements' bytes, one ElementSize slot each: sorting permutes whole slots, so one
// path serves the Number and the BigInt content types without converting every element.
struct Slots {
  ElementType type;
  size_t size;
  std::vector<uint8_t> bytes;
  const uint8_t* At(size_t i) const { return bytes.data() + i * size; }
};

// 23.2.4.7 CompareTypedArrayElements without a comparator, on two slots.
bool SlotLess(ElementType t, const uint8_t* x, const uint8_t* y) {
  if (t == ElementType::kBigInt64 || t == ElementType::kBigUint64) {
    uint64_t a, b;
    std::memcpy(&a, x, 8);
    std::memcpy(&b, y, 8);
    return t == ElementType::kBigInt64 ? static_cast<int64_t>(a) < static_cast<int64_t>(b) : a < b;
  }
  return NumericLess(ReadElement(t, x), ReadElement(t, y));
}

// Sorts the slots as 23.2.3.29 sort does: by the comparator (its result through ToNumber,
// NaN as 0) or by value.
Completion SortSlots(Runtime& rt, Value cmp, Slots& slots) {
  std::vector<size_t> order(slots.bytes.size() / slots.size);
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  if (cmp.IsUndefined()) {
    std::stable_sort(order.begin(), order.end(), [&](size_t x, size_t y) {
      return SlotLess(slots.type, slots.At(x), slots.At(y));
    });
  } else {
    SortCompareFn compare = [&](size_t x, size_t y, double& result) -> Completion {
      Value args[2] = {ReadElementValue(rt, slots.type, slots.At(x)),
                       ReadElementValue(rt, slots.type, slots.At(y))};
      Completion r = rt.Call(cmp, Value::Undefined(), args);
      if (!r.ok()) return r;
      Completion number = rt.ToNumber(r.value, result);
      if (std::isnan(result)) result = 0;
      return number;
    };
    LOOPSCOPE_TRY(TimSort(order, compare));
  }
  std::vector<uint8_t> sorted;
  sorted.reserve(slots.bytes.size());
  for (size_t i : order) sorted.insert(sorted.end(), slots.At(i), slots.At(i) + slots.size);
  slots.bytes = std::move(sorted);
  return Ok();
}

Completion CheckComparator(Runtime& rt, Value cmp) {
  if (cmp.IsUndefined() || rt.IsCallable(cmp)) return Ok();
  return rt.Throw(ErrorType::kTypeError,
                  "The comparison function must be either a function or undefined");
}

Slots ReadAll(TypedArrayObject* ta, size_t len) {
  const uint8_t* data = ElementData(ta);
  return {ta->type, ta->ElementSize(), std::vector<uint8_t>(data, data + len * ta->ElementSize())};
}

// Writes back what still fits: the comparator may have shrunk the buffer.
void WriteAll(TypedArrayObject* ta, const Slots& slots) {
  size_t n = std::min(slots.bytes.size(), TypedArrayLength(ta) * slots.size);
  if (n) std::memcpy(ElementData(ta), slots.bytes.data(), n);
}

// 23.2.3.29 sort ( comparefn ).
Completion Sort(Runtime& rt, NativeCall& call, Native*) {
  LOOPSCOPE_TRY(CheckComparator(rt, call.Arg(0)));
  TypedArrayObject* ta;
  size_t len;
  LOOPSCOPE_TRY(Prologue(rt, call, "sort", ta, len));
  Slots slots = ReadAll(ta, len);
  LOOPSCOPE_TRY(SortSlots(rt, call.Arg(0), slots));
  WriteAll(ta, slots);
  return Ok(call.this_value);
}

// 23.2.3.34 toSorted ( comparefn ).
Completion ToSorted(Runtime& rt, NativeCall& call, Native*) {
  LOOPSCOPE_TRY(CheckComparator(rt, call.Arg(0)));
  TypedArrayObject* ta;
  size_t len;
  LOOPSCOPE_TRY(Prologue(rt, call, "toSorted", ta, len));
  TypedArrayObject* out;
  LOOPSCOPE_TRY(SameType(rt, ta, len, out));
  Value result = Value::FromCell(out);
  TempRoot keep(rt, result);
  Slots slots = ReadAll(ta, len);
  LOOPSCOPE_TRY(SortSlots(rt, call.Arg(0), slots));
  WriteAll(out, slots);
  return Ok(result);
}

// 23.2.3.18 join ( separator ): "," by default; an element past a shrunk end is "".
Completion Join(Runtime& rt, NativeCall& call, Native*) {
  TypedArrayObject* ta;
  size_t len;
  LOOPSCOPE_TRY(Prologue(rt, call, "join", ta, len));
  std::string sep = ",";
  if (!call.Arg(0).IsUndefined()) LOOPSCOPE_TRY(rt.ToStringStd(call.Arg(0), sep));
  std::string out;
  for (size_t k = 0; k < len; ++k) {
    if (k) out += sep;
    Value v = Element(rt, ta, k);
    if (v.IsBigInt())
      out += BigIntToString(v.As<BigInt>());
    else if (!v.IsUndefined())
      out += NumberToString(v.AsNumber());
    if (out.size() > Runtime::kMaxStringLength) return rt.ThrowInvalidStringLength();
  }
  return Ok(rt.Str(out));
}

// 23.2.3.31 toLocaleString: each element's own toLocaleString, joined by ",".
Completion ToLocaleString(Runtime& rt, NativeCall& call, Native*) {
  TypedArrayObject* ta;
  size_t len;
  LOOPSCOPE_TRY(Prologue(rt, call, "toLocaleString", ta, len));
  std::string out;
  for (size_t k = 0; k < len; ++k) {
    if (k) out += ",";
    Value v = Element(rt, ta, k);
    if (v.IsUndefined()) continue;
    Completion s = rt.Invoke(v, "toLocaleString", {});
    if (!s.ok()) return s;
    std::string text;
    LOOPSCOPE_TRY(rt.ToStringStd(s.value, text));
    out += text;
  }
  return Ok(rt.Str(out));
}

// [SECTION] install

struct Method {
  const char* name;
  int length;
  BuiltinFn fn;
  double slot;  // slots[0] for the shared bodies
};

}  // namespace

void InstallTypedArrayMethods(Runtime& rt) {
  Object* proto = rt.realm.typed_array_proto;
  auto each = [](Each e) { return static_cast<double>(static_cast<int>(e)); };
  auto iter = [](IterKind k) { return static_cast<double>(static_cast<int>(k)); };
  auto search = [](Search s) { return static_cast<double>(static_cast<int>(s)); };
  // V8's order of the prototype's own keys (after the getters defined with the constructor).
  const Method methods[] = {
      {"entries", 0, MakeIterator, iter(IterKind::kEntries)},
      {"keys", 0, MakeIterator, iter(IterKind::kKeys)},
      {"values", 0, MakeIterator, iter(IterKind::kValues)},
      {"at", 1, At, 0},
      {"copyWithin", 2, CopyWithin, 0},
      {"every", 1, EachCallback, each(Each::kEvery)},
      {"fill", 1, Fill, 0},
      {"filter", 1, Filter, 0},
      {"find", 1, EachCallback, each(Each::kFind)},
      {"findIndex", 1, EachCallback, each(Each::kFindIndex)},
      {"findLast", 1, EachCallback, each(Each::kFindLast)},
      {"findLastIndex", 1, EachCallback, each(Each::kFindLastIndex)},
      {"forEach", 1, EachCallback, each(Each::kForEach)},
      {"includes", 1, SearchMethod, search(Search::kIncludes)},
      {"indexOf", 1, SearchMethod, search(Search::kIndexOf)},
      {"join", 1, Join, 0},
      {"lastIndexOf", 1, SearchMethod, search(Search::kLastIndexOf)},
      {"map", 1, Map, 0},
      {"reverse", 0, Reverse, 0},
      {"reduce", 1, Reduce, 0},
      {"reduceRight", 1, Reduce, 1},
      {"set", 1, Set, 0},
      {"slice", 2, Slice, 0},
      {"some", 1, EachCallback, each(Each::kSome)},
      {"sort", 1, Sort, 0},
      {"subarray", 2, Subarray, 0},
      {"toLocaleString", 0, ToLocaleString, 0},
  };
  for (const Method& m : methods)
    rt.DefineNative(proto, m.name, m.length, m.fn)->slots[0] = Value::Number(m.slot);
  // 23.2.3.32: the same function object as Array.prototype.toString.
  proto->Put(rt.key_to_string, rt.GetOwnProperty(rt.realm.array_proto, rt.key_to_string), false);
  rt.DefineNative(proto, "toReversed", 0, ToReversed);
  rt.DefineNative(proto, "toSorted", 1, ToSorted);
  rt.DefineNative(proto, "with", 2, With);
  // 23.2.3.37 %TypedArray%.prototype [ @@iterator ]: the same function as values.
  proto->Put(rt.WellKnownSymbol(WellKnown::kIterator),
             rt.GetOwnProperty(proto, rt.Intern("values")), false);
}

}  // namespace loopscope::js
