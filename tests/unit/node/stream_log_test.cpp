// tests/unit/node/stream_log_test.cpp — the `stream` events lib/stream.js records for real
// programs: a stream's label, its buffer against its highWaterMark step by step, drain waits
// and 'drain', object mode, the sides of a Transform, the state ops, the Why sentences, and no
// stream event at all for a program that makes no stream.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "engine/node/simulation.h"
#include "engine/trace/loop_state.h"
#include "engine/trace/stream_ops.h"
#include "tests/support/program.h"

namespace loopscope::node {
namespace {

using loopscope::testing::Program;
using trace::StreamOp;

struct Recorded {
  StreamOp op;
  int64_t value;
  std::string why;
};

// Every stream event of the run of `source`, with the sentence the Why panel shows for it;
// `final` gets the state after the last event.
std::vector<Recorded> StreamEvents(const std::string& source, trace::LoopState* final = nullptr) {
  RunResult r = Simulate(Program(source));
  EXPECT_EQ(r.exit_code, 0) << r.stderr_text;
  std::vector<Recorded> out;
  if (!r.log) return out;
  trace::LoopState state;
  for (size_t i = 0; i < r.log->size(); ++i) {
    trace::Apply(state, *r.log, i);
    const trace::Event& e = r.log->At(i);
    if (e.kind == trace::EventKind::kStream)
      out.push_back({trace::StreamOpOf(e), e.value, state.explanation});
  }
  if (final) {
    *final = state;
    for (trace::StreamInfo& s : final->streams) s.label = 0;  // compared by field below
  }
  return out;
}

std::vector<StreamOp> Ops(const std::vector<Recorded>& events) {
  std::vector<StreamOp> ops;
  for (const Recorded& e : events) ops.push_back(e.op);
  return ops;
}

TEST(StreamLog, AProgramWithoutStreamsRecordsNone) {
  EXPECT_TRUE(StreamEvents("console.log('hi'); setTimeout(() => {}, 1);").empty());
}

TEST(StreamLog, WriteReturningFalseIsADrainWaitAndDrainEndsIt) {
  trace::LoopState last;
  std::vector<Recorded> events = StreamEvents(R"(
const { Writable } = require('stream');
const w = new Writable({ highWaterMark: 4, write(c, e, cb) { setTimeout(cb, 5); } });
w.write('ab');
if (!w.write('cd')) w.once('drain', () => console.log('drain'));
)",
                                              &last);
  using enum StreamOp;
  EXPECT_EQ(Ops(events),
            (std::vector<StreamOp>{kOpen, kBuffer, kBuffer, kDrainWait, kBuffer, kBuffer, kDrain}));
  EXPECT_EQ(events[0].value, 4) << "open carries the highWaterMark";
  EXPECT_EQ(events[2].value, 4);
  EXPECT_EQ(events[3].why,
            "write() returned false: the buffer holds 4 bytes, its highWaterMark is 4 bytes; the "
            "producer should wait for 'drain'.");
  EXPECT_NE(events[6].why.find("emits 'drain'"), std::string::npos) << events[6].why;
  ASSERT_EQ(last.streams.size(), 1u);
  EXPECT_TRUE(last.streams[0].writable_side);
  EXPECT_FALSE(last.streams[0].waiting_drain);
  EXPECT_EQ(last.streams[0].peak, 4);
  EXPECT_EQ(last.streams[0].drain_waits, 1u);
}

TEST(StreamLog, IgnoringFalseKeepsBufferingPastTheMark) {
  trace::LoopState last;
  std::vector<Recorded> events = StreamEvents(R"(
const { Writable } = require('stream');
const w = new Writable({ highWaterMark: 4, write(c, e, cb) { setTimeout(cb, 5); } });
for (let i = 0; i < 6; i++) w.write('ab');
)",
                                              &last);
  int waits = 0;
  for (const Recorded& e : events) waits += e.op == StreamOp::kDrainWait;
  EXPECT_EQ(waits, 5);
  EXPECT_EQ(last.streams[0].peak, 12);
  const Recorded& last_wait = events[11];
  ASSERT_EQ(last_wait.op, StreamOp::kDrainWait);
  EXPECT_NE(last_wait.why.find("returned false again (5 times now): the buffer holds 12 bytes, "
                               "3× its highWaterMark"),
            std::string::npos)
      << last_wait.why;
}

TEST(StreamLog, LabelsNameTheClassTheFileAndTheSide) {
  RunResult r = Simulate(Program(R"(
const fs = require('fs');
const { Transform } = require('stream');
class Upper extends Transform {}
fs.writeFileSync('in.txt', 'x');
fs.createReadStream('in.txt').pipe(new Upper({ transform(c, e, cb) { cb(null, c); } }));
)"));
  ASSERT_TRUE(r.log);
  std::vector<std::string> labels;
  for (size_t i = 0; i < r.log->size(); ++i) {
    const trace::Event& e = r.log->At(i);
    if (e.kind == trace::EventKind::kStream && trace::StreamOpOf(e) == StreamOp::kOpen)
      labels.emplace_back(r.log->Text(e.text));
  }
  EXPECT_EQ(labels, (std::vector<std::string>{"Readable#1 (fs.createReadStream in.txt)",
                                              "Transform#2 (Upper) readable side",
                                              "Transform#2 (Upper) writable side"}));
}

TEST(StreamLog, ObjectModeCountsObjectsAndReadableStatesFollow) {
  trace::LoopState last;
  std::vector<Recorded> events = StreamEvents(R"(
const { Readable } = require('stream');
const r = new Readable({ objectMode: true, highWaterMark: 2, read() {} });
r.push({ a: 1 });
r.push({ b: 2 });
r.push(null);
r.on('data', () => {});
)",
                                              &last);
  using enum StreamOp;
  EXPECT_EQ(Ops(events), (std::vector<StreamOp>{kOpen, kBuffer, kBuffer, kEnded, kFlowing, kBuffer,
                                                kBuffer, kFinished, kDestroyed}));
  EXPECT_EQ(events[2].value, 2);
  EXPECT_NE(events[2].why.find("its buffer holds 2 objects (at least its highWaterMark)"),
            std::string::npos)
      << events[2].why;
  ASSERT_EQ(last.streams.size(), 1u);
  EXPECT_TRUE(last.streams[0].object_mode);
  EXPECT_TRUE(last.streams[0].finished);
  EXPECT_TRUE(last.streams[0].destroyed);
}

}  // namespace
}  // namespace loopscope::node
