// engine/trace/stream_ops.h — what a `stream` step event says about one stream's buffer.
//
// Node's streams (lib/internal/streams/readable.js, writable.js) keep a buffer whose length is
// measured against a highWaterMark; the step log records each change as one `stream` event
// whose op comes from the table below (the enum, its JSON name and its display name in one
// place, as vocabulary.h does for phases and queues). A Duplex or Transform is two streams in
// the log, its readable side and its writable side, each with its own id.
// Where to look next: event.h (the kStream row), loop_state.h (StreamInfo), stream_explain.cpp.
#pragma once

#include <cstdint>
#include <string_view>

#include "engine/trace/event.h"

namespace loopscope::trace {

// `value` of each op: open = the highWaterMark (text: the stream's label; the side and object
// mode in flags), buffer = the buffered length (bytes, or objects in object mode), high_water_mark
// = the raised mark (read(n) past it), drain_wait = the length when write() returned false; the
// state ops carry the length at that moment.
// clang-format off
//        enum              json name           display name
#define LOOPSCOPE_STREAM_OPS(X)                                      \
  X(kOpen,           "open",             "created")                  \
  X(kBuffer,         "buffer",           "buffered")                 \
  X(kHighWaterMark,  "high_water_mark",  "highWaterMark raised")     \
  X(kFlowing,        "flowing",          "flowing")                  \
  X(kPaused,         "paused",           "paused")                   \
  X(kEnded,          "ended",            "ended")                    \
  X(kFinished,       "finished",         "finished")                 \
  X(kDestroyed,      "destroyed",        "destroyed")                \
  X(kDrainWait,      "drain_wait",       "waiting for 'drain'")      \
  X(kDrain,          "drain",            "'drain'")
// clang-format on

enum class StreamOp : uint8_t {
#define X(e, json, display) e,
  LOOPSCOPE_STREAM_OPS(X)
#undef X
};

inline constexpr int kStreamOpCount = 0
#define X(e, json, display) +1
    LOOPSCOPE_STREAM_OPS(X)
#undef X
    ;

std::string_view StreamOpJsonName(StreamOp op);
std::string_view StreamOpDisplayName(StreamOp op);
bool StreamOpFromJsonName(std::string_view name, StreamOp* out);

// The open event's flags: which side of a stream this is, and whether it counts objects.
inline constexpr uint32_t kStreamWritableSide = 1;
inline constexpr uint32_t kStreamObjectMode = 2;

// A kStream event's op and flags live in its otherwise unused `loc` (op in line, flags in col),
// so Event needs no field of their own and the record still packs (packed_event.h); the JSON
// export names them "stream_op" and "stream_flags". An op outside the table (a hand-edited
// trace) reads as kBuffer.
inline StreamOp StreamOpOf(const Event& e) {
  return e.loc.line < static_cast<uint32_t>(kStreamOpCount) ? static_cast<StreamOp>(e.loc.line)
                                                            : StreamOp::kBuffer;
}
inline uint32_t StreamFlagsOf(const Event& e) {
  return e.loc.col;
}
inline void SetStreamOp(Event& e, StreamOp op, uint32_t flags) {
  e.loc = Loc{static_cast<uint32_t>(op), flags};
}

}  // namespace loopscope::trace
