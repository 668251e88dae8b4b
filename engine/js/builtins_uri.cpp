// engine/js/builtins_uri.cpp — the URI handling functions (encodeURI, encodeURIComponent,
// decodeURI, decodeURIComponent; ECMA-262 §19.2.6) and Annex B's escape and unescape.
//
// All of them work on UTF-16 code units, as the spec does: the argument's text is converted
// to UTF-16, walked with the spec's index k, and the result converted back. Malformed input
// throws V8's `URIError: URI malformed` (the one URIError the engine throws itself).
// Where to look next: unicode.h (the conversions), errors.cpp (error objects).
#include <string>

#include "engine/js/builtins.h"
#include "engine/js/unicode.h"

namespace loopscope::js {
namespace {

constexpr size_t kUriErrorIndex = 7;  // Realm::error_protos: [7] is URIError
constexpr char kHexDigits[] = "0123456789ABCDEF";
// §19.2.6.5 Encode's extraUnescaped and §19.2.6.6 Decode's preserveEscapeSet for the
// whole-URI forms: uriReserved plus "#".
constexpr std::u16string_view kUriReservedAndHash = u";/?:@&=+$,#";
// §19.2.6.5: uriAlpha, DecimalDigit and uriMark are never escaped.
constexpr std::u16string_view kUriMark = u"-_.!~*'()";
// Annex B.2.1.1 escape: the characters it leaves as they are, besides letters and digits.
constexpr std::u16string_view kEscapeKeeps = u"@*_+-./";

Completion ThrowUriMalformed(Runtime& rt) {
  rt.last_throw_loc = rt.CurrentLoc();
  rt.last_throw_internal = false;
  Object* err = rt.Alloc<Object>(rt.realm.error_protos[kUriErrorIndex], CellKind::kError);
  err->Put(rt.key_stack, rt.Str(rt.CaptureStack("")), false);
  err->stack_pending = true;
  err->Put(rt.key_message, rt.Str("URI malformed"), false);
  return ThrowValue(Value::FromCell(err));
}

bool IsAsciiAlnum(char16_t c) {
  return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9');
}

int HexValue(char16_t c) {
  if (c >= u'0' && c <= u'9') return c - u'0';
  if (c >= u'a' && c <= u'f') return c - u'a' + 10;
  if (c >= u'A' && c <= u'F') return c - u'A' + 10;
  return -1;
}

// ParseHexOctet(string, at): the byte the two hex digits at `at` spell, or -1.
int ParseHexOctet(std::u16string_view s, size_t at) {
  int hi = HexValue(s[at]);
  int lo = HexValue(s[at + 1]);
  return hi < 0 || lo < 0 ? -1 : hi * 16 + lo;
}

void AppendPercentByte(std::string& out, unsigned byte) {
  out += '%';
  out += kHexDigits[byte >> 4];
  out += kHexDigits[byte & 15];
}

// The argument's text as UTF-16, with the heap charged for the copy.
Completion ArgU16(Runtime& rt, NativeCall& call, std::u16string& out) {
  std::string text;
  LOOPSCOPE_TRY(rt.ToStringStd(call.Arg(0), text));
  LOOPSCOPE_TRY(rt.ReserveHeap(text.size() * sizeof(char16_t)));
  out = ToU16(text);
  return Ok();
}

// ECMA-262 §19.2.6.5 Encode(string, extraUnescaped).
Completion Encode(Runtime& rt, NativeCall& call, std::u16string_view extra_unescaped) {
  std::u16string s;
  LOOPSCOPE_TRY(ArgU16(rt, call, s));
  std::string out;
  for (size_t k = 0; k < s.size(); ++k) {
    char16_t c = s[k];
    if (IsAsciiAlnum(c) || kUriMark.find(c) != std::u16string_view::npos ||
        extra_unescaped.find(c) != std::u16string_view::npos) {
      out += static_cast<char>(c);
      continue;
    }
    // CodePointAt(string, k): a lone surrogate cannot be encoded.
    char32_t cp = c;
    if (c >= 0xDC00 && c <= 0xDFFF) return ThrowUriMalformed(rt);
    if (c >= 0xD800 && c <= 0xDBFF) {
      if (k + 1 >= s.size() || s[k + 1] < 0xDC00 || s[k + 1] > 0xDFFF) return ThrowUriMalformed(rt);
      cp = 0x10000 + ((c - 0xD800) << 10) + (s[k + 1] - 0xDC00);
      ++k;
    }
    if (cp < 0x80) {
      AppendPercentByte(out, cp);
    } else if (cp < 0x800) {
      AppendPercentByte(out, 0xC0 | (cp >> 6));
      AppendPercentByte(out, 0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
      AppendPercentByte(out, 0xE0 | (cp >> 12));
      AppendPercentByte(out, 0x80 | ((cp >> 6) & 0x3F));
      AppendPercentByte(out, 0x80 | (cp & 0x3F));
    } else {
      AppendPercentByte(out, 0xF0 | (cp >> 18));
      AppendPercentByte(out, 0x80 | ((cp >> 12) & 0x3F));
      AppendPercentByte(out, 0x80 | ((cp >> 6) & 0x3F));
      AppendPercentByte(out, 0x80 | (cp & 0x3F));
    }
  }
  if (out.size() > Runtime::kMaxStringLength) return rt.ThrowInvalidStringLength();
  LOOPSCOPE_TRY(rt.ReserveHeap(out.size()));
  return Ok(Value::FromCell(rt.NewString(std::move(out))));
}

// The code point `octets` (n of them, the first's leading one bits) spell in UTF-8, or -1
// when they are not its shortest encoding or spell a surrogate (§19.2.6.6 step 1.b.viii.6).
int32_t DecodeUtf8(const unsigned* octets, int n) {
  static constexpr int32_t kSmallest[] = {0, 0, 0x80, 0x800, 0x10000};
  int32_t cp = static_cast<int32_t>(octets[0] & (0x7F >> n));
  for (int i = 1; i < n; ++i) {
    if ((octets[i] & 0xC0) != 0x80) return -1;
    cp = (cp << 6) | static_cast<int32_t>(octets[i] & 0x3F);
  }
  if (cp < kSmallest[n] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return -1;
  return cp;
}

// ECMA-262 §19.2.6.6 Decode(string, preserveEscapeSet).
Completion Decode(Runtime& rt, NativeCall& call, std::u16string_view preserve_escape_set) {
  std::u16string s;
  LOOPSCOPE_TRY(ArgU16(rt, call, s));
  std::u16string out;
  size_t len = s.size();
  for (size_t k = 0; k < len; ++k) {
    if (s[k] != u'%') {
      out += s[k];
      continue;
    }
    size_t start = k;
    if (k + 2 >= len) return ThrowUriMalformed(rt);
    int b = ParseHexOctet(s, k + 1);
    if (b < 0) return ThrowUriMalformed(rt);
    k += 2;
    int n = 0;
    while (n < 8 && (b & (0x80 >> n))) ++n;
    if (n == 0) {
      char16_t ascii = static_cast<char16_t>(b);
      if (preserve_escape_set.find(ascii) != std::u16string_view::npos)
        out.append(s, start, 3);
      else
        out += ascii;
      continue;
    }
    if (n == 1 || n > 4) return ThrowUriMalformed(rt);
    unsigned octets[4] = {static_cast<unsigned>(b)};
    for (int j = 1; j < n; ++j) {
      ++k;
      if (k + 2 >= len || s[k] != u'%') return ThrowUriMalformed(rt);
      int continuation = ParseHexOctet(s, k + 1);
      if (continuation < 0) return ThrowUriMalformed(rt);
      octets[j] = static_cast<unsigned>(continuation);
      k += 2;
    }
    int32_t cp = DecodeUtf8(octets, n);
    if (cp < 0) return ThrowUriMalformed(rt);
    if (cp < 0x10000) {
      out += static_cast<char16_t>(cp);
    } else {
      out += static_cast<char16_t>(0xD800 + ((cp - 0x10000) >> 10));
      out += static_cast<char16_t>(0xDC00 + ((cp - 0x10000) & 0x3FF));
    }
  }
  return Ok(rt.Str(FromU16(out)));
}

Completion EncodeUri(Runtime& rt, NativeCall& call, Native*) {
  return Encode(rt, call, kUriReservedAndHash);
}
Completion EncodeUriComponent(Runtime& rt, NativeCall& call, Native*) {
  return Encode(rt, call, u"");
}
Completion DecodeUri(Runtime& rt, NativeCall& call, Native*) {
  return Decode(rt, call, kUriReservedAndHash);
}
Completion DecodeUriComponent(Runtime& rt, NativeCall& call, Native*) {
  return Decode(rt, call, u"");
}

// ECMA-262 Annex B.2.1.1 escape(string): %XX below 256, %uXXXX above.
Completion Escape(Runtime& rt, NativeCall& call, Native*) {
  std::u16string s;
  LOOPSCOPE_TRY(ArgU16(rt, call, s));
  std::string out;
  for (char16_t c : s) {
    if (IsAsciiAlnum(c) || kEscapeKeeps.find(c) != std::u16string_view::npos) {
      out += static_cast<char>(c);
    } else if (c < 256) {
      AppendPercentByte(out, c);
    } else {
      out += "%u";
      for (int shift = 12; shift >= 0; shift -= 4) out += kHexDigits[(c >> shift) & 15];
    }
  }
  if (out.size() > Runtime::kMaxStringLength) return rt.ThrowInvalidStringLength();
  LOOPSCOPE_TRY(rt.ReserveHeap(out.size()));
  return Ok(Value::FromCell(rt.NewString(std::move(out))));
}

// ECMA-262 Annex B.2.1.2 unescape(string): %uXXXX and %XX become their code unit; any
// other % stays as it is.
Completion Unescape(Runtime& rt, NativeCall& call, Native*) {
  std::u16string s;
  LOOPSCOPE_TRY(ArgU16(rt, call, s));
  std::u16string out;
  size_t len = s.size();
  for (size_t k = 0; k < len; ++k) {
    char16_t c = s[k];
    if (c == u'%') {
      size_t first = 0;
      size_t digits = 0;
      if (k + 5 < len && s[k + 1] == u'u') {
        first = k + 2;
        digits = 4;
      } else if (k + 3 <= len) {
        first = k + 1;
        digits = 2;
      }
      int value = digits ? 0 : -1;
      for (size_t i = first; i < first + digits && value >= 0; ++i) {
        int d = HexValue(s[i]);
        value = d < 0 ? -1 : value * 16 + d;
      }
      if (value >= 0) {
        c = static_cast<char16_t>(value);
        k += digits == 4 ? 5 : 2;
      }
    }
    out += c;
  }
  return Ok(rt.Str(FromU16(out)));
}

}  // namespace

void InstallUriBuiltins(Runtime& rt) {
  struct Function {
    const char* name;
    BuiltinFn fn;
  };
  static constexpr Function kFunctions[] = {
      {"decodeURI", DecodeUri}, {"decodeURIComponent", DecodeUriComponent},
      {"encodeURI", EncodeUri}, {"encodeURIComponent", EncodeUriComponent},
      {"escape", Escape},       {"unescape", Unescape}};
  for (const Function& f : kFunctions) rt.DefineNative(rt.realm.global, f.name, 1, f.fn);
}

}  // namespace loopscope::js
