// engine/node/modules/crypto_zlib_dns.cpp — pool-backed crypto and zlib, and dns.
//
// crypto.pbkdf2/scrypt/randomBytes/randomFill and zlib run on the thread pool as CPU work
// (they compete for cores); dns.lookup is getaddrinfo on the pool (slow I/O, latency);
// dns.resolve* is c-ares: an OS operation with no pool thread (docs/semantics.md §6.4).
// Results are deterministic stand-ins (the bytes are not a real digest): what the
// simulation models is *when* they arrive.
#include <cmath>

#include "engine/node/modules.h"
#include "engine/node/modules/buffer.h"
#include "engine/node/native.h"
#include "engine/node/os_io.h"
#include "engine/node/process.h"
#include "engine/node/task_queue.h"
#include "engine/node/thread_pool.h"
#include "engine/node/validators.h"

namespace loopscope::node {

namespace {

// Deterministic bytes derived from the inputs (FNV-1a stream), standing in for a digest.
std::string PseudoBytes(const std::string& seed, size_t n) {
  std::string out;
  out.reserve(n);
  uint64_t h = 1469598103934665603ull;
  for (char c : seed) h = (h ^ static_cast<uint8_t>(c)) * 1099511628211ull;
  for (size_t i = 0; i < n; ++i) {
    h = (h ^ (i + 0x9e)) * 1099511628211ull;
    out += static_cast<char>(h >> 24);
  }
  return out;
}

// Submits one pool job of `cpu_ns` CPU (and `latency_ns` wait) whose completion calls
// `callback(err, result)` as a MakeCallback in the poll phase.
void SubmitJob(Process& p, std::string label, int64_t cpu_ns, int64_t latency_ns, bool slow_io,
               js::Value callback, std::function<std::vector<js::Value>(Process&)> results) {
  PoolWork work;
  work.id = p.rec().NewId();
  work.label = std::move(label);
  work.from = p.current_statement();
  work.cpu_ns = cpu_ns;
  work.latency_ns = latency_ns;
  work.slow_io = slow_io;
  work.values = {callback};
  work.done = [results = std::move(results)](PoolWork& w) {
    Process& proc = *w.process;
    std::vector<js::Value> args = results(proc);
    // An anonymous callback shows on the stack as "crypto.pbkdf2 callback".
    std::string frame = w.label.substr(0, w.label.find(' ')) + " callback";
    CallbackSite site{Queue::kPollReady, w.id, w.label, frame};
    proc.MakeCallback(w.values[0], js::Value::Undefined(), args, site);
  };
  work.process = &p;
  p.pool().Submit(std::move(work));
}

js::Value LastCallable(js::NativeCall& call) {
  return call.args.empty() ? js::Value::Undefined() : call.args.back();
}

// lib/internal/crypto: keylen is validateInt32(keylen, 'keylen', 0); the key is then
// reserved on the heap (the whole buffer is made when the job completes).
js::Completion KeyLength(js::Vm& vm, js::Value arg, size_t& out) {
  double d = 0;
  js::Completion valid = ValidateInteger(vm, arg, "keylen", 0, kMaxInt32, d);
  if (!valid.ok()) return valid;
  out = static_cast<size_t>(d);
  return vm.ReserveHeap(out);
}

}  // namespace

js::Value BuildCryptoModule(Process& p) {
  js::Vm& vm = p.vm();
  js::Value crypto = vm.NewObject();
  // pbkdf2(password, salt, iterations, keylen, digest, callback): about 0.41 µs per
  // iteration for sha512 and 0.19 µs for sha256 on one core (measured on Node 20).
  SetMethod(vm, crypto, "pbkdf2", 6, [&p](js::NativeCall& call) {
    js::Value cb = LastCallable(call);
    if (!call.vm.IsCallable(cb)) return ThrowNotFunction(call.vm, "callback", cb);
    double iterations = 0;  // pbkdf2 check(): validateInt32(iterations, 'iterations', 1)
    if (js::Completion c = ValidateInteger(call.vm, call.Arg(2), "iterations", 1, kMaxInt32, iterations);
        !c.ok())
      return c;
    size_t keylen = 0;
    if (js::Completion c = KeyLength(call.vm, call.Arg(3), keylen); !c.ok()) return c;
    std::string digest = call.vm.ToDisplayString(call.Arg(4));
    double per_iter_ms = digest == "sha512" ? 0.00041 : digest == "sha1" ? 0.00012 : 0.000185;
    scenario::IoCost cost = p.IoCostFor("crypto.pbkdf2", {0, iterations * per_iter_ms});
    std::string seed = call.vm.ToDisplayString(call.Arg(0)) + call.vm.ToDisplayString(call.Arg(1));
    p.SyncClock();
    SubmitJob(p, "crypto.pbkdf2 (" + std::to_string(static_cast<long long>(iterations)) + " iterations)",
              MsToNs(cost.cpu_ms), MsToNs(cost.latency_ms), false, cb,
              [seed, keylen](Process& proc) -> std::vector<js::Value> {
                return {js::Value::Null(), NewBuffer(proc, PseudoBytes(seed, keylen))};
              });
    return Ok();
  });
  SetMethod(vm, crypto, "scrypt", 4, [&p](js::NativeCall& call) {
    js::Value cb = LastCallable(call);
    if (!call.vm.IsCallable(cb)) return ThrowNotFunction(call.vm, "callback", cb);
    size_t keylen = 0;
    if (js::Completion c = KeyLength(call.vm, call.Arg(2), keylen); !c.ok()) return c;
    scenario::IoCost cost = p.IoCostFor("crypto.scrypt", {0, 70});
    std::string seed = call.vm.ToDisplayString(call.Arg(0)) + call.vm.ToDisplayString(call.Arg(1));
    p.SyncClock();
    SubmitJob(p, "crypto.scrypt", MsToNs(cost.cpu_ms), MsToNs(cost.latency_ms), false, cb,
              [seed, keylen](Process& proc) -> std::vector<js::Value> {
                return {js::Value::Null(), NewBuffer(proc, PseudoBytes(seed, keylen))};
              });
    return Ok();
  });
  SetMethod(vm, crypto, "randomBytes", 2, [&p](js::NativeCall& call) {
    // lib/internal/crypto/random.js assertSize: a number in [0, 2^31 - 1], then reserved.
    double size_arg = 0;
    js::Completion valid = ValidateNumber(call.vm, call.Arg(0), "size", 0, kMaxInt32, size_arg);
    if (!valid.ok()) return valid;
    auto size = static_cast<size_t>(size_arg);
    if (js::Completion room = call.vm.ReserveHeap(size); !room.ok()) return room;
    js::Value cb = call.Arg(1);
    std::string seed = "random" + std::to_string(p.rec().NewId());
    if (!call.vm.IsCallable(cb)) {  // the synchronous form
      p.DoMainThreadWork(MsToNs(0.001 * static_cast<double>(size) / 32 + 0.001));
      return Ok(NewBuffer(p, PseudoBytes(seed, size)));
    }
    scenario::IoCost cost = p.IoCostFor("crypto.randomBytes", {0, 0.02});
    p.SyncClock();
    SubmitJob(p, "crypto.randomBytes", MsToNs(cost.cpu_ms), MsToNs(cost.latency_ms), false, cb,
              [seed, size](Process& proc) -> std::vector<js::Value> {
                return {js::Value::Null(), NewBuffer(proc, PseudoBytes(seed, size))};
              });
    return Ok();
  });
  SetMethod(vm, crypto, "randomFill", 2, [&p](js::NativeCall& call) {
    js::Value buf = call.Arg(0);
    js::Value cb = LastCallable(call);
    if (!call.vm.IsCallable(cb)) return ThrowNotFunction(call.vm, "callback", cb);
    scenario::IoCost cost = p.IoCostFor("crypto.randomFill", {0, 0.02});
    uint64_t hold = p.Hold({buf});
    p.SyncClock();
    SubmitJob(p, "crypto.randomFill", MsToNs(cost.cpu_ms), MsToNs(cost.latency_ms), false, cb,
              [hold](Process& proc) -> std::vector<js::Value> {
                js::Value b = proc.Held(hold)[0];
                proc.Release(hold);
                if (auto data = HostAs<BufferData>(proc.vm(), b)) {
                  data->bytes = PseudoBytes("fill", data->bytes.size());
                }
                return {js::Value::Null(), b};
              });
    return Ok();
  });
  SetMethod(vm, crypto, "pbkdf2Sync", 5, [&p](js::NativeCall& call) {
    double iterations = 0;  // pbkdf2 check(): validateInt32(iterations, 'iterations', 1)
    if (js::Completion c = ValidateInteger(call.vm, call.Arg(2), "iterations", 1, kMaxInt32, iterations);
        !c.ok())
      return c;
    size_t keylen = 0;
    if (js::Completion c = KeyLength(call.vm, call.Arg(3), keylen); !c.ok()) return c;
    std::string digest = call.vm.ToDisplayString(call.Arg(4));
    double per_iter_ms = digest == "sha512" ? 0.00041 : 0.000185;
    scenario::IoCost cost = p.IoCostFor("crypto.pbkdf2", {0, iterations * per_iter_ms});
    p.SyncClock();
    p.DoMainThreadWork(MsToNs(cost.cpu_ms));
    std::string seed = call.vm.ToDisplayString(call.Arg(0)) + call.vm.ToDisplayString(call.Arg(1));
    return Ok(NewBuffer(p, PseudoBytes(seed, keylen)));
  });
  SetMethod(vm, crypto, "randomUUID", 0, [&p](js::NativeCall& call) {
    std::string hex = DecodeBytes(PseudoBytes("uuid" + std::to_string(p.rec().NewId()), 16), "hex");
    return Ok(call.vm.NewString(hex.substr(0, 8) + "-" + hex.substr(8, 4) + "-4" + hex.substr(13, 3) +
                                "-a" + hex.substr(17, 3) + "-" + hex.substr(20, 12)));
  });
  return crypto;
}

// zlib's async API pushes the input through a stream: two uv_queue_work round trips for a
// small input (the write and the flush), each a little CPU work.
js::Value BuildZlibModule(Process& p) {
  js::Vm& vm = p.vm();
  js::Value zlib = vm.NewObject();
  for (const char* op : {"gzip", "gunzip", "deflate", "inflate", "deflateRaw", "inflateRaw",
                         "brotliCompress", "brotliDecompress", "unzip"}) {
    std::string name = op;
    bool compress = name == "gzip" || name == "deflate" || name == "deflateRaw" || name == "brotliCompress";
    SetMethod(vm, zlib, name, 3, [&p, name, compress](js::NativeCall& call) {
      js::Value cb = LastCallable(call);
      if (!call.vm.IsCallable(cb)) return ThrowNotFunction(call.vm, "callback", cb);
      std::string input;
      if (!BytesOf(call.vm, call.Arg(0), "", &input)) input = call.vm.ToDisplayString(call.Arg(0));
      // The "compressed" form is the input behind a marker, so inflate(deflate(x)) is x.
      std::string output = compress ? "\x78\x9c" + input : (input.rfind("\x78\x9c", 0) == 0 ? input.substr(2) : input);
      double cpu_ms = p.IoCostFor("zlib", {0, 0.05}).cpu_ms + static_cast<double>(input.size()) * 0.00001;
      p.SyncClock();
      auto second = [name, output, cpu_ms](Process& proc, js::Value callback) {
        SubmitJob(proc, "zlib." + name + " (flush)", MsToNs(cpu_ms / 2), 0, false, callback,
                  [output](Process& pr) -> std::vector<js::Value> {
                    return {js::Value::Null(), NewBuffer(pr, output)};
                  });
      };
      // The first round trip's completion is internal: it submits the second.
      PoolWork first;
      first.id = p.rec().NewId();
      first.label = "zlib." + name + " (write)";
      first.from = p.current_statement();
      first.cpu_ns = MsToNs(cpu_ms / 2);
      first.values = {cb};
      first.process = &p;
      first.done = [second](PoolWork& w) { second(*w.process, w.values[0]); };
      p.pool().Submit(std::move(first));
      return Ok();
    });
  }
  return zlib;
}

namespace {
bool IsIpLiteral(const std::string& host) {
  if (host.find(':') != std::string::npos) return true;
  int dots = 0;
  for (char c : host) {
    if (c == '.') ++dots;
    else if (c < '0' || c > '9') return false;
  }
  return dots == 3;
}

std::string AddressFor(const std::string& host) {
  if (IsIpLiteral(host)) return host;
  if (host == "localhost") return "127.0.0.1";
  uint64_t h = 1469598103934665603ull;
  for (char c : host) h = (h ^ static_cast<uint8_t>(c)) * 1099511628211ull;
  return "93.184." + std::to_string((h >> 8) & 255) + "." + std::to_string(h & 255);
}
}  // namespace

js::Value BuildDnsModule(Process& p) {
  js::Vm& vm = p.vm();
  js::Value dns = vm.NewObject();
  // dns.lookup: getaddrinfo on the pool (slow I/O); an IP literal answers on nextTick.
  SetMethod(vm, dns, "lookup", 3, [&p](js::NativeCall& call) {
    std::string host = call.vm.ToDisplayString(call.Arg(0));
    js::Value cb = LastCallable(call);
    if (!call.vm.IsCallable(cb)) return ThrowNotFunction(call.vm, "callback", cb);
    std::string address = AddressFor(host);
    p.SyncClock();
    if (IsIpLiteral(host)) {
      p.tasks().NextTick(cb, {js::Value::Null(), call.vm.NewString(address), js::Value::Number(4)});
      return Ok();
    }
    scenario::IoCost cost = p.IoCostFor("dns.lookup", {0.5, 0});
    SubmitJob(p, "dns.lookup " + host + " (getaddrinfo)", MsToNs(cost.cpu_ms), MsToNs(cost.latency_ms),
              true, cb, [address](Process& proc) -> std::vector<js::Value> {
                return {js::Value::Null(), proc.vm().NewString(address), js::Value::Number(4)};
              });
    return Ok();
  });
  vm.Set(vm.GetOwn(dns, "lookup"), "__promisifyArgs",
         vm.NewArray(std::vector<js::Value>{vm.NewString("address"), vm.NewString("family")}));
  // dns.resolve4 / resolve: c-ares queries, answered by the OS in the poll phase.
  for (const char* op : {"resolve", "resolve4", "resolve6"}) {
    std::string name = op;
    SetMethod(vm, dns, name, 3, [&p, name](js::NativeCall& call) {
      std::string host = call.vm.ToDisplayString(call.Arg(0));
      js::Value cb = LastCallable(call);
      if (!call.vm.IsCallable(cb)) return ThrowNotFunction(call.vm, "callback", cb);
      scenario::IoCost cost = p.IoCostFor("dns.resolve", {5, 0});
      p.SyncClock();
      OsOperation op;
      op.label = "dns." + name + " " + host + " (c-ares, no pool thread)";
      op.from = p.current_statement();
      op.ready_at = p.now() + MsToNs(cost.latency_ms);
      op.values = {cb};
      std::string address = AddressFor(host);
      op.on_ready = [&p, address](OsOperation& o) {
        js::Value list[] = {p.vm().NewString(address)};
        js::Value args[] = {js::Value::Null(), p.vm().NewArray(list)};
        CallbackSite site{Queue::kPollReady, o.id, o.label, "dns.resolve callback"};
        p.MakeCallback(o.values[0], js::Value::Undefined(), args, site);
      };
      p.os().Start(std::move(op));
      return Ok();
    });
  }
  js::Completion util = p.modules().Require("util");
  js::Value promises = vm.NewObject();
  if (util.ok()) {
    js::Value promisify = vm.GetOwn(util.value, "promisify");
    for (const char* name : {"lookup", "resolve", "resolve4", "resolve6"}) {
      js::Value fn[] = {vm.GetOwn(dns, name)};
      js::Completion c = vm.Call(promisify, util.value, fn);
      if (c.ok()) vm.Set(promises, name, c.value);
    }
  }
  vm.Set(dns, "promises", promises);
  return dns;
}

}  // namespace loopscope::node
