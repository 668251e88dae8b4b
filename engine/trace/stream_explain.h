// engine/trace/stream_explain.h — the explanation sentences of `stream` events.
//
// explain.cpp hands every kStream event here: one sentence per op (stream_ops.h), written from
// the state before the event so it can say how the buffer changed ("grows to 48 KiB, over its
// highWaterMark of 16 KiB"). The rules quoted are Node's lib/internal/streams/readable.js and
// writable.js; docs/trace-format.md lists the ops.
#pragma once

#include <string>

#include "engine/trace/loop_state.h"
#include "engine/trace/step_log.h"

namespace loopscope::trace {

std::string StreamSentence(const LoopState& before, const Event& e, const StepLog& log);

// "16 KiB", "1,000 bytes", "2 objects": a buffered amount in the unit its stream counts.
std::string StreamAmount(int64_t amount, bool object_mode);

}  // namespace loopscope::trace
