// engine/trace/stream_state.cpp — what a `stream` event does to LoopState::streams.
//
// The open op adds a stream side; every other op updates it in place. Sides are never removed
// (a destroyed stream stays listed as destroyed, up to kMaxStreams), so the Streams panel keeps its
// rows steady while the user steps back and forth. Where to look next: stream_ops.h,
// app/ui/panel_streams.cpp.
#include <algorithm>

#include "engine/trace/loop_state.h"
#include "engine/trace/stream_ops.h"

namespace loopscope::trace {
namespace {

// The most stream sides a state lists: past it, a new side takes the place of the oldest one
// that is finished or destroyed, or goes unlisted, so a program that makes streams in a loop
// cannot make every state (and every checkpoint) grow without bound.
constexpr size_t kMaxStreams = 64;

void AddStream(LoopState& state, const StreamInfo& info) {
  if (state.streams.size() < kMaxStreams) {
    state.streams.push_back(info);
    return;
  }
  auto done = std::find_if(state.streams.begin(), state.streams.end(),
                           [](const StreamInfo& s) { return s.destroyed || s.finished; });
  if (done == state.streams.end()) return;
  state.streams.erase(done);
  state.streams.push_back(info);
}

void SetLength(StreamInfo& s, int64_t length) {
  s.length = std::max<int64_t>(length, 0);
  s.peak = std::max(s.peak, s.length);
}

}  // namespace

void ApplyStreamEvent(LoopState& state, const Event& e) {
  const StreamOp op = StreamOpOf(e);
  if (op == StreamOp::kOpen) {
    StreamInfo info;
    info.id = e.item;
    info.label = e.text;
    info.high_water_mark = std::max<int64_t>(e.value, 0);
    info.writable_side = (StreamFlagsOf(e) & kStreamWritableSide) != 0;
    info.object_mode = (StreamFlagsOf(e) & kStreamObjectMode) != 0;
    AddStream(state, info);
    return;
  }
  auto it = std::find_if(state.streams.begin(), state.streams.end(),
                         [&](const StreamInfo& s) { return s.id == e.item; });
  if (it == state.streams.end()) return;  // a log cut before the open (or a hand-edited one)
  StreamInfo& s = *it;
  switch (op) {
    case StreamOp::kOpen:
    case StreamOp::kBuffer:
      break;
    case StreamOp::kHighWaterMark:
      s.high_water_mark = std::max<int64_t>(e.value, 0);
      return;
    case StreamOp::kFlowing:
      s.flowing = true;
      s.paused = false;
      break;
    case StreamOp::kPaused:
      s.flowing = false;
      s.paused = true;
      break;
    case StreamOp::kEnded:
      s.ended = true;
      break;
    case StreamOp::kFinished:
      s.finished = true;
      break;
    case StreamOp::kDestroyed:
      s.destroyed = true;
      s.waiting_drain = false;
      break;
    case StreamOp::kDrainWait:
      if (!s.waiting_drain) s.wait_since_ns = e.time_ns;
      s.waiting_drain = true;
      ++s.drain_waits;
      break;
    case StreamOp::kDrain:
      s.waiting_drain = false;
      break;
  }
  SetLength(s, e.value);
}

}  // namespace loopscope::trace
