// engine/js/lexer.h — the scanner: source text to tokens, one at a time, on demand.
//
// The parser pulls tokens with Next(). Template literals are scanned in pieces because
// their `${ expr }` parts are parsed as ordinary tokens: the parser asks for the next
// template chunk with ScanTemplateChunk() after the closing `}`. Keywords are names; the
// parser tells them apart. Where to look next: parser.h (the consumer), ast.h.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "engine/js/embedder.h"

namespace loopscope::js {

enum class TokenKind : uint8_t {
  kEnd,
  kName,  // identifier or keyword
  kNumber,
  kBigInt,  // value: the literal's text without separators and `n` (bigint.h)
  kString,
  kTemplate,  // a template chunk; `tail` says whether it ends the literal
  kPunct,     // operator or punctuation, in `text`
  kError,     // a lexical error, message in `value`
  kRegExp,    // a regular expression literal: body in `value`, flags in `text`
};

struct Token {
  TokenKind kind = TokenKind::kEnd;
  std::string_view text;  // the source slice (punctuators and names)
  std::string value;      // the cooked string (strings, names, templates, errors)
  double number = 0;
  SourceLoc loc;
  bool newline_before = false;  // for automatic semicolon insertion and `async` arrows
  bool tail = false;            // template: the chunk ends with '`' (not with '${')
  bool escaped = false;         // a name written with \u escapes (never a keyword)
  // Template chunks: the raw text (ECMA-262 13.2.8.6 TRV) and the first invalid escape, an
  // error in a plain template but an undefined cooked string in a tagged one (13.2.8.3).
  std::string raw;
  std::string escape_error;
  SourceLoc escape_error_loc;

  bool Is(std::string_view punct) const { return kind == TokenKind::kPunct && text == punct; }
  bool IsName(std::string_view name) const { return kind == TokenKind::kName && text == name; }
};

class Lexer {
 public:
  explicit Lexer(std::string_view source) : src_(source) {}
  Token Next();
  // Scans template characters from the current position (just after '`' or '}').
  Token ScanTemplateChunk();
  // Rescans a `/` or `/=` token the parser read where an expression starts as a regular
  // expression literal (ECMA-262 12's InputElementRegExp goal: the grammar, not the lexer,
  // knows which `/` starts one).
  Token ScanRegExp(const Token& slash);
  size_t offset() const { return pos_; }

 private:
  void SkipSpaceAndComments(bool& newline, Token& error);
  Token ScanName(SourceLoc loc);
  bool ScanUnicodeEscapeBody(uint32_t& cp);
  Token ScanNumber(SourceLoc loc);
  Token ScanBigIntSuffix(Token tok, size_t start);
  Token ScanString(char quote, SourceLoc loc);
  Token ScanPunct(SourceLoc loc);
  bool ScanEscape(std::string& out, std::string& error);
  char Peek(size_t ahead = 0) const {
    return pos_ + ahead < src_.size() ? src_[pos_ + ahead] : '\0';
  }
  void Advance();
  SourceLoc Here() const { return {line_, col_}; }

  std::string_view src_;
  size_t pos_ = 0;
  uint32_t line_ = 1;
  uint32_t col_ = 1;
};

// Appends the UTF-8 encoding of a code point.
void AppendUtf8(std::string& out, uint32_t cp);

}  // namespace loopscope::js
