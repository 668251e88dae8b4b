// engine/js/number_format.cpp — Number::toString exactly as ECMA-262 6.1.6.1.20 prints it:
// the shortest digits that round-trip (std::to_chars gives them), placed as JavaScript
// places them (plain up to 1e21, exponent form "1e+21" / "1e-7" beyond).
// Where to look next: builtins_number.cpp (toFixed, toString(radix)).
#include <charconv>
#include <cmath>
#include <string>

#include "engine/js/runtime.h"

namespace loopscope::js {

std::string NumberToString(double d) {
  if (std::isnan(d)) return "NaN";
  if (d == 0) return "0";
  if (std::isinf(d)) return d < 0 ? "-Infinity" : "Infinity";
  if (d < 0) return "-" + NumberToString(-d);
  char buf[64];
  auto res = std::to_chars(buf, buf + sizeof buf, d, std::chars_format::scientific);
  std::string sci(buf, res.ptr);
  size_t e_pos = sci.find('e');
  std::string digits;
  for (size_t i = 0; i < e_pos; ++i)
    if (sci[i] != '.') digits += sci[i];
  int exponent = std::stoi(sci.substr(e_pos + 1));
  int k = static_cast<int>(digits.size());
  int n = exponent + 1;  // value = 0.digits * 10^n
  if (k <= n && n <= 21) return digits + std::string(static_cast<size_t>(n - k), '0');
  if (0 < n && n <= 21) return digits.substr(0, static_cast<size_t>(n)) + "." + digits.substr(static_cast<size_t>(n));
  if (-6 < n && n <= 0) return "0." + std::string(static_cast<size_t>(-n), '0') + digits;
  std::string mantissa = digits.substr(0, 1);
  if (k > 1) mantissa += "." + digits.substr(1);
  int e = n - 1;
  return mantissa + "e" + (e < 0 ? "-" : "+") + std::to_string(std::abs(e));
}

std::string NumberToRadixString(double d, int radix) {
  if (radix == 10 || std::isnan(d) || std::isinf(d)) return NumberToString(d);
  if (d == 0) return "0";
  bool negative = d < 0;
  d = std::fabs(d);
  double int_part = std::floor(d);
  double frac = d - int_part;
  const char* digits = "0123456789abcdefghijklmnopqrstuvwxyz";
  std::string int_text;
  if (int_part == 0) int_text = "0";
  while (int_part >= 1) {
    double q = std::floor(int_part / radix);
    int digit = static_cast<int>(int_part - q * radix);
    int_text.insert(int_text.begin(), digits[digit]);
    int_part = q;
  }
  std::string frac_text;
  // Enough digits to distinguish the double (V8 stops at the precision of the value).
  double delta = 0.5 * (std::nextafter(d, INFINITY) - d);
  delta = std::max(std::nextafter(0.0, 1.0), delta);
  if (frac >= delta) {
    do {
      frac *= radix;
      delta *= radix;
      int digit = static_cast<int>(frac);
      frac_text += digits[digit];
      frac -= digit;
      if (frac > 0.5 || (frac == 0.5 && (digit & 1))) {
        if (frac + delta > 1) {
          // Round up and stop, propagating carries (as V8's DoubleToRadixCString does).
          while (true) {
            if (frac_text.empty()) break;
            char& last = frac_text.back();
            int v = static_cast<int>(std::string_view(digits).find(last)) + 1;
            if (v < radix) {
              last = digits[v];
              break;
            }
            frac_text.pop_back();
          }
          break;
        }
      }
    } while (frac >= delta && frac_text.size() < 1100);
  }
  std::string out = negative ? "-" : "";
  out += int_text;
  if (!frac_text.empty()) out += "." + frac_text;
  return out;
}

}  // namespace loopscope::js
