// app/ui/syntax.cpp — the colouriser: a single left-to-right scan per line.
#include "app/ui/syntax.h"

#include <array>
#include <cctype>

namespace loopscope::app {
namespace {

constexpr std::array<std::string_view, 38> kKeywords = {
    "async",    "await",     "break", "case",       "catch",   "class", "const",   "continue",
    "default",  "delete",    "do",    "else",       "extends", "false", "finally", "for",
    "function", "if",        "in",    "instanceof", "let",     "new",   "null",    "of",
    "return",   "static",    "super", "switch",     "this",    "throw", "true",    "try",
    "typeof",   "undefined", "var",   "void",       "while",   "yield"};

bool IsIdentStart(char c) {
  return std::isalpha(static_cast<unsigned char>(c)) || c == '_' || c == '$';
}
bool IsIdentPart(char c) {
  return IsIdentStart(c) || std::isdigit(static_cast<unsigned char>(c));
}

bool IsKeyword(std::string_view word) {
  for (std::string_view k : kKeywords)
    if (k == word) return true;
  return false;
}

// Scans to the end of a string or template starting after the opening quote at `i`.
size_t EndOfQuoted(std::string_view line, size_t i, char quote, bool* closed) {
  for (; i < line.size(); ++i) {
    if (line[i] == '\\') {
      ++i;
      continue;
    }
    if (line[i] == quote) {
      *closed = true;
      return i + 1;
    }
  }
  *closed = false;
  return line.size();
}

}  // namespace

std::vector<SyntaxRun> ColourLine(std::string_view line, SyntaxCarry* carry) {
  std::vector<SyntaxRun> runs;
  size_t i = 0;
  auto push = [&](size_t b, size_t e, TokenClass c) {
    if (e > b) runs.push_back({b, e, c});
  };
  if (*carry == SyntaxCarry::kBlockComment) {
    size_t close = line.find("*/");
    i = close == std::string_view::npos ? line.size() : close + 2;
    if (close != std::string_view::npos) *carry = SyntaxCarry::kNone;
    push(0, i, TokenClass::kComment);
  } else if (*carry == SyntaxCarry::kTemplate) {
    bool closed = false;
    i = EndOfQuoted(line, 0, '`', &closed);
    if (closed) *carry = SyntaxCarry::kNone;
    push(0, i, TokenClass::kString);
  }
  while (i < line.size()) {
    char c = line[i];
    size_t start = i;
    if (c == '/' && i + 1 < line.size() && line[i + 1] == '/') {
      push(i, line.size(), TokenClass::kComment);
      break;
    }
    if (c == '/' && i + 1 < line.size() && line[i + 1] == '*') {
      size_t close = line.find("*/", i + 2);
      i = close == std::string_view::npos ? line.size() : close + 2;
      if (close == std::string_view::npos) *carry = SyntaxCarry::kBlockComment;
      push(start, i, TokenClass::kComment);
    } else if (c == '"' || c == '\'' || c == '`') {
      bool closed = false;
      i = EndOfQuoted(line, i + 1, c, &closed);
      if (!closed && c == '`') *carry = SyntaxCarry::kTemplate;
      push(start, i, TokenClass::kString);
    } else if (std::isdigit(static_cast<unsigned char>(c))) {
      while (i < line.size() && (IsIdentPart(line[i]) || line[i] == '.')) ++i;
      push(start, i, TokenClass::kNumber);
    } else if (IsIdentStart(c)) {
      while (i < line.size() && IsIdentPart(line[i])) ++i;
      std::string_view word = line.substr(start, i - start);
      size_t next = line.find_first_not_of(' ', i);
      bool call = next != std::string_view::npos && line[next] == '(';
      TokenClass cls = IsKeyword(word) ? TokenClass::kKeyword
                       : call          ? TokenClass::kCall
                                       : TokenClass::kPlain;
      push(start, i, cls);
    } else {
      while (i < line.size() && !IsIdentStart(line[i]) &&
             !std::isdigit(static_cast<unsigned char>(line[i])) && line[i] != '"' &&
             line[i] != '\'' && line[i] != '`' && line[i] != '/')
        ++i;
      if (i == start) ++i;  // a lone '/' (division)
      push(start, i, TokenClass::kPlain);
    }
  }
  return runs;
}

}  // namespace loopscope::app
