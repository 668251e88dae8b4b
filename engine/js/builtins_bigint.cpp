// engine/js/builtins_bigint.cpp — the BigInt function and BigInt.prototype (ECMA-262 21.2).
//
// BigInt(v) converts (a constructor whose `new BigInt` fails with V8's "BigInt is not a
// constructor"); asIntN/asUintN wrap to a width; the prototype's toString takes a radix,
// toLocaleString groups digits as en-US does. The values and operators are in bigint.h.
// Where to look next: bigint.cpp, wrapper_objects.h (Object(1n)).
#include "engine/js/bigint.h"
#include "engine/js/builtins.h"
#include "engine/js/locale_defaults.h"
#include "engine/js/wrapper_objects.h"

namespace loopscope::js {
namespace {

// ECMA-262 21.2.3.4.1 thisBigIntValue, worded as V8 words its TypeError.
Completion ThisBigInt(Runtime& rt, NativeCall& call, Native* self, BigInt*& out) {
  Value v = UnwrapPrimitive(call.this_value);
  if (!v.IsBigInt())
    return rt.Throw(ErrorType::kTypeError,
                    "BigInt.prototype." + self->name->data + " requires that 'this' be a BigInt");
  out = v.As<BigInt>();
  return Ok();
}

// ECMA-262 21.2.1.1 BigInt ( value ): a Number converts only when it is an integer.
Completion BigIntCtor(Runtime& rt, NativeCall& call, Native*) {
  // Step 1: a constructor (Reflect.construct accepts it as a new.target) that refuses `new`.
  if (rt.current_new_target.IsObject())
    return rt.Throw(ErrorType::kTypeError, "BigInt is not a constructor");
  Completion prim = rt.ToPrimitive(call.Arg(0), Runtime::PrimitiveHint::kNumber);
  if (!prim.ok()) return prim;
  if (prim.value.IsNumber()) return NumberToBigInt(rt, prim.value.AsNumber());
  return ToBigInt(rt, prim.value);
}

// ECMA-262 21.2.2.1 BigInt.asIntN ( bits, bigint ) and 21.2.2.2 asUintN: bits is ToIndex'ed
// first, with V8's RangeError.
Completion AsN(Runtime& rt, NativeCall& call, bool is_signed) {
  double bits;
  LOOPSCOPE_TRY(ToIntegerArg(rt, call.Arg(0), bits));
  if (bits < 0 || bits > 9007199254740991.0)
    return rt.Throw(ErrorType::kRangeError, "Invalid value: not (convertible to) a safe integer");
  Completion b = ToBigInt(rt, call.Arg(1));
  if (!b.ok()) return b;
  return BigIntAsN(rt, is_signed, static_cast<uint64_t>(bits), b.value.As<BigInt>());
}
Completion AsIntN(Runtime& rt, NativeCall& call, Native*) {
  return AsN(rt, call, true);
}
Completion AsUintN(Runtime& rt, NativeCall& call, Native*) {
  return AsN(rt, call, false);
}

// ECMA-262 21.2.3.3 BigInt.prototype.toString ( [ radix ] ).
Completion ToString(Runtime& rt, NativeCall& call, Native* self) {
  BigInt* b;
  LOOPSCOPE_TRY(ThisBigInt(rt, call, self, b));
  double radix = 10;
  if (!call.Arg(0).IsUndefined()) LOOPSCOPE_TRY(ToIntegerArg(rt, call.Arg(0), radix));
  if (radix < 2 || radix > 36)
    return rt.Throw(ErrorType::kRangeError, "toString() radix argument must be between 2 and 36");
  return Ok(rt.Str(BigIntToString(b, static_cast<int>(radix))));
}

// ECMA-402 Intl.NumberFormat's en-US default for an integer: groups of three digits.
Completion ToLocaleString(Runtime& rt, NativeCall& call, Native* self) {
  BigInt* b;
  LOOPSCOPE_TRY(ThisBigInt(rt, call, self, b));
  LOOPSCOPE_TRY(RequireDefaultLocale(rt, call, "BigInt.prototype.toLocaleString"));
  std::string digits = BigIntToString(b);
  size_t first = digits[0] == '-' ? 1 : 0;
  std::string grouped = digits.substr(0, first);
  for (size_t i = first; i < digits.size(); ++i) {
    if (i > first && (digits.size() - i) % 3 == 0) grouped += ',';
    grouped += digits[i];
  }
  return Ok(rt.Str(grouped));
}

// ECMA-262 21.2.3.4 BigInt.prototype.valueOf.
Completion ValueOf(Runtime& rt, NativeCall& call, Native* self) {
  BigInt* b;
  LOOPSCOPE_TRY(ThisBigInt(rt, call, self, b));
  return Ok(Value::FromCell(b));
}

}  // namespace

void InstallBigIntBuiltins(Runtime& rt) {
  Object* proto = rt.realm.bigint_proto = rt.NewPlainObject();
  Native* ctor = DefineConstructor(rt, "BigInt", 1, BigIntCtor, proto);
  // V8's order, which Object.getOwnPropertyNames shows.
  rt.DefineNative(ctor, "asUintN", 2, AsUintN);
  rt.DefineNative(ctor, "asIntN", 2, AsIntN);
  rt.DefineNative(proto, "toLocaleString", 0, ToLocaleString);
  rt.DefineNative(proto, "toString", 0, ToString);
  rt.DefineNative(proto, "valueOf", 0, ValueOf);
  DefineToStringTag(rt, proto, "BigInt");
}

}  // namespace loopscope::js
