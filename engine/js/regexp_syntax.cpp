// engine/js/regexp_syntax.cpp — JavaScript pattern to PCRE2 pattern (see regexp_syntax.h).
//
// One pass over the pattern's UTF-16 code units (ECMA-262 22.2.1 Patterns, with Annex B.1.2
// when the `u` flag is absent), after a first pass that counts capturing groups and
// collects their names, since `\2` and `\k<name>` may refer forward. Every literal is
// emitted escaped or as `\x{...}`, so no JavaScript character can take a PCRE2 meaning.
// Where to look next: regexp_engine.cpp (the compile options that go with the output).
#include "engine/js/regexp_syntax.h"

#include <algorithm>

#include "engine/js/unicode.h"

namespace loopscope::js {

namespace {

// ECMA-262 22.2.2.9 CharacterClassEscape `\s`: WhiteSpace and LineTerminator code points.
constexpr std::u16string_view kSpaceClass =
    u"\\t\\n\\x{b}\\f\\r \\x{a0}\\x{1680}\\x{2000}-\\x{200a}\\x{2028}\\x{2029}\\x{202f}"
    u"\\x{205f}\\x{3000}\\x{feff}";
// ECMA-262 22.2.2.7.3 `.` without the `s` flag: anything but a LineTerminator.
constexpr std::u16string_view kNotLineTerminator = u"[^\\n\\r\\x{2028}\\x{2029}]";

bool IsDigit(char16_t c) {
  return c >= '0' && c <= '9';
}
bool IsHex(char16_t c) {
  return IsDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}
int HexValue(char16_t c) {
  if (IsDigit(c)) return c - '0';
  return (c | 0x20) - 'a' + 10;
}
bool IsAsciiAlnum(uint32_t c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
bool IsSyntaxChar(char16_t c) {
  return std::u16string_view(u"^$\\.*+?()[]{}|/").find(c) != std::u16string_view::npos;
}

void AppendHex(std::u16string& out, uint32_t cp) {
  static constexpr char kDigits[] = "0123456789abcdef";
  std::u16string digits;
  do {
    digits.insert(digits.begin(), static_cast<char16_t>(kDigits[cp & 15]));
    cp >>= 4;
  } while (cp);
  out += u"\\x{" + digits + u"}";
}

// A literal character, emitted so that PCRE2 reads exactly that character.
void AppendLiteral(std::u16string& out, uint32_t cp) {
  if (IsAsciiAlnum(cp)) {
    out += static_cast<char16_t>(cp);
  } else if (cp > 0x20 && cp < 0x7F) {
    out += u'\\';
    out += static_cast<char16_t>(cp);
  } else {
    AppendHex(out, cp);
  }
}

class Translator {
 public:
  Translator(std::u16string_view p, const RegExpFlags& f) : p_(p), flags_(f) {}

  RegExpTranslation Run() {
    CollectGroups();
    while (result_.error.empty() && i_ < p_.size()) Term();
    if (result_.error.empty() && depth_ > 0) Fail("Unterminated group");
    result_.pcre_pattern = std::move(out_);
    return std::move(result_);
  }

 private:
  bool AtEnd() const { return i_ >= p_.size(); }
  char16_t Peek(size_t ahead = 0) const { return i_ + ahead < p_.size() ? p_[i_ + ahead] : u'\0'; }
  void Fail(const char* reason) {
    if (result_.error.empty()) result_.error = reason;
    i_ = p_.size();
  }
  // The next source character: a whole surrogate pair under `u`, one code unit otherwise.
  uint32_t NextChar() {
    uint32_t c = p_[i_++];
    if (flags_.unicode && c >= 0xD800 && c < 0xDC00 && !AtEnd() && Peek() >= 0xDC00 &&
        Peek() < 0xE000)
      c = 0x10000 + ((c - 0xD800) << 10) + (p_[i_++] - 0xDC00);
    return c;
  }

  // [SECTION] the first pass: capturing groups and their names
  // Calls visit(k, named) for each capturing group's `(` at index k, in pattern order
  // (escapes and classes skipped), until visit returns false.
  template <typename Visit>
  void ForEachCapturingGroup(Visit visit) const {
    bool in_class = false;
    for (size_t k = 0; k < p_.size(); ++k) {
      char16_t c = p_[k];
      if (c == '\\') {
        ++k;
      } else if (in_class) {
        if (c == ']') in_class = false;
      } else if (c == '[') {
        in_class = true;
      } else if (c == '(') {
        bool plain = !(k + 1 < p_.size() && p_[k + 1] == '?');
        bool named =
            !plain && k + 3 < p_.size() && p_[k + 2] == '<' && p_[k + 3] != '=' && p_[k + 3] != '!';
        if ((plain || named) && !visit(k, named)) return;
      }
    }
  }
  void CollectGroups() {
    ForEachCapturingGroup([&](size_t, bool named) {
      ++result_.group_count;
      has_names_ = has_names_ || named;
      return true;
    });
  }

  // ECMA-262 22.2.1 GroupName: `<` RegExpIdentifierName `>`, the `<` already consumed.
  bool GroupName(std::string& name) {
    std::u16string text;
    while (!AtEnd() && Peek() != '>') {
      char16_t c = p_[i_++];
      bool start =
          c == '$' || c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0x80;
      if (!start && !(IsDigit(c) && !text.empty())) return false;
      text += c;
    }
    if (AtEnd() || text.empty()) return false;
    ++i_;  // '>'
    name = FromU16(text);
    return true;
  }

  // [SECTION] terms and quantifiers
  void Term() {
    char16_t c = Peek();
    switch (c) {
      case '(':
        Group();
        return;
      case ')':
        if (depth_ == 0) return Fail("Unmatched ')'");
        ++i_;
        --depth_;
        out_ += u')';
        quantifiable_ = true;
        return;
      case '[':
        ++i_;
        CharacterClass();
        quantifiable_ = true;
        return;
      case '|':
        ++i_;
        out_ += u'|';
        quantifiable_ = false;
        return;
      case '^':
        ++i_;
        out_ += flags_.multiline ? u"(?<![^\\n\\r\\x{2028}\\x{2029}])" : u"^";
        quantifiable_ = false;
        return;
      case '$':
        ++i_;
        out_ += flags_.multiline ? u"(?![^\\n\\r\\x{2028}\\x{2029}])" : u"\\z";
        quantifiable_ = false;
        return;
      case '.':
        ++i_;
        out_ += flags_.dot_all ? std::u16string(u"[\\s\\S]") : std::u16string(kNotLineTerminator);
        quantifiable_ = true;
        return;
      case '*':
      case '+':
      case '?':
        ++i_;
        Quantifier(std::u16string(1, c));
        return;
      case '{':
        Brace();
        return;
      case '}':
      case ']':
        if (flags_.unicode) return Fail("Lone quantifier brackets");
        ++i_;
        AppendLiteral(out_, c);
        quantifiable_ = true;
        return;
      case '\\':
        ++i_;
        AtomEscape();
        return;
      default:
        AppendLiteral(out_, NextChar());
        quantifiable_ = true;
    }
  }

  void Quantifier(std::u16string text) {
    if (!quantifiable_) return Fail("Nothing to repeat");
    out_ += text;
    if (Peek() == '?') {
      ++i_;
      out_ += u'?';
    }
    quantifiable_ = false;
  }

  // `{n}`, `{n,}`, `{n,m}` are quantifiers; anything else is a literal brace (Annex B).
  void Brace() {
    size_t start = i_;
    ++i_;
    auto number = [&](double& v) {
      if (!IsDigit(Peek())) return false;
      v = 0;
      while (IsDigit(Peek())) v = v * 10 + (p_[i_++] - '0');
      return true;
    };
    double lo = 0, hi = 0;
    bool ok = number(lo);
    bool open = false;
    if (ok && Peek() == ',') {
      ++i_;
      open = !number(hi);
    } else {
      hi = lo;
    }
    if (ok && Peek() == '}') {
      ++i_;
      if (!open && hi < lo) return Fail("numbers out of order in {} quantifier");
      // PCRE2 caps repeat counts at 65535; larger counts mean "as many as there are".
      auto clamp = [](double v) { return std::to_string(static_cast<int>(std::min(v, 65535.0))); };
      std::string q = "{" + clamp(lo) + "," + (open ? "" : clamp(hi)) + "}";
      return Quantifier(std::u16string(q.begin(), q.end()));
    }
    i_ = start + 1;
    if (flags_.unicode) return Fail("Lone quantifier brackets");
    AppendLiteral(out_, '{');
    quantifiable_ = true;
  }

  void Group() {
    ++i_;  // '('
    if (Peek() != '?') {
      out_ += u'(';
      ++opened_;
      ++depth_;
      quantifiable_ = false;
      return;
    }
    ++i_;
    char16_t k = Peek();
    if (k == ':' || k == '=' || k == '!') {
      ++i_;
      out_ += std::u16string(u"(?") + k;
    } else if (k == '<' && (Peek(1) == '=' || Peek(1) == '!')) {
      out_ += std::u16string(u"(?<") + Peek(1);
      i_ += 2;
    } else if (k == '<') {
      ++i_;
      std::string name;
      if (!GroupName(name)) return Fail("Invalid capture group name");
      for (auto& [n, index] : result_.names)
        if (n == name) return Fail("Duplicate capture group name");
      result_.names.emplace_back(name, ++opened_);
      out_ += u'(';
    } else {
      return Fail("Invalid group");
    }
    ++depth_;
    quantifiable_ = false;
  }
  // [SECTION] escapes
  // ECMA-262 22.2.1 AtomEscape (Annex B.1.2 without `u`): the backslash already consumed.
  void AtomEscape() {
    if (AtEnd()) return Fail("\\ at end of pattern");
    char16_t c = Peek();
    quantifiable_ = true;
    if (c == 'b' || c == 'B') {
      ++i_;
      out_ += u'\\';
      out_ += c;
      quantifiable_ = false;
      return;
    }
    if (c >= '1' && c <= '9') {
      size_t start = i_;
      uint32_t n = 0;
      while (IsDigit(Peek()) && n < 100000) n = n * 10 + (p_[i_++] - '0');
      if (n <= result_.group_count) {
        std::string ref = "\\g{" + std::to_string(n) + "}";
        out_ += std::u16string(ref.begin(), ref.end());
        return;
      }
      if (flags_.unicode) return Fail("Invalid escape");
      i_ = start;
    }
    if (c == 'k' && (flags_.unicode || has_names_)) {
      ++i_;
      std::string name;
      if (Peek() != '<') return Fail("Invalid named reference");
      ++i_;
      if (!GroupName(name)) return Fail("Invalid capture group name");
      for (auto& [n, index] : result_.names) {
        if (n != name) continue;
        std::string ref = "\\g{" + std::to_string(index) + "}";
        out_ += std::u16string(ref.begin(), ref.end());
        return;
      }
      return ForwardNamedReference(name);
    }
    ClassOrCharacterEscape(/*in_class=*/false);
  }

  // `\k<name>` before the group it names: look the name up by scanning ahead.
  void ForwardNamedReference(const std::string& name) {
    size_t saved = i_;
    uint32_t number = 0;
    bool found = false;
    ForEachCapturingGroup([&](size_t k, bool named) {
      ++number;
      if (!named) return true;
      i_ = k + 3;
      std::string group;
      found = GroupName(group) && group == name;
      return !found;
    });
    i_ = saved;
    if (!found) return Fail("Invalid named capture referenced");
    std::string ref = "\\g{" + std::to_string(number) + "}";
    out_ += std::u16string(ref.begin(), ref.end());
  }

  // Escapes allowed both in and out of classes. Returns the character's value, or -1 for a
  // class escape (\d, \s, ...), so a class can check its ranges.
  int64_t ClassOrCharacterEscape(bool in_class) {
    char16_t c = p_[i_++];
    switch (c) {
      case 'd':
      case 'D':
      case 'w':
      case 'W':
        out_ += u'\\';
        out_ += c;
        return -1;
      case 's':
        out_ += in_class ? std::u16string(kSpaceClass) : u"[" + std::u16string(kSpaceClass) + u"]";
        return -1;
      case 'S':
        // Inside a class PCRE2's own \S (ASCII white space) stands in: docs/js-subset.md.
        out_ += in_class ? u"\\S" : u"[^" + std::u16string(kSpaceClass) + u"]";
        return -1;
      case 'f':
        return Emit(0x0C);
      case 'n':
        return Emit(0x0A);
      case 'r':
        return Emit(0x0D);
      case 't':
        return Emit(0x09);
      case 'v':
        return Emit(0x0B);
      case 'c': {
        char16_t l = Peek();
        if ((l >= 'a' && l <= 'z') || (l >= 'A' && l <= 'Z')) {
          ++i_;
          return Emit(l % 32);
        }
        if (flags_.unicode) return FailChar("Invalid unicode escape");
        --i_;  // Annex B: `\c` stands for a backslash; the `c` is read again as itself
        return Emit('\\');
      }
      case 'x':
        if (IsHex(Peek()) && IsHex(Peek(1))) {
          uint32_t v = HexValue(p_[i_]) * 16 + HexValue(p_[i_ + 1]);
          i_ += 2;
          return Emit(v);
        }
        if (flags_.unicode) return FailChar("Invalid escape");
        return Emit('x');
      case 'u':
        return UnicodeEscape();
      case 'p':
      case 'P':
        if (flags_.unicode) return PropertyEscape(c);
        return Emit(c);
      case '0':
        if (!IsDigit(Peek())) return Emit(0);
        if (flags_.unicode) return FailChar("Invalid decimal escape");
        --i_;
        return LegacyOctal();
      default:
        break;
    }
    if (IsDigit(c)) {
      if (flags_.unicode) return FailChar(in_class ? "Invalid class escape" : "Invalid escape");
      --i_;
      return LegacyOctal();
    }
    if (IsSyntaxChar(c) || (c == '-' && in_class)) return Emit(c);
    if (flags_.unicode) return FailChar(in_class ? "Invalid class escape" : "Invalid escape");
    --i_;
    return Emit(NextChar());  // Annex B IdentityEscape: the character itself
  }
  int64_t Emit(uint32_t cp) {
    AppendLiteral(out_, cp);
    return cp;
  }
  int64_t FailChar(const char* reason) {
    Fail(reason);
    return -1;
  }

  // Annex B.1.2 LegacyOctalEscapeSequence; `\8` and `\9` are the digits themselves.
  int64_t LegacyOctal() {
    char16_t c = p_[i_++];
    if (c >= '8') return Emit(c);
    uint32_t v = c - '0';
    for (int k = 0; k < 2 && Peek() >= '0' && Peek() <= '7' && v * 8 + (Peek() - '0') <= 0377; ++k)
      v = v * 8 + (p_[i_++] - '0');
    return Emit(v);
  }

  // `\uXXXX`, a surrogate pair of two such escapes under `u`, and `\u{X...}` under `u`.
  int64_t UnicodeEscape() {
    auto four = [&](size_t at, uint32_t& v) {
      if (at + 4 > p_.size()) return false;
      v = 0;
      for (size_t k = 0; k < 4; ++k) {
        if (!IsHex(p_[at + k])) return false;
        v = v * 16 + HexValue(p_[at + k]);
      }
      return true;
    };
    uint32_t v;
    if (four(i_, v)) {
      i_ += 4;
      uint32_t lo;
      if (flags_.unicode && v >= 0xD800 && v < 0xDC00 && Peek() == '\\' && Peek(1) == 'u' &&
          four(i_ + 2, lo) && lo >= 0xDC00 && lo < 0xE000) {
        i_ += 6;
        v = 0x10000 + ((v - 0xD800) << 10) + (lo - 0xDC00);
      }
      return Emit(v);
    }
    if (flags_.unicode && Peek() == '{') {
      size_t k = i_ + 1;
      uint64_t cp = 0;
      while (k < p_.size() && IsHex(p_[k]) && cp <= 0x10FFFF) cp = cp * 16 + HexValue(p_[k++]);
      if (k > i_ + 1 && k < p_.size() && p_[k] == '}' && cp <= 0x10FFFF) {
        i_ = k + 1;
        return Emit(static_cast<uint32_t>(cp));
      }
      return FailChar("Invalid Unicode escape");
    }
    if (flags_.unicode) return FailChar("Invalid Unicode escape");
    return Emit('u');
  }

  // `\p{...}` under `u`: PCRE2 knows the same property names (Script=Greek is sc:Greek).
  int64_t PropertyEscape(char16_t c) {
    if (Peek() != '{') return FailChar("Invalid property name");
    size_t close = p_.find(u'}', i_);
    if (close == std::u16string_view::npos) return FailChar("Invalid property name");
    std::u16string name(p_.substr(i_ + 1, close - i_ - 1));
    for (auto [js, pcre] : {std::pair{u"Script=", u"sc:"}, std::pair{u"sc=", u"sc:"},
                            std::pair{u"Script_Extensions=", u"scx:"}, std::pair{u"scx=", u"scx:"},
                            std::pair{u"General_Category=", u""}, std::pair{u"gc=", u""}}) {
      std::u16string_view prefix(js);
      if (name.compare(0, prefix.size(), prefix) == 0) name = pcre + name.substr(prefix.size());
    }
    i_ = close + 1;
    out_ += u'\\';
    out_ += c;
    out_ += u"{" + name + u"}";
    return -1;
  }

  // [SECTION] character classes
  // ECMA-262 22.2.1 CharacterClass, the `[` already consumed. A `-` next to a class escape
  // is a literal (Annex B), which PCRE2 would reject, so it is emitted escaped.
  void CharacterClass() {
    out_ += u'[';
    if (Peek() == '^') {
      ++i_;
      out_ += u'^';
    }
    int64_t prev = -2;  // the previous atom's value; -1 = a class escape, -2 = none
    bool range_pending = false;
    size_t range_text_at = 0;
    while (true) {
      if (AtEnd()) return Fail("Unterminated character class");
      char16_t c = Peek();
      if (c == ']') {
        ++i_;
        if (range_pending) {
          out_.insert(range_text_at, u"\\");  // a trailing '-' is literal
        }
        out_ += u']';
        return;
      }
      if (c == '-' && prev != -2 && !range_pending) {
        ++i_;
        range_text_at = out_.size();
        out_ += u'-';
        range_pending = true;
        continue;
      }
      int64_t value;
      if (c == '\\') {
        ++i_;
        if (AtEnd()) return Fail("\\ at end of pattern");
        char16_t e = Peek();
        if (e == 'b') {
          ++i_;
          value = Emit(0x08);
        } else if (e == 'B' && !flags_.unicode) {
          ++i_;
          value = Emit('B');
        } else if (e == 'c' && !flags_.unicode && (IsDigit(Peek(1)) || Peek(1) == '_')) {
          i_ += 2;
          value = Emit(p_[i_ - 1] % 32);  // Annex B ClassControlLetter
        } else if (e == 'k' && !flags_.unicode) {
          ++i_;
          value = Emit('k');
        } else {
          value = ClassOrCharacterEscape(/*in_class=*/true);
        }
        if (!result_.error.empty()) return;
      } else {
        value = NextChar();
        AppendLiteral(out_, static_cast<uint32_t>(value));
      }
      if (range_pending) {
        range_pending = false;
        if (prev >= 0 && value >= 0) {
          if (value < prev) return Fail("Range out of order in character class");
          prev = -2;
          continue;
        }
        if (flags_.unicode) return Fail("Invalid character class");
        out_.insert(range_text_at, u"\\");  // Annex B: `[\d-z]` has a literal '-'
        prev = -2;
        continue;
      }
      prev = value;
    }
  }

  std::u16string_view p_;
  RegExpFlags flags_;
  size_t i_ = 0;
  std::u16string out_;
  RegExpTranslation result_;
  int depth_ = 0;
  bool quantifiable_ = false;
  bool has_names_ = false;
  uint32_t opened_ = 0;  // capturing groups opened so far
};

}  // namespace

bool ParseRegExpFlags(std::string_view text, RegExpFlags& out) {
  out = RegExpFlags{};
  for (char c : text) {
    bool* flag = c == 'd'   ? &out.has_indices
                 : c == 'g' ? &out.global
                 : c == 'i' ? &out.ignore_case
                 : c == 'm' ? &out.multiline
                 : c == 's' ? &out.dot_all
                 : c == 'u' ? &out.unicode
                 : c == 'y' ? &out.sticky
                            : nullptr;
    if (!flag || *flag) return false;
    *flag = true;
  }
  return true;
}

std::string RegExpFlagsText(const RegExpFlags& f) {
  std::string out;
  if (f.has_indices) out += 'd';
  if (f.global) out += 'g';
  if (f.ignore_case) out += 'i';
  if (f.multiline) out += 'm';
  if (f.dot_all) out += 's';
  if (f.unicode) out += 'u';
  if (f.sticky) out += 'y';
  return out;
}

RegExpTranslation TranslateRegExp(std::string_view pattern, const RegExpFlags& flags) {
  std::u16string units = ToU16(pattern);
  return Translator(units, flags).Run();
}

std::string RegExpErrorMessage(std::string_view pattern, std::string_view flags,
                               std::string_view reason) {
  return "Invalid regular expression: /" + std::string(pattern) + "/" + std::string(flags) + ": " +
         std::string(reason);
}

}  // namespace loopscope::js
