// engine/node/modules/zlib_ops.h — one-shot compression over the real zlib (zlib1g), the
// library Node's own zlib binding drives, so the bytes are Node's: gzip headers carry OS 3
// (Unix) and no mtime, default level 6, windowBits 15, memLevel 8. Brotli runs on
// libbrotli's streaming API, as src/node_zlib.cc drives it (quality 11, lgwin 22).
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace loopscope::node::zlib {

// kAuto: unzip's gzip-or-zlib; kBrotli: brotliCompress/brotliDecompress.
enum class Format { kGzip, kDeflate, kRaw, kAuto, kBrotli };

struct Options {
  int level = -1;  // Z_DEFAULT_COMPRESSION (6)
  int window_bits = 15;
  int mem_level = 8;
  int strategy = 0;
  std::vector<std::pair<int, uint32_t>> brotli_params;  // options.params (BROTLI_PARAM_*)
  // A decompression stops once its output passes this many bytes (Result::too_large): a zip
  // bomb must hit the run's heap limit, not fill the host's memory first.
  size_t max_output = SIZE_MAX;
};

struct Result {
  bool ok = true;
  std::string bytes;
  std::string message;  // zlib's msg ("incorrect header check")
  int errno_value = 0;  // Z_DATA_ERROR (-3), Z_BUF_ERROR (-5)
  std::string code;     // "Z_DATA_ERROR"
  bool too_large = false;  // stopped past Options::max_output
};

Result Compress(std::string_view input, Format format, const Options& options);
Result Decompress(std::string_view input, Format format, const Options& options);

// options.params: BrotliEncoderParameter keys (zlib.constants.BROTLI_PARAM_*) and values.
Result BrotliCompress(std::string_view input, const std::vector<std::pair<int, uint32_t>>& params);
Result BrotliDecompress(std::string_view input, size_t max_output = SIZE_MAX);

// The pool (or, for a Sync call, main-thread) CPU time of one zlib or Brotli pass, in ms, by
// bytes read and written (kDeflateCost, kBrotliCost in zlib_ops.cpp).
double BytesCostMs(bool brotli, bool compress, size_t in, size_t out);

// A Brotli decoder error's code as Node names it ("ERR__ERROR_FORMAT_PADDING_2").
std::string BrotliErrorCode(int code);

}  // namespace loopscope::node::zlib
