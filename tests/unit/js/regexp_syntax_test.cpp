// tests/unit/js/regexp_syntax_test.cpp — the JavaScript-to-PCRE2 pattern translation
// (engine/js/regexp_syntax.cpp), the matcher's UTF-16 offsets and limit, and regular
// expression literals' early errors, worded and located as node v20 reports them (each row
// was checked against `node`). What a pattern matches is also tested end to end by the
// golden programs regexp_*.js.
#include "engine/js/regexp_syntax.h"

#include <gtest/gtest.h>

#include "engine/js/regexp_engine.h"
#include "engine/js/vm.h"

namespace loopscope::js {
namespace {

RegExpFlags Flags(std::string_view text) {
  RegExpFlags f;
  EXPECT_TRUE(ParseRegExpFlags(text, f)) << text;
  return f;
}

std::string Pcre(std::string_view pattern, std::string_view flags = "") {
  RegExpTranslation t = TranslateRegExp(pattern, Flags(flags));
  EXPECT_EQ(t.error, "") << pattern;
  return std::string(t.pcre_pattern.begin(), t.pcre_pattern.end());  // ASCII in these tests
}

TEST(RegExpSyntax, FlagsParseInAnyOrderOnceEach) {
  RegExpFlags f;
  EXPECT_TRUE(ParseRegExpFlags("yusmigd", f));
  EXPECT_EQ(RegExpFlagsText(f), "dgimsuy");
  EXPECT_FALSE(ParseRegExpFlags("gg", f));
  EXPECT_FALSE(ParseRegExpFlags("x", f));
  EXPECT_TRUE(ParseRegExpFlags("", f));
  EXPECT_EQ(RegExpFlagsText(f), "");
}

TEST(RegExpSyntax, LiteralsAreEscapedSoPcreReadsNoSyntax) {
  EXPECT_EQ(Pcre("ab1"), "ab1");
  EXPECT_EQ(Pcre("a b#"), "a\\x{20}b\\#");
  EXPECT_EQ(Pcre("a]"), "a\\]");  // Annex B: a lone ] is a literal
  EXPECT_EQ(Pcre("a{"), "a\\{");  // ... and so is a { that starts no quantifier
  EXPECT_EQ(Pcre("a{1,x}"), "a\\{1\\,x\\}");
  EXPECT_EQ(Pcre("\\a\\e\\q"), "aeq");  // identity escapes, not PCRE2's \a \e
}

TEST(RegExpSyntax, JavaScriptMeaningsAreSpelledOut) {
  EXPECT_EQ(Pcre("."), "[^\\n\\r\\x{2028}\\x{2029}]");
  EXPECT_EQ(Pcre(".", "s"), "[\\s\\S]");
  EXPECT_EQ(Pcre("^a$"), "^a\\z");  // $ is the end of input only, never before a final \n
  EXPECT_EQ(Pcre("^", "m"), "(?<![^\\n\\r\\x{2028}\\x{2029}])");
  EXPECT_EQ(Pcre("\\v\\0\\cJ"), "\\x{b}\\x{0}\\x{a}");
  EXPECT_EQ(Pcre("\\101\\8"), "A8");  // legacy octal; \8 is the digit
  EXPECT_EQ(Pcre("\\x41\\x4"), "Ax4");
  EXPECT_EQ(Pcre("\\u0041\\u{2}"), "Au{2,2}");  // u repeated twice
  EXPECT_EQ(Pcre("\\u{41}", "u"), "A");
  EXPECT_EQ(Pcre("\\ud83d\\ude00", "u"), "\\x{1f600}");
  EXPECT_EQ(Pcre("[\\b]"), "[\\x{8}]");
  EXPECT_EQ(Pcre("[\\d-z]"), "[\\d\\-z]");  // Annex B: '-' next to a class escape
  EXPECT_EQ(Pcre("[a-]"), "[a\\-]");
  EXPECT_EQ(Pcre("\\p{L}"), "p\\{L\\}");
  EXPECT_EQ(Pcre("\\p{Script=Greek}", "u"), "\\p{sc:Greek}");
  EXPECT_EQ(Pcre("\\s").substr(0, 12), "[\\t\\n\\x{b}\\f");
}

TEST(RegExpSyntax, GroupsAreNumberedAndNamesBecomeNumbers) {
  RegExpTranslation t = TranslateRegExp("(a)(?:b)(?<x>c)(?=d)\\k<x>\\1\\k<y>(?<y>e)", Flags(""));
  ASSERT_EQ(t.error, "");
  EXPECT_EQ(t.group_count, 3u);
  ASSERT_EQ(t.names.size(), 2u);
  EXPECT_EQ(t.names[0], (std::pair<std::string, uint32_t>{"x", 2}));
  EXPECT_EQ(t.names[1], (std::pair<std::string, uint32_t>{"y", 3}));
  std::u16string p = t.pcre_pattern;
  EXPECT_EQ(std::string(p.begin(), p.end()), "(a)(?:b)(c)(?=d)\\g{2}\\g{1}\\g{3}(e)");
  EXPECT_EQ(Pcre("\\2(a)"), "\\x{2}(a)");  // no group 2: the octal escape \2
  EXPECT_EQ(Pcre("\\k"), "k");             // no named groups: \k is k
}

struct BadPattern {
  const char* pattern;
  const char* flags;
  const char* error;
};
constexpr BadPattern kBadPatterns[] = {
    {"(", "", "Unterminated group"},
    {")", "", "Unmatched ')'"},
    {"*", "", "Nothing to repeat"},
    {"a**", "", "Nothing to repeat"},
    {"x{2}{3}", "", "Nothing to repeat"},
    {"(?i)a", "", "Invalid group"},
    {"[a", "", "Unterminated character class"},
    {"\\", "", "\\ at end of pattern"},
    {"[z-a]", "", "Range out of order in character class"},
    {"a{2,1}", "", "numbers out of order in {} quantifier"},
    {"(?<a>x)(?<a>y)", "", "Duplicate capture group name"},
    {"(?<1a>x)", "", "Invalid capture group name"},
    {"(?<a", "", "Invalid capture group name"},
    {"\\k<b>(?<a>x)", "", "Invalid named capture referenced"},
    {"{", "u", "Lone quantifier brackets"},
    {"\\q", "u", "Invalid escape"},
    {"\\u{110000}", "u", "Invalid Unicode escape"},
};

TEST(RegExpSyntax, InvalidPatternsAreWordedAsV8) {
  for (const BadPattern& b : kBadPatterns)
    EXPECT_EQ(TranslateRegExp(b.pattern, Flags(b.flags)).error, b.error) << b.pattern;
  EXPECT_EQ(RegExpErrorMessage("(", "g", "Unterminated group"),
            "Invalid regular expression: /(/g: Unterminated group");
}

TEST(RegExpEngine, OffsetsAreUtf16Units) {
  std::string error;
  auto re = CompiledRegExp::Compile("(b)(x)?", Flags(""), error);
  ASSERT_TRUE(re) << error;
  std::vector<int64_t> captures;
  std::u16string subject = u"\U0001F600ab";
  ASSERT_EQ(re->Match(subject, 0, false, CompiledRegExp::kMatchLimit, captures),
            MatchStatus::kMatch);
  EXPECT_EQ(captures, (std::vector<int64_t>{3, 4, 3, 4, -1, -1}));
  EXPECT_EQ(re->Match(subject, 0, true, CompiledRegExp::kMatchLimit, captures),
            MatchStatus::kNoMatch);  // sticky: only at the start offset
}

TEST(RegExpEngine, CatastrophicBacktrackingStopsAtTheLimit) {
  std::string error;
  auto re = CompiledRegExp::Compile("^(a+)+$", Flags(""), error);
  ASSERT_TRUE(re) << error;
  std::vector<int64_t> captures;
  std::u16string subject(40, u'a');
  subject += u'!';
  EXPECT_EQ(re->Match(subject, 0, false, 10'000, captures), MatchStatus::kLimit);
}

TEST(RegExpEngine, WhatPcreRefusesIsReportedInItsWords) {
  std::string error;
  EXPECT_FALSE(CompiledRegExp::Compile("(?<=a+)b", Flags(""), error));
  EXPECT_EQ(error, "lookbehind assertion is not fixed length");
}

struct LiteralError {
  const char* source;
  const char* message;
  uint32_t line;
  uint32_t col;
};
constexpr LiteralError kLiteralErrors[] = {
    {"let x = /(/;", "Invalid regular expression: /(/: Unterminated group", 1, 9},
    {"let x = /a/gg;", "Invalid regular expression flags", 1, 9},
    {"let x = /abc", "Invalid regular expression: missing /", 1, 9},
    {"let x = 1;\nlet y = /a{2,1}/u;",
     "Invalid regular expression: /a{2,1}/u: numbers out of order in {} quantifier", 2, 9},
    {"f(/[/)", "Invalid regular expression: missing /", 1, 3},
    {"let z = /\\k<a>/u;",
     "Invalid regular expression: /\\k<a>/u: Invalid named capture referenced", 1, 9},
};

TEST(RegExpLiteral, EarlyErrorsAreLocatedAtTheLiteral) {
  for (const LiteralError& e : kLiteralErrors) {
    class NoHooks : public Hooks {
    } hooks;
    Vm vm(hooks);
    CompileResult r = vm.Compile(e.source, "t.js");
    ASSERT_FALSE(r.diagnostics.empty()) << e.source;
    EXPECT_EQ(r.diagnostics[0].message, e.message) << e.source;
    EXPECT_EQ(r.diagnostics[0].loc.line, e.line) << e.source;
    EXPECT_EQ(r.diagnostics[0].loc.col, e.col) << e.source;
  }
}

TEST(RegExpLiteral, SlashIsDivisionAfterAnOperand) {
  class NoHooks : public Hooks {
  } hooks;
  Vm vm(hooks);
  for (const char* ok : {"let a = 4, b = 2, g = 1; a / b / g;", "let a = [1]; a[0] /a[0]/ 1;",
                         "let x = (1) / 2 / 3;", "let r = /=/.test('='), s = 4; s /= 2;",
                         "if (true) /a/g.test('a');", "let t = `${/x/}` / 1;"})
    EXPECT_TRUE(vm.Compile(ok, "t.js").diagnostics.empty()) << ok;
}

}  // namespace
}  // namespace loopscope::js
