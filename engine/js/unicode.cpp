// engine/js/unicode.cpp — UTF-8 / UTF-16 conversion (see unicode.h).
//
// Code points above U+FFFF become surrogate pairs and pairs become one code point again,
// so string lengths and indices match JavaScript's UTF-16 view of the text.
// Where to look next: builtins_string.cpp.
#include "engine/js/unicode.h"

#include <cstdint>

#include "engine/js/lexer.h"

namespace loopscope::js {

size_t Utf16Units(std::string_view s) {
  size_t n = 0;
  for (unsigned char c : s) {
    if ((c & 0xC0) == 0x80) continue;
    n += c >= 0xF0 ? 2 : 1;
  }
  return n;
}

namespace {

// The offset of the next high surrogate followed by a low one, from `from`, or npos.
size_t FindSplitPair(std::string_view s, size_t from) {
  auto byte = [&](size_t i) { return static_cast<unsigned char>(s[i]); };
  for (size_t i = s.find('\xED', from); i != std::string_view::npos && i + 6 <= s.size();
       i = s.find('\xED', i + 1)) {
    if (byte(i + 1) >= 0xA0 && byte(i + 1) <= 0xAF && byte(i + 3) == 0xED && byte(i + 4) >= 0xB0 &&
        byte(i + 4) <= 0xBF)
      return i;
  }
  return std::string_view::npos;
}

}  // namespace

bool HasSplitSurrogatePair(std::string_view s) {
  return FindSplitPair(s, 0) != std::string_view::npos;
}

void JoinSurrogatePairs(std::string& s) {
  size_t at = FindSplitPair(s, 0);
  if (at == std::string::npos) return;
  std::string out(s, 0, at);
  while (at != std::string::npos) {
    auto unit = [&](size_t i) {
      auto b = [&](size_t k) { return static_cast<uint32_t>(static_cast<unsigned char>(s[k])); };
      return ((b(i) & 0x0F) << 12) | ((b(i + 1) & 0x3F) << 6) | (b(i + 2) & 0x3F);
    };
    AppendUtf8(out, 0x10000 + ((unit(at) - 0xD800) << 10) + (unit(at + 3) - 0xDC00));
    size_t next = FindSplitPair(s, at + 6);
    out.append(s, at + 6, (next == std::string::npos ? s.size() : next) - (at + 6));
    at = next;
  }
  s = std::move(out);
}

std::u16string ToU16(std::string_view s) {
  std::u16string out;
  for (size_t i = 0; i < s.size();) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    uint32_t cp;
    size_t len;
    if (c < 0x80) {
      cp = c;
      len = 1;
    } else if (c >= 0xF0) {
      cp = c & 0x07;
      len = 4;
    } else if (c >= 0xE0) {
      cp = c & 0x0F;
      len = 3;
    } else {
      cp = c & 0x1F;
      len = 2;
    }
    for (size_t k = 1; k < len && i + k < s.size(); ++k)
      cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
    i += len;
    if (cp >= 0x10000) {
      cp -= 0x10000;
      out += static_cast<char16_t>(0xD800 + (cp >> 10));
      out += static_cast<char16_t>(0xDC00 + (cp & 0x3FF));
    } else {
      out += static_cast<char16_t>(cp);
    }
  }
  return out;
}
std::string FromU16(std::u16string_view s) {
  std::string out;
  for (size_t i = 0; i < s.size(); ++i) {
    uint32_t cp = s[i];
    if (cp >= 0xD800 && cp < 0xDC00 && i + 1 < s.size() && s[i + 1] >= 0xDC00 &&
        s[i + 1] < 0xE000) {
      cp = 0x10000 + ((cp - 0xD800) << 10) + (s[i + 1] - 0xDC00);
      ++i;
    }
    AppendUtf8(out, cp);
  }
  return out;
}

}  // namespace loopscope::js
