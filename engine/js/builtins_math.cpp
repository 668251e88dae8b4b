// engine/js/builtins_math.cpp — the Math object. Math.random is deterministic: a seeded
// generator owned by the Runtime (Vm::SetRandomSeed), so simulations are reproducible.
// Where to look next: runtime.cpp (NextRandom).
#include <cstring>

#include "engine/js/builtins.h"

namespace loopscope::js {
namespace {

// Applies a unary double function to ToNumber(arg0).
template <double (*F)(double)>
Completion Unary(Runtime& rt, NativeCall& call, Native*) {
  double d;
  LOOPSCOPE_TRY(rt.ToNumber(call.Arg(0), d));
  return Ok(Value::Number(F(d)));
}
double Sign(double d) {
  return std::isnan(d) ? NAN : d > 0 ? 1 : d < 0 ? -1 : d;
}
// ECMA-262 21.3.2.28 Math.round: round half up, keeping -0.
double Round(double d) {
  if (!std::isfinite(d) || d == 0) return d;
  if (d > 0 && d < 0.5) return 0.0;
  if (d < 0 && d >= -0.5) return -0.0;
  return std::floor(d + 0.5);
}
double Floor(double d) {
  return std::floor(d);
}
double Ceil(double d) {
  return std::ceil(d);
}
double Trunc(double d) {
  return std::trunc(d);
}
double Abs(double d) {
  return std::fabs(d);
}
double Sqrt(double d) {
  return std::sqrt(d);
}
// V8's Math.cbrt is FreeBSD's s_cbrt.c (src/base/ieee754.cc); glibc's cbrt differs in the
// last bit for some inputs (cbrt(27) = 3.0000000000000004), so the same algorithm is used.
double Cbrt(double x) {
  constexpr uint32_t kB1 = 715094163, kB2 = 696219795;
  constexpr double kP0 = 1.87595182427177009643, kP1 = -1.88497979543377169875,
                   kP2 = 1.621429720105354466140, kP3 = -0.758397934778766047437,
                   kP4 = 0.145996192886612446982;
  uint64_t bits;
  std::memcpy(&bits, &x, 8);
  uint32_t hx = static_cast<uint32_t>(bits >> 32), low = static_cast<uint32_t>(bits);
  uint32_t sign = hx & 0x80000000u;
  hx &= 0x7fffffffu;
  if (hx >= 0x7ff00000u) return x + x;
  auto make = [](uint32_t high, uint32_t lo) {
    uint64_t b = (static_cast<uint64_t>(high) << 32) | lo;
    double d;
    std::memcpy(&d, &b, 8);
    return d;
  };
  double t;
  if (hx < 0x00100000u) {
    if ((hx | low) == 0) return x;
    t = make(0x43500000u, 0) * x;
    uint64_t tb;
    std::memcpy(&tb, &t, 8);
    uint32_t high = static_cast<uint32_t>(tb >> 32);
    t = make(sign | ((high & 0x7fffffffu) / 3 + kB2), 0);
  } else {
    t = make(sign | (hx / 3 + kB1), 0);
  }
  double r = (t * t) * (t / x);
  t = t * ((kP0 + r * (kP1 + r * kP2)) + ((r * r) * r) * (kP3 + r * kP4));
  uint64_t tb;
  std::memcpy(&tb, &t, 8);
  tb = (tb + 0x80000000ull) & 0xffffffffc0000000ull;
  std::memcpy(&t, &tb, 8);
  double s2 = t * t;
  r = x / s2;
  double w = t + t;
  r = (r - t) / (w + r);
  return t + t * r;
}
double Log(double d) {
  return std::log(d);
}
double Log2(double d) {
  return std::log2(d);
}
double Log10(double d) {
  return std::log10(d);
}
double Exp(double d) {
  return std::exp(d);
}
double Sin(double d) {
  return std::sin(d);
}
double Cos(double d) {
  return std::cos(d);
}
double Tan(double d) {
  return std::tan(d);
}
double Atan(double d) {
  return std::atan(d);
}
double Asin(double d) {
  return std::asin(d);
}
double Acos(double d) {
  return std::acos(d);
}
double Fround(double d) {
  return static_cast<double>(static_cast<float>(d));
}

Completion MinMax(Runtime& rt, NativeCall& call, bool is_max) {
  double result = is_max ? -INFINITY : INFINITY;
  bool nan = false;
  for (Value v : call.args) {
    double d;
    LOOPSCOPE_TRY(rt.ToNumber(v, d));
    if (std::isnan(d))
      nan = true;
    else if (is_max ? (d > result || (d == 0 && result == 0 && !std::signbit(d)))
                    : (d < result || (d == 0 && result == 0 && std::signbit(d))))
      result = d;
  }
  return Ok(Value::Number(nan ? NAN : result));
}
Completion Max(Runtime& rt, NativeCall& call, Native*) {
  return MinMax(rt, call, true);
}
Completion Min(Runtime& rt, NativeCall& call, Native*) {
  return MinMax(rt, call, false);
}
Completion Pow(Runtime& rt, NativeCall& call, Native*) {
  double x, y;
  LOOPSCOPE_TRY(rt.ToNumber(call.Arg(0), x));
  LOOPSCOPE_TRY(rt.ToNumber(call.Arg(1), y));
  if (std::isnan(y) || (std::isinf(y) && std::fabs(x) == 1)) return Ok(Value::Number(NAN));
  return Ok(Value::Number(std::pow(x, y)));
}
Completion Atan2(Runtime& rt, NativeCall& call, Native*) {
  double y, x;
  LOOPSCOPE_TRY(rt.ToNumber(call.Arg(0), y));
  LOOPSCOPE_TRY(rt.ToNumber(call.Arg(1), x));
  return Ok(Value::Number(std::atan2(y, x)));
}
Completion Hypot(Runtime& rt, NativeCall& call, Native*) {
  double sum = 0;
  bool inf = false, nan = false;
  for (Value v : call.args) {
    double d;
    LOOPSCOPE_TRY(rt.ToNumber(v, d));
    if (std::isinf(d)) inf = true;
    if (std::isnan(d)) nan = true;
    sum += d * d;
  }
  return Ok(Value::Number(inf ? INFINITY : nan ? NAN : std::sqrt(sum)));
}
Completion Random(Runtime& rt, NativeCall&, Native*) {
  return Ok(Value::Number(rt.NextRandom()));
}

}  // namespace

void InstallMathBuiltins(Runtime& rt) {
  Object* math = rt.NewPlainObject();
  rt.realm.global->Put(rt.Intern("Math"), Value::FromCell(math), false);
  DefineToStringTag(rt, math, "Math");
  struct Fn {
    const char* name;
    int length;
    BuiltinFn fn;
  };
  const Fn fns[] = {{"floor", 1, Unary<Floor>},
                    {"ceil", 1, Unary<Ceil>},
                    {"round", 1, Unary<Round>},
                    {"trunc", 1, Unary<Trunc>},
                    {"abs", 1, Unary<Abs>},
                    {"sqrt", 1, Unary<Sqrt>},
                    {"cbrt", 1, Unary<Cbrt>},
                    {"sign", 1, Unary<Sign>},
                    {"log", 1, Unary<Log>},
                    {"log2", 1, Unary<Log2>},
                    {"log10", 1, Unary<Log10>},
                    {"exp", 1, Unary<Exp>},
                    {"sin", 1, Unary<Sin>},
                    {"cos", 1, Unary<Cos>},
                    {"tan", 1, Unary<Tan>},
                    {"atan", 1, Unary<Atan>},
                    {"asin", 1, Unary<Asin>},
                    {"acos", 1, Unary<Acos>},
                    {"fround", 1, Unary<Fround>},
                    {"max", 2, Max},
                    {"min", 2, Min},
                    {"pow", 2, Pow},
                    {"atan2", 2, Atan2},
                    {"hypot", 2, Hypot},
                    {"random", 0, Random}};
  for (const Fn& f : fns) rt.DefineNative(math, f.name, f.length, f.fn);
  const std::pair<const char*, double> constants[] = {
      {"PI", 3.141592653589793},     {"E", 2.718281828459045},       {"LN2", 0.6931471805599453},
      {"LN10", 2.302585092994046},   {"LOG2E", 1.4426950408889634},  {"LOG10E", 0.4342944819032518},
      {"SQRT2", 1.4142135623730951}, {"SQRT1_2", 0.7071067811865476}};
  // ECMA-262 21.3.1: the value properties are neither writable nor configurable.
  for (auto& [name, v] : constants)
    math->Append(Property{rt.Intern(name), Value::Number(v), false, false, false});
  math->has_special_props = true;
}

}  // namespace loopscope::js
