// engine/node/modules/zlib_ops.cpp — see zlib_ops.h. Mirrors src/node_zlib.cc: windowBits
// +16 for gzip, negative for raw, +32 (automatic header detection) for unzip; a stream that
// ends early is Node's "unexpected end of file" (Z_BUF_ERROR).
#include "engine/node/modules/zlib_ops.h"

#include <zlib.h>

namespace loopscope::node::zlib {

namespace {

int WindowBits(Format f, int bits) {
  switch (f) {
    case Format::kGzip: return bits + 16;
    case Format::kDeflate: return bits;
    case Format::kRaw: return -bits;
    case Format::kAuto: return bits + 32;
  }
  return bits;
}

struct ErrorName {
  int value;
  const char* code;
};
constexpr ErrorName kErrors[] = {
    {Z_NEED_DICT, "Z_NEED_DICT"},   {Z_ERRNO, "Z_ERRNO"},         {Z_STREAM_ERROR, "Z_STREAM_ERROR"},
    {Z_DATA_ERROR, "Z_DATA_ERROR"}, {Z_MEM_ERROR, "Z_MEM_ERROR"}, {Z_BUF_ERROR, "Z_BUF_ERROR"},
};

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

// Runs `step` until the stream ends, collecting output 16 KiB at a time (Node's chunk size).
template <typename Step>
int Pump(z_stream& s, std::string& out, Step step) {
  unsigned char chunk[16384];
  int rc;
  do {
    s.next_out = chunk;
    s.avail_out = sizeof chunk;
    rc = step();
    out.append(reinterpret_cast<char*>(chunk), sizeof chunk - s.avail_out);
  } while (rc == Z_OK && (s.avail_in > 0 || s.avail_out == 0));
  return rc;
}

}  // namespace

Result Compress(std::string_view input, Format format, const Options& o) {
  z_stream s{};
  int rc = deflateInit2(&s, o.level, Z_DEFLATED, WindowBits(format, o.window_bits), o.mem_level, o.strategy);
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
  rc = Pump(s, r.bytes, [&] { return inflate(&s, Z_SYNC_FLUSH); });
  // gunzip reads concatenated gzip members, as Node does.
  while (rc == Z_STREAM_END && format == Format::kGzip && s.avail_in > 0 && *s.next_in == 0x1f) {
    inflateReset(&s);
    rc = Pump(s, r.bytes, [&] { return inflate(&s, Z_SYNC_FLUSH); });
  }
  Result out = rc == Z_STREAM_END ? r
               : rc == Z_OK || rc == Z_BUF_ERROR ? Fail(Z_BUF_ERROR, "unexpected end of file")
                                                 : Fail(rc, s.msg);
  inflateEnd(&s);
  return out;
}

}  // namespace loopscope::node::zlib
