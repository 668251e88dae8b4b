// tests/unit/trace/export_limits_test.cpp — exports never fail and stay bounded: texts that
// are not valid UTF-8 (a lone surrogate, random bytes) write a valid file that loads back
// into the same bytes, and a log past the byte budget is capped but keeps its ending.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <sstream>

#include "engine/trace/chrome_trace.h"
#include "engine/trace/synthetic_log.h"
#include "engine/trace/text_bytes.h"
#include "engine/trace/trace_json.h"

namespace loopscope::trace {
namespace {

const std::string kLoneSurrogate = "a\xED\xA0\x80z";  // 'a\ud800z' as the engine stores it
const std::string kRandomBytes = std::string("\xFF\xFE\x00\x80\xC0", 5) + "ok";

void AddConsole(StepLog& log, const std::string& text) {
  Event e;
  e.kind = EventKind::kConsole;
  e.value = 1;
  e.text = log.Intern(text);
  log.Append(e);
}

TEST(TextBytesTest, ValidatesUtf8AsJsonDoes) {
  EXPECT_TRUE(IsUtf8("plain ascii"));
  EXPECT_TRUE(IsUtf8("\xE2\x82\xAC \xF0\x9F\x98\x80"));  // € 😀
  EXPECT_FALSE(IsUtf8(kLoneSurrogate));
  EXPECT_FALSE(IsUtf8(kRandomBytes));
  EXPECT_FALSE(IsUtf8("\xC0\xAF"));          // overlong
  EXPECT_FALSE(IsUtf8("\xF4\x90\x80\x80"));  // past U+10FFFF
  EXPECT_FALSE(IsUtf8("\xE2\x82"));          // cut short
  EXPECT_EQ(FromHex(ToHex(kRandomBytes)), kRandomBytes);
  EXPECT_FALSE(FromHex("abc"));
  EXPECT_FALSE(FromHex("zz"));
}

TEST(TraceJsonExportTest, TextsThatAreNotUtf8RoundTripThroughHex) {
  StepLog log;
  log.set_info(RunInfo{"bad\xFF.js", "console.log('\xED\xA0\x80');\n", 4, 1});
  AddConsole(log, kLoneSurrogate);
  AddConsole(log, kRandomBytes);
  AddConsole(log, "fine");
  std::ostringstream out;
  ASSERT_TRUE(WriteTraceJson(log, out));
  nlohmann::json doc = nlohmann::json::parse(out.str());  // valid JSON, or this throws
  EXPECT_EQ(doc["events"][0]["text_hex"], ToHex(kLoneSurrogate));
  EXPECT_EQ(doc["events"][2]["text"], "fine");
  TraceLoadResult loaded = LoadTraceJson(out.str());
  ASSERT_TRUE(loaded.log) << loaded.error;
  EXPECT_EQ(loaded.log->info(), log.info());
  ASSERT_EQ(loaded.log->size(), 3u);
  EXPECT_EQ(loaded.log->Text(loaded.log->At(0).text), kLoneSurrogate);
  EXPECT_EQ(loaded.log->Text(loaded.log->At(1).text), kRandomBytes);
}

// The writer escapes texts itself; each event line must be the bytes nlohmann's own dump
// gives the same string (the format's documents before the direct writer), and load back.
TEST(TraceJsonExportTest, TextsAreEscapedAsJsonDumpEscapesThem) {
  std::string every_byte;
  for (int c = 1; c < 0x80; ++c) every_byte += static_cast<char>(c);
  const std::string text = every_byte + "\xC3\xA9 \xF0\x9F\x98\x80 \"q\" \\";
  StepLog log;
  AddConsole(log, text);
  std::ostringstream out;
  ASSERT_TRUE(WriteTraceJson(log, out));
  const std::string dumped = nlohmann::json(text).dump();
  EXPECT_NE(out.str().find("\"text\":" + dumped + "}"), std::string::npos) << dumped;
  TraceLoadResult loaded = LoadTraceJson(out.str());
  ASSERT_TRUE(loaded.log) << loaded.error;
  EXPECT_EQ(loaded.log->Text(loaded.log->At(0).text), text);
}

TEST(TraceJsonExportTest, BadHexIsALocatedLoadError) {
  std::string doc =
      R"({"format":"loopscope-trace","version":3,"events":[{"kind":"console","text_hex":"f"}]})";
  TraceLoadResult loaded = LoadTraceJson(doc);
  EXPECT_FALSE(loaded.log);
  EXPECT_EQ(loaded.error, "/events/0/text_hex: must be an even number of hex digits");
}

TEST(ChromeTraceExportTest, TextsThatAreNotUtf8BecomeReplacementCharacters) {
  StepLog log;
  log.set_info(RunInfo{"bad\xFF.js", "", 4, 1});
  AddConsole(log, kLoneSurrogate);
  std::ostringstream out;
  ASSERT_TRUE(WriteChromeTrace(log, out));
  nlohmann::json doc = nlohmann::json::parse(out.str());
  bool found = false;
  for (const auto& e : doc["traceEvents"]) {
    if (e.value("cat", "") == "console") {
      found = true;
      EXPECT_EQ(e["args"]["text"], "a\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBDz");
    }
  }
  EXPECT_TRUE(found);
}

// A runaway's log: many events, then the limit that stopped it and the exit.
StepLog RunawayLog() {
  StepLog log = MakeSyntheticLog({.events = 200'000, .seed = 7});
  Event limit;
  limit.kind = EventKind::kLimit;
  limit.text = log.Intern("step limit reached");
  log.Append(limit);
  Event exit;
  exit.kind = EventKind::kProcessExit;
  exit.value = 3;
  log.Append(exit);
  return log;
}

TEST(TraceJsonExportTest, PastTheBudgetOnlyTheEndingIsWrittenAndTheRestCounted) {
  StepLog log = RunawayLog();
  std::ostringstream out;
  ASSERT_TRUE(WriteTraceJson(log, out, 1 << 20));
  EXPECT_LT(out.str().size(), size_t{1 << 20} + 4096);
  TraceLoadResult loaded = LoadTraceJson(out.str());
  ASSERT_TRUE(loaded.log) << loaded.error;
  const StepLog& back = *loaded.log;
  ASSERT_GE(back.size(), 2u);
  EXPECT_EQ(back.At(back.size() - 2).kind, EventKind::kLimit);
  EXPECT_EQ(back.At(back.size() - 1).kind, EventKind::kProcessExit);
  EXPECT_EQ(back.dropped(), log.size() - back.size());
  EXPECT_TRUE(back.truncated());
}

TEST(TraceJsonExportTest, OneHugeTextIsLeftOutNotWritten) {
  StepLog log;
  AddConsole(log, std::string(4 << 20, 'x'));
  AddConsole(log, "small");
  std::ostringstream out;
  ASSERT_TRUE(WriteTraceJson(log, out, 1 << 20));
  EXPECT_LT(out.str().size(), 4096u);
  TraceLoadResult loaded = LoadTraceJson(out.str());
  ASSERT_TRUE(loaded.log) << loaded.error;
  EXPECT_EQ(loaded.log->dropped(), 2u);  // once one event does not fit, the rest stay out
}

TEST(ChromeTraceExportTest, PastTheBudgetTheFileStaysValidAndSaysSo) {
  StepLog log = RunawayLog();
  std::ostringstream out;
  ASSERT_TRUE(WriteChromeTrace(log, out, 1 << 20));
  EXPECT_LT(out.str().size(), size_t{1 << 20} + 4096);
  nlohmann::json doc = nlohmann::json::parse(out.str());
  const auto& events = doc["traceEvents"];
  ASSERT_FALSE(events.empty());
  EXPECT_EQ(events.back()["cat"], "export");
  bool saw_limit = false;
  for (const auto& e : events) saw_limit |= e.value("name", "") == "limit: step limit reached";
  EXPECT_TRUE(saw_limit);
}

}  // namespace
}  // namespace loopscope::trace
