// tests/gui/source_wrap_test.cpp — where long source lines break in the source view.
#include "app/ui/source_wrap.h"

#include <gtest/gtest.h>

#include <string>

namespace loopscope::app {
namespace {

// The visual rows of `line`, continuation rows without their indentation.
std::vector<std::string> Rows(std::string_view line, size_t columns) {
  WrappedLine w = WrapSourceLine(line, columns);
  std::vector<std::string> rows;
  for (size_t r = 0; r < w.starts.size(); ++r) {
    size_t end = r + 1 < w.starts.size() ? w.starts[r + 1] : line.size();
    rows.emplace_back(line.substr(w.starts[r], end - w.starts[r]));
  }
  return rows;
}

TEST(SourceWrap, ShortLinesStayWhole) {
  EXPECT_EQ(Rows("console.log('hi');", 40), (std::vector<std::string>{"console.log('hi');"}));
  EXPECT_EQ(Rows("", 40), (std::vector<std::string>{""}));
}

TEST(SourceWrap, LongLinesBreakAfterSpacesAndCommasUnderTheirIndentation) {
  std::string line = "  crypto.pbkdf2('secret', 'salt', 200000, 64, 'sha512', () => {";
  WrappedLine w = WrapSourceLine(line, 30);
  EXPECT_EQ(w.indent, 4u) << "two columns past the line's own two";
  EXPECT_EQ(Rows(line, 30),
            (std::vector<std::string>{"  crypto.pbkdf2('secret', ", "'salt', 200000, 64, ",
                                      "'sha512', () => {"}));
  for (const std::string& row : Rows(line, 30)) EXPECT_LE(row.size(), 30u);
}

TEST(SourceWrap, WithoutABreakOpportunityTheLineBreaksAtTheEdge) {
  std::string line(25, 'x');
  EXPECT_EQ(Rows(line, 10), (std::vector<std::string>{std::string(10, 'x'), std::string(8, 'x'),
                                                      std::string(7, 'x')}));
}

TEST(SourceWrap, CharactersAreNeverSplit) {
  std::string line;
  for (int i = 0; i < 12; ++i) line += "\xC3\xA9";  // é, two bytes each
  std::vector<std::string> rows = Rows(line, 10);
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(rows[0].size(), 20u) << "ten characters, twenty bytes";
}

TEST(SourceWrap, TooNarrowViewsDoNotWrap) {
  EXPECT_EQ(WrapSourceLine("a very long line indeed", 5).starts.size(), 1u);
}

}  // namespace
}  // namespace loopscope::app
