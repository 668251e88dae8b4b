// engine/node/modules/zlib_handle.h — the native handle under lib/zlib.js's streams
// (Node's internalBinding('zlib') Zlib/BrotliEncoder/BrotliDecoder classes), over
// zlib_context.h. See zlib_handle.cpp for what each method does.
#pragma once

#include "engine/js/vm.h"

namespace loopscope::node {

class Process;

// { newHandle(mode), handlePrototype }: a handle per stream, its writes on the pool.
js::Value BuildZlibHandleBinding(Process& p);

}  // namespace loopscope::node
