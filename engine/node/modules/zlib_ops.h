// engine/node/modules/zlib_ops.h — one-shot compression over the real zlib (zlib1g), the
// library Node's own zlib binding drives, so the bytes are Node's: gzip headers carry OS 3
// (Unix) and no mtime, default level 6, windowBits 15, memLevel 8.
#pragma once

#include <string>
#include <string_view>

namespace loopscope::node::zlib {

enum class Format { kGzip, kDeflate, kRaw, kAuto };  // kAuto: unzip's gzip-or-zlib

struct Options {
  int level = -1;  // Z_DEFAULT_COMPRESSION (6)
  int window_bits = 15;
  int mem_level = 8;
  int strategy = 0;
};

struct Result {
  bool ok = true;
  std::string bytes;
  std::string message;  // zlib's msg ("incorrect header check")
  int errno_value = 0;  // Z_DATA_ERROR (-3), Z_BUF_ERROR (-5)
  std::string code;     // "Z_DATA_ERROR"
};

Result Compress(std::string_view input, Format format, const Options& options);
Result Decompress(std::string_view input, Format format, const Options& options);

}  // namespace loopscope::node::zlib
