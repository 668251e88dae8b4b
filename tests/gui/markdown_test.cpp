// tests/gui/markdown_test.cpp — the description Markdown subset: blocks, inline styles, the
// cases that must stay literal, and every built-in scenario's description parsing into
// text that keeps all its words.
#include "app/ui/markdown.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

namespace loopscope::app {
namespace {

using Spans = std::vector<MdSpan>;

TEST(MarkdownInline, CodeStrongAndEmphasis) {
  EXPECT_EQ(ParseInline("a `b` **c** *d* _e_ __f__"), (Spans{{"a ", kSpanPlain},
                                                             {"b", kSpanCode},
                                                             {" ", kSpanPlain},
                                                             {"c", kSpanStrong},
                                                             {" ", kSpanPlain},
                                                             {"d", kSpanEmphasis},
                                                             {" ", kSpanPlain},
                                                             {"e", kSpanEmphasis},
                                                             {" ", kSpanPlain},
                                                             {"f", kSpanStrong}}));
}

TEST(MarkdownInline, NestingCombinesStyles) {
  EXPECT_EQ(ParseInline("**bold *both* `code`**"), (Spans{{"bold ", kSpanStrong},
                                                          {"both", kSpanStrong | kSpanEmphasis},
                                                          {" ", kSpanStrong},
                                                          {"code", kSpanStrong | kSpanCode}}));
  EXPECT_EQ(
      ParseInline("*a **b** c*"),
      (Spans{{"a ", kSpanEmphasis}, {"b", kSpanEmphasis | kSpanStrong}, {" c", kSpanEmphasis}}));
}

TEST(MarkdownInline, UnmatchedAndIntrawordDelimitersStayLiteral) {
  EXPECT_EQ(ParseInline("UV_THREADPOOL_SIZE and 5 * 3 * 2"),
            (Spans{{"UV_THREADPOOL_SIZE and 5 * 3 * 2", kSpanPlain}}));
  EXPECT_EQ(ParseInline("a **b"), (Spans{{"a **b", kSpanPlain}}));
  EXPECT_EQ(ParseInline("`open"), (Spans{{"`open", kSpanPlain}}));
  EXPECT_EQ(ParseInline("__filename is set"), (Spans{{"__filename is set", kSpanPlain}}));
}

TEST(MarkdownInline, CodeIsLiteralAndEscapesWork) {
  EXPECT_EQ(ParseInline("`*not em*` \\*lit\\*"),
            (Spans{{"*not em*", kSpanCode}, {" *lit*", kSpanPlain}}));
  EXPECT_EQ(ParseInline("`` a`b ``"), (Spans{{"a`b", kSpanCode}}));
  EXPECT_EQ(
      ParseInline("*x `*` y*"),
      (Spans{{"x ", kSpanEmphasis}, {"*", kSpanEmphasis | kSpanCode}, {" y", kSpanEmphasis}}));
}

TEST(MarkdownBlocks, ParagraphsJoinSoftBreaksAndSplitAtBlankLines) {
  auto blocks = ParseMarkdown("one\ntwo\n\nthree\n");
  ASSERT_EQ(blocks.size(), 2u);
  EXPECT_EQ(blocks[0].kind, MdBlockKind::kParagraph);
  EXPECT_EQ(blocks[0].spans, (Spans{{"one two", kSpanPlain}}));
  EXPECT_EQ(blocks[1].spans, (Spans{{"three", kSpanPlain}}));
}

TEST(MarkdownBlocks, HeadingsListsRulesAndCode) {
  auto blocks = ParseMarkdown(
      "## Title ##\n"
      "- first\n  continues\n"
      "  * nested\n"
      "2. second\n"
      "---\n"
      "```js\n"
      "  setTimeout(f, 0);\n"
      "\n"
      "**not bold**\n"
      "```\n"
      "**Rule:** text");
  ASSERT_EQ(blocks.size(), 7u);
  EXPECT_EQ(blocks[0].kind, MdBlockKind::kHeading);
  EXPECT_EQ(blocks[0].level, 2);
  EXPECT_EQ(blocks[0].spans, (Spans{{"Title", kSpanPlain}}));
  EXPECT_EQ(blocks[1].kind, MdBlockKind::kBullet);
  EXPECT_EQ(blocks[1].level, 0);
  EXPECT_EQ(blocks[1].spans, (Spans{{"first continues", kSpanPlain}}));
  EXPECT_EQ(blocks[2].kind, MdBlockKind::kBullet);
  EXPECT_EQ(blocks[2].level, 1);
  EXPECT_EQ(blocks[3].kind, MdBlockKind::kNumbered);
  EXPECT_EQ(blocks[3].number, 2);
  EXPECT_EQ(blocks[4].kind, MdBlockKind::kRule);
  EXPECT_EQ(blocks[5].kind, MdBlockKind::kCode);
  EXPECT_EQ(blocks[5].code, "  setTimeout(f, 0);\n\n**not bold**");
  EXPECT_EQ(blocks[6].kind, MdBlockKind::kParagraph);
  EXPECT_EQ(blocks[6].spans, (Spans{{"Rule:", kSpanStrong}, {" text", kSpanPlain}}));
}

TEST(MarkdownBlocks, AnUnclosedFenceRunsToTheEnd) {
  auto blocks = ParseMarkdown("text\n```\ncode\n");
  ASSERT_EQ(blocks.size(), 2u);
  EXPECT_EQ(blocks[1].kind, MdBlockKind::kCode);
  EXPECT_EQ(blocks[1].code, "code\n");
}

// Every word of every built-in description survives parsing: nothing is swallowed by a
// misread delimiter (the markup characters themselves may go).
TEST(MarkdownBlocks, EveryScenarioDescriptionKeepsItsWords) {
  namespace fs = std::filesystem;
  int checked = 0;
  for (const auto& entry :
       fs::recursive_directory_iterator(fs::path(LOOPSCOPE_SOURCE_DIR) / "scenarios")) {
    if (entry.path().extension() != ".json") continue;
    std::ifstream in(entry.path());
    auto doc = nlohmann::json::parse(in, nullptr, false);
    if (doc.is_discarded() || !doc.contains("description")) continue;
    std::string md = doc["description"].get<std::string>();
    std::string text;
    for (const MdBlock& b : ParseMarkdown(md))
      for (const MdSpan& s : b.spans) text += s.text;
    auto words = [](const std::string& s) {
      std::string w;
      for (char c : s)
        if (std::isalnum(static_cast<unsigned char>(c))) w += c;
      return w;
    };
    EXPECT_EQ(words(text), words(md)) << entry.path();
    for (const MdBlock& b : ParseMarkdown(md))
      for (const MdSpan& s : b.spans)
        EXPECT_EQ(s.text.find("**"), std::string::npos)
            << entry.path() << ": unparsed bold in '" << s.text << "'";
    ++checked;
  }
  EXPECT_GT(checked, 40);
}

}  // namespace
}  // namespace loopscope::app
