// engine/js/string_builder.h — text a builtin builds piece by piece (join, JSON.stringify,
// util.format), within V8's string length limit.
//
// Append refuses a piece that would take the text past Runtime::kMaxStringLength UTF-16
// code units, before copying it, so a runaway join fails with V8's "Invalid string
// length" at the limit instead of filling memory first. Where to look next:
// builtins_array.cpp (join), builtins_json.cpp (stringify), conversions.cpp (the limit).
#pragma once

#include <string>
#include <string_view>

#include "engine/js/runtime.h"
#include "engine/js/unicode.h"

namespace loopscope::js {

class StringBuilder {
 public:
  // False, with nothing appended, when the text would pass the limit.
  bool Append(std::string_view piece) { return Append(piece, Utf16Units(piece)); }
  bool Append(std::string_view piece, size_t units) {
    if (units > Runtime::kMaxStringLength - units_) return false;
    text_ += piece;
    units_ += units;
    return true;
  }
  // `times` copies of `piece` (of `units` code units); false, with nothing appended, when
  // they would pass the limit.
  bool AppendRepeated(std::string_view piece, size_t units, size_t times) {
    if (piece.empty() || times == 0) return true;
    if (times > (Runtime::kMaxStringLength - units_) / units) return false;
    if (piece.size() == 1) {
      text_.append(times, piece[0]);
    } else {
      text_.reserve(text_.size() + piece.size() * times);
      for (size_t i = 0; i < times; ++i) text_ += piece;
    }
    units_ += units * times;
    return true;
  }
  // False when `units` more code units would pass the limit (a length known in advance).
  bool Fits(size_t units) const { return units <= Runtime::kMaxStringLength - units_; }
  size_t units() const { return units_; }
  // Takes back what was appended after text().size() was `bytes` and units() was `units`.
  void Truncate(size_t bytes, size_t units) {
    text_.resize(bytes);
    units_ = units;
  }
  const std::string& text() const { return text_; }
  // The finished string, its length already known.
  Value Finish(Runtime& rt) {
    String* s = rt.NewString(std::move(text_));
    s->utf16_length = static_cast<int32_t>(units_);
    return Value::FromCell(s);
  }

 private:
  std::string text_;
  size_t units_ = 0;
};

}  // namespace loopscope::js
