// engine/js/ieee754.h — Math's transcendental functions, bit for bit as V8 computes them.
//
// V8 (src/base/ieee754.cc in node 20's V8 11.3) uses fdlibm's algorithms rather than the C
// library's, and the C library (glibc) rounds differently in the last bit for some inputs:
// Math.sin(x) must print what node prints, so these are ports of the same algorithms.
// Where to look next: ieee754.cpp (the ports), builtins_math.cpp (Math), operations.cpp (**).
#pragma once

namespace loopscope::js::ieee754 {

double Acos(double x);
double Acosh(double x);
double Asin(double x);
double Asinh(double x);
double Atan(double x);
double Atanh(double x);
double Atan2(double y, double x);
double Cbrt(double x);
double Cos(double x);
double Cosh(double x);
double Exp(double x);
double Expm1(double x);
double Log(double x);
double Log1p(double x);
double Log2(double x);
double Log10(double x);
double Pow(double x, double y);
double Sin(double x);
double Sinh(double x);
double Tan(double x);
double Tanh(double x);

}  // namespace loopscope::js::ieee754
