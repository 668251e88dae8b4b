// tests/unit/trace/async_ids_json_test.cpp — an enqueue event's async ids (trace format 6):
// named in the JSON export, read back, absent when zero, and exact when the trigger lies far
// back (the packed form escapes instead of rounding).
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <sstream>

#include "engine/trace/trace_json.h"

namespace loopscope::trace {
namespace {

std::string ToJsonText(const StepLog& log) {
  std::ostringstream out;
  EXPECT_TRUE(WriteTraceJson(log, out));
  return out.str();
}

TEST(AsyncIdsJson, EnqueueIdsAreNamedAndRoundTrip) {
  StepLog log;
  Event e;
  e.kind = EventKind::kEnqueue;
  e.item = 7;
  SetEnqueueAsyncIds(e, {900000, 3});  // the trigger far back: does not pack small
  log.Append(e);
  Event plain = e;
  SetEnqueueAsyncIds(plain, {});
  log.Append(plain);
  const auto doc = nlohmann::json::parse(ToJsonText(log));
  EXPECT_EQ(doc["events"][0]["async_id"], 900000);
  EXPECT_EQ(doc["events"][0]["trigger_async_id"], 3);
  EXPECT_FALSE(doc["events"][0].contains("loc")) << "kept in loc, but not named so";
  EXPECT_FALSE(doc["events"][1].contains("async_id"));
  const TraceLoadResult loaded = LoadTraceJson(ToJsonText(log));
  ASSERT_TRUE(loaded.log) << loaded.error;
  EXPECT_EQ(EnqueueAsyncIds(loaded.log->At(0)).async_id, 900000u);
  EXPECT_EQ(EnqueueAsyncIds(loaded.log->At(0)).trigger_id, 3u);
  EXPECT_EQ(EnqueueAsyncIds(loaded.log->At(1)).async_id, 0u);
}

}  // namespace
}  // namespace loopscope::trace
