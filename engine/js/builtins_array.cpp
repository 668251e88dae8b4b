// engine/js/builtins_array.cpp — Array, Array.prototype and the array iterators.
//
// Arrays are a dense vector with a sparse tail (object.h). The methods V8 runs quickly on
// a huge holey array — push, pop, at, join, indexOf, includes, the callback iterations,
// reduce, slice, concat, the iterators — visit only the elements there are
// (Runtime::NextArrayIndex); the rest first make the array dense (Runtime::Densify), which
// the heap limit guards. Callbacks run through Runtime::Call; a result array allocated
// before calling back into JavaScript is held in a TempRoot, because a nested call may
// collect garbage. Callbacks may also change the array, so every loop re-reads the length
// and elements instead of caching a pointer.
// Where to look next: builtins.h, arrays.cpp (storage), properties.cpp (length, indices).
#include <algorithm>

#include "engine/js/builtins.h"
#include "engine/js/builtins_array_generic.h"
#include "engine/js/species.h"
#include "engine/js/string_builder.h"

namespace loopscope::js {
namespace {

Completion ThisArray(Runtime& rt, NativeCall& call, const char* method, Array*& out) {
  if (!call.this_value.Is(CellKind::kArray))
    return rt.Throw(ErrorType::kTypeError,
                    std::string("Array.prototype.") + method + " called on a non-array");
  out = call.this_value.As<Array>();
  return Ok();
}
// For the methods that work on the dense vector: the array made dense first.
Completion ThisDenseArray(Runtime& rt, NativeCall& call, const char* method, Array*& out) {
  LOOPSCOPE_TRY(ThisArray(rt, call, method, out));
  return rt.Densify(out);
}
Value At(Array* a, size_t i) {
  if (i > UINT32_MAX) return Value::Undefined();
  Value v = a->Get(static_cast<uint32_t>(i));
  return v.IsHole() ? Value::Undefined() : v;
}
Completion RequireCallable(Runtime& rt, Value fn) {
  if (!rt.IsCallable(fn))
    return rt.Throw(ErrorType::kTypeError, rt.Inspect(fn) + " is not a function");
  return Ok();
}
// Calls fn(element, index, array) with thisArg.
Completion CallEach(Runtime& rt, NativeCall& call, Array* a, size_t i) {
  Value args[3] = {At(a, i), Value::Number(static_cast<double>(i)), Value::FromCell(a)};
  return rt.Call(call.Arg(0), call.Arg(1), args);
}
Value NewArrayOf(Runtime& rt, const std::vector<Value>& items) {
  Array* a = rt.NewArray();
  a->elements.assign(items.begin(), items.end());
  return Value::FromCell(a);
}

Completion ArrayCtor(Runtime& rt, NativeCall& call, Native*) {
  Object* proto;  // `class Stack extends Array`
  LOOPSCOPE_TRY(PrototypeForNew(rt, rt.realm.array_proto, proto));
  Array* a = rt.NewArray();
  a->prototype = proto;
  if (call.args.size() == 1 && call.args[0].IsNumber()) {
    LOOPSCOPE_TRY(rt.SetArrayLength(a, call.args[0].AsNumber()));  // holes, however many
  } else {
    a->elements.assign(call.args.begin(), call.args.end());
  }
  return Ok(Value::FromCell(a));
}
Completion IsArray(Runtime&, NativeCall& call, Native*) {
  return Ok(Value::Boolean(call.Arg(0).Is(CellKind::kArray)));
}
// ECMA-262 23.1.2.1 step 7.a / 12 and 23.1.2.3 step 4: when `this` is a constructor other
// than %Array% (MyArray.from, MyArray.of), it makes the result, which gets the items.
Completion IntoThisConstructor(Runtime& rt, Value c, Array* items) {
  if (!rt.IsConstructor(c) || IsIntrinsicArrayConstructor(c)) return Ok(Value::FromCell(items));
  TempRoot keep_items(rt, Value::FromCell(items));
  Value length = Value::Number(items->Length());
  Completion made = rt.Construct(c, std::span<const Value>(&length, 1), c);
  if (!made.ok()) return made;
  TempRoot keep(rt, made.value);
  for (uint32_t i = 0; i < items->Length(); ++i) {
    Value v = items->Get(i);
    LOOPSCOPE_TRY(rt.SetElement(made.value, Value::Number(i), v.IsHole() ? Value::Undefined() : v));
  }
  LOOPSCOPE_TRY(rt.SetProperty(made.value, rt.key_length, length));
  return made;
}

Completion Of(Runtime& rt, NativeCall& call, Native*) {
  Value items = NewArrayOf(rt, {call.args.begin(), call.args.end()});
  return IntoThisConstructor(rt, call.this_value, items.As<Array>());
}

// Array.from(arrayLike | iterable, mapFn?, thisArg?).
// Objects whose indexed properties are ordinary data properties all the way up the chain
// (no arrays, strings, host objects).
bool PlainIndexedObject(Object* o) {
  for (; o; o = o->prototype)
    if (o->kind != CellKind::kObject) return false;
  return true;
}
// ECMA-262 23.1.2.1 steps 4-5: GetMethod(items, @@iterator), which must be callable when
// present. Strings are iterable too (their wrapper's method).
Completion UsingIterator(Runtime& rt, Value src) {
  if (src.IsNullish() || (!src.IsObject() && !src.IsString())) return Ok(Value::Undefined());
  Completion method = rt.GetProperty(src, rt.WellKnownSymbol(WellKnown::kIterator));
  if (!method.ok() || method.value.IsNullish() || rt.IsCallable(method.value)) return method;
  return rt.Throw(ErrorType::kTypeError,
                  "%Array%.from requires that the property of the first argument, "
                  "items[Symbol.iterator], when exists, be a function");
}
// The items go straight into the result, which is rooted: an iterator's values may be the
// only reference to fresh objects while its next() runs (and collects garbage).
Completion From(Runtime& rt, NativeCall& call, Native*) {
  Value src = call.Arg(0);
  Array* out = rt.NewArray();
  TempRoot keep_out(rt, Value::FromCell(out));
  auto& items = out->elements;
  if (rt.HasIntrinsicArrayIteration(src)) {
    LOOPSCOPE_TRY(rt.AppendIteratedElements(src.As<Array>(), out));
  } else if (Completion method = UsingIterator(rt, src); !method.ok()) {
    return method;
  } else if (!method.value.IsNullish()) {
    // ECMA-262 23.1.2.1 step 5: an iterable goes through its iterator.
    Array* list = nullptr;
    LOOPSCOPE_TRY(rt.IterableToArray(src, list));
    items.assign(list->elements.begin(), list->elements.end());
  } else if (src.IsObject()) {
    Completion len = rt.GetProperty(src, rt.key_length);
    if (!len.ok()) return len;
    // ECMA-262 23.1.2.1 steps 7-9: LengthOfArrayLike, then ArrayCreate(len), which refuses
    // a length past 2^32 - 1; the elements are reserved before the first Get.
    double n = 0;
    LOOPSCOPE_TRY(ToLengthArg(rt, len.value, n));
    if (n > Array::kMaxLength) return rt.Throw(ErrorType::kRangeError, "Invalid array length");
    LOOPSCOPE_TRY(rt.ReserveHeap(static_cast<size_t>(n) * sizeof(Value)));
    items.reserve(static_cast<size_t>(n));
    if (PlainIndexedObject(src.As<Object>())) {
      // Get(O, k) of a plain object is its own data property or a prototype's: collected
      // once, so {length: 1e7} costs its elements, not ten million key lookups.
      items.assign(static_cast<size_t>(n), Value::Undefined());
      std::vector<Object*> chain;
      for (Object* o = src.As<Object>(); o; o = o->prototype) chain.push_back(o);
      for (auto it = chain.rbegin(); it != chain.rend(); ++it) {  // nearer objects win
        for (String* key : rt.OwnKeys(*it, false)) {
          uint32_t index;
          if (Runtime::IsArrayIndex(key->data, index) && index < n)
            items[index] = rt.GetOwnProperty(*it, key);
        }
      }
    }
    for (double i = static_cast<double>(items.size()); i < n; ++i) {
      Completion v = rt.GetElement(src, Value::Number(i));
      if (!v.ok()) return v;
      items.push_back(v.value);
    }
  } else if (src.IsNullish()) {
    return rt.Throw(ErrorType::kTypeError,
                    rt.ToDisplayString(src) +
                        " is not iterable (cannot read property Symbol(Symbol.iterator))");
  }
  for (Value& v : items)
    if (v.IsHole()) v = Value::Undefined();
  if (call.Arg(1).IsUndefined()) return IntoThisConstructor(rt, call.this_value, out);
  LOOPSCOPE_TRY(RequireCallable(rt, call.Arg(1)));
  Array* a = out;
  for (size_t i = 0; i < a->elements.size(); ++i) {
    Value args[2] = {a->elements[i], Value::Number(static_cast<double>(i))};
    Completion r = rt.Call(call.Arg(1), call.Arg(2), args);
    if (!r.ok()) return r;
    a->elements[i] = r.value;
  }
  return IntoThisConstructor(rt, call.this_value, out);
}

// push and unshift with items on an Array whose length is read-only: V8 checks the length
// before any element, so its message names the length.
Completion CheckLengthWritable(Runtime& rt, NativeCall& call) {
  if (call.this_value.Is(CellKind::kArray) && !call.this_value.As<Array>()->length_writable &&
      !call.args.empty())
    return rt.Throw(ErrorType::kTypeError,
                    "Cannot assign to read only property 'length' of object '[object Array]'");
  return Ok();
}
Completion Push(Runtime& rt, NativeCall& call, Native*) {
  LOOPSCOPE_TRY(CheckLengthWritable(rt, call));
  if (!call.this_value.Is(CellKind::kArray) || HasRestrictedElements(call.this_value.As<Array>()))
    return GenericPush(rt, call);
  Array* a;
  LOOPSCOPE_TRY(ThisArray(rt, call, "push", a));
  if (!a->sparse) {
    a->elements.insert(a->elements.end(), call.args.begin(), call.args.end());
    return Ok(Value::Number(static_cast<double>(a->elements.size())));
  }
  // ECMA-262 23.1.3.23 Array.prototype.push: Set(O, len + i) for each item, then the
  // length. Past index 2^32 - 2 the keys are ordinary properties and the length throws.
  double len = a->Length();
  for (Value v : call.args) {
    if (len < Array::kMaxLength)
      rt.SetArrayElement(a, static_cast<uint32_t>(len), v);
    else
      a->Put(rt.Intern(NumberToString(len)), v);
    ++len;
  }
  LOOPSCOPE_TRY(rt.SetArrayLength(a, len));
  return Ok(Value::Number(len));
}
Completion Pop(Runtime& rt, NativeCall& call, Native*) {
  if (!call.this_value.Is(CellKind::kArray) || HasRestrictedElements(call.this_value.As<Array>()))
    return GenericPop(rt, call);
  Array* a;
  LOOPSCOPE_TRY(ThisArray(rt, call, "pop", a));
  uint32_t len = a->Length();
  if (len == 0) return Ok();
  // A hole reads through the prototype chain (Array.prototype[len - 1] = x).
  if (a->Get(len - 1).IsHole()) return GenericPop(rt, call);
  Value v = At(a, len - 1);
  LOOPSCOPE_TRY(rt.SetArrayLength(a, len - 1));
  return Ok(v);
}
Completion Shift(Runtime& rt, NativeCall& call, Native*) {
  if (NeedsGenericPath(rt, call.this_value)) return GenericShift(rt, call);
  Array* a;
  LOOPSCOPE_TRY(ThisDenseArray(rt, call, "shift", a));
  if (a->elements.empty()) return Ok();
  Value v = At(a, 0);
  a->elements.erase(a->elements.begin());
  return Ok(v);
}
Completion Unshift(Runtime& rt, NativeCall& call, Native*) {
  LOOPSCOPE_TRY(CheckLengthWritable(rt, call));
  if (NeedsGenericPath(rt, call.this_value)) return GenericUnshift(rt, call);
  Array* a;
  LOOPSCOPE_TRY(ThisDenseArray(rt, call, "unshift", a));
  a->elements.insert(a->elements.begin(), call.args.begin(), call.args.end());
  return Ok(Value::Number(static_cast<double>(a->elements.size())));
}
Completion RangeArg(Runtime& rt, NativeCall& call, size_t i, size_t len, size_t dflt, size_t& out) {
  if (call.Arg(i).IsUndefined()) {
    out = dflt;
    return Ok();
  }
  double d;
  LOOPSCOPE_TRY(rt.ToNumber(call.Arg(i), d));
  out = RelativeIndex(ToIntegerOrInfinity(d), len);
  return Ok();
}
// Copies the elements of src at [start, end) to dst from index `at` on; the caller then
// sets dst's length to cover them. Holes stay holes, and only the elements there cost
// anything, so slicing or concatenating a huge holey array is cheap.
Completion CopyElements(Runtime& rt, Array* src, size_t start, size_t end, Array* dst, double at) {
  if (at + static_cast<double>(end - start) > Array::kMaxLength)
    return rt.Throw(ErrorType::kRangeError, "Invalid array length");
  if (!src->sparse && !dst->sparse && at == static_cast<double>(dst->elements.size())) {
    end = std::min(end, src->elements.size());
    if (start >= end) return Ok();
    LOOPSCOPE_TRY(rt.ReserveHeap((end - start) * sizeof(Value)));
    dst->elements.insert(dst->elements.end(), src->elements.begin() + static_cast<long>(start),
                         src->elements.begin() + static_cast<long>(end));
    return Ok();
  }
  uint32_t i;
  for (size_t from = start; from < end && Runtime::NextArrayIndex(src, from, i) && i < end;
       from = i + size_t{1})
    rt.SetArrayElement(dst, static_cast<uint32_t>(at + static_cast<double>(i - start)),
                       src->Get(i));
  return Ok();
}
Completion Slice(Runtime& rt, NativeCall& call, Native*) {
  if (NeedsGenericPath(rt, call.this_value)) return GenericSlice(rt, call);
  Array* a;
  LOOPSCOPE_TRY(ThisArray(rt, call, "slice", a));
  size_t len = a->Length(), start, end;
  LOOPSCOPE_TRY(RangeArg(rt, call, 0, len, 0, start));
  LOOPSCOPE_TRY(RangeArg(rt, call, 1, len, len, end));
  Array* out = rt.NewArray();
  if (start < end) {
    LOOPSCOPE_TRY(CopyElements(rt, a, start, end, out, 0));
    LOOPSCOPE_TRY(rt.SetArrayLength(out, static_cast<double>(end - start)));
  }
  return Ok(Value::FromCell(out));
}
Completion Splice(Runtime& rt, NativeCall& call, Native*) {
  if (NeedsGenericPath(rt, call.this_value)) return GenericSplice(rt, call);
  Array* a;
  LOOPSCOPE_TRY(ThisDenseArray(rt, call, "splice", a));
  size_t len = a->elements.size(), start;
  LOOPSCOPE_TRY(RangeArg(rt, call, 0, len, 0, start));
  double count = static_cast<double>(len - start);
  if (call.args.empty()) {
    count = 0;
  } else if (call.args.size() > 1) {
    LOOPSCOPE_TRY(rt.ToNumber(call.Arg(1), count));
    count = ToIntegerOrInfinity(count);
  }
  // The conversions may have run user code that changed the array.
  LOOPSCOPE_TRY(rt.Densify(a));
  start = std::min(start, a->elements.size());
  auto n =
      static_cast<long>(std::clamp(count, 0.0, static_cast<double>(a->elements.size() - start)));
  auto first = a->elements.begin() + static_cast<long>(start);
  std::vector<Value> removed(first, first + n);
  a->elements.erase(first, first + n);
  if (call.args.size() > 2)
    a->elements.insert(a->elements.begin() + static_cast<long>(start), call.args.begin() + 2,
                       call.args.end());
  return Ok(NewArrayOf(rt, removed));
}
Completion Concat(Runtime& rt, NativeCall& call, Native*) {
  // Any object but a plain Array without properties of its own may say otherwise through
  // @@isConcatSpreadable; only those Arrays and primitives are copied here.
  auto plain = [&](Value v) {
    return !v.IsObject() || (!NeedsGenericPath(rt, v) && v.As<Object>()->props.empty());
  };
  if (NeedsGenericPath(rt, call.this_value) || !plain(call.this_value) ||
      !std::all_of(call.args.begin(), call.args.end(), plain))
    return GenericConcat(rt, call);
  Array* out = rt.NewArray();
  double len = 0;
  auto add = [&](Value v) -> Completion {
    if (v.Is(CellKind::kArray)) {
      Array* src = v.As<Array>();
      LOOPSCOPE_TRY(CopyElements(rt, src, 0, src->Length(), out, len));
      len += src->Length();
    } else {
      if (len >= Array::kMaxLength) return rt.Throw(ErrorType::kRangeError, "Invalid array length");
      rt.SetArrayElement(out, static_cast<uint32_t>(len), v);
      ++len;
    }
    return rt.SetArrayLength(out, len);
  };
  LOOPSCOPE_TRY(add(call.this_value));
  for (Value v : call.args) LOOPSCOPE_TRY(add(v));
  return Ok(Value::FromCell(out));
}
// ECMA-262 23.1.3.18 Array.prototype.join, holes and nullish as "". The separators alone
// are measured against the string length limit before anything is built.
Completion JoinArray(Runtime& rt, Array* a, std::string_view sep, std::vector<Array*>& active,
                     StringBuilder& out) {
  if (std::find(active.begin(), active.end(), a) != active.end()) return Ok();  // cycles join as ""
  if (active.size() > 1000)
    return rt.Throw(ErrorType::kRangeError, "Maximum call stack size exceeded");
  uint32_t len = a->Length();
  size_t sep_units = Utf16Units(sep);
  if (len > 0 && !out.Fits(static_cast<size_t>(len - 1) * sep_units))
    return rt.ThrowInvalidStringLength();
  active.push_back(a);
  // Separators before every index from `done` to `upto`, except index 0.
  size_t done = 0;
  auto separators = [&](size_t upto) {
    out.AppendRepeated(sep, sep_units, upto - done + (done == 0 ? 0 : 1));  // fits: measured above
    done = upto + 1;
  };
  for (uint32_t i; Runtime::NextArrayIndex(a, done, i) && i < len;) {
    separators(i);
    Value v = a->Get(i);
    if (v.IsNullish() || v.IsHole()) continue;
    if (v.Is(CellKind::kArray)) {
      LOOPSCOPE_TRY(JoinArray(rt, v.As<Array>(), ",", active, out));
      continue;
    }
    Completion s = rt.ToStringValue(v);
    if (!s.ok()) return s;
    String* text = s.value.As<String>();
    if (!out.Append(text->data, static_cast<size_t>(Runtime::Utf16Length(text))))
      return rt.ThrowInvalidStringLength();
  }
  if (len > 0 && done < len) separators(len - 1);
  active.pop_back();
  return Ok();
}
Completion Join(Runtime& rt, NativeCall& call, Native*) {
  if (NeedsGenericPath(rt, call.this_value)) return GenericJoin(rt, call);
  Array* a;
  LOOPSCOPE_TRY(ThisArray(rt, call, "join", a));
  std::string sep = ",";
  if (!call.Arg(0).IsUndefined()) LOOPSCOPE_TRY(rt.ToStringStd(call.Arg(0), sep));
  StringBuilder out;
  std::vector<Array*> active;
  LOOPSCOPE_TRY(JoinArray(rt, a, sep, active, out));
  return Ok(out.Finish(rt));
}
// ECMA-262 23.1.3.36 toString: this.join(), or Object.prototype.toString without one.
Completion ToString(Runtime& rt, NativeCall& call, Native* self) {
  if (NeedsGenericPath(rt, call.this_value)) {
    if (call.this_value.IsNullish())
      return rt.Throw(ErrorType::kTypeError,
                      "Array.prototype.toString called on null or undefined");
    Completion join = rt.GetProperty(call.this_value, rt.Intern("join"));
    if (!join.ok()) return join;
    Value fn = join.value;
    if (!rt.IsCallable(fn)) fn = rt.realm.object_proto->Find(rt.key_to_string)->value;
    return rt.Call(fn, call.this_value, {});
  }
  NativeCall inner{call.vm, call.this_value, {}};
  return Join(rt, inner, self);
}
// ECMA-262 23.1.3.32: one algorithm for every receiver (builtins_array_generic.cpp).
Completion ToLocaleString(Runtime& rt, NativeCall& call, Native*) {
  return GenericToLocaleString(rt, call);
}
Completion Reverse(Runtime& rt, NativeCall& call, Native*) {
  if (NeedsGenericPath(rt, call.this_value)) return GenericReverse(rt, call);
  Array* a;
  LOOPSCOPE_TRY(ThisDenseArray(rt, call, "reverse", a));
  std::reverse(a->elements.begin(), a->elements.end());
  return Ok(call.this_value);
}
// indexOf / lastIndexOf / includes, over the elements there are (holes only matter to
// includes(undefined)).
Completion Search(Runtime& rt, NativeCall& call, int mode) {
  if (NeedsGenericPath(rt, call.this_value)) return GenericSearch(rt, call, mode);
  Array* a;
  LOOPSCOPE_TRY(ThisArray(rt, call, "indexOf", a));
  size_t len = a->Length();
  // ECMA-262 23.1.3.17 step 3 (and 23.1.3.16, .20): an empty array answers before
  // fromIndex is converted.
  if (len == 0) return Ok(mode == 2 ? Value::Boolean(false) : Value::Number(-1));
  Value target = call.Arg(0);
  if (mode == 1) {
    double from = static_cast<double>(len) - 1;
    if (call.args.size() > 1) LOOPSCOPE_TRY(rt.ToNumber(call.Arg(1), from));
    from = ToIntegerOrInfinity(from);
    if (from < 0) from += static_cast<double>(len);
    from = std::min(from, static_cast<double>(len) - 1);
    for (uint32_t i; from >= 0 && Runtime::PrevArrayIndex(a, static_cast<int64_t>(from), i);
         from = i - 1.0)
      if (rt.StrictEquals(a->Get(i), target)) return Ok(Value::Number(i));
    return Ok(Value::Number(-1));
  }
  size_t start;
  LOOPSCOPE_TRY(RangeArg(rt, call, 1, len, 0, start));
  size_t expected = start;  // includes: a gap between elements is a hole
  bool hole = false;
  for (uint32_t i; start < len && Runtime::NextArrayIndex(a, start, i) && i < len;
       start = i + size_t{1}) {
    hole |= i != expected;
    expected = i + size_t{1};
    Value v = a->Get(i);
    if (mode == 2 && rt.SameValueZero(v, target)) return Ok(Value::Boolean(true));
    if (mode == 0 && rt.StrictEquals(v, target)) return Ok(Value::Number(i));
  }
  hole |= expected < len;
  if (mode == 2) return Ok(Value::Boolean(hole && target.IsUndefined()));
  return Ok(Value::Number(-1));
}
Completion IndexOf(Runtime& rt, NativeCall& call, Native*) {
  return Search(rt, call, 0);
}
Completion LastIndexOf(Runtime& rt, NativeCall& call, Native*) {
  return Search(rt, call, 1);
}
Completion Includes(Runtime& rt, NativeCall& call, Native*) {
  return Search(rt, call, 2);
}

// The callback iterations: find, findIndex, findLast, findLastIndex, some, every,
// forEach, filter, map.
using Each = ArrayEach;
Completion Iterate(Runtime& rt, NativeCall& call, Each kind, const char* name) {
  if (NeedsGenericPath(rt, call.this_value)) return GenericIterate(rt, call, kind, name);
  Array* a;
  LOOPSCOPE_TRY(ThisArray(rt, call, name, a));
  LOOPSCOPE_TRY(RequireCallable(rt, call.Arg(0)));
  Array* result = rt.NewArray();
  TempRoot keep(rt, Value::FromCell(result));
  size_t len = a->Length();
  if (kind == Each::kMap) LOOPSCOPE_TRY(rt.SetArrayLength(result, static_cast<double>(len)));
  bool backwards = kind == Each::kFindLast || kind == Each::kFindLastIndex;
  // forEach, filter, map, some and every skip holes: they visit only the elements there are
  // (looked up afresh each time, since the callback may change the array).
  bool skip_holes = kind == Each::kForEach || kind == Each::kFilter || kind == Each::kMap ||
                    kind == Each::kSome || kind == Each::kEvery;
  for (size_t n = 0; n < len; ++n) {
    size_t i = backwards ? len - 1 - n : n;
    if (skip_holes) {
      uint32_t present;
      if (!Runtime::NextArrayIndex(a, n, present) || present >= len) break;
      i = n = present;
    }
    Value element = At(a, i);
    Completion r = CallEach(rt, call, a, i);
    if (!r.ok()) return r;
    bool truthy = Runtime::ToBoolean(r.value);
    switch (kind) {
      case Each::kFind:
      case Each::kFindLast:
        if (truthy) return Ok(element);
        break;
      case Each::kFindIndex:
      case Each::kFindLastIndex:
        if (truthy) return Ok(Value::Number(static_cast<double>(i)));
        break;
      case Each::kSome:
        if (truthy) return Ok(Value::Boolean(true));
        break;
      case Each::kEvery:
        if (!truthy) return Ok(Value::Boolean(false));
        break;
      case Each::kFilter:
        if (truthy) result->elements.push_back(element);
        break;
      case Each::kMap:
        rt.SetArrayElement(result, static_cast<uint32_t>(i), r.value);
        break;
      case Each::kForEach:
        break;
    }
  }
  switch (kind) {
    case Each::kFindIndex:
    case Each::kFindLastIndex:
      return Ok(Value::Number(-1));
    case Each::kSome:
      return Ok(Value::Boolean(false));
    case Each::kEvery:
      return Ok(Value::Boolean(true));
    case Each::kFilter:
    case Each::kMap:
      return Ok(Value::FromCell(result));
    default:
      return Ok();
  }
}
Completion Find(Runtime& rt, NativeCall& c, Native*) {
  return Iterate(rt, c, Each::kFind, "find");
}
Completion FindIndex(Runtime& rt, NativeCall& c, Native*) {
  return Iterate(rt, c, Each::kFindIndex, "findIndex");
}
Completion FindLast(Runtime& rt, NativeCall& c, Native*) {
  return Iterate(rt, c, Each::kFindLast, "findLast");
}
Completion FindLastIndex(Runtime& rt, NativeCall& c, Native*) {
  return Iterate(rt, c, Each::kFindLastIndex, "findLastIndex");
}
Completion Some(Runtime& rt, NativeCall& c, Native*) {
  return Iterate(rt, c, Each::kSome, "some");
}
Completion Every(Runtime& rt, NativeCall& c, Native*) {
  return Iterate(rt, c, Each::kEvery, "every");
}
Completion ForEach(Runtime& rt, NativeCall& c, Native*) {
  return Iterate(rt, c, Each::kForEach, "forEach");
}
Completion Filter(Runtime& rt, NativeCall& c, Native*) {
  return Iterate(rt, c, Each::kFilter, "filter");
}
Completion Map(Runtime& rt, NativeCall& c, Native*) {
  return Iterate(rt, c, Each::kMap, "map");
}

Completion Reduce(Runtime& rt, NativeCall& call, bool right) {
  if (NeedsGenericPath(rt, call.this_value)) return GenericReduce(rt, call, right);
  Array* a;
  LOOPSCOPE_TRY(ThisArray(rt, call, right ? "reduceRight" : "reduce", a));
  LOOPSCOPE_TRY(RequireCallable(rt, call.Arg(0)));
  int64_t len = a->Length();
  // The next element in the direction of travel, looked up afresh each time.
  int64_t pos = right ? len - 1 : 0;
  auto next = [&](uint32_t& i) {
    bool found =
        right ? Runtime::PrevArrayIndex(a, pos, i)
              : pos < len && Runtime::NextArrayIndex(a, static_cast<uint64_t>(pos), i) && i < len;
    if (found) pos = right ? int64_t{i} - 1 : int64_t{i} + 1;
    return found;
  };
  uint32_t i;
  Value acc;
  if (call.args.size() >= 2) {
    acc = call.args[1];
  } else {
    if (!next(i))
      return rt.Throw(ErrorType::kTypeError, "Reduce of empty array with no initial value");
    acc = a->Get(i);
  }
  while (next(i)) {
    Value args[4] = {acc, a->Get(i), Value::Number(i), Value::FromCell(a)};
    TempRoot keep(rt, acc);
    Completion r = rt.Call(call.Arg(0), Value::Undefined(), args);
    if (!r.ok()) return r;
    acc = r.value;
  }
  return Ok(acc);
}
Completion ReduceLeft(Runtime& rt, NativeCall& c, Native*) {
  return Reduce(rt, c, false);
}
Completion ReduceRight(Runtime& rt, NativeCall& c, Native*) {
  return Reduce(rt, c, true);
}

// ECMA-262 23.1.3.30.2 SortCompare; undefined sorts last, holes are dropped to the end.
Completion Sort(Runtime& rt, NativeCall& call, Native*) {
  if (NeedsGenericPath(rt, call.this_value)) return GenericSort(rt, call);
  Array* a;
  LOOPSCOPE_TRY(ThisDenseArray(rt, call, "sort", a));
  Value cmp = call.Arg(0);
  if (!cmp.IsUndefined() && !rt.IsCallable(cmp))
    return rt.Throw(ErrorType::kTypeError,
                    "The comparison function must be either a function or undefined");
  std::vector<Value> items, undefs;
  size_t holes = 0;
  for (Value v : a->elements) {
    if (v.IsHole())
      ++holes;
    else if (v.IsUndefined())
      undefs.push_back(v);
    else
      items.push_back(v);
  }
  Array* keep_items = rt.NewArray();
  keep_items->elements.assign(items.begin(), items.end());
  TempRoot keep(rt, Value::FromCell(keep_items));
  // The values stay rooted in keep_items while the comparator runs.
  LOOPSCOPE_TRY(SortValues(rt, cmp, items));
  a->elements.assign(items.begin(), items.end());
  a->elements.insert(a->elements.end(), undefs.begin(), undefs.end());
  a->elements.insert(a->elements.end(), holes, Value::Hole());
  return Ok(call.this_value);
}
Completion Fill(Runtime& rt, NativeCall& call, Native*) {
  if (NeedsGenericPath(rt, call.this_value)) return GenericFill(rt, call);
  Array* a;
  LOOPSCOPE_TRY(ThisDenseArray(rt, call, "fill", a));
  size_t len = a->elements.size(), start, end;
  LOOPSCOPE_TRY(RangeArg(rt, call, 1, len, 0, start));
  LOOPSCOPE_TRY(RangeArg(rt, call, 2, len, len, end));
  end = std::min(end, a->elements.size());  // the conversions may have shrunk it
  for (size_t i = start; i < end; ++i) a->elements[i] = call.Arg(0);
  return Ok(call.this_value);
}
// ECMA-262 23.1.3.13.1 FlattenIntoArray, recursive as in V8, whose stack runs out at about
// 6,000 nested arrays (node 20, called from the top level: 6,279 wrappers work, 6,280
// throw; deeper callers get less); past that nesting V8's RangeError is thrown here too.
// The elements are counted first and reserved on the heap before any is copied.
constexpr int kMaxFlattenNesting = 6279;
bool CountFlat(Array* a, double depth, int level, size_t& count) {
  if (level > kMaxFlattenNesting) return false;
  for (uint32_t i = 0; Runtime::NextArrayIndex(a, i, i); ++i) {
    Value v = a->Get(i);
    if (v.Is(CellKind::kArray) && depth >= 1) {
      if (!CountFlat(v.As<Array>(), depth - 1, level + 1, count)) return false;
    } else {
      ++count;
    }
  }
  return true;
}
void Flatten(Array* a, double depth, HeapVector<Value>& out) {
  for (uint32_t i = 0; Runtime::NextArrayIndex(a, i, i); ++i) {
    Value v = a->Get(i);
    if (v.Is(CellKind::kArray) && depth >= 1)
      Flatten(v.As<Array>(), depth - 1, out);
    else
      out.push_back(v);
  }
}
Completion FlattenToNewArray(Runtime& rt, Array* source, double depth) {
  size_t count = 0;
  if (!CountFlat(source, depth, 0, count))
    return rt.Throw(ErrorType::kRangeError, "Maximum call stack size exceeded");
  LOOPSCOPE_TRY(rt.ReserveHeap(count * sizeof(Value)));
  Array* out = rt.NewArray();
  out->elements.reserve(count);
  Flatten(source, depth, out->elements);
  return Ok(Value::FromCell(out));
}
Completion Flat(Runtime& rt, NativeCall& call, Native*) {
  Array* a;
  LOOPSCOPE_TRY(ThisArray(rt, call, "flat", a));
  double depth = 1;
  if (!call.Arg(0).IsUndefined()) LOOPSCOPE_TRY(ToIntegerArg(rt, call.Arg(0), depth));
  return FlattenToNewArray(rt, a, depth);
}
Completion FlatMap(Runtime& rt, NativeCall& call, Native*) {
  Completion mapped = Iterate(rt, call, Each::kMap, "flatMap");
  if (!mapped.ok()) return mapped;
  TempRoot keep(rt, mapped.value);
  return FlattenToNewArray(rt, mapped.value.As<Array>(), 1);
}
Completion AtMethod(Runtime& rt, NativeCall& call, Native*) {
  if (NeedsGenericPath(rt, call.this_value)) return GenericAt(rt, call);
  Array* a;
  LOOPSCOPE_TRY(ThisArray(rt, call, "at", a));
  double d = 0;
  LOOPSCOPE_TRY(rt.ToNumber(call.Arg(0), d));
  d = ToIntegerOrInfinity(d);
  double len = a->Length();
  if (d < 0) d += len;
  if (d < 0 || d >= len) return Ok();
  return Ok(At(a, static_cast<size_t>(d)));
}
Completion ToReversed(Runtime& rt, NativeCall& call, Native*) {
  return ArrayToReversed(rt, call);
}
Completion ToSorted(Runtime& rt, NativeCall& call, Native*) {
  return ArrayToSorted(rt, call);
}
Completion ToSpliced(Runtime& rt, NativeCall& call, Native*) {
  return ArrayToSpliced(rt, call);
}
Completion With(Runtime& rt, NativeCall& call, Native*) {
  return ArrayWith(rt, call);
}
Completion MakeIterator(Runtime& rt, NativeCall& call, IterKind kind) {
  if (!call.this_value.IsObject()) return rt.Throw(ErrorType::kTypeError, "not an iterable object");
  return Ok(
      Value::FromCell(rt.Alloc<Iterator>(rt.realm.array_iterator_proto, call.this_value, kind)));
}
Completion Keys(Runtime& rt, NativeCall& c, Native*) {
  return MakeIterator(rt, c, IterKind::kKeys);
}
Completion Values(Runtime& rt, NativeCall& c, Native*) {
  return MakeIterator(rt, c, IterKind::kValues);
}
Completion Entries(Runtime& rt, NativeCall& c, Native*) {
  return MakeIterator(rt, c, IterKind::kEntries);
}

}  // namespace

bool IsIntrinsicArrayConstructor(Value v) {
  return v.Is(CellKind::kNative) && v.As<Native>()->builtin == ArrayCtor;
}

void InstallArrayBuiltins(Runtime& rt) {
  Object* proto = rt.realm.array_proto;
  Native* ctor = DefineConstructor(rt, "Array", 1, ArrayCtor, proto);
  DefineSpeciesGetter(rt, ctor);
  rt.DefineNative(ctor, "isArray", 1, IsArray);
  rt.DefineNative(ctor, "from", 1, From);
  rt.DefineNative(ctor, "of", 0, Of);
  struct Method {
    const char* name;
    int length;
    BuiltinFn fn;
  };
  const Method methods[] = {{"push", 1, Push},
                            {"pop", 0, Pop},
                            {"shift", 0, Shift},
                            {"unshift", 1, Unshift},
                            {"slice", 2, Slice},
                            {"splice", 2, Splice},
                            {"concat", 1, Concat},
                            {"join", 1, Join},
                            {"toString", 0, ToString},
                            {"toLocaleString", 0, ToLocaleString},
                            {"reverse", 0, Reverse},
                            {"indexOf", 1, IndexOf},
                            {"lastIndexOf", 1, LastIndexOf},
                            {"includes", 1, Includes},
                            {"find", 1, Find},
                            {"findIndex", 1, FindIndex},
                            {"findLast", 1, FindLast},
                            {"findLastIndex", 1, FindLastIndex},
                            {"filter", 1, Filter},
                            {"map", 1, Map},
                            {"forEach", 1, ForEach},
                            {"reduce", 1, ReduceLeft},
                            {"reduceRight", 1, ReduceRight},
                            {"some", 1, Some},
                            {"every", 1, Every},
                            {"sort", 1, Sort},
                            {"fill", 1, Fill},
                            {"flat", 0, Flat},
                            {"flatMap", 1, FlatMap},
                            {"at", 1, AtMethod},
                            {"toReversed", 0, ToReversed},
                            {"toSorted", 1, ToSorted},
                            {"toSpliced", 2, ToSpliced},
                            {"with", 2, With},
                            {"keys", 0, Keys},
                            {"values", 0, Values},
                            {"entries", 0, Entries}};
  for (const Method& m : methods) rt.DefineNative(proto, m.name, m.length, m.fn);
  // ECMA-262 23.1.3.40 Array.prototype [ @@iterator ] is the same function as values.
  rt.realm.array_values = proto->Find(rt.Intern("values"))->value;
  proto->Put(rt.WellKnownSymbol(WellKnown::kIterator), rt.realm.array_values, false);
}

}  // namespace loopscope::js
