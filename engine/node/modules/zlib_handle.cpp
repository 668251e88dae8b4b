// engine/node/modules/zlib_handle.cpp — the native half of the zlib streams: the handle
// lib/zlib.js drives, as src/node_zlib.cc's CompressionStream is driven by Node's lib/zlib.js
// (init, write, writeSync, params, reset, close). An async write is one uv_queue_work round
// trip: its bytes are computed when it is queued (zlib is fast and its input may not change
// meanwhile), the pool model decides when it ends, and its After callback in the poll phase
// copies them into the stream's output buffer, sets the write state [availOutAfter,
// availInAfter] and calls processCallback, or onerror(message, errno, code) on a failure.
#include "engine/node/modules/zlib_handle.h"

#include <zlib.h>

#include <cstring>
#include <limits>

#include "engine/node/host_record.h"
#include "engine/node/modules/buffer.h"
#include "engine/node/modules/zlib_context.h"
#include "engine/node/modules/zlib_ops.h"
#include "engine/node/native.h"
#include "engine/node/process.h"
#include "engine/node/thread_pool.h"

namespace loopscope::node {

namespace {

// The class each mode's stream has, for the pool panel's label ("zlib.Gzip (write)").
constexpr const char* kModeClass[] = {
    "None",       "Deflate", "Inflate",          "Gzip",           "Gunzip", "DeflateRaw",
    "InflateRaw", "Unzip",   "BrotliDecompress", "BrotliCompress",
};

// Where processCallback and the write state live on the handle (set by init).
constexpr char kCallbackKey[] = "_writeCallback";
constexpr char kStateKey[] = "_writeStateArray";

struct HandleData : HostRecord {
  static constexpr HostKind kKind = HostKind::kZlib;
  explicit HandleData(zlib::Mode m) : HostRecord(kKind), context(m) {}
  zlib::Context context;
  bool write_in_progress = false;
  bool closed = false;
  bool synced = false;  // a writeSync has run (the first pays the whole base cost)
};

bool IsBrotli(zlib::Mode m) {
  return m == zlib::Mode::kBrotliEncode || m == zlib::Mode::kBrotliDecode;
}
bool Compresses(zlib::Mode m) {
  return m == zlib::Mode::kDeflate || m == zlib::Mode::kGzip || m == zlib::Mode::kDeflateRaw ||
         m == zlib::Mode::kBrotliEncode;
}

// One pass's CPU: half the zlib base cost (environment.io.zlib; a small input's convenience
// call is two passes, the write and the finishing flush) plus the bytes it read and wrote.
double PassCostMs(Process& p, zlib::Mode mode, size_t in, size_t out) {
  return p.IoCostFor("zlib", {0, 0.05}).cpu_ms / 2 +
         zlib::BytesCostMs(IsBrotli(mode), Compresses(mode), in, out);
}

js::Completion Misuse(js::Vm& vm, std::string_view what) {
  return Throw(MakeNodeError(vm, js::ErrorType::kError, "ERR_INTERNAL_ASSERTION",
                             "zlib handle: " + std::string(what)));
}

// An int argument; anything else (a program can call its stream's _handle) is 0.
int IntArg(const js::NativeCall& call, size_t i) {
  js::Value v = call.Arg(i);
  if (!v.IsNumber()) return 0;
  double d = v.AsNumber();
  return d >= std::numeric_limits<int>::min() && d <= std::numeric_limits<int>::max()
             ? static_cast<int>(d)
             : 0;
}

// CompressionStream::EmitError: onerror(message, errno, code) with the handle as `this`.
// A throw from it propagates to the caller of the handle's method.
js::Completion EmitErrorSync(js::Vm& vm, js::Value handle, const zlib::StreamError& e) {
  js::Value args[] = {vm.NewString(e.message), js::Value::Number(e.errno_value),
                      vm.NewString(e.code)};
  js::Value onerror = vm.GetOwn(handle, "onerror");
  if (!vm.IsCallable(onerror)) return Ok();
  js::Completion c = vm.Call(onerror, handle, args);
  return c.ok() ? Ok() : c;
}

// UpdateWriteResult: the bytes go to out[out_off …], the counts to the write state.
void StoreResult(js::Vm& vm, js::Value handle, js::Value out, uint32_t out_off,
                 const zlib::WriteResult& r) {
  std::optional<std::span<char>> dest = vm.ViewSpan(out);
  if (dest && out_off <= dest->size() && r.out.size() <= dest->size() - out_off) {
    std::memcpy(dest->data() + out_off, r.out.data(), r.out.size());
  }
  std::optional<std::span<char>> state = vm.ViewSpan(vm.GetOwn(handle, kStateKey));
  if (state && state->size() >= 2 * sizeof(uint32_t)) {
    uint32_t counts[2] = {r.avail_out_after, r.avail_in_after};
    std::memcpy(state->data(), counts, sizeof counts);
  }
}

// The write's arguments (flush, in, in_off, in_len, out, out_off, out_len), checked where
// Node CHECKs them: a bad range is a thrown error here, never a read outside the buffers.
struct WriteArgs {
  int flush;
  std::string_view input;  // the program's bytes: valid until script code runs again
  js::Value out;
  uint32_t out_off, out_len;
};
js::Completion ReadWriteArgs(js::NativeCall& call, WriteArgs* w) {
  js::Vm& vm = call.vm;
  w->flush = IntArg(call, 0);
  std::optional<std::span<char>> in = vm.ViewSpan(call.Arg(1));
  std::optional<std::span<char>> out = vm.ViewSpan(call.Arg(4));
  double in_off = call.Arg(2).IsNumber() ? call.Arg(2).AsNumber() : -1;
  double in_len = call.Arg(3).IsNumber() ? call.Arg(3).AsNumber() : -1;
  double out_off = call.Arg(5).IsNumber() ? call.Arg(5).AsNumber() : -1;
  double out_len = call.Arg(6).IsNumber() ? call.Arg(6).AsNumber() : -1;
  if (!in || !out || in_off < 0 || in_len < 0 || out_off < 0 || out_len < 0 ||
      in_off + in_len > static_cast<double>(in->size()) ||
      out_off + out_len > static_cast<double>(out->size())) {
    return Misuse(vm, "write outside its buffers");
  }
  w->input =
      std::string_view(in->data() + static_cast<size_t>(in_off), static_cast<size_t>(in_len));
  w->out = call.Arg(4);
  w->out_off = static_cast<uint32_t>(out_off);
  w->out_len = static_cast<uint32_t>(out_len);
  return Ok();
}

std::shared_ptr<HandleData> OpenHandle(js::NativeCall& call, js::Completion* error) {
  auto h = HostAs<HandleData>(call.vm, call.this_value);
  if (!h) {
    *error = Misuse(call.vm, "not a zlib handle");
  } else if (h->closed) {
    *error = Misuse(call.vm, "zlib binding closed");
  } else if (h->write_in_progress) {
    *error = Misuse(call.vm, "write already in progress");
  } else {
    return h;
  }
  return nullptr;
}

// write(): queues the pass on the pool; its After callback runs in the poll phase.
js::Completion Write(Process& p, js::NativeCall& call) {
  js::Completion error = Ok();
  std::shared_ptr<HandleData> h = OpenHandle(call, &error);
  if (!h) return error;
  WriteArgs w;
  if (js::Completion c = ReadWriteArgs(call, &w); !c.ok()) return c;
  zlib::Mode mode = h->context.mode();
  auto result = std::make_shared<zlib::WriteResult>(h->context.Write(w.flush, w.input, w.out_len));
  h->write_in_progress = true;
  double ms = PassCostMs(p, mode, w.input.size() - result->avail_in_after, result->out.size());
  PoolWork work;
  work.id = p.rec().NewId();
  work.label = std::string("zlib.") + kModeClass[static_cast<int>(mode)] + " (write)";
  work.from = p.call_site();
  work.cpu_ns = MsToNs(ms);
  work.values = {call.this_value, w.out};
  work.process = &p;
  uint32_t out_off = w.out_off;
  work.done = [h, result, out_off](PoolWork& done) {
    h->write_in_progress = false;
    Process& proc = *done.process;
    if (proc.stopping()) return;
    js::Vm& vm = proc.vm();
    js::Value handle = done.values[0];
    std::string frame = done.label.substr(0, done.label.find(' ')) + " callback";
    CallbackSite site{Queue::kPollReady, done.id, done.label, frame};
    if (result->error) {
      const zlib::StreamError& e = *result->error;
      js::Value args[] = {vm.NewString(e.message), js::Value::Number(e.errno_value),
                          vm.NewString(e.code)};
      proc.MakeCallback(vm.GetOwn(handle, "onerror"), handle, args, site);
      return;
    }
    StoreResult(vm, handle, done.values[1], out_off, *result);
    proc.MakeCallback(vm.GetOwn(handle, kCallbackKey), handle, {}, site);
  };
  p.pool().Submit(std::move(work));
  return Ok();
}

// writeSync(): the same pass on the main thread (zlib.gzipSync and _processChunk).
js::Completion WriteSync(Process& p, js::NativeCall& call) {
  js::Completion error = Ok();
  std::shared_ptr<HandleData> h = OpenHandle(call, &error);
  if (!h) return error;
  WriteArgs w;
  if (js::Completion c = ReadWriteArgs(call, &w); !c.ok()) return c;
  zlib::Mode mode = h->context.mode();
  zlib::WriteResult r = h->context.Write(w.flush, w.input, w.out_len);
  // The same CPU as a write on the pool (PassCostMs), spent on the main thread; the first
  // pass also pays the other half of the base, so a small gzipSync costs one whole base, as
  // a small zlib.gzip's two passes do.
  double ms = PassCostMs(p, mode, w.input.size() - r.avail_in_after, r.out.size());
  if (!h->synced) ms += p.IoCostFor("zlib", {0, 0.05}).cpu_ms / 2;
  h->synced = true;
  p.SyncClock();
  p.DoMainThreadWork(MsToNs(ms));
  if (r.error) return EmitErrorSync(call.vm, call.this_value, *r.error);
  StoreResult(call.vm, call.this_value, w.out, w.out_off, r);
  return Ok();
}

// init(windowBits, level, memLevel, strategy, writeState, processCallback, dictionary) for
// zlib; init(params, writeState, processCallback) for Brotli (params: ~0u where unset).
js::Completion Init(js::NativeCall& call) {
  js::Vm& vm = call.vm;
  auto h = HostAs<HandleData>(vm, call.this_value);
  if (!h) return Misuse(vm, "not a zlib handle");
  zlib::Mode mode = h->context.mode();
  size_t state_arg = IsBrotli(mode) ? 1 : 4;
  vm.Set(call.this_value, kStateKey, call.Arg(state_arg));
  vm.Set(call.this_value, kCallbackKey, call.Arg(state_arg + 1));
  if (!IsBrotli(mode)) {
    std::string dictionary;
    if (std::optional<std::span<char>> d = vm.ViewSpan(call.Arg(6))) {
      dictionary.assign(d->data(), d->size());
    }
    h->context.InitZlib(IntArg(call, 1), IntArg(call, 0), IntArg(call, 2), IntArg(call, 3),
                        std::move(dictionary));
    return Ok(js::Value::Boolean(true));
  }
  std::vector<uint32_t> params;
  if (std::optional<std::span<char>> raw = vm.ViewSpan(call.Arg(0))) {
    params.resize(raw->size() / sizeof(uint32_t));
    std::memcpy(params.data(), raw->data(), params.size() * sizeof(uint32_t));
  }
  if (std::optional<zlib::StreamError> e = h->context.InitBrotli(params)) {
    js::Completion c = EmitErrorSync(vm, call.this_value, *e);
    return c.ok() ? Ok(js::Value::Boolean(false)) : c;
  }
  return Ok(js::Value::Boolean(true));
}

// params(level, strategy) and reset(): an error goes to onerror, as in Node.
js::Completion ParamsOrReset(js::NativeCall& call, bool reset) {
  js::Completion error = Ok();
  std::shared_ptr<HandleData> h = OpenHandle(call, &error);
  if (!h) return error;
  std::optional<zlib::StreamError> e =
      reset ? h->context.Reset() : h->context.Params(IntArg(call, 0), IntArg(call, 1));
  return e ? EmitErrorSync(call.vm, call.this_value, *e) : Ok();
}

js::Value HandlePrototype(Process& p) {
  js::Vm& vm = p.vm();
  js::Value proto = vm.NewObject();
  SetMethod(vm, proto, "init", 7, Init);
  SetMethod(vm, proto, "write", 7, [&p](js::NativeCall& call) { return Write(p, call); });
  SetMethod(vm, proto, "writeSync", 7, [&p](js::NativeCall& call) { return WriteSync(p, call); });
  SetMethod(vm, proto, "params", 2,
            [](js::NativeCall& call) { return ParamsOrReset(call, false); });
  SetMethod(vm, proto, "reset", 0, [](js::NativeCall& call) { return ParamsOrReset(call, true); });
  // close(): a write on the pool still completes (Node's pending_close_), its callback sees
  // the stream destroyed; the zlib state itself goes now (the bytes are already computed).
  SetMethod(vm, proto, "close", 0, [](js::NativeCall& call) {
    auto h = HostAs<HandleData>(call.vm, call.this_value);
    if (h && !h->closed) {
      h->closed = true;
      h->context.Close();
    }
    return Ok();
  });
  return proto;
}

}  // namespace

js::Value BuildZlibHandleBinding(Process& p) {
  js::Vm& vm = p.vm();
  js::Value binding = vm.NewObject();
  // Kept on the binding, which lib/zlib.js holds, so the collector sees it.
  vm.Set(binding, "handlePrototype", HandlePrototype(p));
  // binding.newHandle(mode): `new binding.Zlib(mode)` / BrotliEncoder / BrotliDecoder in Node.
  SetMethod(vm, binding, "newHandle", 1, [](js::NativeCall& call) {
    js::Value proto = call.vm.GetOwn(call.this_value, "handlePrototype");
    int mode = IntArg(call, 0);
    if (mode < 1 || mode > static_cast<int>(zlib::Mode::kBrotliEncode)) {
      return Misuse(call.vm, "bad mode");
    }
    auto data = std::make_shared<HandleData>(static_cast<zlib::Mode>(mode));
    return Ok(NewHostObjectFor(call.vm, IsBrotli(data->context.mode()) ? "BrotliHandle" : "Zlib",
                               data, proto));
  });
  // crc32(data, value): zlib's own, over a string's UTF-8 bytes or a view's bytes.
  SetMethod(vm, binding, "crc32", 2, [](js::NativeCall& call) {
    std::string bytes;
    if (call.Arg(0).IsString()) {
      bytes = call.vm.StringView(call.Arg(0));
    } else if (std::optional<std::span<char>> view = call.vm.ViewSpan(call.Arg(0))) {
      bytes.assign(view->data(), view->size());
    }
    auto value = static_cast<uLong>(call.Arg(1).IsNumber() ? call.Arg(1).AsNumber() : 0);
    uLong crc = ::crc32(value, reinterpret_cast<const Bytef*>(bytes.data()),
                        static_cast<uInt>(bytes.size()));
    return Ok(js::Value::Number(static_cast<double>(crc)));
  });
  return binding;
}

}  // namespace loopscope::node
