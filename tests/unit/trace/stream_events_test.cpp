// tests/unit/trace/stream_events_test.cpp — `stream` events (trace format 8) on hand-built
// logs: what each op does to LoopState::streams, the sentences (readable and writable sides,
// object mode, the first and a repeated drain wait, 'drain' with its wait), the JSON export's
// names for the op and flags and their round trip, an unknown op refused with its pointer, and
// the bound on how many sides a state lists.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <sstream>

#include "engine/trace/loop_state.h"
#include "engine/trace/stream_explain.h"
#include "engine/trace/stream_ops.h"
#include "engine/trace/trace_json.h"

namespace loopscope::trace {
namespace {

Event StreamEvent(StreamOp op, uint64_t id, int64_t value, int64_t t = 0, uint32_t flags = 0) {
  Event e;
  e.kind = EventKind::kStream;
  e.item = id;
  e.value = value;
  e.time_ns = t;
  SetStreamOp(e, op, flags);
  return e;
}

void AppendOpen(StepLog& log, uint64_t id, std::string_view label, int64_t hwm, uint32_t flags) {
  Event e = StreamEvent(StreamOp::kOpen, id, hwm, 0, flags);
  e.text = log.Intern(label);
  log.Append(e);
}

// A writable side with a 16 KiB mark that fills past it, waits, and drains 3 ms later.
StepLog WritableLog() {
  StepLog log;
  AppendOpen(log, 5, "Writable#1", 16384, kStreamWritableSide);
  log.Append(StreamEvent(StreamOp::kBuffer, 5, 16384));
  log.Append(StreamEvent(StreamOp::kDrainWait, 5, 16384, 1'000'000));
  log.Append(StreamEvent(StreamOp::kBuffer, 5, 49152));
  log.Append(StreamEvent(StreamOp::kDrainWait, 5, 49152, 2'000'000));
  log.Append(StreamEvent(StreamOp::kBuffer, 5, 0));
  log.Append(StreamEvent(StreamOp::kDrain, 5, 0, 4'000'000));
  log.Append(StreamEvent(StreamOp::kEnded, 5, 0));
  log.Append(StreamEvent(StreamOp::kFinished, 5, 0));
  log.Append(StreamEvent(StreamOp::kDestroyed, 5, 0));
  return log;
}

std::vector<std::string> Sentences(const StepLog& log, LoopState* last = nullptr) {
  LoopState s;
  std::vector<std::string> out;
  for (size_t i = 0; i < log.size(); ++i) {
    Apply(s, log, i);
    out.push_back(s.explanation);
  }
  if (last) *last = s;
  return out;
}

TEST(StreamEvents, WritableSideFillsWaitsAndDrains) {
  StepLog log = WritableLog();
  LoopState s;
  for (size_t i = 0; i <= 4; ++i) Apply(s, log, i);
  ASSERT_EQ(s.streams.size(), 1u);
  const StreamInfo& w = s.streams[0];
  EXPECT_TRUE(w.writable_side);
  EXPECT_FALSE(w.object_mode);
  EXPECT_EQ(w.high_water_mark, 16384);
  EXPECT_EQ(w.length, 49152);
  EXPECT_TRUE(w.waiting_drain);
  EXPECT_EQ(w.drain_waits, 2u);
  EXPECT_EQ(w.wait_since_ns, 1'000'000) << "the wait started at the first false";
  for (size_t i = 5; i < log.size(); ++i) Apply(s, log, i);
  EXPECT_FALSE(s.streams[0].waiting_drain);
  EXPECT_EQ(s.streams[0].peak, 49152);
  EXPECT_TRUE(s.streams[0].ended && s.streams[0].finished && s.streams[0].destroyed);
}

TEST(StreamEvents, SentencesSayWhatTheBufferDid) {
  std::vector<std::string> why = Sentences(WritableLog());
  EXPECT_EQ(why[0],
            "Writable#1 is created: write() returns false once its buffer holds 16 KiB (its "
            "highWaterMark), asking the producer to wait for 'drain'.");
  EXPECT_EQ(why[2],
            "write() returned false: the buffer holds 16 KiB, its highWaterMark is 16 KiB; the "
            "producer should wait for 'drain'.");
  EXPECT_NE(why[3].find("now holds 48 KiB (3× its highWaterMark)"), std::string::npos) << why[3];
  EXPECT_NE(why[4].find("returned false again (2 times now)"), std::string::npos) << why[4];
  EXPECT_NE(why[4].find("Node does not stop a producer"), std::string::npos) << why[4];
  EXPECT_NE(why[6].find("Writable#1 emits 'drain'"), std::string::npos) << why[6];
  EXPECT_NE(why[6].find("a wait of 3.0 ms"), std::string::npos) << why[6];
  EXPECT_NE(why[8].find("emits 'finish'"), std::string::npos) << why[8];
  EXPECT_NE(why[9].find("is destroyed"), std::string::npos) << why[9];
}

TEST(StreamEvents, ReadableSideInObjectMode) {
  StepLog log;
  AppendOpen(log, 9, "Readable#2", 2, kStreamObjectMode);
  log.Append(StreamEvent(StreamOp::kBuffer, 9, 2));
  log.Append(StreamEvent(StreamOp::kPaused, 9, 2));
  log.Append(StreamEvent(StreamOp::kFlowing, 9, 2));
  log.Append(StreamEvent(StreamOp::kBuffer, 9, 1));
  log.Append(StreamEvent(StreamOp::kHighWaterMark, 9, 4));
  LoopState s;
  std::vector<std::string> why = Sentences(log, &s);
  EXPECT_NE(why[0].find("holds up to 2 objects (its highWaterMark) before push() returns false"),
            std::string::npos)
      << why[0];
  EXPECT_NE(why[1].find("its buffer holds 2 objects (at least its highWaterMark)"),
            std::string::npos)
      << why[1];
  EXPECT_NE(why[2].find("is paused"), std::string::npos) << why[2];
  EXPECT_NE(why[3].find("flowing mode"), std::string::npos) << why[3];
  EXPECT_NE(why[4].find("read out of Readable#2"), std::string::npos) << why[4];
  ASSERT_EQ(s.streams.size(), 1u);
  EXPECT_TRUE(s.streams[0].object_mode);
  EXPECT_TRUE(s.streams[0].flowing);
  EXPECT_FALSE(s.streams[0].paused);
  EXPECT_EQ(s.streams[0].length, 1);
  EXPECT_EQ(s.streams[0].high_water_mark, 4);
}

TEST(StreamEvents, AmountsInTheStreamsUnit) {
  EXPECT_EQ(StreamAmount(1, false), "1 byte");
  EXPECT_EQ(StreamAmount(1000, false), "1000 bytes");
  EXPECT_EQ(StreamAmount(65536, false), "64 KiB");
  EXPECT_EQ(StreamAmount(1, true), "1 object");
  EXPECT_EQ(StreamAmount(16, true), "16 objects");
}

TEST(StreamEvents, JsonNamesTheOpAndFlagsAndRoundTrips) {
  StepLog log = WritableLog();
  std::ostringstream out;
  ASSERT_TRUE(WriteTraceJson(log, out));
  const auto doc = nlohmann::json::parse(out.str());
  EXPECT_EQ(doc["version"], kTraceFormatVersion);
  EXPECT_EQ(doc["events"][0]["kind"], "stream");
  EXPECT_EQ(doc["events"][0]["stream_op"], "open");
  EXPECT_EQ(doc["events"][0]["stream_flags"], 1);
  EXPECT_EQ(doc["events"][0]["text"], "Writable#1");
  EXPECT_EQ(doc["events"][2]["stream_op"], "drain_wait");
  EXPECT_FALSE(doc["events"][2].contains("stream_flags"));
  EXPECT_FALSE(doc["events"][2].contains("loc")) << "kept in loc, but not named so";
  const TraceLoadResult loaded = LoadTraceJson(out.str());
  ASSERT_TRUE(loaded.log) << loaded.error;
  ASSERT_EQ(loaded.log->size(), log.size());
  for (size_t i = 0; i < log.size(); ++i) {
    EXPECT_EQ(StreamOpOf(loaded.log->At(i)), StreamOpOf(log.At(i))) << i;
    EXPECT_EQ(StreamFlagsOf(loaded.log->At(i)), StreamFlagsOf(log.At(i))) << i;
    EXPECT_EQ(loaded.log->At(i).value, log.At(i).value) << i;
  }
}

TEST(StreamEvents, AnUnknownOpIsRefusedWithItsPointer) {
  const std::string doc = R"({"format": "loopscope-trace", "version": 9, "events": [
    {"t": 0, "kind": "stream", "item": 1, "stream_op": "overflow"}]})";
  const TraceLoadResult loaded = LoadTraceJson(doc);
  EXPECT_FALSE(loaded.log);
  EXPECT_EQ(loaded.error, "/events/0/stream_op: unknown stream op \"overflow\"");
}

TEST(StreamEvents, AStateListsABoundedNumberOfSides) {
  StepLog log;
  for (uint64_t id = 1; id <= 100; ++id) AppendOpen(log, id, "Readable", 16, 0);
  log.Append(StreamEvent(StreamOp::kDestroyed, 1, 0));
  AppendOpen(log, 101, "Readable", 16, 0);
  LoopState s;
  for (size_t i = 0; i < log.size(); ++i) ApplyEvent(s, log.At(i), i);
  EXPECT_EQ(s.streams.size(), 64u);
  EXPECT_EQ(s.streams.back().id, 101u) << "took the destroyed side's place";
  EXPECT_EQ(s.streams.front().id, 2u);
}

}  // namespace
}  // namespace loopscope::trace
