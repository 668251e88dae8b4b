// engine/js/number_format.cpp — Number::toString exactly as ECMA-262 6.1.6.1.20 prints it:
// the shortest digits that round-trip (std::to_chars gives them), placed as JavaScript
// places them (plain up to 1e21, exponent form "1e+21" / "1e-7" beyond).
// NumberToRadixString is V8's DoubleToRadixCString, so toString(radix) matches node's digits.
// Where to look next: builtins_number.cpp (toFixed, toString(radix)).
#include <algorithm>
#include <charconv>
#include <cmath>
#include <string>

#include "engine/js/runtime.h"

namespace loopscope::js {

void ShortestDigits(double d, std::string& digits, int& exponent) {
  char buf[64];
  auto res = std::to_chars(buf, buf + sizeof buf, d, std::chars_format::scientific);
  std::string_view sci(buf, static_cast<size_t>(res.ptr - buf));
  size_t e_pos = sci.find('e');
  digits.clear();
  for (char c : sci.substr(0, e_pos))
    if (c != '.') digits += c;
  exponent = 0;  // to_chars wrote it, so it parses; from_chars cannot throw
  std::from_chars(sci.data() + e_pos + 1 + (sci[e_pos + 1] == '+'), sci.data() + sci.size(),
                  exponent);
}

std::string NumberToString(double d) {
  if (std::isnan(d)) return "NaN";
  if (d == 0) return "0";
  if (std::isinf(d)) return d < 0 ? "-Infinity" : "Infinity";
  if (d < 0) return "-" + NumberToString(-d);
  std::string digits;
  int exponent = 0;
  ShortestDigits(d, digits, exponent);
  int k = static_cast<int>(digits.size());
  int n = exponent + 1;  // value = 0.digits * 10^n
  if (k <= n && n <= 21) return digits + std::string(static_cast<size_t>(n - k), '0');
  if (0 < n && n <= 21)
    return digits.substr(0, static_cast<size_t>(n)) + "." + digits.substr(static_cast<size_t>(n));
  if (-6 < n && n <= 0) return "0." + std::string(static_cast<size_t>(-n), '0') + digits;
  std::string mantissa = digits.substr(0, 1);
  if (k > 1) mantissa += "." + digits.substr(1);
  int e = n - 1;
  return mantissa + "e" + (e < 0 ? "-" : "+") + std::to_string(std::abs(e));
}

// The exponent of `d` as V8's Double::Exponent reports it: d = significand * 2^e with a
// 53-bit integer significand (src/base/numbers/double.h), so e > 0 means d >= 2^53.
int DoubleExponent(double d) {
  int e = 0;
  std::frexp(d, &e);
  return e - 53;
}

// V8's DoubleToRadixCString (src/numbers/conversions.cc), step for step: the fraction digits
// stop once they distinguish the value from its neighbours (delta is half the distance to
// the next double), rounding up with carries that may reach the integer part; integer digits
// past the double's precision are printed as zeros. The 2200-character buffer V8 uses is
// never indexed here: the digits go to strings, and the fraction loop ends after at most
// 1074 + 53 digits because delta grows by `radix` every digit.
std::string NumberToRadixString(double value, int radix) {
  if (radix == 10 || std::isnan(value) || std::isinf(value)) return NumberToString(value);
  static constexpr char kChars[] = "0123456789abcdefghijklmnopqrstuvwxyz";
  bool negative = value < 0;
  if (negative) value = -value;
  double integer = std::floor(value);
  double fraction = value - integer;
  double delta = 0.5 * (std::nextafter(value, INFINITY) - value);
  delta = std::max(std::nextafter(0.0, 1.0), delta);
  std::string fraction_text;
  if (fraction >= delta) {
    do {
      fraction *= radix;
      delta *= radix;
      int digit = static_cast<int>(fraction);
      fraction_text += kChars[digit];
      fraction -= digit;
      // Round to even on a tie; round up (and stop) when the rest cannot matter.
      if ((fraction > 0.5 || (fraction == 0.5 && (digit & 1))) && fraction + delta > 1) {
        while (true) {
          if (fraction_text.empty()) {
            integer += 1;  // the carry went past the point
            break;
          }
          char c = fraction_text.back();
          int last = c > '9' ? c - 'a' + 10 : c - '0';
          if (last + 1 < radix) {
            fraction_text.back() = kChars[last + 1];
            break;
          }
          fraction_text.pop_back();
        }
        break;
      }
    } while (fraction >= delta);
  }
  // Integer digits beyond the double's precision are unknown: V8 prints zeros for them.
  std::string integer_text;
  while (DoubleExponent(integer / radix) > 0) {
    integer /= radix;
    integer_text += '0';
  }
  do {
    double remainder = std::fmod(integer, radix);
    integer_text += kChars[static_cast<int>(remainder)];
    integer = (integer - remainder) / radix;
  } while (integer > 0);
  if (negative) integer_text += '-';
  std::string out(integer_text.rbegin(), integer_text.rend());
  if (!fraction_text.empty()) out += "." + fraction_text;
  return out;
}

// Number.prototype.toLocaleString as node's ICU prints it for en-US (ECMA-402 15.5.4 with
// the default options): the shortest round-trip digits rounded half away from zero to at
// most 3 fraction digits, trailing zeros dropped, thousands grouped by ',', and "∞" for
// infinity. Other locales and the options bag are not modelled.
std::string NumberToLocaleString(double d) {
  if (std::isnan(d)) return "NaN";
  std::string sign = std::signbit(d) ? "-" : "";
  if (std::isinf(d)) return sign + "\xe2\x88\x9e";  // U+221E INFINITY
  d = std::fabs(d);
  std::string int_part = "0", frac;
  if (d != 0) {
    std::string digits;
    int exponent = 0;
    ShortestDigits(d, digits, exponent);
    long n = exponent + 1;  // d = 0.digits * 10^n
    long k = static_cast<long>(digits.size());
    if (n <= 0) {
      frac = std::string(static_cast<size_t>(-n), '0') + digits;
    } else if (n >= k) {
      int_part = digits + std::string(static_cast<size_t>(n - k), '0');
    } else {
      int_part = digits.substr(0, static_cast<size_t>(n));
      frac = digits.substr(static_cast<size_t>(n));
    }
  }
  constexpr size_t kMaxFractionDigits = 3;
  if (frac.size() > kMaxFractionDigits) {
    bool round_up = frac[kMaxFractionDigits] >= '5';
    frac.resize(kMaxFractionDigits);
    std::string all = int_part + frac;
    for (size_t i = all.size(); round_up && i-- > 0;) {
      round_up = all[i] == '9';
      all[i] = round_up ? '0' : static_cast<char>(all[i] + 1);
    }
    if (round_up) all.insert(all.begin(), '1');
    int_part = all.substr(0, all.size() - kMaxFractionDigits);
    frac = all.substr(all.size() - kMaxFractionDigits);
  }
  while (!frac.empty() && frac.back() == '0') frac.pop_back();
  std::string grouped;
  for (size_t i = 0; i < int_part.size(); ++i) {
    if (i > 0 && (int_part.size() - i) % 3 == 0) grouped += ',';
    grouped += int_part[i];
  }
  return sign + grouped + (frac.empty() ? "" : "." + frac);
}

}  // namespace loopscope::js
