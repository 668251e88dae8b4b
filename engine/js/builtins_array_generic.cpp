// engine/js/builtins_array_generic.cpp — Array.prototype methods over array-likes (see
// builtins_array_generic.h). Each function cites the ECMA-262 algorithm it follows; the
// object is held in a TempRoot while callbacks run, as builtins_array.cpp does.
// Where to look next: builtins_array.cpp (the Array fast paths).
#include "engine/js/builtins_array_generic.h"

#include <algorithm>
#include <string>

#include "engine/js/builtins.h"
#include "engine/js/string_builder.h"

namespace loopscope::js {
namespace {

constexpr double kMaxSafeInteger = 9007199254740991.0;

// ECMA-262 7.1.18 ToObject, for the array methods: null and undefined are refused with
// V8's message; other primitives are read through their own properties (a string's
// indices and length).
Completion ThisObject(Runtime& rt, NativeCall& call, const char* name) {
  if (call.this_value.IsNullish())
    return rt.Throw(ErrorType::kTypeError,
                    std::string("Array.prototype.") + name + " called on null or undefined");
  return Ok(call.this_value);
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

// ECMA-262 7.3.12 HasProperty(O, ToString(k)).
Completion HasIndex(Runtime& rt, Value o, double k, bool& out) {
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

// ECMA-262 10.4.2.3 ArraySpeciesCreate(O, length), without @@species (the subset has no
// symbols): an Array's `constructor` makes the result, so a subclass's map returns the
// subclass; anything else gets a plain Array.
Completion ArraySpeciesCreate(Runtime& rt, Value o, double length) {
  if (o.Is(CellKind::kArray)) {
    Completion c = rt.GetProperty(o, rt.key_constructor);
    if (!c.ok()) return c;
    if (c.value.IsObject() && !IsIntrinsicArrayConstructor(c.value)) {
      if (!rt.IsConstructor(c.value))
        return rt.Throw(ErrorType::kTypeError, "object.constructor is not a constructor");
      Value args[1] = {Value::Number(length)};
      return rt.Construct(c.value, args, c.value);
    }
  }
  Array* a = rt.NewArray();
  TempRoot keep(rt, Value::FromCell(a));
  LOOPSCOPE_TRY(rt.SetArrayLength(a, length));
  return Ok(Value::FromCell(a));
}

Completion RequireCallable(Runtime& rt, Value fn) {
  if (!rt.IsCallable(fn))
    return rt.Throw(ErrorType::kTypeError, rt.Inspect(fn) + " is not a function");
  return Ok();
}

}  // namespace

bool NeedsGenericPath(Runtime& rt, Value this_value) {
  if (!this_value.Is(CellKind::kArray)) return true;
  if (this_value.As<Object>()->prototype != rt.realm.array_proto) return true;
  for (Object* p = this_value.As<Object>()->prototype; p; p = p->prototype) {
    if (p->kind == CellKind::kArray && static_cast<Array*>(p)->Length() > 0) return true;
    uint32_t index;
    for (const Property& prop : p->props)
      if (Runtime::IsArrayIndex(prop.key->data, index)) return true;
  }
  return false;
}

// ECMA-262 23.1.3.9 find, .10 findIndex, .11 findLast, .12 findLastIndex, .29 some,
// .6 every, .15 forEach, .8 filter, .21 map.
Completion GenericIterate(Runtime& rt, NativeCall& call, ArrayEach kind, const char* name) {
  LOOPSCOPE_TRY(ThisObject(rt, call, name));
  Value o = call.this_value;
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
        if (truthy) LOOPSCOPE_TRY(rt.SetElement(result, Index(to++), element.value));
        break;
      case ArrayEach::kMap:
        LOOPSCOPE_TRY(rt.SetElement(result, Index(k), r.value));
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
  LOOPSCOPE_TRY(ThisObject(rt, call, right ? "reduceRight" : "reduce"));
  Value o = call.this_value;
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
  LOOPSCOPE_TRY(ThisObject(rt, call, names[mode]));
  Value o = call.this_value;
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
  LOOPSCOPE_TRY(ThisObject(rt, call, "join"));
  Value o = call.this_value;
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

// ECMA-262 23.1.3.23 push.
Completion GenericPush(Runtime& rt, NativeCall& call) {
  LOOPSCOPE_TRY(ThisObject(rt, call, "push"));
  Value o = call.this_value;
  double len;
  LOOPSCOPE_TRY(LengthOf(rt, o, len));
  double count = static_cast<double>(call.args.size());
  if (len + count > kMaxSafeInteger)
    return rt.Throw(ErrorType::kTypeError,
                    "Pushing " + NumberToString(count) + " elements on an array-like of length " +
                        NumberToString(len) + " is disallowed, as the total surpasses 2**53-1");
  for (Value v : call.args) {
    LOOPSCOPE_TRY(rt.SetElement(o, Index(len), v));
    ++len;
  }
  LOOPSCOPE_TRY(rt.SetProperty(o, rt.key_length, Value::Number(len)));
  return Ok(Value::Number(len));
}

// ECMA-262 23.1.3.22 pop.
Completion GenericPop(Runtime& rt, NativeCall& call) {
  LOOPSCOPE_TRY(ThisObject(rt, call, "pop"));
  Value o = call.this_value;
  double len;
  LOOPSCOPE_TRY(LengthOf(rt, o, len));
  if (len == 0) {
    LOOPSCOPE_TRY(rt.SetProperty(o, rt.key_length, Value::Number(0)));
    return Ok();
  }
  double index = len - 1;
  Completion element = rt.GetElement(o, Index(index));
  if (!element.ok()) return element;
  TempRoot keep(rt, element.value);
  LOOPSCOPE_TRY(rt.DeleteElement(o, Index(index)));
  LOOPSCOPE_TRY(rt.SetProperty(o, rt.key_length, Value::Number(index)));
  return Ok(element.value);
}

// ECMA-262 23.1.3.28 slice.
Completion GenericSlice(Runtime& rt, NativeCall& call) {
  LOOPSCOPE_TRY(ThisObject(rt, call, "slice"));
  Value o = call.this_value;
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
    bool present;
    LOOPSCOPE_TRY(HasIndex(rt, o, k, present));
    if (!present) continue;
    Completion v = rt.GetElement(o, Index(k));
    if (!v.ok()) return v;
    LOOPSCOPE_TRY(rt.SetElement(result, Index(n), v.value));
  }
  LOOPSCOPE_TRY(rt.SetProperty(result, rt.key_length, Value::Number(n)));
  return Ok(result);
}

}  // namespace loopscope::js
