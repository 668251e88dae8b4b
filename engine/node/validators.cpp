// engine/node/validators.cpp — see validators.h. Mirrors lib/internal/validators.js and the
// ERR_OUT_OF_RANGE entry of lib/internal/errors.js (Node v20).
#include "engine/node/validators.h"

#include <cmath>
#include <string>

#include "engine/node/native.h"

namespace loopscope::node {
namespace {

// lib/internal/errors.js addNumericalSeparator: "100000000000" -> "100_000_000_000".
std::string AddNumericalSeparator(const std::string& val) {
  std::string res;
  size_t i = val.size();
  size_t start = !val.empty() && val[0] == '-' ? 1 : 0;
  for (; i >= start + 4; i -= 3) res = "_" + val.substr(i - 3, 3) + res;
  return val.substr(0, i) + res;
}

std::string DescribeOutOfRange(js::Vm& vm, js::Value v) {
  if (v.IsNumber()) {
    double d = v.AsNumber();
    if (std::isfinite(d) && std::trunc(d) == d && std::fabs(d) > 4294967296.0)
      return AddNumericalSeparator(vm.Inspect(v));
  }
  if (v.IsBigInt()) {  // separators past 2n ** 32n, then the `n`
    std::string digits = vm.ToDisplayString(v);
    std::string_view magnitude = std::string_view(digits).substr(digits[0] == '-' ? 1 : 0);
    bool big = magnitude.size() > 10 || (magnitude.size() == 10 && magnitude > "4294967296");
    return (big ? AddNumericalSeparator(digits) : digits) + "n";
  }
  return vm.Inspect(v);
}

}  // namespace

char ToUint8Byte(double d) {
  if (!std::isfinite(d)) return 0;
  double m = std::fmod(std::trunc(d), 256.0);  // exact: |m| < 256
  if (m < 0) m += 256.0;
  return static_cast<char>(static_cast<unsigned char>(m));
}

double ToInt32(double d) {
  if (!std::isfinite(d)) return 0;
  double m = std::fmod(std::trunc(d), 4294967296.0);  // exact: |m| < 2^32
  if (m < 0) m += 4294967296.0;
  return m >= 2147483648.0 ? m - 4294967296.0 : m;
}

js::Completion ThrowOutOfRange(js::Vm& vm, std::string_view name, std::string_view range,
                               js::Value received) {
  std::string msg = "The value of \"" + std::string(name) + "\" is out of range. It must be " +
                    std::string(range) + ". Received " + DescribeOutOfRange(vm, received);
  return Throw(MakeNodeError(vm, js::ErrorType::kRangeError, "ERR_OUT_OF_RANGE", msg));
}

namespace {
js::Completion ThrowNotNumber(js::Vm& vm, std::string_view name, js::Value value) {
  std::string msg = "The \"" + std::string(name) + "\" argument must be of type number. " +
                    DescribeReceived(vm, value);
  return Throw(MakeNodeError(vm, js::ErrorType::kTypeError, "ERR_INVALID_ARG_TYPE", msg));
}
std::string Range(js::Vm& vm, double min, double max) {
  return ">= " + vm.Inspect(js::Value::Number(min)) +
         " && <= " + vm.Inspect(js::Value::Number(max));
}
}  // namespace

js::Completion ValidateNumber(js::Vm& vm, js::Value value, std::string_view name, double min,
                              double max, double& out) {
  if (!value.IsNumber()) return ThrowNotNumber(vm, name, value);
  double d = value.AsNumber();
  if (!(d >= min && d <= max)) return ThrowOutOfRange(vm, name, Range(vm, min, max), value);
  out = d;
  return Ok();
}

js::Completion ValidateInteger(js::Vm& vm, js::Value value, std::string_view name, double min,
                               double max, double& out) {
  if (!value.IsNumber()) return ThrowNotNumber(vm, name, value);
  double d = value.AsNumber();
  if (!std::isfinite(d) || std::trunc(d) != d)
    return ThrowOutOfRange(vm, name, "an integer", value);
  if (d < min || d > max) return ThrowOutOfRange(vm, name, Range(vm, min, max), value);
  out = d;
  return Ok();
}

}  // namespace loopscope::node
