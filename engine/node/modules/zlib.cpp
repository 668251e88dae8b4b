// engine/node/modules/zlib.cpp — the `zlib` module's convenience methods (gzip, gunzip,
// deflate, inflate, deflateRaw, inflateRaw, unzip), callback and Sync, over the real zlib
// (zlib_ops.h). The async form pushes the input through a stream in lib/zlib.js: two
// uv_queue_work round trips for a small input (the write and the flush), each a little CPU
// work; the bytes are computed at the call (zlib is fast), delivered when the job ends.
// Brotli goes the same way. The stream forms (createGzip, new zlib.Gzip()) are lib/zlib.js
// over modules/zlib_handle.cpp, one pool round trip per chunk as in Node.
#include <cmath>
#include <limits>

#include "engine/node/modules.h"
#include "engine/node/modules/buffer.h"
#include "engine/node/modules/pool_job.h"
#include "engine/node/modules/zlib_handle.h"
#include "engine/node/modules/zlib_ops.h"
#include "engine/node/native.h"
#include "engine/node/process.h"
#include "engine/node/thread_pool.h"

namespace loopscope::node {

namespace {

constexpr int64_t kStreamSetupNs = 9'000;
constexpr int64_t kProcessCallbackNs = 4'000;

struct ZlibMethod {
  const char* name;
  bool compress;
  zlib::Format format;
};
constexpr ZlibMethod kMethods[] = {
    {"gzip", true, zlib::Format::kGzip},
    {"gunzip", false, zlib::Format::kGzip},
    {"deflate", true, zlib::Format::kDeflate},
    {"inflate", false, zlib::Format::kDeflate},
    {"deflateRaw", true, zlib::Format::kRaw},
    {"inflateRaw", false, zlib::Format::kRaw},
    {"unzip", false, zlib::Format::kAuto},
    {"brotliCompress", true, zlib::Format::kBrotli},
    {"brotliDecompress", false, zlib::Format::kBrotli},
};

// zlib.constants, Node 20's table in Node's order (internalBinding('constants').zlib): flush
// values, return codes, levels and strategies, the stream modes, window, chunk and memory
// bounds, and Brotli's operations, parameters, modes and decoder results.
struct Constant {
  const char* name;
  double value;
};
constexpr double kInfinity = std::numeric_limits<double>::infinity();
constexpr Constant kConstants[] = {
    {"Z_NO_FLUSH", 0},
    {"Z_PARTIAL_FLUSH", 1},
    {"Z_SYNC_FLUSH", 2},
    {"Z_FULL_FLUSH", 3},
    {"Z_FINISH", 4},
    {"Z_BLOCK", 5},
    {"Z_OK", 0},
    {"Z_STREAM_END", 1},
    {"Z_NEED_DICT", 2},
    {"Z_ERRNO", -1},
    {"Z_STREAM_ERROR", -2},
    {"Z_DATA_ERROR", -3},
    {"Z_MEM_ERROR", -4},
    {"Z_BUF_ERROR", -5},
    {"Z_VERSION_ERROR", -6},
    {"Z_NO_COMPRESSION", 0},
    {"Z_BEST_SPEED", 1},
    {"Z_BEST_COMPRESSION", 9},
    {"Z_DEFAULT_COMPRESSION", -1},
    {"Z_FILTERED", 1},
    {"Z_HUFFMAN_ONLY", 2},
    {"Z_RLE", 3},
    {"Z_FIXED", 4},
    {"Z_DEFAULT_STRATEGY", 0},
    {"ZLIB_VERNUM", 4880},
    {"DEFLATE", 1},
    {"INFLATE", 2},
    {"GZIP", 3},
    {"GUNZIP", 4},
    {"DEFLATERAW", 5},
    {"INFLATERAW", 6},
    {"UNZIP", 7},
    {"BROTLI_DECODE", 8},
    {"BROTLI_ENCODE", 9},
    {"Z_MIN_WINDOWBITS", 8},
    {"Z_MAX_WINDOWBITS", 15},
    {"Z_DEFAULT_WINDOWBITS", 15},
    {"Z_MIN_CHUNK", 64},
    {"Z_MAX_CHUNK", kInfinity},
    {"Z_DEFAULT_CHUNK", 16384},
    {"Z_MIN_MEMLEVEL", 1},
    {"Z_MAX_MEMLEVEL", 9},
    {"Z_DEFAULT_MEMLEVEL", 8},
    {"Z_MIN_LEVEL", -1},
    {"Z_MAX_LEVEL", 9},
    {"Z_DEFAULT_LEVEL", -1},
    {"BROTLI_OPERATION_PROCESS", 0},
    {"BROTLI_OPERATION_FLUSH", 1},
    {"BROTLI_OPERATION_FINISH", 2},
    {"BROTLI_OPERATION_EMIT_METADATA", 3},
    {"BROTLI_PARAM_MODE", 0},
    {"BROTLI_MODE_GENERIC", 0},
    {"BROTLI_MODE_TEXT", 1},
    {"BROTLI_MODE_FONT", 2},
    {"BROTLI_DEFAULT_MODE", 0},
    {"BROTLI_PARAM_QUALITY", 1},
    {"BROTLI_MIN_QUALITY", 0},
    {"BROTLI_MAX_QUALITY", 11},
    {"BROTLI_DEFAULT_QUALITY", 11},
    {"BROTLI_PARAM_LGWIN", 2},
    {"BROTLI_MIN_WINDOW_BITS", 10},
    {"BROTLI_MAX_WINDOW_BITS", 24},
    {"BROTLI_LARGE_MAX_WINDOW_BITS", 30},
    {"BROTLI_DEFAULT_WINDOW", 22},
    {"BROTLI_PARAM_LGBLOCK", 3},
    {"BROTLI_MIN_INPUT_BLOCK_BITS", 16},
    {"BROTLI_MAX_INPUT_BLOCK_BITS", 24},
    {"BROTLI_PARAM_DISABLE_LITERAL_CONTEXT_MODELING", 4},
    {"BROTLI_PARAM_SIZE_HINT", 5},
    {"BROTLI_PARAM_LARGE_WINDOW", 6},
    {"BROTLI_PARAM_NPOSTFIX", 7},
    {"BROTLI_PARAM_NDIRECT", 8},
    {"BROTLI_DECODER_RESULT_ERROR", 0},
    {"BROTLI_DECODER_RESULT_SUCCESS", 1},
    {"BROTLI_DECODER_RESULT_NEEDS_MORE_INPUT", 2},
    {"BROTLI_DECODER_RESULT_NEEDS_MORE_OUTPUT", 3},
    {"BROTLI_DECODER_PARAM_DISABLE_RING_BUFFER_REALLOCATION", 0},
    {"BROTLI_DECODER_PARAM_LARGE_WINDOW", 1},
    {"BROTLI_DECODER_NO_ERROR", 0},
    {"BROTLI_DECODER_SUCCESS", 1},
    {"BROTLI_DECODER_NEEDS_MORE_INPUT", 2},
    {"BROTLI_DECODER_NEEDS_MORE_OUTPUT", 3},
    {"BROTLI_DECODER_ERROR_FORMAT_EXUBERANT_NIBBLE", -1},
    {"BROTLI_DECODER_ERROR_FORMAT_RESERVED", -2},
    {"BROTLI_DECODER_ERROR_FORMAT_EXUBERANT_META_NIBBLE", -3},
    {"BROTLI_DECODER_ERROR_FORMAT_SIMPLE_HUFFMAN_ALPHABET", -4},
    {"BROTLI_DECODER_ERROR_FORMAT_SIMPLE_HUFFMAN_SAME", -5},
    {"BROTLI_DECODER_ERROR_FORMAT_CL_SPACE", -6},
    {"BROTLI_DECODER_ERROR_FORMAT_HUFFMAN_SPACE", -7},
    {"BROTLI_DECODER_ERROR_FORMAT_CONTEXT_MAP_REPEAT", -8},
    {"BROTLI_DECODER_ERROR_FORMAT_BLOCK_LENGTH_1", -9},
    {"BROTLI_DECODER_ERROR_FORMAT_BLOCK_LENGTH_2", -10},
    {"BROTLI_DECODER_ERROR_FORMAT_TRANSFORM", -11},
    {"BROTLI_DECODER_ERROR_FORMAT_DICTIONARY", -12},
    {"BROTLI_DECODER_ERROR_FORMAT_WINDOW_BITS", -13},
    {"BROTLI_DECODER_ERROR_FORMAT_PADDING_1", -14},
    {"BROTLI_DECODER_ERROR_FORMAT_PADDING_2", -15},
    {"BROTLI_DECODER_ERROR_FORMAT_DISTANCE", -16},
    {"BROTLI_DECODER_ERROR_DICTIONARY_NOT_SET", -19},
    {"BROTLI_DECODER_ERROR_INVALID_ARGUMENTS", -20},
    {"BROTLI_DECODER_ERROR_ALLOC_CONTEXT_MODES", -21},
    {"BROTLI_DECODER_ERROR_ALLOC_TREE_GROUPS", -22},
    {"BROTLI_DECODER_ERROR_ALLOC_CONTEXT_MAP", -25},
    {"BROTLI_DECODER_ERROR_ALLOC_RING_BUFFER_1", -26},
    {"BROTLI_DECODER_ERROR_ALLOC_RING_BUFFER_2", -27},
    {"BROTLI_DECODER_ERROR_ALLOC_BLOCK_TYPE_TREES", -30},
    {"BROTLI_DECODER_ERROR_UNREACHABLE", -31},
};
constexpr int kBrotliParamCount = 9;  // BROTLI_PARAM_MODE .. BROTLI_PARAM_NDIRECT

// lib/zlib.js checkRangesOrGetDefault: undefined or NaN keeps the default, another type or
// an infinity throws, a number out of [lo, hi] is ERR_OUT_OF_RANGE; zlib gets its int part.
js::Completion CheckRange(js::Vm& vm, js::Value options, const char* field, int lo, int hi,
                          int* out) {
  js::Value v = vm.GetOwn(options, field);
  std::string name = std::string("options.") + field;
  if (v.IsUndefined() || (v.IsNumber() && std::isnan(v.AsNumber()))) return Ok();
  if (!v.IsNumber()) return ThrowArgType(vm, name, "of type number", v);
  double d = v.AsNumber();
  if (!std::isfinite(d)) return ThrowOutOfRange(vm, name, "a finite number", d);
  if (d < lo || d > hi) {
    return ThrowOutOfRange(vm, name, ">= " + std::to_string(lo) + " and <= " + std::to_string(hi),
                           d);
  }
  *out = static_cast<int>(d);
  return Ok();
}

// The Zlib constructor's option checks (lib/zlib.js). windowBits 0 (or none) lets inflate,
// gunzip and unzip take the window size from the stream's header; gzip needs at least 9.
js::Completion ReadOptions(js::Vm& vm, js::Value options, const ZlibMethod& m, zlib::Options* o) {
  if (!m.compress && m.format != zlib::Format::kRaw) o->window_bits = 0;
  if (!options.IsObject() || vm.IsCallable(options)) return Ok();
  if (m.format == zlib::Format::kBrotli) {
    js::Value params = vm.GetOwn(options, "params");
    for (int key = 0; params.IsObject() && key < kBrotliParamCount; ++key) {
      js::Value v = vm.GetOwn(params, std::to_string(key));
      if (v.IsNumber() && v.AsNumber() >= 0) {
        o->brotli_params.emplace_back(key, static_cast<uint32_t>(v.AsNumber()));
      }
    }
    return Ok();
  }
  js::Value bits = vm.GetOwn(options, "windowBits");
  bool header_window =
      !m.compress && m.format != zlib::Format::kRaw &&
      (bits.IsUndefined() || bits.IsNull() || (bits.IsNumber() && bits.AsNumber() == 0));
  js::Completion c = Ok();
  if (!header_window) {
    int min_bits = m.format == zlib::Format::kGzip && m.compress ? 9 : 8;
    o->window_bits = 15;
    c = CheckRange(vm, options, "windowBits", min_bits, 15, &o->window_bits);
  }
  if (c.ok()) c = CheckRange(vm, options, "level", -1, 9, &o->level);
  if (c.ok()) c = CheckRange(vm, options, "memLevel", 1, 9, &o->mem_level);
  if (c.ok()) c = CheckRange(vm, options, "strategy", 0, 4, &o->strategy);
  return c;
}

js::Completion CheckInput(js::Vm& vm, js::Value v, std::string* out) {
  if (BytesOf(vm, v, "", out)) return Ok();
  return ThrowArgType(
      vm, "buffer", "of type string or an instance of Buffer, TypedArray, DataView, or ArrayBuffer",
      v);
}

// A zlib failure as Node reports it: Error: <zlib's message> with errno and code.
js::Value ZlibError(js::Vm& vm, const zlib::Result& r) {
  js::Value err = vm.MakeError(js::ErrorType::kError, r.message);
  vm.Set(err, "errno", js::Value::Number(r.errno_value));
  vm.Set(err, "code", vm.NewString(r.code));
  return err;
}

double BytesCostMs(const ZlibMethod& m, size_t in, size_t out) {
  return zlib::BytesCostMs(m.format == zlib::Format::kBrotli, m.compress, in, out);
}

// A decompression stops once its output passes the heap limit (that Buffer could never be
// made), so a zip bomb costs the host no more memory than the program may use; a result
// still too_large is reported as the heap limit by the caller (ReserveHeap). Output under
// the limit is counted as every Buffer is when it is made.
zlib::Result Run(Process& p, const ZlibMethod& m, const std::string& input, zlib::Options o) {
  o.max_output = static_cast<size_t>(p.scenario().limits.max_heap_mb * 1024 * 1024);
  if (m.format == zlib::Format::kBrotli) {
    return m.compress ? zlib::BrotliCompress(input, o.brotli_params)
                      : zlib::BrotliDecompress(input, o.max_output);
  }
  return m.compress ? zlib::Compress(input, m.format, o) : zlib::Decompress(input, m.format, o);
}

void InstallMethod(Process& p, js::Value module, const ZlibMethod& m) {
  js::Vm& vm = p.vm();
  SetMethod(vm, module, m.name, 3, [&p, m](js::NativeCall& call) {
    std::string input;
    js::Completion c = CheckInput(call.vm, call.Arg(0), &input);
    if (!c.ok()) return c;
    // zlib.gzip(buffer[, options], callback) (lib/zlib.js): a function in the options slot is
    // the callback.
    js::Value cb = call.vm.IsCallable(call.Arg(1)) ? call.Arg(1) : call.Arg(2);
    if (!call.vm.IsCallable(cb)) return ThrowNotFunction(call.vm, "callback", cb);
    zlib::Options options;
    js::Completion checked = ReadOptions(call.vm, call.Arg(1), m, &options);
    if (!checked.ok()) return checked;
    // The bytes are computed now; when they arrive is the pool model's business.
    auto result = std::make_shared<zlib::Result>(Run(p, m, input, options));
    if (result->too_large) return call.vm.ReserveHeap(result->bytes.size());
    // Half the base cost per round trip; the bytes are compressed by the write's deflate()
    // (Z_NO_FLUSH consumes all but the last few hundred bytes), so their cost goes there.
    double half_ms = p.IoCostFor("zlib", {0, 0.05}).cpu_ms / 2;
    double write_ms = half_ms + BytesCostMs(m, input.size(), result->bytes.size());
    p.SyncClock();
    // Building the zlib stream object is JavaScript work in Node: ≈9 µs per call, measured
    // warm under Node 20 on this machine.
    p.ChargeMainThread(kStreamSetupNs);
    std::string name = m.name;
    auto deliver = [result](Process& pr) -> std::optional<std::vector<js::Value>> {
      if (!result->ok) return std::vector<js::Value>{ZlibError(pr.vm(), *result)};
      return std::vector<js::Value>{js::Value::Null(), NewBuffer(pr, std::move(result->bytes))};
    };
    // Bad input fails in the first round trip (the write), whose error ends the stream.
    if (!result->ok) {
      SubmitJob(p, "zlib." + name + " (write)", MsToNs(write_ms), 0, false, cb, deliver);
      return Ok();
    }
    auto second = [name, half_ms, deliver](Process& proc, js::Value callback) {
      SubmitJob(proc, "zlib." + name + " (flush)", MsToNs(half_ms), 0, false, callback, deliver);
    };
    // The first round trip's completion is internal: it submits the second.
    PoolWork first;
    first.id = p.rec().NewId();
    first.label = "zlib." + name + " (write)";
    first.from = p.call_site();
    first.cpu_ns = MsToNs(write_ms);
    first.values = {cb};
    first.process = &p;
    first.done = [second](PoolWork& w) {
      // The write's After callback (processCallback in lib/zlib.js) is JavaScript that runs
      // before the flush is queued: a few µs of main-thread work in Node.
      w.process->ChargeMainThread(kProcessCallbackNs);
      second(*w.process, w.values[0]);
    };
    p.pool().Submit(std::move(first));
    return Ok();
  });
  SetMethod(vm, module, std::string(m.name) + "Sync", 2, [&p, m](js::NativeCall& call) {
    std::string input;
    js::Completion c = CheckInput(call.vm, call.Arg(0), &input);
    if (!c.ok()) return c;
    zlib::Options options;
    js::Completion checked = ReadOptions(call.vm, call.Arg(1), m, &options);
    if (!checked.ok()) return checked;
    zlib::Result r = Run(p, m, input, options);
    if (r.too_large) return call.vm.ReserveHeap(r.bytes.size());
    p.SyncClock();
    p.DoMainThreadWork(MsToNs(p.IoCostFor("zlib", {0, 0.05}).cpu_ms +
                              BytesCostMs(m, input.size(), r.bytes.size())));
    if (!r.ok) return Throw(ZlibError(call.vm, r));
    return Ok(NewBuffer(p, std::move(r.bytes)));
  });
}

}  // namespace

js::Value BuildZlibModule(Process& p) {
  js::Value module = p.vm().NewObject();
  for (const ZlibMethod& m : kMethods) InstallMethod(p, module, m);
  js::Vm& vm = p.vm();
  js::Value constants = vm.NewObject();
  for (const Constant& c : kConstants) vm.Set(constants, c.name, js::Value::Number(c.value));
  vm.Set(module, "constants", constants);
  // The stream classes and create* (lib/zlib.js over modules/zlib_handle.cpp).
  js::Value binding = p.modules().NewBinding();
  vm.Set(binding, "exports", module);
  vm.Set(binding, "constants", constants);
  vm.Set(binding, "handles", BuildZlibHandleBinding(p));
  vm.Set(binding, "stream", p.modules().StreamInternals());
  return p.modules().RunLib("zlib", binding);
}

}  // namespace loopscope::node
