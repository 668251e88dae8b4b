// engine/node/modules/zlib_ops.h — what the zlib streams share besides their state
// (zlib_context.h): the CPU cost of a pass by bytes, and Brotli's decoder error names as
// Node reports them.
#pragma once

#include <cstddef>
#include <string>

namespace loopscope::node::zlib {

// The pool (or, for a writeSync, main-thread) CPU time of one zlib or Brotli pass, in ms, by
// bytes read and written (kDeflateCost, kBrotliCost in zlib_ops.cpp).
double BytesCostMs(bool brotli, bool compress, size_t in, size_t out);

// A Brotli decoder error's code as Node names it ("ERR__ERROR_FORMAT_PADDING_2").
std::string BrotliErrorCode(int code);

}  // namespace loopscope::node::zlib
