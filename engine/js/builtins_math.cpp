// engine/js/builtins_math.cpp — the Math object. Math.random is deterministic: a seeded
// generator owned by the Runtime (Vm::SetRandomSeed), so simulations are reproducible; the
// transcendental functions are V8's fdlibm ports (ieee754.h), bit for bit.
// Where to look next: runtime.cpp (NextRandom), ieee754.cpp.
#include <cmath>
#include <vector>

#include "engine/js/builtins.h"
#include "engine/js/ieee754.h"

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
  return Ok(Value::Number(ieee754::Pow(x, y)));
}
Completion Atan2(Runtime& rt, NativeCall& call, Native*) {
  double y, x;
  LOOPSCOPE_TRY(rt.ToNumber(call.Arg(0), y));
  LOOPSCOPE_TRY(rt.ToNumber(call.Arg(1), x));
  return Ok(Value::Number(ieee754::Atan2(y, x)));
}
// V8's Math.hypot (builtins/math.tq): the values scaled by the largest, summed with Kahan's
// compensation, so the result does not overflow and rounds as node's does.
Completion Hypot(Runtime& rt, NativeCall& call, Native*) {
  std::vector<double> values;
  double max = 0;
  bool nan = false;
  for (Value v : call.args) {
    double d;
    LOOPSCOPE_TRY(rt.ToNumber(v, d));
    d = std::fabs(d);
    if (std::isnan(d))
      nan = true;
    else if (d > max)
      max = d;
    values.push_back(d);
  }
  if (std::isinf(max)) return Ok(Value::Number(INFINITY));
  if (nan) return Ok(Value::Number(NAN));
  if (max == 0) return Ok(Value::Number(0));
  double sum = 0, compensation = 0;
  for (double d : values) {
    double n = d / max;
    double summand = n * n - compensation;
    double preliminary = sum + summand;
    compensation = (preliminary - sum) - summand;
    sum = preliminary;
  }
  return Ok(Value::Number(std::sqrt(sum) * max));
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
                    {"cbrt", 1, Unary<ieee754::Cbrt>},
                    {"sign", 1, Unary<Sign>},
                    {"log", 1, Unary<ieee754::Log>},
                    {"log2", 1, Unary<ieee754::Log2>},
                    {"log10", 1, Unary<ieee754::Log10>},
                    {"log1p", 1, Unary<ieee754::Log1p>},
                    {"exp", 1, Unary<ieee754::Exp>},
                    {"expm1", 1, Unary<ieee754::Expm1>},
                    {"sin", 1, Unary<ieee754::Sin>},
                    {"cos", 1, Unary<ieee754::Cos>},
                    {"tan", 1, Unary<ieee754::Tan>},
                    {"atan", 1, Unary<ieee754::Atan>},
                    {"asin", 1, Unary<ieee754::Asin>},
                    {"acos", 1, Unary<ieee754::Acos>},
                    {"sinh", 1, Unary<ieee754::Sinh>},
                    {"cosh", 1, Unary<ieee754::Cosh>},
                    {"tanh", 1, Unary<ieee754::Tanh>},
                    {"asinh", 1, Unary<ieee754::Asinh>},
                    {"acosh", 1, Unary<ieee754::Acosh>},
                    {"atanh", 1, Unary<ieee754::Atanh>},
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
