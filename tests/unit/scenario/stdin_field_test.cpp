// tests/unit/scenario/stdin_field_test.cpp — the scenario's "stdin" field: text piped into
// the program (docs/scenario-format.md); without it stdin is an empty file (/dev/null);
// anything but a string is an error at /stdin.
#include <gtest/gtest.h>

#include "engine/scenario/loader.h"

namespace loopscope::scenario {
namespace {

TEST(StdinField, TextIsPipedIn) {
  LoadResult r =
      LoadFromText(R"({"schema": 1, "name": "s", "source": "1", "stdin": "a\nb\n"})", "s.json");
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r.scenario->stdin_source.kind, StdinKind::kPipe);
  EXPECT_EQ(r.scenario->stdin_source.text, "a\nb\n");
}

TEST(StdinField, WithoutItStdinIsDevNull) {
  LoadResult r = LoadFromText("process.stdin;", "/tmp/x.js");
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r.scenario->stdin_source.kind, StdinKind::kFile);
  EXPECT_TRUE(r.scenario->stdin_source.text.empty());
  EXPECT_FALSE(r.scenario->stdin_source.read);
}

TEST(StdinField, NonStringIsALocatedError) {
  LoadResult r =
      LoadFromText(R"({"schema": 1, "name": "s", "source": "1", "stdin": ["a"]})", "s.json");
  ASSERT_FALSE(r.ok());
  ASSERT_EQ(r.errors.size(), 1u);
  EXPECT_NE(r.errors.front().ToString().find("/stdin: expected a string"), std::string::npos)
      << r.errors.front().ToString();
}

}  // namespace
}  // namespace loopscope::scenario
