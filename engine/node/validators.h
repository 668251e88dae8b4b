// engine/node/validators.h — Node's argument validators (lib/internal/validators.js) and
// the RangeError they throw (ERR_OUT_OF_RANGE, lib/internal/errors.js), for bindings that
// take sizes, offsets and positions from the program.
//
// A binding never casts a program's number to an integer type itself: it validates with
// these (Node's exact message and code), or clamps with js/checked_args.h where Node
// clamps (Buffer#slice), and only then indexes.
// Where to look next: native.h (ERR_INVALID_ARG_TYPE), js/checked_args.h.
#pragma once

#include <string_view>

#include "engine/js/vm.h"

namespace loopscope::node {

// 2^53 - 1, Node's default upper bound (Number.MAX_SAFE_INTEGER).
constexpr double kMaxSafeInteger = 9007199254740991.0;

// ECMA-262 7.1.6 ToInt32 of a number: JavaScript's `x | 0`, which Node applies to lengths.
double ToInt32(double d);
// ECMA-262 7.1.11 ToUint8 of a number: what a byte store keeps (300 -> 44, -1 -> 255,
// 1e300 -> 0, NaN and infinities -> 0). Never casts an out-of-range double.
char ToUint8Byte(double d);

// RangeError [ERR_OUT_OF_RANGE]: The value of "name" is out of range. It must be RANGE.
// Received X — X as Node prints it (integers past 2^32 with '_' separators).
js::Completion ThrowOutOfRange(js::Vm& vm, std::string_view name, std::string_view range,
                               js::Value received);

// validateInteger(value, name, min, max): a number, an integer, within [min, max].
js::Completion ValidateInteger(js::Vm& vm, js::Value value, std::string_view name, double min,
                               double max, double& out);

// validateNumber(value, name, min, max): a number within [min, max] (NaN is out of range).
js::Completion ValidateNumber(js::Vm& vm, js::Value value, std::string_view name, double min,
                              double max, double& out);

// 2^31 - 1: validateInt32's default bound, and the largest crypto key or random buffer.
constexpr double kMaxInt32 = 2147483647.0;

}  // namespace loopscope::node
