// engine/js/checked_args.h — the one way a native turns a JavaScript argument into a number
// it may index, size or loop with.
//
// ECMA-262 7.1.5 ToIntegerOrInfinity, 7.1.20 ToLength and 7.1.22 ToIndex, plus clamps that
// turn an integer-or-infinity double into size_t/int without undefined behaviour (a cast of
// NaN, Infinity or 1e300 to an integer type is UB in C++, and was the root of crashes).
// Every builtin that takes a count, an index or a length goes through these; the Node
// layer's validators (engine/node/validators.h) build on them.
// Where to look next: builtins.h (the other shared helpers).
#pragma once

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <string>

#include "engine/js/runtime.h"

namespace loopscope::js {

// ECMA-262 7.1.5 ToIntegerOrInfinity of a number.
inline double ToIntegerOrInfinity(double d) {
  if (std::isnan(d)) return 0;
  return std::trunc(d) + 0.0;  // + 0.0 turns -0 into +0, as step 2 does
}

// `d` clamped to [lo, hi] (NaN gives lo) as a size_t: the only safe double → size_t cast.
inline size_t ClampToSize(double d, size_t lo, size_t hi) {
  if (!(d > static_cast<double>(lo))) return lo;
  if (d >= static_cast<double>(hi)) return hi;
  return std::clamp(static_cast<size_t>(d), lo, hi);
}

// Resolves a relative index (negative counts from `len`) clamped to [0, len]; NaN is 0.
inline size_t RelativeIndex(double rel, size_t len) {
  double l = static_cast<double>(len);
  double r = rel < 0 ? l + rel : rel;
  return ClampToSize(r, 0, len);
}

// ToNumber then ToIntegerOrInfinity (ToNumber may run user code, so this can fail).
inline Completion ToIntegerArg(Runtime& rt, Value v, double& out) {
  double d = 0;
  Completion c = rt.ToNumber(v, d);
  if (!c.ok()) return c;
  out = ToIntegerOrInfinity(d);
  return Ok();
}

// ECMA-262 7.1.20 ToLength: an integer in [0, 2^53 - 1].
inline Completion ToLengthArg(Runtime& rt, Value v, double& out) {
  Completion c = ToIntegerArg(rt, v, out);
  if (c.ok()) out = std::clamp(out, 0.0, 9007199254740991.0);
  return c;
}

// An integer argument that must lie in [lo, hi], else RangeError `message` (toFixed's digits,
// toString's radix, repeat's count...). Undefined gives `dflt` without a check.
inline Completion IntegerArgInRange(Runtime& rt, Value v, int lo, int hi, int dflt,
                                    std::string message, int& out) {
  if (v.IsUndefined()) {
    out = dflt;
    return Ok();
  }
  double d = 0;
  Completion c = ToIntegerArg(rt, v, d);
  if (!c.ok()) return c;
  if (d < lo || d > hi) return rt.Throw(ErrorType::kRangeError, std::move(message));
  out = static_cast<int>(d);
  return Ok();
}

}  // namespace loopscope::js
