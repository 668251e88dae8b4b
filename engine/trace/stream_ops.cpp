// engine/trace/stream_ops.cpp — the names of the stream ops, from the table in stream_ops.h.
#include "engine/trace/stream_ops.h"

namespace loopscope::trace {

std::string_view StreamOpJsonName(StreamOp op) {
  switch (op) {
#define X(e, json, display) \
  case StreamOp::e:         \
    return json;
    LOOPSCOPE_STREAM_OPS(X)
#undef X
  }
  return "buffer";
}

std::string_view StreamOpDisplayName(StreamOp op) {
  switch (op) {
#define X(e, json, display) \
  case StreamOp::e:         \
    return display;
    LOOPSCOPE_STREAM_OPS(X)
#undef X
  }
  return "buffered";
}

bool StreamOpFromJsonName(std::string_view name, StreamOp* out) {
#define X(e, json, display) \
  if (name == json) {       \
    *out = StreamOp::e;     \
    return true;            \
  }
  LOOPSCOPE_STREAM_OPS(X)
#undef X
  return false;
}

}  // namespace loopscope::trace
