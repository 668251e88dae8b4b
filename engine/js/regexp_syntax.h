// engine/js/regexp_syntax.h — JavaScript regular expression syntax, checked and rewritten
// into a PCRE2 pattern with JavaScript's meaning.
//
// PCRE2 (16-bit library, so it matches UTF-16 code units as JavaScript does) runs the
// match; this file owns the differences: JavaScript's early errors worded as V8 words them,
// `\s` and `.` over JavaScript's white space and line terminators, `^`/`$` in multiline
// mode, Annex B's identity and octal escapes, back-references, and named groups (renamed to
// numbered groups, so any JavaScript group name works). docs/js-subset.md lists what is
// still PCRE2's meaning. Where to look next: regexp_engine.h (compile and match).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace loopscope::js {

// The flags of one regular expression (ECMA-262 22.2.3.1 RegExpInitialize).
struct RegExpFlags {
  bool has_indices = false;  // d
  bool global = false;       // g
  bool ignore_case = false;  // i
  bool multiline = false;    // m
  bool dot_all = false;      // s
  bool unicode = false;      // u
  bool sticky = false;       // y
};

// Parses a flags string; false when a flag is unknown or repeated.
bool ParseRegExpFlags(std::string_view text, RegExpFlags& out);
// The flags in the canonical order "dgimsuy" (RegExp.prototype.flags).
std::string RegExpFlagsText(const RegExpFlags& flags);

struct RegExpTranslation {
  std::u16string pcre_pattern;
  uint32_t group_count = 0;  // capturing groups, not counting the whole match
  // Named groups in the order they appear: name (UTF-8) and group number.
  std::vector<std::pair<std::string, uint32_t>> names;
  std::string error;  // V8's wording after "Invalid regular expression: /p/f: "; empty = ok
};

// Checks `pattern` (UTF-8) under `flags` and rewrites it for PCRE2.
RegExpTranslation TranslateRegExp(std::string_view pattern, const RegExpFlags& flags);

// "Invalid regular expression: /pattern/flags: reason", V8's SyntaxError message.
std::string RegExpErrorMessage(std::string_view pattern, std::string_view flags,
                               std::string_view reason);

}  // namespace loopscope::js
