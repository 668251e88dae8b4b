// engine/trace/stream_explain.cpp — one sentence per stream op (see stream_explain.h).
#include "engine/trace/stream_explain.h"

#include <algorithm>

#include "engine/trace/explain.h"
#include "engine/trace/stream_ops.h"

namespace loopscope::trace {
namespace {

const StreamInfo* Find(const LoopState& s, uint64_t id) {
  auto it = std::find_if(s.streams.begin(), s.streams.end(),
                         [&](const StreamInfo& x) { return x.id == id; });
  return it == s.streams.end() ? nullptr : &*it;
}

// "3× its highWaterMark" past the mark, "its highWaterMark" at it, "" below it.
std::string AgainstMark(int64_t length, int64_t hwm) {
  if (hwm <= 0 || length < hwm) return {};
  if (length < 2 * hwm) return "at least its highWaterMark";
  return std::to_string(length / hwm) + "× its highWaterMark";
}

std::string OpenSentence(const Event& e, const std::string& name) {
  const bool object_mode = (StreamFlagsOf(e) & kStreamObjectMode) != 0;
  const std::string hwm = StreamAmount(e.value, object_mode);
  if (StreamFlagsOf(e) & kStreamWritableSide)
    return name + " is created: write() returns false once its buffer holds " + hwm +
           " (its highWaterMark), asking the producer to wait for 'drain'.";
  return name + " is created: its buffer holds up to " + hwm +
         " (its highWaterMark) before push() returns false and Node stops calling _read().";
}

std::string BufferSentence(const StreamInfo& s, const Event& e, const std::string& name) {
  const std::string now = StreamAmount(e.value, s.object_mode);
  const std::string mark = AgainstMark(e.value, s.high_water_mark);
  const std::string over = mark.empty() ? "" : " (" + mark + ")";
  if (e.value > s.length && s.writable_side)
    return "write() buffers its chunk: " + name + " now holds " + now + over +
           " that the destination has not taken yet.";
  if (e.value > s.length)
    return "Data was pushed into " + name + " and nobody has read it yet: its buffer holds " + now +
           over + ".";
  if (s.writable_side) return "The destination finished a write: " + name + " holds " + now + ".";
  return "Data was read out of " + name + " (a 'data' event or read()): its buffer holds " + now +
         ".";
}

std::string StateSentence(const StreamInfo& s, StreamOp op, const std::string& name) {
  const std::string held = StreamAmount(s.length, s.object_mode);
  switch (op) {
    case StreamOp::kFlowing:
      return name +
             " switches to flowing mode: each chunk goes to the 'data' listeners as it "
             "arrives (resume(), a 'data' listener or pipe() started it).";
    case StreamOp::kPaused:
      return name +
             " is paused: chunks stay in its buffer until resume() or read() (pause(), "
             "or a pipe waiting for its destination's 'drain').";
    case StreamOp::kEnded:
      if (s.writable_side)
        return "end() was called on " + name + ": no more writes; 'finish' comes once the " + held +
               " it still buffers are written.";
      return "push(null): " + name + " has no more data; 'end' comes once its buffer (" + held +
             ") is read empty.";
    case StreamOp::kFinished:
      if (s.writable_side)
        return name + " emits 'finish': every write has reached the destination.";
      return name + " emits 'end': everything it held has been consumed.";
    case StreamOp::kDestroyed:
      return name + " is destroyed: whatever it still buffered (" + held +
             ") is dropped, and 'close' follows.";
    default:
      return {};
  }
}

std::string DrainWaitSentence(const StreamInfo& s, const Event& e) {
  const std::string now = StreamAmount(e.value, s.object_mode);
  const std::string hwm = StreamAmount(s.high_water_mark, s.object_mode);
  if (!s.waiting_drain)
    return "write() returned false: the buffer holds " + now + ", its highWaterMark is " + hwm +
           "; the producer should wait for 'drain'.";
  return "write() returned false again (" + std::to_string(s.drain_waits + 1) +
         " times now): the buffer holds " + now + ", " + AgainstMark(e.value, s.high_water_mark) +
         ". Node does not stop a producer that ignores the return value: the chunks wait in "
         "memory.";
}

}  // namespace

std::string StreamAmount(int64_t amount, bool object_mode) {
  if (object_mode) return std::to_string(amount) + (amount == 1 ? " object" : " objects");
  if (amount >= 1024 && amount % 1024 == 0) return std::to_string(amount / 1024) + " KiB";
  if (amount >= 10 * 1024) return std::to_string(amount / 1024) + " KiB";
  return std::to_string(amount) + (amount == 1 ? " byte" : " bytes");
}

std::string StreamSentence(const LoopState& before, const Event& e, const StepLog& log) {
  const StreamOp op = StreamOpOf(e);
  if (op == StreamOp::kOpen) return OpenSentence(e, std::string(log.Text(e.text)));
  const StreamInfo* s = Find(before, e.item);
  if (s == nullptr)
    return "A stream not seen before changes (" + std::string(StreamOpDisplayName(op)) + ").";
  const std::string name(log.Text(s->label));
  switch (op) {
    case StreamOp::kBuffer:
      return BufferSentence(*s, e, name);
    case StreamOp::kHighWaterMark:
      return "read(n) asked for more than the highWaterMark, so Node raises " + name + "'s to " +
             StreamAmount(e.value, s->object_mode) + " (the next power of two).";
    case StreamOp::kDrainWait:
      return DrainWaitSentence(*s, e);
    case StreamOp::kDrain:
      return name + " emits 'drain': its buffer emptied after write() returned false (a wait of " +
             FormatMs(e.time_ns - s->wait_since_ns) + "); a producer waiting for it writes again.";
    default:
      return StateSentence(*s, op, name);
  }
}

}  // namespace loopscope::trace
