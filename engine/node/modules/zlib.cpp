// engine/node/modules/zlib.cpp — the `zlib` module's convenience methods (gzip, gunzip,
// deflate, inflate, deflateRaw, inflateRaw, unzip), callback and Sync, over the real zlib
// (zlib_ops.h). The async form pushes the input through a stream in lib/zlib.js: two
// uv_queue_work round trips for a small input (the write and the flush), each a little CPU
// work; the bytes are computed at the call (zlib is fast), delivered when the job ends.
// Brotli goes the same way. The stream forms (createGzip) are not modelled yet.
#include <cmath>

#include "engine/node/modules.h"
#include "engine/node/modules/buffer.h"
#include "engine/node/modules/pool_job.h"
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

// zlib.constants: the compression levels and strategies, and the Brotli parameter keys and
// modes programs pass in options (a subset of Node's table, same values).
struct Constant {
  const char* name;
  int value;
};
constexpr Constant kConstants[] = {
    {"Z_NO_FLUSH", 0},
    {"Z_SYNC_FLUSH", 2},
    {"Z_FULL_FLUSH", 3},
    {"Z_FINISH", 4},
    {"Z_OK", 0},
    {"Z_STREAM_END", 1},
    {"Z_NEED_DICT", 2},
    {"Z_ERRNO", -1},
    {"Z_STREAM_ERROR", -2},
    {"Z_DATA_ERROR", -3},
    {"Z_MEM_ERROR", -4},
    {"Z_BUF_ERROR", -5},
    {"Z_NO_COMPRESSION", 0},
    {"Z_BEST_SPEED", 1},
    {"Z_BEST_COMPRESSION", 9},
    {"Z_DEFAULT_COMPRESSION", -1},
    {"Z_FILTERED", 1},
    {"Z_HUFFMAN_ONLY", 2},
    {"Z_RLE", 3},
    {"Z_FIXED", 4},
    {"Z_DEFAULT_STRATEGY", 0},
    {"Z_MIN_WINDOWBITS", 8},
    {"Z_MAX_WINDOWBITS", 15},
    {"Z_DEFAULT_WINDOWBITS", 15},
    {"Z_MIN_LEVEL", -1},
    {"Z_MAX_LEVEL", 9},
    {"Z_MIN_MEMLEVEL", 1},
    {"Z_MAX_MEMLEVEL", 9},
    {"Z_DEFAULT_MEMLEVEL", 8},
    {"BROTLI_MODE_GENERIC", 0},
    {"BROTLI_MODE_TEXT", 1},
    {"BROTLI_MODE_FONT", 2},
    {"BROTLI_DEFAULT_MODE", 0},
    {"BROTLI_MIN_QUALITY", 0},
    {"BROTLI_MAX_QUALITY", 11},
    {"BROTLI_DEFAULT_QUALITY", 11},
    {"BROTLI_MIN_WINDOW_BITS", 10},
    {"BROTLI_MAX_WINDOW_BITS", 24},
    {"BROTLI_DEFAULT_WINDOW", 22},
    {"BROTLI_PARAM_MODE", 0},
    {"BROTLI_PARAM_QUALITY", 1},
    {"BROTLI_PARAM_LGWIN", 2},
    {"BROTLI_PARAM_LGBLOCK", 3},
    {"BROTLI_PARAM_DISABLE_LITERAL_CONTEXT_MODELING", 4},
    {"BROTLI_PARAM_SIZE_HINT", 5},
    {"BROTLI_PARAM_LARGE_WINDOW", 6},
    {"BROTLI_PARAM_NPOSTFIX", 7},
    {"BROTLI_PARAM_NDIRECT", 8},
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

// CPU time by bytes, measured under Node 20 on this machine by tools/measure-zlib-costs.js
// (default levels): a compressor costs per byte read plus, far more, per byte written (an
// incompressible input is mostly literals); a decompressor per byte written. The residual:
// other levels, window sizes and dictionaries are charged as the default.
struct ZlibCost {
  double compress_in_ns, compress_out_ns, decompress_out_ns;
};
constexpr ZlibCost kDeflateCost = {1.8, 17.0, 0.37};
constexpr ZlibCost kBrotliCost = {11.3, 490.0, 0.38};

double BytesCostMs(const ZlibMethod& m, size_t in, size_t out) {
  const ZlibCost& c = m.format == zlib::Format::kBrotli ? kBrotliCost : kDeflateCost;
  const double ns = m.compress ? c.compress_in_ns * static_cast<double>(in) +
                                     c.compress_out_ns * static_cast<double>(out)
                               : c.decompress_out_ns * static_cast<double>(out);
  return ns / 1e6;
}

zlib::Result Run(const ZlibMethod& m, const std::string& input, const zlib::Options& o) {
  if (m.format == zlib::Format::kBrotli) {
    return m.compress ? zlib::BrotliCompress(input, o.brotli_params)
                      : zlib::BrotliDecompress(input);
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
    auto result = std::make_shared<zlib::Result>(Run(m, input, options));
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
    zlib::Result r = Run(m, input, options);
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
  return module;
}

}  // namespace loopscope::node
