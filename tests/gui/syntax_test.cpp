// tests/gui/syntax_test.cpp — the source view's colouriser.
#include "app/ui/syntax.h"

#include <gtest/gtest.h>

namespace loopscope::app {
namespace {

TokenClass ClassAt(std::string_view line, size_t offset, SyntaxCarry carry = SyntaxCarry::kNone) {
  for (const SyntaxRun& r : ColourLine(line, &carry))
    if (offset >= r.begin && offset < r.end) return r.cls;
  return TokenClass::kPlain;
}

TEST(Syntax, KeywordsStringsNumbersCallsComments) {
  std::string_view line = "const t = setTimeout(() => 'x', 10); // later";
  EXPECT_EQ(ClassAt(line, 0), TokenClass::kKeyword);
  EXPECT_EQ(ClassAt(line, 6), TokenClass::kPlain);
  EXPECT_EQ(ClassAt(line, 10), TokenClass::kCall);
  EXPECT_EQ(ClassAt(line, 28), TokenClass::kString);
  EXPECT_EQ(ClassAt(line, 33), TokenClass::kNumber);
  EXPECT_EQ(ClassAt(line, 40), TokenClass::kComment);
}

TEST(Syntax, RunsCoverTheLineInOrder) {
  std::string_view line = "a.b(\"q\\\"x\") / 2";
  SyntaxCarry carry = SyntaxCarry::kNone;
  size_t at = 0;
  for (const SyntaxRun& r : ColourLine(line, &carry)) {
    EXPECT_EQ(r.begin, at);
    at = r.end;
  }
  EXPECT_EQ(at, line.size());
}

TEST(Syntax, BlockCommentsAndTemplatesCarryAcrossLines) {
  SyntaxCarry carry = SyntaxCarry::kNone;
  ColourLine("x = 1; /* start", &carry);
  EXPECT_EQ(carry, SyntaxCarry::kBlockComment);
  EXPECT_EQ(ClassAt("still */ y", 2, carry), TokenClass::kComment);
  EXPECT_EQ(ClassAt("still */ y", 9, carry), TokenClass::kPlain);
  carry = SyntaxCarry::kNone;
  ColourLine("const s = `multi", &carry);
  EXPECT_EQ(carry, SyntaxCarry::kTemplate);
  ColourLine("line`;", &carry);
  EXPECT_EQ(carry, SyntaxCarry::kNone);
}

}  // namespace
}  // namespace loopscope::app
