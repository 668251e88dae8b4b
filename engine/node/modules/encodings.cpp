// engine/node/modules/encodings.cpp — see encodings.h. The lenient decoders (base64 skipping
// what is not in its alphabet, hex stopping at the first bad pair) mirror
// src/string_bytes.cc and src/base64-inl.h.
#include "engine/node/modules/encodings.h"

#include <array>
#include <cctype>

#include "engine/js/unicode.h"
#include "engine/node/well_formed.h"

namespace loopscope::node {

namespace {

struct EncodingName {
  std::string_view name;
  Encoding encoding;
};
constexpr EncodingName kNames[] = {
    {"utf8", Encoding::kUtf8},           {"utf-8", Encoding::kUtf8},
    {"ucs2", Encoding::kUtf16le},        {"ucs-2", Encoding::kUtf16le},
    {"utf16le", Encoding::kUtf16le},     {"utf-16le", Encoding::kUtf16le},
    {"latin1", Encoding::kLatin1},       {"binary", Encoding::kLatin1},
    {"ascii", Encoding::kAscii},         {"base64", Encoding::kBase64},
    {"base64url", Encoding::kBase64url}, {"hex", Encoding::kHex},
};

constexpr char kHex[] = "0123456789abcdef";
constexpr char kBase64[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
constexpr char kBase64Url[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

int HexValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if ((c | 32) >= 'a' && (c | 32) <= 'f') return (c | 32) - 'a' + 10;
  return -1;
}

// Both alphabets decode in either encoding (Node accepts '-' '_' '+' '/' alike).
int Base64Value(char c) {
  if (c >= 'A' && c <= 'Z') return c - 'A';
  if (c >= 'a' && c <= 'z') return c - 'a' + 26;
  if (c >= '0' && c <= '9') return c - '0' + 52;
  if (c == '+' || c == '-') return 62;
  if (c == '/' || c == '_') return 63;
  return -1;
}

std::string ToBase64(std::string_view bytes, const char* alphabet, bool pad) {
  std::string out;
  size_t i = 0;
  auto at = [&](size_t k) { return static_cast<uint32_t>(static_cast<uint8_t>(bytes[k])); };
  for (; i + 2 < bytes.size(); i += 3) {
    uint32_t n = (at(i) << 16) | (at(i + 1) << 8) | at(i + 2);
    for (int s = 18; s >= 0; s -= 6) out += alphabet[(n >> s) & 63];
  }
  size_t rest = bytes.size() - i;
  if (rest == 0) return out;
  uint32_t n = at(i) << 16 | (rest == 2 ? at(i + 1) << 8 : 0);
  out += alphabet[(n >> 18) & 63];
  out += alphabet[(n >> 12) & 63];
  if (rest == 2) out += alphabet[(n >> 6) & 63];
  if (pad) out.append(rest == 1 ? "==" : "=");
  return out;
}

std::string FromBase64(std::string_view s) {
  std::string out;
  uint32_t acc = 0;
  int bits = 0;
  for (char c : s) {
    if (c == '=') break;
    int v = Base64Value(c);
    if (v < 0) continue;
    acc = (acc << 6) | static_cast<uint32_t>(v);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out += static_cast<char>((acc >> bits) & 255);
    }
  }
  return out;
}

std::string FromHex(std::string_view s) {
  std::string out;
  for (size_t i = 0; i + 1 < s.size(); i += 2) {
    int hi = HexValue(s[i]);
    int lo = HexValue(s[i + 1]);
    if (hi < 0 || lo < 0) break;
    out += static_cast<char>(hi * 16 + lo);
  }
  return out;
}

std::string FromCodeUnits(std::u16string_view units) {
  return js::FromU16(units);
}

}  // namespace

std::optional<Encoding> ParseEncoding(std::string_view name) {
  std::string lower;
  for (char c : name) lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  for (const EncodingName& n : kNames) {
    if (n.name == lower) return n.encoding;
  }
  return std::nullopt;
}

std::string Encode(std::string_view text, Encoding e) {
  switch (e) {
    case Encoding::kUtf8:
      return EncodeUtf8(text);  // a lone surrogate becomes U+FFFD, as V8 writes it
    case Encoding::kBase64:
    case Encoding::kBase64url:
      return FromBase64(text);
    case Encoding::kHex:
      return FromHex(text);
    case Encoding::kLatin1:
    case Encoding::kAscii: {
      std::string out;
      for (char16_t u : js::ToU16(text)) out += static_cast<char>(u & 255);
      return out;
    }
    case Encoding::kUtf16le: {
      std::string out;
      for (char16_t u : js::ToU16(text)) {
        out += static_cast<char>(u & 255);
        out += static_cast<char>(u >> 8);
      }
      return out;
    }
  }
  return std::string(text);
}

std::string Decode(std::string_view bytes, Encoding e) {
  switch (e) {
    case Encoding::kUtf8:
      return DecodeUtf8(bytes);
    case Encoding::kBase64:
      return ToBase64(bytes, kBase64, true);
    case Encoding::kBase64url:
      return ToBase64(bytes, kBase64Url, false);
    case Encoding::kHex: {
      std::string out;
      for (unsigned char c : bytes) {
        out += kHex[c >> 4];
        out += kHex[c & 15];
      }
      return out;
    }
    case Encoding::kLatin1:
    case Encoding::kAscii: {
      // 'ascii' is latin1 with the high bit cleared (Node's docs for buf.toString).
      std::u16string units;
      for (unsigned char c : bytes)
        units += static_cast<char16_t>(e == Encoding::kAscii ? c & 127 : c);
      return FromCodeUnits(units);
    }
    case Encoding::kUtf16le: {
      std::u16string units;
      for (size_t i = 0; i + 1 < bytes.size(); i += 2) {
        units += static_cast<char16_t>(static_cast<uint8_t>(bytes[i]) |
                                       static_cast<uint8_t>(bytes[i + 1]) << 8);
      }
      return FromCodeUnits(units);
    }
  }
  return std::string(bytes);
}

size_t EncodedLength(std::string_view text, Encoding e) {
  // lib/buffer.js counts these by the string's length in UTF-16 units.
  if (e == Encoding::kBase64 || e == Encoding::kBase64url) {
    size_t n = js::Utf16Units(text);
    if (n > 0 && text[n - 1] == '=') --n;
    if (n > 1 && text[n - 1] == '=') --n;
    return (n * 3) >> 2;
  }
  if (e == Encoding::kHex) return js::Utf16Units(text) >> 1;
  return Encode(text, e).size();
}

}  // namespace loopscope::node
