// engine/js/builtins_array_generic.cpp — Array.prototype methods over array-likes (see
// builtins_array_generic.h). Each function cites the ECMA-262 algorithm it follows; the
// object is held in a TempRoot while callbacks run, as builtins_array.cpp does.
// Where to look next: builtins_array.cpp (the Array fast paths).
#include "engine/js/builtins_array_generic.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <string>

#include "engine/js/builtins.h"
#include "engine/js/locale_defaults.h"
#include "engine/js/species.h"
#include "engine/js/string_builder.h"
#include "engine/js/tim_sort.h"
#include "engine/js/wrapper_objects.h"

namespace loopscope::js {
namespace {

constexpr double kMaxSafeInteger = 9007199254740991.0;

// ECMA-262 7.1.18 ToObject, for the array methods: null and undefined are refused with
// V8's message; other primitives are wrapped (a callback's third argument is the wrapper,
// `Number.prototype[0]` is an element of `2.5`). The caller roots `o`.
Completion ThisObject(Runtime& rt, NativeCall& call, const char* name, Value& o) {
  if (call.this_value.IsNullish())
    return rt.Throw(ErrorType::kTypeError,
                    std::string("Array.prototype.") + name + " called on null or undefined");
  o = call.this_value.IsObject() ? call.this_value : WrapPrimitive(rt, call.this_value);
  return Ok();
}

// ECMA-262 7.3.19 LengthOfArrayLike: ToLength(Get(O, "length")).
Completion LengthOf(Runtime& rt, Value o, double& len) {
  Completion v = rt.GetProperty(o, rt.key_length);
  if (!v.ok()) return v;
  double n = 0;
  LOOPSCOPE_TRY(rt.ToNumber(v.value, n));
  n = ToIntegerOrInfinity(n);
  len = std::clamp(n, 0.0, kMaxSafeInteger);
  return Ok();
}

Value Index(double k) {
  return Value::Number(k);
}

// Every index a generic loop visits counts as interpreter steps: an array-like's length
// may be 2^53 - 1 with nothing in it (Node would spin for ever), and the embedder's step
// limit must still end such a loop. A visit (the index made a key, looked up along the
// chain) takes about as much real time as ten instructions of the dispatch loop (measured:
// an empty forEach over a plain object's indices against an empty `for` loop). Callers
// hold nothing unrooted here: a checkpoint may collect garbage.
constexpr uint64_t kStepsPerIndexVisit = 10;
Completion CountIndexStep(Runtime& rt) {
  rt.steps += kStepsPerIndexVisit;
  ExcludeFromHot(rt.tiers, kStepsPerIndexVisit);
  if (rt.steps < rt.step_budget || rt.Checkpoint()) return Ok();
  return {Completion::Type::kTerminated, Value::Undefined()};
}

// True when every index property along o's chain is an ordinary, interned key (no Array
// elements, String object characters, Buffer bytes or TypedArray elements).
bool OrdinaryIndices(Object* o) {
  for (; o; o = o->prototype) {
    if (o->kind == CellKind::kArray || o->kind == CellKind::kHost ||
        o->kind == CellKind::kPrimitiveWrapper || o->kind == CellKind::kTypedArray)
      return false;
  }
  return true;
}

// ECMA-262 7.3.12 HasProperty(O, ToString(k)).
Completion HasIndex(Runtime& rt, Value o, double k, bool& out) {
  LOOPSCOPE_TRY(CountIndexStep(rt));
  if (o.IsObject() && OrdinaryIndices(o.As<Object>())) {
    // Keys are interned: an index no string was ever made for is on no object, and
    // {length: 1e7} is scanned without making ten million keys.
    char digits[24];
    auto end = std::to_chars(digits, digits + sizeof digits, static_cast<uint64_t>(k)).ptr;
    String* key = rt.FindInterned(std::string_view(digits, static_cast<size_t>(end - digits)));
    out = key && rt.HasProperty(o.As<Object>(), key);
    return Ok();
  }
  String* key;
  LOOPSCOPE_TRY(rt.ToPropertyKey(Index(k), key));
  if (o.IsObject()) {
    out = rt.HasProperty(o.As<Object>(), key);
  } else if (o.IsString()) {
    out = k < static_cast<double>(Runtime::Utf16Length(o.As<String>()));
  } else {
    out = false;
  }
  return Ok();
}

// ECMA-262 7.3.7 CreateDataPropertyOrThrow(A, ToString(n), v): how results are filled.
// It defines, so a setter on the result or its prototype never runs, and it throws when the
// result (made by a species constructor) refuses the property.
Completion CreateDataPropertyOrThrow(Runtime& rt, Value a, double n, Value v) {
  if (!a.IsObject()) return rt.SetElement(a, Index(n), v);
  String* key;
  LOOPSCOPE_TRY(rt.ToPropertyKey(Index(n), key));
  PropertyDescriptor desc;
  desc.value = v;
  desc.has_value = desc.has_writable = desc.has_enumerable = desc.has_configurable = true;
  desc.writable = desc.enumerable = desc.configurable = true;
  bool done;
  LOOPSCOPE_TRY(rt.DefineOwnProperty(a.As<Object>(), key, desc, done));
  if (done) return Ok();
  if (rt.GetOwnProperty(a.As<Object>(), key).IsHole())
    return rt.Throw(ErrorType::kTypeError,
                    "Cannot define property " + key->data + ", object is not extensible");
  return rt.Throw(ErrorType::kTypeError, "Cannot redefine property: " + key->data);
}

// The step slice, splice and concat share: if `from` has index k, its value becomes index n
// of `to` (HasProperty, Get, then CreateDataPropertyOrThrow).
Completion CopyIndexIfPresent(Runtime& rt, Value from, double k, Value to, double n) {
  bool present;
  LOOPSCOPE_TRY(HasIndex(rt, from, k, present));
  if (!present) return Ok();
  Completion v = rt.GetElement(from, Index(k));
  if (!v.ok()) return v;
  TempRoot keep(rt, v.value);
  return CreateDataPropertyOrThrow(rt, to, n, v.value);
}

}  // namespace

// ECMA-262 10.4.2.3 ArraySpeciesCreate(O, length): an Array's constructor[@@species]
// (SpeciesOf) makes the result, so a subclass's map returns the subclass.
Completion ArraySpeciesCreate(Runtime& rt, Value o, double length) {
  if (o.Is(CellKind::kArray)) {  // step 2: IsArray
    Completion c = rt.GetProperty(o, rt.key_constructor);
    if (!c.ok()) return c;
    Value ctor = c.value;
    if (ctor.IsObject()) {  // step 5
      Completion s = SpeciesOf(rt, ctor);
      if (!s.ok()) return s;
      ctor = s.value.IsNull() ? Value::Undefined() : s.value;
    }
    if (!ctor.IsUndefined()) {
      if (!rt.IsConstructor(ctor))  // step 7
        return rt.Throw(ErrorType::kTypeError,
                        "object.constructor[Symbol.species] is not a constructor");
      if (!IsIntrinsicArrayConstructor(ctor)) {
        Value args[1] = {Value::Number(length)};
        return rt.Construct(ctor, args, ctor);
      }
    }
  }
  if (length > 4294967295.0) return rt.Throw(ErrorType::kRangeError, "Invalid array length");
  Array* a = rt.NewArray();
  TempRoot keep(rt, Value::FromCell(a));
  LOOPSCOPE_TRY(rt.SetArrayLength(a, length));
  return Ok(Value::FromCell(a));
}

namespace {

// The string a String receiver carries (primitive or String object), else null: its
// indices and length are read-only and non-configurable, so the mutating methods'
// Set(..., true) and DeletePropertyOrThrow fail on them (ECMA-262 10.4.3).
String* StringReceiver(Value o) {
  Value p = UnwrapPrimitive(o);
  return p.IsString() ? p.As<String>() : nullptr;
}
bool ReadOnlyIndex(Value o, double k) {
  String* s = StringReceiver(o);
  return s && k < static_cast<double>(Runtime::Utf16Length(s));
}
Completion SetIndexOrThrow(Runtime& rt, Value o, Value k, Value v) {
  if (ReadOnlyIndex(o, k.AsNumber()))
    return rt.Throw(ErrorType::kTypeError, "Cannot assign to read only property '" +
                                               NumberToString(k.AsNumber()) +
                                               "' of object '[object String]'");
  return rt.SetElement(o, k, v, /*strict=*/true);  // Set(O, k, v, true)
}
Completion SetLengthOrThrow(Runtime& rt, Value o, Value v) {
  if (StringReceiver(o))
    return rt.Throw(ErrorType::kTypeError,
                    "Cannot assign to read only property 'length' of object '[object String]'");
  return rt.SetProperty(o, rt.key_length, v, /*strict=*/true);
}
Completion DeleteOrThrow(Runtime& rt, Value o, Value k) {
  if (ReadOnlyIndex(o, k.AsNumber()))
    return rt.Throw(
        ErrorType::kTypeError,
        "Cannot delete property '" + NumberToString(k.AsNumber()) + "' of [object String]");
  return rt.DeleteElement(o, k, /*strict=*/true);  // DeletePropertyOrThrow
}

Completion RequireCallable(Runtime& rt, Value fn) {
  if (!rt.IsCallable(fn))
    return rt.Throw(ErrorType::kTypeError, rt.Inspect(fn) + " is not a function");
  return Ok();
}

}  // namespace

namespace {

// True when no prototype of `a` holds an element: a hole of `a` then reads undefined.
bool OnlyOwnElements(Array* a) {
  for (Object* p = a->prototype; p; p = p->prototype) {
    if (p->kind == CellKind::kArray && static_cast<Array*>(p)->Length() > 0) return false;
    uint32_t index;
    for (const Property& prop : p->props)
      if (Runtime::IsArrayIndex(prop.key->data, index)) return false;
  }
  return true;
}

}  // namespace

bool HasRestrictedElements(const Array* a) {
  if (!a->extensible || !a->length_writable) return true;
  if (!a->has_special_props) return false;
  uint32_t index;
  for (const Property& p : a->props)
    if (Runtime::IsArrayIndex(p.key->data, index)) return true;
  return false;
}

bool NeedsGenericPath(Runtime& rt, Value this_value) {
  if (!this_value.Is(CellKind::kArray)) return true;
  if (HasRestrictedElements(this_value.As<Array>())) return true;
  if (this_value.As<Object>()->prototype != rt.realm.array_proto) return true;
  if (this_value.As<Object>()->Find(rt.key_constructor)) return true;  // ArraySpeciesCreate
  return !OnlyOwnElements(this_value.As<Array>());
}

// ECMA-262 23.1.3.9 find, .10 findIndex, .11 findLast, .12 findLastIndex, .29 some,
// .6 every, .15 forEach, .8 filter, .21 map.
Completion GenericIterate(Runtime& rt, NativeCall& call, ArrayEach kind, const char* name) {
  Value o;
  LOOPSCOPE_TRY(ThisObject(rt, call, name, o));
  TempRoot keep_o(rt, o);
  double len;
  LOOPSCOPE_TRY(LengthOf(rt, o, len));
  Value callback = call.Arg(0);
  LOOPSCOPE_TRY(RequireCallable(rt, callback));
  // map step 5 and filter step 5: ArraySpeciesCreate(O, len or 0).
  Value result;
  if (kind == ArrayEach::kMap || kind == ArrayEach::kFilter) {
    Completion created = ArraySpeciesCreate(rt, o, kind == ArrayEach::kMap ? len : 0);
    if (!created.ok()) return created;
    result = created.value;
  }
  TempRoot keep_result(rt, result);
  double to = 0;  // filter: the next index of the result
  bool backwards = kind == ArrayEach::kFindLast || kind == ArrayEach::kFindLastIndex;
  // The find family visits every index; the others only indices HasProperty finds.
  bool skip_absent = kind != ArrayEach::kFind && kind != ArrayEach::kFindIndex && !backwards;
  for (double n = 0; n < len; ++n) {
    double k = backwards ? len - 1 - n : n;
    if (skip_absent) {
      bool present;
      LOOPSCOPE_TRY(HasIndex(rt, o, k, present));
      if (!present) continue;
    }
    Completion element = rt.GetElement(o, Index(k));
    if (!element.ok()) return element;
    TempRoot keep_element(rt, element.value);
    Value args[3] = {element.value, Index(k), o};
    Completion r = rt.Call(callback, call.Arg(1), args);
    if (!r.ok()) return r;
    bool truthy = Runtime::ToBoolean(r.value);
    switch (kind) {
      case ArrayEach::kFind:
      case ArrayEach::kFindLast:
        if (truthy) return Ok(element.value);
        break;
      case ArrayEach::kFindIndex:
      case ArrayEach::kFindLastIndex:
        if (truthy) return Ok(Index(k));
        break;
      case ArrayEach::kSome:
        if (truthy) return Ok(Value::Boolean(true));
        break;
      case ArrayEach::kEvery:
        if (!truthy) return Ok(Value::Boolean(false));
        break;
      case ArrayEach::kFilter:
        if (truthy) LOOPSCOPE_TRY(CreateDataPropertyOrThrow(rt, result, to++, element.value));
        break;
      case ArrayEach::kMap:
        LOOPSCOPE_TRY(CreateDataPropertyOrThrow(rt, result, k, r.value));
        break;
      case ArrayEach::kForEach:
        break;
    }
  }
  switch (kind) {
    case ArrayEach::kFindIndex:
    case ArrayEach::kFindLastIndex:
      return Ok(Value::Number(-1));
    case ArrayEach::kSome:
      return Ok(Value::Boolean(false));
    case ArrayEach::kEvery:
      return Ok(Value::Boolean(true));
    case ArrayEach::kFilter:
    case ArrayEach::kMap:
      return Ok(result);
    default:
      return Ok();
  }
}

// ECMA-262 23.1.3.24 reduce and 23.1.3.25 reduceRight.
Completion GenericReduce(Runtime& rt, NativeCall& call, bool right) {
  Value o;
  LOOPSCOPE_TRY(ThisObject(rt, call, right ? "reduceRight" : "reduce", o));
  TempRoot keep_o(rt, o);
  double len;
  LOOPSCOPE_TRY(LengthOf(rt, o, len));
  Value callback = call.Arg(0);
  LOOPSCOPE_TRY(RequireCallable(rt, callback));
  double k = right ? len - 1 : 0;
  auto in_range = [&] { return right ? k >= 0 : k < len; };
  auto step = [&] { k += right ? -1 : 1; };
  Value acc;
  bool have_acc = call.args.size() >= 2;
  if (have_acc) acc = call.args[1];
  // Step 8: without an initial value, the first present element is the accumulator.
  for (; !have_acc && in_range(); step()) {
    bool present;
    LOOPSCOPE_TRY(HasIndex(rt, o, k, present));
    if (!present) continue;
    Completion v = rt.GetElement(o, Index(k));
    if (!v.ok()) return v;
    acc = v.value;
    have_acc = true;
  }
  if (!have_acc)
    return rt.Throw(ErrorType::kTypeError, "Reduce of empty array with no initial value");
  for (; in_range(); step()) {
    bool present;
    LOOPSCOPE_TRY(HasIndex(rt, o, k, present));
    if (!present) continue;
    TempRoot keep_acc(rt, acc);
    Completion v = rt.GetElement(o, Index(k));
    if (!v.ok()) return v;
    TempRoot keep_v(rt, v.value);
    Value args[4] = {acc, v.value, Index(k), o};
    Completion r = rt.Call(callback, Value::Undefined(), args);
    if (!r.ok()) return r;
    acc = r.value;
  }
  return Ok(acc);
}

// ECMA-262 23.1.3.17 indexOf, 23.1.3.20 lastIndexOf, 23.1.3.16 includes.
Completion GenericSearch(Runtime& rt, NativeCall& call, int mode) {
  const char* names[] = {"indexOf", "lastIndexOf", "includes"};
  Value o;
  LOOPSCOPE_TRY(ThisObject(rt, call, names[mode], o));
  TempRoot keep_o(rt, o);
  double len;
  LOOPSCOPE_TRY(LengthOf(rt, o, len));
  Value not_found = mode == 2 ? Value::Boolean(false) : Value::Number(-1);
  if (len == 0) return Ok(not_found);
  Value target = call.Arg(0);
  double n = mode == 1 ? len - 1 : 0;
  if (call.args.size() > 1) {
    LOOPSCOPE_TRY(rt.ToNumber(call.Arg(1), n));
    n = ToIntegerOrInfinity(n);
  }
  if (mode == 1) {
    double k = n >= 0 ? std::min(n, len - 1) : len + n;
    for (; k >= 0; --k) {
      bool present;
      LOOPSCOPE_TRY(HasIndex(rt, o, k, present));
      if (!present) continue;
      Completion v = rt.GetElement(o, Index(k));
      if (!v.ok()) return v;
      if (rt.StrictEquals(v.value, target)) return Ok(Index(k));
    }
    return Ok(not_found);
  }
  double k = n >= 0 ? n : std::max(len + n, 0.0);
  for (; k < len; ++k) {
    if (mode == 0) {
      bool present;
      LOOPSCOPE_TRY(HasIndex(rt, o, k, present));
      if (!present) continue;
    }
    Completion v = rt.GetElement(o, Index(k));
    if (!v.ok()) return v;
    if (mode == 2 && rt.SameValueZero(v.value, target)) return Ok(Value::Boolean(true));
    if (mode == 0 && rt.StrictEquals(v.value, target)) return Ok(Index(k));
  }
  return Ok(not_found);
}

// ECMA-262 23.1.3.18 join.
Completion GenericJoin(Runtime& rt, NativeCall& call) {
  Value o;
  LOOPSCOPE_TRY(ThisObject(rt, call, "join", o));
  TempRoot keep_o(rt, o);
  double len;
  LOOPSCOPE_TRY(LengthOf(rt, o, len));
  std::string sep = ",";
  if (!call.Arg(0).IsUndefined()) LOOPSCOPE_TRY(rt.ToStringStd(call.Arg(0), sep));
  StringBuilder out;
  for (double k = 0; k < len; ++k) {
    if (k > 0 && !out.Append(sep)) return rt.ThrowInvalidStringLength();
    Completion v = rt.GetElement(o, Index(k));
    if (!v.ok()) return v;
    if (v.value.IsNullish()) continue;
    std::string text;
    LOOPSCOPE_TRY(rt.ToStringStd(v.value, text));
    if (!out.Append(text)) return rt.ThrowInvalidStringLength();
  }
  return Ok(out.Finish(rt));
}

// ECMA-262 23.1.3.32 Array.prototype.toLocaleString (ECMA-402 19.5.1 passes no locales or
// options on: en-US is the only locale): each element's own toLocaleString, joined with
// ",". An array that reaches itself again through an element prints "" there, as V8's
// join cycle detection does.
Completion GenericToLocaleString(Runtime& rt, NativeCall& call) {
  // Step 1 is ToObject(this value), in V8's words.
  if (call.this_value.IsNullish())
    return rt.Throw(ErrorType::kTypeError, "Cannot convert undefined or null to object");
  LOOPSCOPE_TRY(RequireDefaultLocale(rt, call, "Array.prototype.toLocaleString"));
  Value o;
  LOOPSCOPE_TRY(ThisObject(rt, call, "toLocaleString", o));
  TempRoot keep_o(rt, o);
  std::vector<Object*>& active = rt.locale_join_active;
  if (std::find(active.begin(), active.end(), o.As<Object>()) != active.end())
    return Ok(rt.Str(""));
  double len;
  LOOPSCOPE_TRY(LengthOf(rt, o, len));
  active.push_back(o.As<Object>());
  StringBuilder out;
  Completion done = [&]() -> Completion {
    for (double k = 0; k < len; ++k) {
      LOOPSCOPE_TRY(CountIndexStep(rt));
      if (k > 0 && !out.Append(",")) return rt.ThrowInvalidStringLength();
      Completion v = rt.GetElement(o, Index(k));
      if (!v.ok()) return v;
      if (v.value.IsNullish()) continue;
      TempRoot keep_v(rt, v.value);
      Completion r = rt.Invoke(v.value, "toLocaleString", {});
      if (!r.ok()) return r;
      std::string text;
      LOOPSCOPE_TRY(rt.ToStringStd(r.value, text));
      if (!out.Append(text)) return rt.ThrowInvalidStringLength();
    }
    return Ok();
  }();
  active.pop_back();
  if (!done.ok()) return done;
  return Ok(out.Finish(rt));
}

// ECMA-262 23.1.3.23 push.
Completion GenericPush(Runtime& rt, NativeCall& call) {
  Value o;
  LOOPSCOPE_TRY(ThisObject(rt, call, "push", o));
  TempRoot keep_o(rt, o);
  double len;
  LOOPSCOPE_TRY(LengthOf(rt, o, len));
  double count = static_cast<double>(call.args.size());
  if (len + count > kMaxSafeInteger)
    return rt.Throw(ErrorType::kTypeError,
                    "Pushing " + NumberToString(count) + " elements on an array-like of length " +
                        NumberToString(len) + " is disallowed, as the total surpasses 2**53-1");
  for (Value v : call.args) {
    LOOPSCOPE_TRY(SetIndexOrThrow(rt, o, Index(len), v));
    ++len;
  }
  LOOPSCOPE_TRY(SetLengthOrThrow(rt, o, Value::Number(len)));
  return Ok(Value::Number(len));
}

// ECMA-262 23.1.3.22 pop.
Completion GenericPop(Runtime& rt, NativeCall& call) {
  Value o;
  LOOPSCOPE_TRY(ThisObject(rt, call, "pop", o));
  TempRoot keep_o(rt, o);
  double len;
  LOOPSCOPE_TRY(LengthOf(rt, o, len));
  if (len == 0) {
    LOOPSCOPE_TRY(SetLengthOrThrow(rt, o, Value::Number(0)));
    return Ok();
  }
  double index = len - 1;
  Completion element = rt.GetElement(o, Index(index));
  if (!element.ok()) return element;
  TempRoot keep(rt, element.value);
  LOOPSCOPE_TRY(DeleteOrThrow(rt, o, Index(index)));
  LOOPSCOPE_TRY(SetLengthOrThrow(rt, o, Value::Number(index)));
  return Ok(element.value);
}

// ECMA-262 23.1.3.28 slice.
Completion GenericSlice(Runtime& rt, NativeCall& call) {
  Value o;
  LOOPSCOPE_TRY(ThisObject(rt, call, "slice", o));
  TempRoot keep_o(rt, o);
  double len;
  LOOPSCOPE_TRY(LengthOf(rt, o, len));
  auto relative = [&](size_t i, double dflt, double& out) -> Completion {
    double r = dflt;
    if (!call.Arg(i).IsUndefined()) {
      LOOPSCOPE_TRY(rt.ToNumber(call.Arg(i), r));
      r = ToIntegerOrInfinity(r);
    }
    out = r < 0 ? std::max(len + r, 0.0) : std::min(r, len);
    return Ok();
  };
  double k, end;
  LOOPSCOPE_TRY(relative(0, 0, k));
  LOOPSCOPE_TRY(relative(1, len, end));
  Completion created = ArraySpeciesCreate(rt, o, std::max(end - k, 0.0));
  if (!created.ok()) return created;
  Value result = created.value;
  TempRoot keep(rt, result);
  double n = 0;
  for (; k < end; ++k, ++n) {
    LOOPSCOPE_TRY(CopyIndexIfPresent(rt, o, k, result, n));
  }
  LOOPSCOPE_TRY(rt.SetProperty(result, rt.key_length, Value::Number(n), /*strict=*/true));
  return Ok(result);
}

namespace {

// ECMA-262 7.1.22 ToIntegerOrInfinity of an argument, then the relative-index clamp the
// slice family shares: negative counts from `len`, the result lies in [0, len].
Completion RelativeArg(Runtime& rt, Value arg, double len, double dflt, double& out) {
  double r = dflt;
  if (!arg.IsUndefined()) {
    LOOPSCOPE_TRY(rt.ToNumber(arg, r));
    r = ToIntegerOrInfinity(r);
  }
  out = r < 0 ? std::max(len + r, 0.0) : std::min(r, len);
  return Ok();
}

// The step the moving algorithms repeat: if HasProperty(O, from), Set(O, to, Get(O, from)),
// else DeletePropertyOrThrow(O, to).
Completion MoveIndex(Runtime& rt, Value o, double from, double to) {
  bool present;
  LOOPSCOPE_TRY(HasIndex(rt, o, from, present));
  if (!present) return DeleteOrThrow(rt, o, Index(to));
  Completion v = rt.GetElement(o, Index(from));
  if (!v.ok()) return v;
  return SetIndexOrThrow(rt, o, Index(to), v.value);
}

Completion TooLong(Runtime& rt) {
  return rt.Throw(ErrorType::kTypeError, "Invalid array length");
}

}  // namespace

// ECMA-262 23.1.3.31 splice.
Completion GenericSplice(Runtime& rt, NativeCall& call) {
  Value o;
  LOOPSCOPE_TRY(ThisObject(rt, call, "splice", o));
  TempRoot keep_o(rt, o);
  double len;
  LOOPSCOPE_TRY(LengthOf(rt, o, len));
  double start;
  LOOPSCOPE_TRY(RelativeArg(rt, call.Arg(0), len, 0, start));
  double items = call.args.size() > 2 ? static_cast<double>(call.args.size() - 2) : 0;
  double removed = 0;  // steps 5-7
  if (call.args.size() == 1) {
    removed = len - start;
  } else if (call.args.size() > 1) {
    double dc;
    LOOPSCOPE_TRY(rt.ToNumber(call.Arg(1), dc));
    removed = std::clamp(ToIntegerOrInfinity(dc), 0.0, len - start);
  }
  if (len + items - removed > kMaxSafeInteger) return TooLong(rt);  // step 8
  Completion created = ArraySpeciesCreate(rt, o, removed);
  if (!created.ok()) return created;
  Value a = created.value;
  TempRoot keep(rt, a);
  for (double k = 0; k < removed; ++k) {  // steps 10-11
    LOOPSCOPE_TRY(CopyIndexIfPresent(rt, o, start + k, a, k));
  }
  // Step 12, then the moves of steps 15 (fewer items than removed) and 16 (more).
  LOOPSCOPE_TRY(rt.SetProperty(a, rt.key_length, Value::Number(removed), /*strict=*/true));
  if (items < removed) {
    for (double k = start; k < len - removed; ++k)
      LOOPSCOPE_TRY(MoveIndex(rt, o, k + removed, k + items));
    for (double k = len; k > len - removed + items; --k)
      LOOPSCOPE_TRY(DeleteOrThrow(rt, o, Index(k - 1)));
  } else if (items > removed) {
    for (double k = len - removed; k > start; --k)
      LOOPSCOPE_TRY(MoveIndex(rt, o, k + removed - 1, k + items - 1));
  }
  for (size_t i = 2; i < call.args.size(); ++i)  // step 17
    LOOPSCOPE_TRY(SetIndexOrThrow(rt, o, Index(start + static_cast<double>(i - 2)), call.args[i]));
  LOOPSCOPE_TRY(SetLengthOrThrow(rt, o, Value::Number(len - removed + items)));
  return Ok(a);
}

namespace {

// ECMA-262 23.1.3.1.1 IsConcatSpreadable(O): O[@@isConcatSpreadable] when defined, else
// IsArray(O).
Completion IsConcatSpreadable(Runtime& rt, Value o, bool& out) {
  out = false;
  if (!o.IsObject()) return Ok();
  Completion v = rt.GetProperty(o, rt.WellKnownSymbol(WellKnown::kIsConcatSpreadable));
  if (!v.ok()) return v;
  out = v.value.IsUndefined() ? o.Is(CellKind::kArray) : Runtime::ToBoolean(v.value);
  return Ok();
}

}  // namespace

// ECMA-262 23.1.3.1 concat.
Completion GenericConcat(Runtime& rt, NativeCall& call) {
  Value o;
  LOOPSCOPE_TRY(ThisObject(rt, call, "concat", o));
  TempRoot keep_o(rt, o);
  Completion created = ArraySpeciesCreate(rt, o, 0);
  if (!created.ok()) return created;
  Value a = created.value;
  TempRoot keep(rt, a);
  double n = 0;
  for (size_t i = 0; i <= call.args.size(); ++i) {
    Value e = i == 0 ? o : call.args[i - 1];
    bool spreadable;
    LOOPSCOPE_TRY(IsConcatSpreadable(rt, e, spreadable));
    if (!spreadable) {
      if (n >= kMaxSafeInteger) return TooLong(rt);
      LOOPSCOPE_TRY(CreateDataPropertyOrThrow(rt, a, n++, e));
      continue;
    }
    double len;
    LOOPSCOPE_TRY(LengthOf(rt, e, len));
    if (n + len > kMaxSafeInteger) return TooLong(rt);
    if (e.Is(CellKind::kArray) && !HasRestrictedElements(e.As<Array>()) &&
        OnlyOwnElements(e.As<Array>())) {
      // Only the elements there are: a hole is absent, whatever the length (2^32 - 1).
      Array* source = e.As<Array>();
      uint32_t at;
      for (uint64_t k = 0; Runtime::NextArrayIndex(source, k, at); k = uint64_t{at} + 1) {
        LOOPSCOPE_TRY(CountIndexStep(rt));
        LOOPSCOPE_TRY(CreateDataPropertyOrThrow(rt, a, n + at, source->Get(at)));
      }
      n += len;
      continue;
    }
    for (double k = 0; k < len; ++k, ++n) {
      LOOPSCOPE_TRY(CopyIndexIfPresent(rt, e, k, a, n));
    }
  }
  LOOPSCOPE_TRY(rt.SetProperty(a, rt.key_length, Value::Number(n), /*strict=*/true));
  return Ok(a);
}

// ECMA-262 23.1.3.30.2 SortCompare over values with no undefined among them (the caller
// puts those last): by their strings without a comparator, else by its result (NaN orders as
// 0). `items` is reordered in place; the caller keeps its values rooted while the comparator
// runs.
Completion SortValues(Runtime& rt, Value cmp, std::vector<Value>& items) {
  std::vector<std::string> keys;
  if (cmp.IsUndefined()) {
    for (Value v : items) {
      std::string text;
      LOOPSCOPE_TRY(rt.ToStringStd(v, text));
      keys.push_back(std::move(text));
    }
  }
  std::vector<size_t> order(items.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  LOOPSCOPE_TRY(TimSort(order, [&](size_t x, size_t y, double& result) {
    if (cmp.IsUndefined()) {
      result = keys[x] < keys[y] ? -1 : 0;
      return Ok();
    }
    Value args[2] = {items[x], items[y]};
    Completion r = rt.Call(cmp, Value::Undefined(), args);
    if (!r.ok()) return r;
    return rt.ToNumber(r.value, result);
  }));
  std::vector<Value> sorted;
  sorted.reserve(items.size());
  for (size_t i : order) sorted.push_back(items[i]);
  items.swap(sorted);
  return Ok();
}

// ECMA-262 23.1.3.30 sort over any object: SortIndexedProperties (HasProperty and Get of
// every index below the length, so holes read through the prototype chain), then
// Set(obj, j, v, true) for the sorted values and DeletePropertyOrThrow for the rest.
Completion GenericSort(Runtime& rt, NativeCall& call) {
  Value cmp = call.Arg(0);
  if (!cmp.IsUndefined() && !rt.IsCallable(cmp))  // step 1, before ToObject
    return rt.Throw(ErrorType::kTypeError,
                    "The comparison function must be either a function or undefined");
  if (call.this_value.IsNullish())  // V8 words this ToObject as the generic one
    return rt.Throw(ErrorType::kTypeError, "Cannot convert undefined or null to object");
  Value o;
  LOOPSCOPE_TRY(ThisObject(rt, call, "sort", o));
  TempRoot keep_o(rt, o);
  double len;
  LOOPSCOPE_TRY(LengthOf(rt, o, len));
  // The values are rooted in `held` while getters and the comparator run; undefined sorts
  // last without a comparison (SortCompare steps 1-3).
  Array* held = rt.NewArray();
  TempRoot keep_held(rt, Value::FromCell(held));
  double undefs = 0;
  for (double k = 0; k < len; ++k) {
    bool present;
    LOOPSCOPE_TRY(HasIndex(rt, o, k, present));
    if (!present) continue;
    Completion v = rt.GetElement(o, Index(k));
    if (!v.ok()) return v;
    if (v.value.IsUndefined())
      ++undefs;
    else
      held->elements.push_back(v.value);
  }
  std::vector<Value> sorted(held->elements.begin(), held->elements.end());
  LOOPSCOPE_TRY(SortValues(rt, cmp, sorted));
  held->elements.assign(sorted.begin(), sorted.end());
  double j = 0;
  for (; j < static_cast<double>(sorted.size()); ++j)
    LOOPSCOPE_TRY(SetIndexOrThrow(rt, o, Index(j), held->elements[static_cast<size_t>(j)]));
  for (double end = j + undefs; j < end; ++j)
    LOOPSCOPE_TRY(SetIndexOrThrow(rt, o, Index(j), Value::Undefined()));
  for (; j < len; ++j) {
    LOOPSCOPE_TRY(CountIndexStep(rt));
    LOOPSCOPE_TRY(DeleteOrThrow(rt, o, Index(j)));
  }
  return Ok(o);
}

// ECMA-262 23.1.3.26 reverse.
Completion GenericReverse(Runtime& rt, NativeCall& call) {
  Value o;
  LOOPSCOPE_TRY(ThisObject(rt, call, "reverse", o));
  TempRoot keep_o(rt, o);
  double len;
  LOOPSCOPE_TRY(LengthOf(rt, o, len));
  double middle = std::floor(len / 2);
  for (double lower = 0; lower != middle; ++lower) {
    double upper = len - lower - 1;
    bool lower_exists, upper_exists;
    Value lower_value, upper_value;
    LOOPSCOPE_TRY(HasIndex(rt, o, lower, lower_exists));
    if (lower_exists) {
      Completion v = rt.GetElement(o, Index(lower));
      if (!v.ok()) return v;
      lower_value = v.value;
    }
    TempRoot keep_lower(rt, lower_value);
    LOOPSCOPE_TRY(HasIndex(rt, o, upper, upper_exists));
    if (upper_exists) {
      Completion v = rt.GetElement(o, Index(upper));
      if (!v.ok()) return v;
      upper_value = v.value;
    }
    TempRoot keep_upper(rt, upper_value);
    if (upper_exists)
      LOOPSCOPE_TRY(SetIndexOrThrow(rt, o, Index(lower), upper_value));
    else if (lower_exists)
      LOOPSCOPE_TRY(DeleteOrThrow(rt, o, Index(lower)));
    if (lower_exists)
      LOOPSCOPE_TRY(SetIndexOrThrow(rt, o, Index(upper), lower_value));
    else if (upper_exists)
      LOOPSCOPE_TRY(DeleteOrThrow(rt, o, Index(upper)));
  }
  return Ok(o);
}

// ECMA-262 23.1.3.27 shift.
Completion GenericShift(Runtime& rt, NativeCall& call) {
  Value o;
  LOOPSCOPE_TRY(ThisObject(rt, call, "shift", o));
  TempRoot keep_o(rt, o);
  double len;
  LOOPSCOPE_TRY(LengthOf(rt, o, len));
  if (len == 0) {
    LOOPSCOPE_TRY(SetLengthOrThrow(rt, o, Value::Number(0)));
    return Ok();
  }
  Completion first = rt.GetElement(o, Index(0));
  if (!first.ok()) return first;
  TempRoot keep(rt, first.value);
  for (double k = 1; k < len; ++k) LOOPSCOPE_TRY(MoveIndex(rt, o, k, k - 1));
  LOOPSCOPE_TRY(DeleteOrThrow(rt, o, Index(len - 1)));
  LOOPSCOPE_TRY(SetLengthOrThrow(rt, o, Value::Number(len - 1)));
  return Ok(first.value);
}

// ECMA-262 23.1.3.35 unshift.
Completion GenericUnshift(Runtime& rt, NativeCall& call) {
  Value o;
  LOOPSCOPE_TRY(ThisObject(rt, call, "unshift", o));
  TempRoot keep_o(rt, o);
  double len;
  LOOPSCOPE_TRY(LengthOf(rt, o, len));
  auto count = static_cast<double>(call.args.size());
  if (count > 0) {
    if (len + count > kMaxSafeInteger) return TooLong(rt);
    for (double k = len; k > 0; --k) LOOPSCOPE_TRY(MoveIndex(rt, o, k - 1, k + count - 1));
    for (size_t j = 0; j < call.args.size(); ++j)
      LOOPSCOPE_TRY(SetIndexOrThrow(rt, o, Index(static_cast<double>(j)), call.args[j]));
  }
  LOOPSCOPE_TRY(SetLengthOrThrow(rt, o, Value::Number(len + count)));
  return Ok(Value::Number(len + count));
}

// ECMA-262 23.1.3.7 fill.
Completion GenericFill(Runtime& rt, NativeCall& call) {
  Value o;
  LOOPSCOPE_TRY(ThisObject(rt, call, "fill", o));
  TempRoot keep_o(rt, o);
  double len;
  LOOPSCOPE_TRY(LengthOf(rt, o, len));
  double k, end;
  LOOPSCOPE_TRY(RelativeArg(rt, call.Arg(1), len, 0, k));
  LOOPSCOPE_TRY(RelativeArg(rt, call.Arg(2), len, len, end));
  for (; k < end; ++k) {
    LOOPSCOPE_TRY(CountIndexStep(rt));
    LOOPSCOPE_TRY(SetIndexOrThrow(rt, o, Index(k), call.Arg(0)));
  }
  return Ok(o);
}

// ECMA-262 23.1.3.1 at.
Completion GenericAt(Runtime& rt, NativeCall& call) {
  Value o;
  LOOPSCOPE_TRY(ThisObject(rt, call, "at", o));
  TempRoot keep_o(rt, o);
  double len;
  LOOPSCOPE_TRY(LengthOf(rt, o, len));
  double relative;
  LOOPSCOPE_TRY(rt.ToNumber(call.Arg(0), relative));
  relative = ToIntegerOrInfinity(relative);
  double k = relative >= 0 ? relative : len + relative;
  if (k < 0 || k >= len) return Ok();
  return rt.GetElement(o, Index(k));
}

// [SECTION] change array by copy (ECMA-262 23.1.3.33–35, .39): each reads every index with
// [[Get]] (holes read through the prototype chain, as undefined when absent) into a new
// Array, never touching the receiver.
namespace {

// ECMA-262 10.4.2.2 ArrayCreate(len) with the elements `fill` gives, reserved on the heap
// before any is written; lengths past 2^32 - 1 are V8's RangeError.
Completion NewArrayOfLength(Runtime& rt, double len, Array*& out) {
  if (len > 4294967295.0) return rt.Throw(ErrorType::kRangeError, "Invalid array length");
  LOOPSCOPE_TRY(rt.ReserveHeap(static_cast<size_t>(len) * sizeof(Value)));
  out = rt.NewArray();
  out->elements.reserve(static_cast<size_t>(len));
  return Ok();
}

// ToObject(this) as V8's copying methods word its failure.
Completion CopyReceiver(Runtime& rt, NativeCall& call, const char* name, Value& o) {
  if (call.this_value.IsNullish())
    return rt.Throw(ErrorType::kTypeError, "Cannot convert undefined or null to object");
  return ThisObject(rt, call, name, o);
}

// Appends Get(o, k) for k in [from, to) to `a`.
Completion AppendRange(Runtime& rt, Value o, double from, double to, Array* a) {
  for (double k = from; k < to; ++k) {
    LOOPSCOPE_TRY(CountIndexStep(rt));
    Completion v = rt.GetElement(o, Index(k));
    if (!v.ok()) return v;
    a->elements.push_back(v.value);
  }
  return Ok();
}

}  // namespace

// ECMA-262 23.1.3.33 toReversed.
Completion ArrayToReversed(Runtime& rt, NativeCall& call) {
  Value o;
  LOOPSCOPE_TRY(CopyReceiver(rt, call, "toReversed", o));
  TempRoot keep_o(rt, o);
  double len;
  LOOPSCOPE_TRY(LengthOf(rt, o, len));
  Array* a;
  LOOPSCOPE_TRY(NewArrayOfLength(rt, len, a));
  TempRoot keep_a(rt, Value::FromCell(a));
  for (double k = len - 1; k >= 0; --k) LOOPSCOPE_TRY(AppendRange(rt, o, k, k + 1, a));
  return Ok(Value::FromCell(a));
}

// ECMA-262 23.1.3.34 toSorted: SortIndexedProperties with holes read as undefined, which
// sorts last without a comparison.
Completion ArrayToSorted(Runtime& rt, NativeCall& call) {
  Value cmp = call.Arg(0);
  if (!cmp.IsUndefined() && !rt.IsCallable(cmp))  // step 1, before ToObject
    return rt.Throw(ErrorType::kTypeError,
                    "The comparison function must be either a function or undefined");
  Value o;
  LOOPSCOPE_TRY(CopyReceiver(rt, call, "toSorted", o));
  TempRoot keep_o(rt, o);
  double len;
  LOOPSCOPE_TRY(LengthOf(rt, o, len));
  Array* a;
  LOOPSCOPE_TRY(NewArrayOfLength(rt, len, a));
  TempRoot keep_a(rt, Value::FromCell(a));
  LOOPSCOPE_TRY(AppendRange(rt, o, 0, len, a));
  std::vector<Value> items;
  size_t undefs = 0;
  for (Value v : a->elements) {
    if (v.IsUndefined())
      ++undefs;
    else
      items.push_back(v);
  }
  // `a` keeps the values rooted while the comparator runs; it is rewritten once sorted.
  LOOPSCOPE_TRY(SortValues(rt, cmp, items));
  a->elements.assign(items.begin(), items.end());
  a->elements.insert(a->elements.end(), undefs, Value::Undefined());
  return Ok(Value::FromCell(a));
}

// ECMA-262 23.1.3.35 toSpliced(start, skipCount, ...items).
Completion ArrayToSpliced(Runtime& rt, NativeCall& call) {
  Value o;
  LOOPSCOPE_TRY(CopyReceiver(rt, call, "toSpliced", o));
  TempRoot keep_o(rt, o);
  double len;
  LOOPSCOPE_TRY(LengthOf(rt, o, len));
  double start;
  LOOPSCOPE_TRY(RelativeArg(rt, call.Arg(0), len, 0, start));
  const double insert = call.args.size() > 2 ? static_cast<double>(call.args.size() - 2) : 0;
  double skip = 0;
  if (call.args.size() == 1) {
    skip = len - start;
  } else if (call.args.size() > 1) {
    LOOPSCOPE_TRY(rt.ToNumber(call.Arg(1), skip));
    skip = std::clamp(ToIntegerOrInfinity(skip), 0.0, len - start);
  }
  const double new_len = len + insert - skip;
  if (new_len > kMaxSafeInteger) return TooLong(rt);
  Array* a;
  LOOPSCOPE_TRY(NewArrayOfLength(rt, new_len, a));
  TempRoot keep_a(rt, Value::FromCell(a));
  LOOPSCOPE_TRY(AppendRange(rt, o, 0, start, a));
  for (size_t i = 2; i < call.args.size(); ++i) a->elements.push_back(call.args[i]);
  LOOPSCOPE_TRY(AppendRange(rt, o, start + skip, len, a));
  return Ok(Value::FromCell(a));
}

// ECMA-262 23.1.3.39 with(index, value).
Completion ArrayWith(Runtime& rt, NativeCall& call) {
  Value o;
  LOOPSCOPE_TRY(CopyReceiver(rt, call, "with", o));
  TempRoot keep_o(rt, o);
  double len;
  LOOPSCOPE_TRY(LengthOf(rt, o, len));
  double relative;
  LOOPSCOPE_TRY(rt.ToNumber(call.Arg(0), relative));
  relative = ToIntegerOrInfinity(relative);
  const double actual = relative >= 0 ? relative : len + relative;
  if (actual >= len || actual < 0) {
    std::string index;
    LOOPSCOPE_TRY(rt.ToStringStd(Value::Number(relative), index));
    return rt.Throw(ErrorType::kRangeError, "Invalid index : " + index);
  }
  Array* a;
  LOOPSCOPE_TRY(NewArrayOfLength(rt, len, a));
  TempRoot keep_a(rt, Value::FromCell(a));
  LOOPSCOPE_TRY(AppendRange(rt, o, 0, actual, a));
  a->elements.push_back(call.Arg(1));
  LOOPSCOPE_TRY(AppendRange(rt, o, actual + 1, len, a));
  return Ok(Value::FromCell(a));
}

}  // namespace loopscope::js
