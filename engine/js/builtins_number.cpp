// engine/js/builtins_number.cpp — Number, Boolean, Number.prototype (toString(radix),
// toFixed, toPrecision) and the global number functions (parseInt, parseFloat, isNaN,
// isFinite).
// Where to look next: number_format.cpp.
#include <cstdio>
#include <cstdlib>
#include <vector>

#include "engine/js/bigint.h"
#include "engine/js/builtins.h"
#include "engine/js/locale_defaults.h"
#include "engine/js/wrapper_objects.h"

namespace loopscope::js {
namespace {

// ECMA-262 21.1.3.7.1 ThisNumberValue.
// `self` names the method in V8's message.
Completion ThisNumber(Runtime& rt, NativeCall& call, Native* self, double& out) {
  Value v = UnwrapPrimitive(call.this_value);
  if (!v.IsNumber())
    return rt.Throw(ErrorType::kTypeError,
                    "Number.prototype." + self->name->data + " requires that 'this' be a Number");
  out = v.AsNumber();
  return Ok();
}
// ECMA-262 21.1.1.1 Number(value): a primitive when called, a Number object with `new`.
Completion NumberCtor(Runtime& rt, NativeCall& call, Native*) {
  Value new_target = rt.current_new_target;  // ToNumber may run code that calls with `new`
  double d = 0;
  if (!call.args.empty()) {  // step 1: ToNumeric, and a BigInt converts (𝔽(ℝ(prim)))
    Value numeric;
    LOOPSCOPE_TRY(rt.ToNumeric(call.args[0], numeric));
    d = numeric.IsBigInt() ? BigIntToNumber(numeric.As<BigInt>()) : numeric.AsNumber();
  }
  rt.current_new_target = new_target;
  if (!new_target.IsObject()) return Ok(Value::Number(d));
  Object* proto;
  LOOPSCOPE_TRY(PrototypeForNew(rt, rt.realm.number_proto, proto));
  return Ok(NewPrimitiveWrapper(rt, Value::Number(d), proto));
}
// ECMA-262 20.3.1.1 Boolean(value).
Completion BooleanCtor(Runtime& rt, NativeCall& call, Native*) {
  Value b = Value::Boolean(Runtime::ToBoolean(call.Arg(0)));
  if (!rt.current_new_target.IsObject()) return Ok(b);
  Object* proto;
  LOOPSCOPE_TRY(PrototypeForNew(rt, rt.realm.boolean_proto, proto));
  return Ok(NewPrimitiveWrapper(rt, b, proto));
}
// ECMA-262 20.3.3.3.1 ThisBooleanValue.
Completion ThisBoolean(Runtime& rt, NativeCall& call, const char* method, bool& out) {
  Value v = UnwrapPrimitive(call.this_value);
  if (!v.IsBoolean())
    return rt.Throw(ErrorType::kTypeError, std::string("Boolean.prototype.") + method +
                                               " requires that 'this' be a Boolean");
  out = v.AsBoolean();
  return Ok();
}
Completion IsInteger(Runtime&, NativeCall& call, Native*) {
  Value v = call.Arg(0);
  return Ok(Value::Boolean(v.IsNumber() && std::isfinite(v.AsNumber()) &&
                           std::trunc(v.AsNumber()) == v.AsNumber()));
}
Completion IsSafeInteger(Runtime&, NativeCall& call, Native*) {
  Value v = call.Arg(0);
  return Ok(Value::Boolean(v.IsNumber() && std::isfinite(v.AsNumber()) &&
                           std::trunc(v.AsNumber()) == v.AsNumber() &&
                           std::fabs(v.AsNumber()) <= 9007199254740991.0));
}
Completion NumberIsFinite(Runtime&, NativeCall& call, Native*) {
  return Ok(Value::Boolean(call.Arg(0).IsNumber() && std::isfinite(call.Arg(0).AsNumber())));
}
Completion NumberIsNaN(Runtime&, NativeCall& call, Native*) {
  return Ok(Value::Boolean(call.Arg(0).IsNumber() && std::isnan(call.Arg(0).AsNumber())));
}
Completion GlobalIsNaN(Runtime& rt, NativeCall& call, Native*) {
  double d;
  LOOPSCOPE_TRY(rt.ToNumber(call.Arg(0), d));
  return Ok(Value::Boolean(std::isnan(d)));
}
Completion GlobalIsFinite(Runtime& rt, NativeCall& call, Native*) {
  double d;
  LOOPSCOPE_TRY(rt.ToNumber(call.Arg(0), d));
  return Ok(Value::Boolean(std::isfinite(d)));
}

// ECMA-262 19.2.5 parseInt.
Completion ParseInt(Runtime& rt, NativeCall& call, Native*) {
  std::string s;
  LOOPSCOPE_TRY(rt.ToStringStd(call.Arg(0), s));
  double radix_d = 0;
  LOOPSCOPE_TRY(rt.ToNumber(call.Arg(1), radix_d));
  int radix = static_cast<int>(ToInt32(radix_d));
  size_t i = 0;
  while (i < s.size() && std::isspace(static_cast<unsigned char>(s[i]))) ++i;
  bool negative = false;
  if (i < s.size() && (s[i] == '+' || s[i] == '-')) negative = s[i++] == '-';
  bool strip_prefix = radix == 0 || radix == 16;
  if (radix == 0) radix = 10;
  if (strip_prefix && i + 1 < s.size() && s[i] == '0' && (s[i + 1] == 'x' || s[i + 1] == 'X')) {
    radix = 16;
    i += 2;
  }
  if (radix < 2 || radix > 36) return Ok(Value::Number(NAN));
  double v = 0;
  bool any = false;
  for (; i < s.size(); ++i) {
    char c = static_cast<char>(std::tolower(static_cast<unsigned char>(s[i])));
    int d = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'z' ? c - 'a' + 10 : 99;
    if (d >= radix) break;
    v = v * radix + d;
    any = true;
  }
  if (!any) return Ok(Value::Number(NAN));
  return Ok(Value::Number(negative ? -v : v));
}
// ECMA-262 19.2.4 parseFloat: the longest prefix that is a StrDecimalLiteral.
Completion ParseFloat(Runtime& rt, NativeCall& call, Native*) {
  std::string s;
  LOOPSCOPE_TRY(rt.ToStringStd(call.Arg(0), s));
  size_t i = 0;
  while (i < s.size() && std::isspace(static_cast<unsigned char>(s[i]))) ++i;
  std::string_view rest(s.data() + i, s.size() - i);
  std::string_view body = rest;
  bool negative = false;
  if (!body.empty() && (body[0] == '+' || body[0] == '-')) {
    negative = body[0] == '-';
    body = body.substr(1);
  }
  if (body.starts_with("Infinity")) return Ok(Value::Number(negative ? -INFINITY : INFINITY));
  size_t n = 0;
  bool digits = false, dot = false;
  while (n < body.size() && ((body[n] >= '0' && body[n] <= '9') || (body[n] == '.' && !dot))) {
    if (body[n] == '.')
      dot = true;
    else
      digits = true;
    ++n;
  }
  if (!digits) return Ok(Value::Number(NAN));
  if (n < body.size() && (body[n] == 'e' || body[n] == 'E')) {
    size_t m = n + 1;
    if (m < body.size() && (body[m] == '+' || body[m] == '-')) ++m;
    if (m < body.size() && body[m] >= '0' && body[m] <= '9') {
      while (m < body.size() && body[m] >= '0' && body[m] <= '9') ++m;
      n = m;
    }
  }
  double v = std::strtod(std::string(body.substr(0, n)).c_str(), nullptr);
  return Ok(Value::Number(negative ? -v : v));
}

Completion ToStringMethod(Runtime& rt, NativeCall& call, Native* self) {
  double d;
  LOOPSCOPE_TRY(ThisNumber(rt, call, self, d));
  // ECMA-262 21.1.3.6 steps 2-4: the radix is ToIntegerOrInfinity'd, so NaN is 0 (a RangeError).
  int radix = 10;
  LOOPSCOPE_TRY(IntegerArgInRange(rt, call.Arg(0), 2, 36, 10,
                                  "toString() radix argument must be between 2 and 36", radix));
  return Ok(rt.Str(NumberToRadixString(d, radix)));
}
// ECMA-262 21.1.3.3 steps 7-11: the exact decimal value of |x| rounded half up (ties pick
// the larger n), which printf's round-half-even does not do for exact ties like 2.5.
std::string FixedDigits(double x, int digits) {
  bool negative = x < 0;
  x = std::fabs(x);
  std::vector<char> buf(1200);
  std::snprintf(buf.data(), buf.size(), "%.1100f",
                x);  // exact: a double has <= 1074 fraction digits
  std::string exact = buf.data();
  size_t dot = exact.find('.');
  std::string kept = exact.substr(0, dot) + exact.substr(dot + 1, static_cast<size_t>(digits));
  bool round_up = exact[dot + 1 + static_cast<size_t>(digits)] >= '5';
  if (round_up) {
    int i = static_cast<int>(kept.size()) - 1;
    while (i >= 0 && kept[static_cast<size_t>(i)] == '9') kept[static_cast<size_t>(i--)] = '0';
    if (i < 0)
      kept.insert(kept.begin(), '1');
    else
      ++kept[static_cast<size_t>(i)];
  }
  size_t int_len = kept.size() - static_cast<size_t>(digits);
  std::string out = kept.substr(0, int_len);
  if (digits > 0) out += "." + kept.substr(int_len);
  return (negative ? "-" : "") + out;  // step 6: x < 0 keeps its sign even when it rounds to 0
}

// ECMA-262 21.1.3.3 Number.prototype.toFixed.
Completion ToFixed(Runtime& rt, NativeCall& call, Native* self) {
  double d;
  int digits = 0;
  LOOPSCOPE_TRY(ThisNumber(rt, call, self, d));
  LOOPSCOPE_TRY(IntegerArgInRange(rt, call.Arg(0), 0, 100, 0,
                                  "toFixed() digits argument must be between 0 and 100", digits));
  if (!std::isfinite(d) || std::fabs(d) >= 1e21) return Ok(rt.Str(NumberToString(d)));
  return Ok(rt.Str(FixedDigits(d, digits)));
}
// The first `precision` significant digits of the exact decimal value of d > 0, ties rounded
// up (ECMA-262 21.1.3.2 step 10.a and 21.1.3.5 step 10.a pick the larger n); `e` is the
// exponent of the first digit (d ~ digits[0].digits[1..] * 10^e).
void ExactDigits(double d, size_t precision, std::string& digits, int& e) {
  std::vector<char> buf(1200);
  std::snprintf(buf.data(), buf.size(), "%.1100f",
                d);  // exact: a double has <= 1074 fraction digits
  std::string exact = buf.data();
  size_t dot = exact.find('.');
  std::string all = exact.substr(0, dot) + exact.substr(dot + 1);
  size_t first = all.find_first_not_of('0');
  e = static_cast<int>(dot) - static_cast<int>(first) - 1;
  digits = all.substr(first, precision);
  digits.resize(precision, '0');
  if (first + precision < all.size() && all[first + precision] >= '5') {
    int k = static_cast<int>(precision) - 1;
    while (k >= 0 && digits[static_cast<size_t>(k)] == '9') digits[static_cast<size_t>(k--)] = '0';
    if (k < 0) {
      digits.insert(digits.begin(), '1');
      digits.pop_back();
      ++e;
    } else {
      ++digits[static_cast<size_t>(k)];
    }
  }
}
std::string ExponentialForm(const std::string& sign, const std::string& digits, int e) {
  std::string mantissa = digits.substr(0, 1) + (digits.size() > 1 ? "." + digits.substr(1) : "");
  return sign + mantissa + "e" + (e < 0 ? "-" : "+") + std::to_string(std::abs(e));
}

// ECMA-262 21.1.3.5 Number.prototype.toPrecision: `p` significant digits of the exact
// decimal value, ties rounded up, like toFixed.
Completion ToPrecision(Runtime& rt, NativeCall& call, Native* self) {
  double d;
  LOOPSCOPE_TRY(ThisNumber(rt, call, self, d));
  if (call.Arg(0).IsUndefined()) return Ok(rt.Str(NumberToString(d)));
  double p;
  LOOPSCOPE_TRY(ToIntegerArg(rt, call.Arg(0), p));  // step 3, before the finiteness check
  if (!std::isfinite(d)) return Ok(rt.Str(NumberToString(d)));
  if (p < 1 || p > 100)
    return rt.Throw(ErrorType::kRangeError, "toPrecision() argument must be between 1 and 100");
  size_t precision = static_cast<size_t>(p);
  std::string sign = d < 0 ? "-" : "";
  d = std::fabs(d);
  if (d == 0) {
    std::string zeros(precision - 1, '0');
    return Ok(rt.Str(sign + "0" + (precision > 1 ? "." + zeros : "")));
  }
  std::string digits;
  int e = 0;
  ExactDigits(d, precision, digits, e);
  if (e < -6 || e >= static_cast<int>(precision))
    return Ok(rt.Str(ExponentialForm(sign, digits, e)));
  if (e < 0)
    return Ok(rt.Str(sign + "0." + std::string(static_cast<size_t>(-e - 1), '0') + digits));
  std::string int_part = digits.substr(0, static_cast<size_t>(e) + 1);
  std::string frac = digits.substr(static_cast<size_t>(e) + 1);
  return Ok(rt.Str(sign + int_part + (frac.empty() ? "" : "." + frac)));
}
// ECMA-262 21.1.3.2 Number.prototype.toExponential: f + 1 significant digits (or, for
// undefined, as many as the shortest round-trip form has).
Completion ToExponential(Runtime& rt, NativeCall& call, Native* self) {
  double d, f = 0;
  LOOPSCOPE_TRY(ThisNumber(rt, call, self, d));
  LOOPSCOPE_TRY(ToIntegerArg(rt, call.Arg(0), f));
  if (!std::isfinite(d)) return Ok(rt.Str(NumberToString(d)));
  if (f < 0 || f > 100)
    return rt.Throw(ErrorType::kRangeError, "toExponential() argument must be between 0 and 100");
  std::string sign = d < 0 ? "-" : "";
  d = std::fabs(d);
  std::string digits;
  int e = 0;
  if (d == 0) {
    digits.assign(static_cast<size_t>(f) + 1, '0');
  } else if (call.Arg(0).IsUndefined()) {
    ShortestDigits(d, digits, e);
  } else {
    ExactDigits(d, static_cast<size_t>(f) + 1, digits, e);
  }
  return Ok(rt.Str(ExponentialForm(sign, digits, e)));
}
Completion ToLocaleString(Runtime& rt, NativeCall& call, Native* self) {
  double d;
  LOOPSCOPE_TRY(ThisNumber(rt, call, self, d));
  LOOPSCOPE_TRY(RequireDefaultLocale(rt, call, "Number.prototype.toLocaleString"));
  return Ok(rt.Str(NumberToLocaleString(d)));
}
Completion ValueOf(Runtime& rt, NativeCall& call, Native* self) {
  double d;
  LOOPSCOPE_TRY(ThisNumber(rt, call, self, d));
  return Ok(Value::Number(d));
}
Completion BoolToString(Runtime& rt, NativeCall& call, Native*) {
  bool b;
  LOOPSCOPE_TRY(ThisBoolean(rt, call, "toString", b));
  return Ok(rt.Str(b ? "true" : "false"));
}
Completion BoolValueOf(Runtime& rt, NativeCall& call, Native*) {
  bool b;
  LOOPSCOPE_TRY(ThisBoolean(rt, call, "valueOf", b));
  return Ok(Value::Boolean(b));
}

}  // namespace

void InstallNumberBuiltins(Runtime& rt) {
  Object* proto = rt.realm.number_proto;
  Native* ctor = DefineConstructor(rt, "Number", 1, NumberCtor, proto);
  rt.DefineNative(ctor, "isInteger", 1, IsInteger);
  rt.DefineNative(ctor, "isSafeInteger", 1, IsSafeInteger);
  rt.DefineNative(ctor, "isFinite", 1, NumberIsFinite);
  rt.DefineNative(ctor, "isNaN", 1, NumberIsNaN);
  Native* parse_int = rt.DefineNative(rt.realm.global, "parseInt", 2, ParseInt);
  Native* parse_float = rt.DefineNative(rt.realm.global, "parseFloat", 1, ParseFloat);
  ctor->Put(rt.Intern("parseInt"), Value::FromCell(parse_int), false);
  ctor->Put(rt.Intern("parseFloat"), Value::FromCell(parse_float), false);
  rt.DefineNative(rt.realm.global, "isNaN", 1, GlobalIsNaN);
  rt.DefineNative(rt.realm.global, "isFinite", 1, GlobalIsFinite);
  ctor->Put(rt.Intern("MAX_SAFE_INTEGER"), Value::Number(9007199254740991.0), false);
  ctor->Put(rt.Intern("MIN_SAFE_INTEGER"), Value::Number(-9007199254740991.0), false);
  ctor->Put(rt.Intern("EPSILON"), Value::Number(2.220446049250313e-16), false);
  ctor->Put(rt.Intern("MAX_VALUE"), Value::Number(1.7976931348623157e308), false);
  ctor->Put(rt.Intern("MIN_VALUE"), Value::Number(5e-324), false);
  ctor->Put(rt.Intern("POSITIVE_INFINITY"), Value::Number(INFINITY), false);
  ctor->Put(rt.Intern("NEGATIVE_INFINITY"), Value::Number(-INFINITY), false);
  ctor->Put(rt.Intern("NaN"), Value::Number(NAN), false);
  rt.DefineNative(proto, "toString", 1, ToStringMethod);
  rt.DefineNative(proto, "toLocaleString", 0, ToLocaleString);
  rt.DefineNative(proto, "toFixed", 1, ToFixed);
  rt.DefineNative(proto, "toPrecision", 1, ToPrecision);
  rt.DefineNative(proto, "toExponential", 1, ToExponential);
  rt.DefineNative(proto, "valueOf", 0, ValueOf);
  DefineConstructor(rt, "Boolean", 1, BooleanCtor, rt.realm.boolean_proto);
  rt.DefineNative(rt.realm.boolean_proto, "toString", 0, BoolToString);
  rt.DefineNative(rt.realm.boolean_proto, "valueOf", 0, BoolValueOf);
}

}  // namespace loopscope::js
