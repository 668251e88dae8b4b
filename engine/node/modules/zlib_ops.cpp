// engine/node/modules/zlib_ops.cpp — see zlib_ops.h.
#include "engine/node/modules/zlib_ops.h"

#include <brotli/decode.h>

namespace loopscope::node::zlib {

namespace {

// The decoder's error names as Node reports them: brotli ≥ 1.1 (bundled in Node 20) spells
// them PREFIX + NAME ("_ERROR_FORMAT_PADDING_2"), Debian's 1.0.9 only NAME, so the table is
// built from the header's own list.
struct BrotliErrorName {
  int code;
  const char* name;
};
#define LOOPSCOPE_BROTLI_ERROR(PREFIX, NAME, CODE) \
  { CODE, #PREFIX #NAME }
#define LOOPSCOPE_COMMA ,
constexpr BrotliErrorName kBrotliErrors[] = {
    BROTLI_DECODER_ERROR_CODES_LIST(LOOPSCOPE_BROTLI_ERROR, LOOPSCOPE_COMMA)};
#undef LOOPSCOPE_BROTLI_ERROR
#undef LOOPSCOPE_COMMA

}  // namespace

// CPU time by bytes, measured under Node 20 on this machine by tools/measure-zlib-costs.js
// (default levels): a compressor costs per byte read plus, far more, per byte written (an
// incompressible input is mostly literals); a decompressor per byte written. The residual:
// other levels, window sizes and dictionaries are charged as the default.
struct ZlibCost {
  double compress_in_ns, compress_out_ns, decompress_out_ns;
};
constexpr ZlibCost kDeflateCost = {1.8, 17.0, 0.37};
constexpr ZlibCost kBrotliCost = {11.3, 490.0, 0.38};

double BytesCostMs(bool brotli, bool compress, size_t in, size_t out) {
  const ZlibCost& c = brotli ? kBrotliCost : kDeflateCost;
  const double ns = compress ? c.compress_in_ns * static_cast<double>(in) +
                                   c.compress_out_ns * static_cast<double>(out)
                             : c.decompress_out_ns * static_cast<double>(out);
  return ns / 1e6;
}

std::string BrotliErrorCode(int code) {
  for (const BrotliErrorName& e : kBrotliErrors) {
    if (e.code == code) return std::string("ERR_") + e.name;
  }
  return "ERR_BROTLI";
}

}  // namespace loopscope::node::zlib
