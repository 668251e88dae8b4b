// engine/node/modules/stream_trace.h — the natives lib/stream.js calls to record its buffers.
//
// While a run records its step log, lib/stream.js receives `binding.trace`: open(label, flags,
// highWaterMark) gives a stream side an id, op(id, op, value) records one change (the ops are
// trace::StreamOp, named to JavaScript by `trace.ops` from the same table). Without a log the
// binding is undefined, so the library skips every call and streams cost nothing extra.
// Where to look next: engine/trace/stream_ops.h, engine/node/lib/stream_trace.js.
#pragma once

#include "engine/js/vm.h"

namespace loopscope::node {

class Process;

// `undefined` when `p` records no step log.
js::Value BuildStreamTrace(Process& p);

}  // namespace loopscope::node
