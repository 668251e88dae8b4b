// tests/unit/scenario/json_text_test.cpp — malformed JSON becomes `file:line:col` with a
// readable message; invalid UTF-8, deep nesting and duplicate keys are refused.
//
// Positions are 1-based, columns count code points (what an editor shows).
#include "engine/scenario/json_text.h"

#include <gtest/gtest.h>

#include <chrono>

#include "engine/scenario/loader.h"
#include "tests/unit/scenario/test_support.h"

namespace loopscope::scenario {
namespace {

using testing::AllErrors;

std::string Errors(const std::string& json) {
  return AllErrors(LoadFromText(json, "s.json"));
}

TEST(ScenarioJsonText, PositionCountsLinesAndCodePoints) {
  const std::string text = "ab\n\xC3\xA9x";  // "é" is two bytes, one column
  EXPECT_EQ(PositionOf(text, 0).line, 1u);
  EXPECT_EQ(PositionOf(text, 5).line, 2u);
  EXPECT_EQ(PositionOf(text, 5).col, 2u);
}

TEST(ScenarioJsonText, InvalidLiteral) {
  EXPECT_EQ(Errors("{\n  \"schema\": tru\n}"),
            "s.json:2:13: error: not a JSON value (strings need double quotes; true, false and "
            "null are lower-case)\n");
}

TEST(ScenarioJsonText, TrailingCommaInObject) {
  EXPECT_EQ(Errors("{\"schema\": 1,\n}"),
            "s.json:2:1: error: unexpected '}'; expected string literal (JSON allows no comma "
            "after the last member)\n");
}

TEST(ScenarioJsonText, TrailingCommaInArray) {
  EXPECT_EQ(Errors("{\"tags\": [\"a\",]}"),
            "s.json:1:15: error: unexpected ']'; expected '[', '{', or a literal (JSON allows no "
            "comma after the last element)\n");
}

TEST(ScenarioJsonText, MissingColon) {
  EXPECT_EQ(Errors("{\"schema\" 1}"),
            "s.json:1:11: error: unexpected number literal; expected ':' (in object separator)\n");
}

TEST(ScenarioJsonText, EmptyFile) {
  EXPECT_EQ(Errors(""),
            "s.json:1:1: error: the file ends too early; expected '[', '{', or a literal\n");
}

TEST(ScenarioJsonText, UnterminatedString) {
  EXPECT_EQ(Errors("{\"name\": \"abc"),
            "s.json:1:14: error: invalid string: missing closing quote\n");
}

TEST(ScenarioJsonText, SingleQuotes) {
  EXPECT_EQ(Errors("{'name': 1}"),
            "s.json:1:2: error: invalid literal; expected string literal (in object key)\n");
}

TEST(ScenarioJsonText, NumberOverflow) {
  EXPECT_EQ(Errors("{\"schema\": 1e400}"), "s.json:1:12: error: number out of range: '1e400'\n");
}

TEST(ScenarioJsonText, InvalidUtf8IsLocated) {
  EXPECT_EQ(Errors("{\n \"name\": \"a\xFF\"}"),
            "s.json:2:12: error: invalid UTF-8 (a scenario file must be UTF-8 text)\n");
  EXPECT_TRUE(FindInvalidUtf8("\xED\xA0\x80").has_value()) << "a UTF-16 surrogate encoded as UTF-8";
  EXPECT_TRUE(FindInvalidUtf8("\xC0\xAF").has_value()) << "an overlong '/'";
  EXPECT_TRUE(FindInvalidUtf8("\xF4\x90\x80\x80").has_value()) << "above U+10FFFF";
  EXPECT_TRUE(FindInvalidUtf8("\xE2\x82").has_value()) << "truncated sequence";
  EXPECT_FALSE(FindInvalidUtf8("\xE2\x82\xAC \xF0\x9F\x98\x80").has_value())
      << "euro sign and an emoji are fine";
}

TEST(ScenarioJsonText, DuplicateKeysAreErrors) {
  EXPECT_EQ(Errors("{\"schema\": 1, \"name\": \"a\", \"name\": \"b\", \"source\": \"1\"}"),
            "s.json: error: /name: duplicate key \"name\" (each key may appear once)\n");
}

TEST(ScenarioJsonText, NestingAtTheLimitIsAccepted) {
  const std::string deep = std::string(kMaxJsonDepth, '[') + std::string(kMaxJsonDepth, ']');
  EXPECT_TRUE(ParseJsonText(deep, "s.json").value.has_value());
}

TEST(ScenarioJsonText, NestingBeyondTheLimitIsRefused) {
  const std::string deep =
      std::string(kMaxJsonDepth + 1, '[') + std::string(kMaxJsonDepth + 1, ']');
  EXPECT_EQ(AllErrors({std::nullopt, ParseJsonText(deep, "s.json").errors}),
            "s.json:1:65: error: nesting deeper than 64 levels of [ and {; refusing to load\n");
}

TEST(ScenarioJsonText, BracketsInsideStringsDoNotCount) {
  const std::string text = "{\"schema\": 1, \"name\": \"n\", \"description\": \"" +
                           std::string(500, '[') + "\", \"source\": \"" + std::string(500, '{') +
                           "\"}";
  const LoadResult r = LoadFromText(text, "s.json");
  EXPECT_TRUE(r.ok()) << AllErrors(r);
}

TEST(ScenarioJsonText, MillionDeepNestingIsQuickAndSafe) {
  const auto start = std::chrono::steady_clock::now();
  const std::string deep(1'000'000, '[');
  EXPECT_EQ(Errors(deep),
            "s.json:1:65: error: nesting deeper than 64 levels of [ and {; refusing to load\n");
  EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::seconds(2));
}

TEST(ScenarioJsonText, BomIsAccepted) {
  const LoadResult r = LoadFromText("\xEF\xBB\xBF" + testing::MinimalJson(), "s.json");
  EXPECT_TRUE(r.ok()) << AllErrors(r);
}

TEST(ScenarioJsonText, PointerEscaping) {
  EXPECT_EQ(AppendPointer("/files", "a/b~c"), "/files/a~1b~0c");
}

}  // namespace
}  // namespace loopscope::scenario
