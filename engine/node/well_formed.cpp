// engine/node/well_formed.cpp — see well_formed.h.
#include "engine/node/well_formed.h"

#include <cstdint>

#include "engine/trace/text_bytes.h"

namespace loopscope::node {

namespace {
constexpr std::string_view kReplacement = "\xEF\xBF\xBD";  // U+FFFD

// The surrogate (0xD800..0xDFFF) whose generalised-UTF-8 form starts at `i`, or 0.
uint32_t SurrogateAt(std::string_view s, size_t i) {
  if (i + 2 >= s.size() || static_cast<uint8_t>(s[i]) != 0xED) return 0;
  auto b1 = static_cast<uint8_t>(s[i + 1]), b2 = static_cast<uint8_t>(s[i + 2]);
  if (b1 < 0xA0 || b1 > 0xBF || b2 < 0x80 || b2 > 0xBF) return 0;
  return 0xD000u | ((b1 & 0x3Fu) << 6) | (b2 & 0x3Fu);
}

void AppendCodePoint(std::string& out, uint32_t cp) {  // cp >= 0x10000
  out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
  out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
  out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
  out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
}

std::string Rewrite(std::string_view s, bool surrogates) {
  std::string out;
  out.reserve(s.size());
  size_t i = 0;
  while (i < s.size()) {
    // Two halves stored apart ("\ud83d" + "\ude00") are one character when written.
    uint32_t high = surrogates ? SurrogateAt(s, i) : 0;
    uint32_t low = high >= 0xD800 && high <= 0xDBFF ? SurrogateAt(s, i + 3) : 0;
    if (low >= 0xDC00) {
      AppendCodePoint(out, 0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00));
      i += 6;
      continue;
    }
    int n = trace::Utf8SequenceAt(s, i, surrogates);
    if (n > 0 && !high) {
      out.append(s.substr(i, n));
    } else {
      out.append(kReplacement);
    }
    i += n > 0 ? n : -n;
  }
  return out;
}

}  // namespace

bool IsAscii(std::string_view s) {
  for (char c : s) {
    if (static_cast<uint8_t>(c) >= 0x80) return false;
  }
  return true;
}

std::string DecodeUtf8(std::string_view bytes) {
  return IsAscii(bytes) ? std::string(bytes) : Rewrite(bytes, false);
}

std::string EncodeUtf8(std::string_view text) {
  return IsAscii(text) ? std::string(text) : Rewrite(text, true);
}

}  // namespace loopscope::node
