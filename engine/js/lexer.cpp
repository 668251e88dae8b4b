// engine/js/lexer.cpp — the scanner. Columns count UTF-8 code points from 1, like V8's
// messages for the ASCII programs the subset is written in.
// Where to look next: parser.cpp.
#include "engine/js/lexer.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdlib>

namespace loopscope::js {
namespace {

bool IsIdStart(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == '$' ||
         (static_cast<unsigned char>(c) >= 0x80);
}
bool IsIdPart(char c) {
  return IsIdStart(c) || (c >= '0' && c <= '9');
}
// For a \\u escape in an identifier: the non-ASCII code points that are no ID_Start
// (ID_Continue when `start` is false) although the scanner takes raw non-ASCII bytes as
// names: surrogates, the Zs spaces and line separators, U+FEFF, U+2E2F (Pattern_Syntax),
// and ZWNJ/ZWJ, which may continue a name but not start one.
bool EscapedNonAsciiIdChar(uint32_t cp, bool start) {
  if (cp >= 0xD800 && cp <= 0xDFFF) return false;
  if (cp == 0xA0 || cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200A) || cp == 0x2028 ||
      cp == 0x2029 || cp == 0x202F || cp == 0x205F || cp == 0x3000 || cp == 0xFEFF || cp == 0x2E2F)
    return false;
  return !(start && (cp == 0x200C || cp == 0x200D));
}
int HexValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// Longest match first so ">>>=" wins over ">>".
constexpr std::array<std::string_view, 52> kPuncts = {
    ">>>=", "...", "===", "!==", "**=", "<<=", ">>=", ">>>", "&&=", "||=", "?\?=", "=>", "==",
    "!=",   "<=",  ">=",  "&&",  "||",  "??",  "?.",  "++",  "--",  "+=",  "-=",   "*=", "/=",
    "%=",   "&=",  "|=",  "^=",  "<<",  ">>",  "**",  "{",   "}",   "(",   ")",    "[",  "]",
    ";",    ",",   "<",   ">",   "+",   "-",   "*",   "/",   "%",   "&",   "|",    "^",  "!"};
constexpr std::string_view kSinglePuncts = "~?:=.@#";

// kPuncts grouped by first byte, longest first within each group: a token is matched
// against the few punctuators that can start with its byte (at most six, for '>').
using PunctGroup = std::array<std::string_view, 8>;
const std::array<PunctGroup, 128>& PunctsByFirstByte() {
  static const std::array<PunctGroup, 128> kTable = [] {
    std::array<PunctGroup, 128> table{};
    std::array<size_t, 128> used{};
    for (std::string_view p : kPuncts) {
      auto first = static_cast<unsigned char>(p[0]);
      table[first][used[first]++] = p;
    }
    return table;
  }();
  return kTable;
}

}  // namespace

void AppendUtf8(std::string& out, uint32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

void Lexer::Advance() {
  char c = src_[pos_++];
  if (c == '\n') {
    ++line_;
    col_ = 1;
  } else if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) {
    ++col_;
  }
}

void Lexer::SkipSpaceAndComments(bool& newline, Token& error) {
  while (pos_ < src_.size()) {
    char c = Peek();
    if (c == '\n') {
      newline = true;
      Advance();
    } else if (c == ' ' || c == '\t' || c == '\r' || c == '\v' || c == '\f') {
      Advance();
    } else if (c == '/' && Peek(1) == '/') {
      while (pos_ < src_.size() && Peek() != '\n') Advance();
    } else if (c == '/' && Peek(1) == '*') {
      SourceLoc start = Here();
      Advance();
      Advance();
      while (pos_ < src_.size() && !(Peek() == '*' && Peek(1) == '/')) {
        if (Peek() == '\n') newline = true;
        Advance();
      }
      if (pos_ >= src_.size()) {
        error = {TokenKind::kError, {}, "Invalid or unexpected token", 0, start};
        return;
      }
      Advance();
      Advance();
    } else if (c == '#' && Peek(1) == '!' && pos_ == 0) {
      while (pos_ < src_.size() && Peek() != '\n') Advance();
    } else if (static_cast<unsigned char>(c) == 0xC2 &&
               static_cast<unsigned char>(Peek(1)) == 0xA0) {
      Advance();  // no-break space
      Advance();
    } else {
      return;
    }
  }
}

Token Lexer::Next() {
  bool newline = false;
  Token error;
  SkipSpaceAndComments(newline, error);
  if (error.kind == TokenKind::kError) return error;
  SourceLoc loc = Here();
  Token tok;
  if (pos_ >= src_.size()) {
    tok.kind = TokenKind::kEnd;
    tok.loc = loc;
  } else if (char c = Peek(); IsIdStart(c) || c == '\\') {
    tok = ScanName(loc);
  } else if ((c >= '0' && c <= '9') || (c == '.' && Peek(1) >= '0' && Peek(1) <= '9')) {
    tok = ScanNumber(loc);
  } else if (c == '"' || c == '\'') {
    tok = ScanString(c, loc);
  } else if (c == '`') {
    Advance();
    tok = ScanTemplateChunk();
    // The literal is located at its backtick; an error keeps its own place.
    if (tok.kind != TokenKind::kError) tok.loc = loc;
  } else {
    tok = ScanPunct(loc);
  }
  tok.newline_before = newline;
  return tok;
}

// ECMA-262 12.7 IdentifierName, with \\uXXXX and \\u{X} escapes (12.7.1): `text` is the
// source slice, `value` the name. An escaped name never reads as a keyword (the parser
// matches keywords by `text`); `escaped` lets the parser refuse an escaped reserved word
// where an identifier is bound or referenced.
Token Lexer::ScanName(SourceLoc loc) {
  size_t start = pos_;
  Token tok{TokenKind::kName, {}, {}, 0, loc};
  // A name without escapes (nearly all) is its own source slice: one copy, no per-byte
  // appends, and no newline inside it for Advance to count.
  size_t end = start;
  while (end < src_.size() && (end == start ? IsIdStart(src_[end]) : IsIdPart(src_[end]))) ++end;
  for (const char* p = src_.data() + start; p != src_.data() + end; ++p)
    if ((static_cast<unsigned char>(*p) & 0xC0) != 0x80) ++col_;
  tok.value.assign(src_.substr(start, end - start));
  pos_ = end;
  while (pos_ < src_.size()) {
    char c = Peek();
    if (c != '\\') {
      if (!(pos_ == start ? IsIdStart(c) : IsIdPart(c))) break;
      tok.value += c;
      Advance();
      continue;
    }
    SourceLoc at = Here();  // V8 marks the escape itself
    Advance();
    uint32_t cp = 0;
    if (Peek() != 'u') return {TokenKind::kError, {}, "Invalid or unexpected token", 0, at};
    if (!ScanUnicodeEscapeBody(cp))
      return {TokenKind::kError, {}, "Invalid Unicode escape sequence", 0, at};
    bool valid = cp >= 0x80 ? EscapedNonAsciiIdChar(cp, tok.value.empty())
                            : cp == '$' || cp == '_' || std::isalpha(static_cast<int>(cp)) ||
                                  (!tok.value.empty() && std::isdigit(static_cast<int>(cp)));
    if (!valid) return {TokenKind::kError, {}, "Invalid or unexpected token", 0, at};
    AppendUtf8(tok.value, cp);
    tok.escaped = true;
  }
  tok.text = src_.substr(start, pos_ - start);
  return tok;
}

// After a backslash: `u` then four hex digits or {hex digits} up to 10FFFF.
bool Lexer::ScanUnicodeEscapeBody(uint32_t& cp) {
  Advance();  // u
  if (Peek() == '{') {
    Advance();
    int digits = 0;
    while (HexValue(Peek()) >= 0) {
      cp = cp * 16 + static_cast<uint32_t>(HexValue(Peek()));
      if (cp > 0x10FFFF) return false;
      Advance();
      ++digits;
    }
    if (digits == 0 || Peek() != '}') return false;
    Advance();
    return true;
  }
  for (int i = 0; i < 4; ++i) {
    if (HexValue(Peek()) < 0) return false;
    cp = cp * 16 + static_cast<uint32_t>(HexValue(Peek()));
    Advance();
  }
  return true;
}

// ECMA-262 12.9.5 RegularExpressionLiteral: the body up to an unescaped `/` outside a class,
// then the flags (IdentifierPart characters; which ones are valid is the parser's check).
Token Lexer::ScanRegExp(const Token& slash) {
  pos_ = static_cast<size_t>(slash.text.data() - src_.data()) + 1;
  line_ = slash.loc.line;
  col_ = slash.loc.col + 1;
  Token tok;
  tok.kind = TokenKind::kRegExp;
  tok.loc = slash.loc;
  tok.newline_before = slash.newline_before;
  bool in_class = false;
  while (true) {
    char c = Peek();
    if (pos_ >= src_.size() || c == '\n' || c == '\r')
      return {TokenKind::kError, {}, "Invalid regular expression: missing /", 0, slash.loc};
    Advance();
    if (c == '\\') {
      if (pos_ >= src_.size() || Peek() == '\n' || Peek() == '\r') continue;
      tok.value += c;
      c = Peek();
      Advance();
    } else if (c == '[') {
      in_class = true;
    } else if (c == ']') {
      in_class = false;
    } else if (c == '/' && !in_class) {
      break;
    }
    tok.value += c;
  }
  size_t flags_start = pos_;
  while (pos_ < src_.size() && IsIdPart(Peek())) Advance();
  tok.text = src_.substr(flags_start, pos_ - flags_start);
  return tok;
}

Token Lexer::ScanNumber(SourceLoc loc) {
  size_t start = pos_;
  Token tok{TokenKind::kNumber, {}, {}, 0, loc};
  // ECMA-262 12.9.3 NumericLiteralSeparator: one `_`, only between two digits, never after
  // a leading 0; the first misplaced one is reported with V8's words.
  const char* separator_error = nullptr;
  auto separator = [&](bool after_digit, bool leading_zero, int base) {
    const char* error = nullptr;
    if (!after_digit)
      error = "Invalid or unexpected token";
    else if (leading_zero)
      error = "Numeric separator can not be used after leading 0.";
    else if (Peek(1) == '_')
      error = "Only one underscore is allowed as numeric separator";
    else if (HexValue(Peek(1)) < 0 || HexValue(Peek(1)) >= base)
      error = "Numeric separators are not allowed at the end of numeric literals";
    if (!separator_error) separator_error = error;
    Advance();
  };
  if (Peek() == '0' && (Peek(1) == 'x' || Peek(1) == 'X' || Peek(1) == 'b' || Peek(1) == 'B' ||
                        Peek(1) == 'o' || Peek(1) == 'O')) {
    char k = static_cast<char>(Peek(1) | 0x20);
    int base = k == 'x' ? 16 : k == 'b' ? 2 : 8;
    Advance();
    Advance();
    double v = 0;
    bool any = false, after_digit = false;
    while (true) {
      if (Peek() == '_') {
        separator(after_digit, false, base);
        after_digit = false;
        continue;
      }
      int d = HexValue(Peek());
      if (d < 0 || d >= base) break;
      v = v * base + d;
      any = after_digit = true;
      Advance();
    }
    tok.number = v;
    if (!any) return {TokenKind::kError, {}, "Invalid or unexpected token", 0, loc};
  } else {
    std::string digits;
    auto take_digits = [&](bool integer_part) {
      bool after_digit = false;
      while ((Peek() >= '0' && Peek() <= '9') || Peek() == '_') {
        if (Peek() == '_') {
          separator(after_digit, integer_part && digits == "0", 10);
          after_digit = false;
          continue;
        }
        digits += Peek();
        after_digit = true;
        Advance();
      }
    };
    take_digits(true);
    if (Peek() == '.') {
      digits += '.';
      Advance();
      take_digits(false);
    }
    if (Peek() == 'e' || Peek() == 'E') {
      digits += 'e';
      Advance();
      if (Peek() == '+' || Peek() == '-') {
        digits += Peek();
        Advance();
      }
      take_digits(false);
    }
    tok.number = std::strtod(digits.c_str(), nullptr);
  }
  if (separator_error) return {TokenKind::kError, {}, separator_error, 0, loc};
  if (Peek() == 'n') return ScanBigIntSuffix(tok, start);
  if (IsIdStart(Peek())) return {TokenKind::kError, {}, "Invalid or unexpected token", 0, loc};
  tok.text = src_.substr(start, pos_ - start);
  return tok;
}

// ECMA-262 12.9.3 BigIntLiteralSuffix: only after an integer written without a fraction,
// an exponent or a legacy leading zero. The token's value is the literal's text without
// its separators and its `n` (bigint.h ParseBigIntLiteral reads it).
Token Lexer::ScanBigIntSuffix(Token tok, size_t start) {
  std::string_view text = src_.substr(start, pos_ - start);
  bool prefixed = text.size() > 1 && text[0] == '0' &&
                  std::string_view("xXoObB").find(text[1]) != std::string_view::npos;
  bool integer = text.find_first_of(prefixed ? "" : ".eE") == std::string_view::npos;
  bool legacy_zero = !prefixed && text.size() > 1 && text[0] == '0';
  Advance();  // the n
  if (!integer || legacy_zero || IsIdStart(Peek()))
    return {TokenKind::kError, {}, "Invalid or unexpected token", 0, tok.loc};
  tok.kind = TokenKind::kBigInt;
  for (char c : text)
    if (c != '_') tok.value += c;
  tok.text = src_.substr(start, pos_ - start);
  return tok;
}

bool Lexer::ScanEscape(std::string& out, std::string& error) {
  Advance();  // the backslash
  char c = Peek();
  if (pos_ >= src_.size()) return false;
  Advance();
  // U+2028 and U+2029 (E2 80 A8/A9) after a backslash are line continuations too.
  auto byte = [this](size_t ahead) { return static_cast<unsigned char>(Peek(ahead)); };
  if (static_cast<unsigned char>(c) == 0xE2 && byte(0) == 0x80 &&
      (byte(1) == 0xA8 || byte(1) == 0xA9)) {
    Advance();
    Advance();
    return true;
  }
  switch (c) {
    case 'n':
      out += '\n';
      return true;
    case 't':
      out += '\t';
      return true;
    case 'r':
      out += '\r';
      return true;
    case 'b':
      out += '\b';
      return true;
    case 'f':
      out += '\f';
      return true;
    case 'v':
      out += '\v';
      return true;
    case '0':
      out += '\0';
      return true;
    case '\r':
      if (Peek() == '\n') Advance();
      return true;
    case '\n':
      return true;  // line continuation
    case 'x': {
      int h1 = HexValue(Peek()), h2 = HexValue(Peek(1));
      if (h1 < 0 || h2 < 0) {
        error = "Invalid hexadecimal escape sequence";
        return false;
      }
      Advance();
      Advance();
      AppendUtf8(out, static_cast<uint32_t>(h1 * 16 + h2));
      return true;
    }
    case 'u': {
      uint32_t cp = 0;
      if (Peek() == '{') {
        Advance();
        // Past U+10FFFF the value only needs to stay too large (ECMA-262 12.9.4.1).
        while (HexValue(Peek()) >= 0) {
          cp = std::min<uint32_t>(cp * 16 + static_cast<uint32_t>(HexValue(Peek())), 0x110000);
          Advance();
        }
        if (Peek() != '}') {
          error = "Invalid Unicode escape sequence";
          return false;
        }
        if (cp > 0x10FFFF) {
          error = "Undefined Unicode code-point";
          return false;
        }
        Advance();
      } else {
        for (int i = 0; i < 4; ++i) {
          int h = HexValue(Peek());
          if (h < 0) {
            error = "Invalid Unicode escape sequence";
            return false;
          }
          cp = cp * 16 + static_cast<uint32_t>(h);
          Advance();
        }
      }
      AppendUtf8(out, cp);
      return true;
    }
    default:
      // Multi-byte characters after a backslash stand for themselves.
      out += c;
      while (pos_ < src_.size() && (static_cast<unsigned char>(Peek()) & 0xC0) == 0x80) {
        out += Peek();
        Advance();
      }
      return true;
  }
}

Token Lexer::ScanString(char quote, SourceLoc loc) {
  Advance();
  Token tok{TokenKind::kString, {}, {}, 0, loc};
  std::string error;
  while (true) {
    if (pos_ >= src_.size() || Peek() == '\n')
      return {TokenKind::kError, {}, "Invalid or unexpected token", 0, loc};
    char c = Peek();
    if (c == quote) {
      Advance();
      break;
    }
    if (c == '\\') {
      SourceLoc at = Here();  // V8 marks a bad escape itself
      if (!ScanEscape(tok.value, error))
        return {TokenKind::kError,
                {},
                error.empty() ? "Invalid or unexpected token" : error,
                0,
                error.empty() ? loc : at};
      continue;
    }
    tok.value += c;
    Advance();
  }
  return tok;
}

Token Lexer::ScanTemplateChunk() {
  Token tok{TokenKind::kTemplate, {}, {}, 0, Here()};
  size_t start = pos_;
  // TRV: the source text with CR LF and CR normalised to LF.
  auto end_chunk = [&] {
    for (size_t i = start; i < pos_; ++i) {
      if (src_[i] != '\r') {
        tok.raw += src_[i];
      } else if (i + 1 >= pos_ || src_[i + 1] != '\n') {
        tok.raw += '\n';
      }
    }
  };
  auto invalid_escape = [&](SourceLoc at, std::string message) {
    if (tok.escape_error.empty()) {
      tok.escape_error = std::move(message);
      tok.escape_error_loc = at;
    }
  };
  std::string error;
  while (true) {
    if (pos_ >= src_.size())
      return {TokenKind::kError, {}, "Unterminated template literal", 0, tok.loc};
    char c = Peek();
    if (c == '`') {
      end_chunk();
      Advance();
      tok.tail = true;
      return tok;
    }
    if (c == '$' && Peek(1) == '{') {
      end_chunk();
      Advance();
      Advance();
      tok.tail = false;
      return tok;
    }
    if (c == '\\') {
      // ECMA-262 12.9.6: no legacy octal escapes, \8 or \9 in templates (only \0 alone).
      SourceLoc at = Here();
      char d = Peek(1);
      if (d == '8' || d == '9') {
        invalid_escape(at, "\\8 and \\9 are not allowed in template strings.");
        Advance();
        continue;
      }
      if ((d >= '1' && d <= '7') || (d == '0' && Peek(2) >= '0' && Peek(2) <= '9')) {
        invalid_escape(at, "Octal escape sequences are not allowed in template strings.");
        Advance();
        continue;
      }
      if (!ScanEscape(tok.value, error) && !error.empty()) invalid_escape(at, error);
      continue;
    }
    if (c == '\r') {
      Advance();
      continue;
    }
    tok.value += c;
    Advance();
  }
}

Token Lexer::ScanPunct(SourceLoc loc) {
  std::string_view rest = src_.substr(pos_);
  auto first = static_cast<unsigned char>(rest[0]);
  const PunctGroup empty{};
  for (std::string_view p : first < 128 ? PunctsByFirstByte()[first] : empty) {
    if (p.empty()) break;
    if (rest.starts_with(p)) {
      // "?." followed by a digit is the conditional operator and a number (a?.5:1).
      if (p == "?." && rest.size() > 2 && rest[2] >= '0' && rest[2] <= '9') continue;
      for (size_t i = 0; i < p.size(); ++i) Advance();
      return {TokenKind::kPunct, rest.substr(0, p.size()), {}, 0, loc};
    }
  }
  if (kSinglePuncts.find(rest[0]) != std::string_view::npos) {
    Advance();
    return {TokenKind::kPunct, rest.substr(0, 1), {}, 0, loc};
  }
  Advance();
  while (pos_ < src_.size() && (static_cast<unsigned char>(Peek()) & 0xC0) == 0x80) Advance();
  return {TokenKind::kError, {}, "Invalid or unexpected token", 0, loc};
}

}  // namespace loopscope::js
