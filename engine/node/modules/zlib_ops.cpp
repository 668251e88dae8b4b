// engine/node/modules/zlib_ops.cpp — see zlib_ops.h. Mirrors src/node_zlib.cc: windowBits
// +16 for gzip, negative for raw, +32 (automatic header detection) for unzip; a stream that
// ends early is Node's "unexpected end of file" (Z_BUF_ERROR).
#include "engine/node/modules/zlib_ops.h"

#include <brotli/decode.h>
#include <brotli/encode.h>
#include <zlib.h>

namespace loopscope::node::zlib {

namespace {

int WindowBits(Format f, int bits) {
  switch (f) {
    case Format::kGzip:
      return bits + 16;
    case Format::kDeflate:
      return bits;
    case Format::kRaw:
      return -bits;
    case Format::kAuto:
      return bits + 32;
    case Format::kBrotli:
      break;
  }
  return bits;
}

struct ErrorName {
  int value;
  const char* code;
};
constexpr ErrorName kErrors[] = {
    {Z_NEED_DICT, "Z_NEED_DICT"},       {Z_ERRNO, "Z_ERRNO"},
    {Z_STREAM_ERROR, "Z_STREAM_ERROR"}, {Z_DATA_ERROR, "Z_DATA_ERROR"},
    {Z_MEM_ERROR, "Z_MEM_ERROR"},       {Z_BUF_ERROR, "Z_BUF_ERROR"},
};

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

Result Fail(int err, const char* msg) {
  Result r;
  r.ok = false;
  r.errno_value = err;
  r.message = msg ? msg : "zlib error";
  for (const ErrorName& e : kErrors) {
    if (e.value == err) r.code = e.code;
  }
  return r;
}

// Appends one step's output; past `cap` the string grows by what it needs, not by doubling,
// so a decompression held near Options::max_output stays near it in the host's memory.
void Append(std::string& out, const void* bytes, size_t n, size_t cap) {
  if (out.size() + n > out.capacity() && out.capacity() * 2 > cap) out.reserve(out.size() + n);
  out.append(static_cast<const char*>(bytes), n);
}

// Runs `step` until the stream ends, collecting output 16 KiB at a time (Node's chunk size).
template <typename Step>
int Pump(z_stream& s, std::string& out, Step step, size_t cap = SIZE_MAX) {
  unsigned char chunk[16384];
  int rc;
  do {
    s.next_out = chunk;
    s.avail_out = sizeof chunk;
    rc = step();
    Append(out, chunk, sizeof chunk - s.avail_out, cap);
  } while (rc == Z_OK && (s.avail_in > 0 || s.avail_out == 0));
  return rc;
}

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

Result Compress(std::string_view input, Format format, const Options& o) {
  z_stream s{};
  // zlib turns a window of 8 into 9 but refuses 8 without the zlib wrapper; Node's bundled
  // zlib accepts it for raw deflate too, with the same 9-bit window.
  int bits = format == Format::kRaw && o.window_bits == 8 ? 9 : o.window_bits;
  int rc = deflateInit2(&s, o.level, Z_DEFLATED, WindowBits(format, bits), o.mem_level, o.strategy);
  if (rc != Z_OK) return Fail(rc, "Init error");
  s.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(input.data()));
  s.avail_in = static_cast<uInt>(input.size());
  Result r;
  do {
    rc = Pump(s, r.bytes, [&] { return deflate(&s, Z_FINISH); });
  } while (rc == Z_OK);
  deflateEnd(&s);
  if (rc != Z_STREAM_END) return Fail(rc, s.msg);
  return r;
}

Result Decompress(std::string_view input, Format format, const Options& o) {
  z_stream s{};
  int rc = inflateInit2(&s, WindowBits(format, o.window_bits));
  if (rc != Z_OK) return Fail(rc, "Init error");
  s.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(input.data()));
  s.avail_in = static_cast<uInt>(input.size());
  Result r;
  // One 16 KiB step at a time, so the output never grows far past max_output.
  auto step = [&] {
    int rc_step = inflate(&s, Z_SYNC_FLUSH);
    if (r.bytes.size() > o.max_output) r.too_large = true;
    return r.too_large && rc_step == Z_OK ? Z_STREAM_ERROR : rc_step;
  };
  rc = Pump(s, r.bytes, step, o.max_output);
  // gunzip reads concatenated gzip members, as Node does.
  while (rc == Z_STREAM_END && format == Format::kGzip && s.avail_in > 0 && *s.next_in == 0x1f) {
    inflateReset(&s);
    rc = Pump(s, r.bytes, step, o.max_output);
  }
  if (r.too_large) {
    inflateEnd(&s);
    return r;
  }
  Result out = rc == Z_STREAM_END                ? r
               : rc == Z_OK || rc == Z_BUF_ERROR ? Fail(Z_BUF_ERROR, "unexpected end of file")
                                                 : Fail(rc, s.msg);
  inflateEnd(&s);
  return out;
}

// One BROTLI_OPERATION_PROCESS with all the input (the stream's write), then FINISH (its
// flush): the same calls Node makes, so the same bytes.
Result BrotliCompress(std::string_view input, const std::vector<std::pair<int, uint32_t>>& params) {
  BrotliEncoderState* s = BrotliEncoderCreateInstance(nullptr, nullptr, nullptr);
  for (const auto& [key, value] : params) {
    BrotliEncoderSetParameter(s, static_cast<BrotliEncoderParameter>(key), value);
  }
  Result r;
  size_t avail_in = input.size();
  const auto* next_in = reinterpret_cast<const uint8_t*>(input.data());
  bool ok = true;
  for (BrotliEncoderOperation op : {BROTLI_OPERATION_PROCESS, BROTLI_OPERATION_FINISH}) {
    do {
      uint8_t chunk[16384];
      size_t avail_out = sizeof chunk;
      uint8_t* next_out = chunk;
      ok = BrotliEncoderCompressStream(s, op, &avail_in, &next_in, &avail_out, &next_out, nullptr);
      r.bytes.append(reinterpret_cast<char*>(chunk), sizeof chunk - avail_out);
    } while (ok && (avail_in > 0 || BrotliEncoderHasMoreOutput(s) ||
                    (op == BROTLI_OPERATION_FINISH && !BrotliEncoderIsFinished(s))));
  }
  BrotliEncoderDestroyInstance(s);
  if (!ok) return Fail(Z_STREAM_ERROR, "Compression failed");
  return r;
}

// A decoder error is Node's "Decompression failed" with the decoder's own error name as
// the code (ERR_ + the error's name); input that stops early is "unexpected end of
// file", as for zlib.
Result BrotliDecompress(std::string_view input, size_t max_output) {
  BrotliDecoderState* s = BrotliDecoderCreateInstance(nullptr, nullptr, nullptr);
  Result r;
  size_t avail_in = input.size();
  const auto* next_in = reinterpret_cast<const uint8_t*>(input.data());
  BrotliDecoderResult rc;
  do {
    uint8_t chunk[16384];
    size_t avail_out = sizeof chunk;
    uint8_t* next_out = chunk;
    rc = BrotliDecoderDecompressStream(s, &avail_in, &next_in, &avail_out, &next_out, nullptr);
    Append(r.bytes, chunk, sizeof chunk - avail_out, max_output);
    r.too_large = r.bytes.size() > max_output;
  } while (rc == BROTLI_DECODER_RESULT_NEEDS_MORE_OUTPUT && !r.too_large);
  if (r.too_large) {
    BrotliDecoderDestroyInstance(s);
    return r;
  }
  if (rc == BROTLI_DECODER_RESULT_ERROR) {
    BrotliDecoderErrorCode code = BrotliDecoderGetErrorCode(s);
    r = Result{false, "", "Decompression failed", static_cast<int>(code), BrotliErrorCode(code)};
  } else if (rc == BROTLI_DECODER_RESULT_NEEDS_MORE_INPUT) {
    r = Fail(Z_BUF_ERROR, "unexpected end of file");
  }
  BrotliDecoderDestroyInstance(s);
  return r;
}

}  // namespace loopscope::node::zlib
