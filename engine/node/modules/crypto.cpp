// engine/node/modules/crypto.cpp — the `crypto` module over OpenSSL (crypto_ops.h).
//
// Argument checks and their order follow lib/internal/crypto/*.js, so bad arguments throw
// Node's errors synchronously. pbkdf2/scrypt/hkdf/randomBytes/randomFill/randomInt run on the
// thread pool as CPU work whose *virtual* cost is modelled (kKdfCosts below); their bytes are
// computed for real on a BackgroundBytes thread, never touching virtual time. Random bytes
// come from a seeded generator in the simulator (a run replays identically) and from
// RAND_bytes live. [SECTION] costs, hashes, key derivation, random, module.
#include <cctype>
#include <cmath>

#include "engine/node/modules.h"
#include "engine/node/modules/buffer.h"
#include "engine/node/modules/crypto_ops.h"
#include "engine/node/modules/encodings.h"
#include "engine/node/modules/pool_job.h"
#include "engine/node/native.h"
#include "engine/node/process.h"
#include "engine/node/task_queue.h"

namespace loopscope::node {

namespace {

// [SECTION] costs
// PBKDF2's work is iterations × ⌈keylen / digest size⌉ HMAC blocks (RFC 8018 §5.2).
// Nanoseconds per iteration-block for Node 20 (v20.20.2, OpenSSL 3) on this project's
// machine (a 2-core AMD EPYC VM): sha512 1050 ns, from 100,000 iterations taking ≈105 ms for
// keylen 64 and ≈916 ms for keylen 512 (8 blocks). The other digests are scaled by their
// ratio to sha512 measured side by side with tools/measure-kdf-costs.js (minimum of 15
// interleaved rounds: md5 0.34, sha1 0.46, sha256 0.24, sha384 ≈ sha512, which shares its
// compression function). A digest not listed costs like sha256 (≤ 32-byte output) or sha512.
struct DigestCost {
  std::string_view digest;
  double ns;  // per iteration-block (kKdfCosts) or per byte (kHashNsPerByte)
};
constexpr DigestCost kKdfCosts[] = {
    {"md5", 360}, {"sha1", 490}, {"sha256", 255}, {"sha384", 1050}, {"sha512", 1050},
};
// scrypt is memory-bound: 0.69 of a sha512 block per unit of N·r·p in the same measurement,
// ≈720 ns (the defaults N=16384, r=8, p=1: ≈94 ms).
constexpr double kScryptNsPerUnit = 720;
// HKDF is two or three HMACs per output block: a few microseconds, whatever the inputs.
constexpr double kHkdfCostMs = 0.01;
constexpr int kRandomCacheValues = 1024;
// Below this many iteration-blocks a key is computed inline: a thread would cost more.
constexpr double kInlineBlocks = 20000;

double Pbkdf2CostMs(std::string_view digest, double iterations, size_t keylen) {
  size_t size = std::max<size_t>(crypto::DigestSize(digest), 1);
  double blocks = iterations * static_cast<double>((keylen + size - 1) / size);
  double ns = size <= 32 ? 255 : 1050;
  for (const DigestCost& c : kKdfCosts) {
    if (c.digest == digest) ns = c.ns;
  }
  return blocks * ns / 1e6;
}

// Hashing is main-thread work: nanoseconds per input byte under Node 20 here (1 MiB
// updates, best of 15): md5 1.30, sha1 0.52, sha256 0.55, sha512 1.14 (sha384 shares its
// compression function). Others cost like sha256 (≤ 32-byte output) or sha512.
constexpr DigestCost kHashNsPerByte[] = {
    {"md5", 1.30}, {"sha1", 0.52}, {"sha256", 0.55}, {"sha384", 1.14}, {"sha512", 1.14},
};

double HashNsPerByte(std::string_view algorithm) {
  std::string lower;
  for (char c : algorithm) lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  for (const DigestCost& c : kHashNsPerByte) {
    if (c.digest == lower) return c.ns;
  }
  return crypto::DigestSize(algorithm) <= 32 ? 0.55 : 1.14;
}

// [SECTION] argument checks (lib/internal/validators.js)
js::Completion CheckInt32(js::Vm& vm, js::Value v, std::string_view name, double min, double* out) {
  if (!v.IsNumber()) return ThrowArgType(vm, name, "of type number", v);
  double d = v.AsNumber();
  if (d != std::trunc(d)) return ThrowOutOfRange(vm, name, "an integer", d);
  if (d < min || d > 2147483647) {
    return ThrowOutOfRange(vm, name,
                           ">= " + std::to_string(static_cast<int>(min)) + " && <= 2147483647", d);
  }
  *out = d;
  return Ok();
}

// getArrayBufferOrView: a string (utf8 unless `encoding`) or a Buffer's bytes.
js::Completion CheckBytes(js::Vm& vm, js::Value v, std::string_view name, std::string* out,
                          std::string_view what =
                              "of type string or an instance of ArrayBuffer, "
                              "Buffer, TypedArray, or DataView") {
  if (BytesOf(vm, v, "", out)) return Ok();
  return ThrowArgType(vm, name, what, v);
}

js::Completion CheckDigestName(js::Vm& vm, js::Value v, std::string* out) {
  if (!v.IsString()) return ThrowArgType(vm, "digest", "of type string", v);
  *out = vm.StringView(v);
  return Ok();
}

js::Completion InvalidDigest(js::Vm& vm, std::string_view name) {
  return Throw(MakeNodeError(vm, js::ErrorType::kTypeError, "ERR_CRYPTO_INVALID_DIGEST",
                             "Invalid digest: " + std::string(name)));
}

// [SECTION] hashes
struct HashData : HostRecord {
  static constexpr HostKind kKind = HostKind::kHash;
  HashData(std::unique_ptr<crypto::Hasher> h, double ns)
      : HostRecord(kKind), hasher(std::move(h)), ns_per_byte(ns) {}
  std::unique_ptr<crypto::Hasher> hasher;
  double ns_per_byte;
  bool finalized = false;
};

js::Completion HashFinalized(js::Vm& vm) {
  return Throw(MakeNodeError(vm, js::ErrorType::kError, "ERR_CRYPTO_HASH_FINALIZED",
                             "Digest already called"));
}

// A Hash or Hmac object; its prototype is crypto.Hash.prototype / crypto.Hmac.prototype.
js::Value NewHash(Process& p, std::string_view cls, std::unique_ptr<crypto::Hasher> h,
                  double ns_per_byte) {
  js::Vm& vm = p.vm();
  js::Completion module = p.modules().Require("crypto");
  js::Value proto =
      module.ok() ? vm.GetOwn(vm.GetOwn(module.value, cls), "prototype") : js::Value::Undefined();
  auto data = std::make_shared<HashData>(std::move(h), ns_per_byte);
  return vm.NewHostObject(cls, std::shared_ptr<void>(std::shared_ptr<HostRecord>(data)), proto);
}

// Hash.prototype / Hmac.prototype: update(data[, inputEncoding]), digest([encoding]), copy().
js::Value HashPrototype(Process& p) {
  js::Vm& vm = p.vm();
  js::Value proto = vm.NewObject();
  SetMethod(vm, proto, "update", 2, [&p](js::NativeCall& call) {
    auto h = HostAs<HashData>(call.vm, call.this_value);
    if (!h) return Ok(call.this_value);
    if (h->finalized) return HashFinalized(call.vm);
    std::string bytes;
    js::Value data = call.Arg(0);
    if (data.IsString()) {
      std::string_view enc = call.Arg(1).IsString() ? call.vm.StringView(call.Arg(1)) : "";
      bytes = Encode(call.vm.StringView(data), ParseEncoding(enc).value_or(Encoding::kUtf8));
    } else if (!BytesOf(call.vm, data, "", &bytes)) {
      return ThrowArgType(call.vm, "data",
                          "of type string or an instance of Buffer, TypedArray, or DataView", data);
    }
    h->hasher->Update(bytes);
    p.SyncClock();
    p.ChargeMainThread(static_cast<int64_t>(static_cast<double>(bytes.size()) * h->ns_per_byte));
    return Ok(call.this_value);
  });
  SetMethod(vm, proto, "digest", 1, [&p](js::NativeCall& call) {
    auto h = HostAs<HashData>(call.vm, call.this_value);
    if (!h) return Ok();
    if (h->finalized) return HashFinalized(call.vm);
    h->finalized = true;
    std::string out = h->hasher->Final();
    std::optional<Encoding> e;
    if (call.Arg(0).IsString()) e = ParseEncoding(call.vm.StringView(call.Arg(0)));
    if (!e) return Ok(NewBuffer(p, std::move(out)));  // no (or 'buffer') encoding: a Buffer
    return Ok(call.vm.NewString(Decode(out, *e)));
  });
  SetMethod(vm, proto, "copy", 0, [&p](js::NativeCall& call) {
    auto h = HostAs<HashData>(call.vm, call.this_value);
    if (!h) return Ok();
    if (h->finalized) return HashFinalized(call.vm);
    std::unique_ptr<crypto::Hasher> copy = h->hasher->Copy();
    if (!copy) return Ok();
    return Ok(NewHash(p, "Hash", std::move(copy), h->ns_per_byte));
  });
  return proto;
}

// [SECTION] key derivation
// hkdf's result is an ArrayBuffer, the others' a Buffer.
// What a native returns once the run has stopped: no more JavaScript runs.
js::Completion Terminated() {
  return js::Completion{js::Completion::Type::kTerminated, js::Value::Undefined()};
}

js::Value KeyValue(Process& p, std::string bytes, bool array_buffer) {
  return array_buffer ? NewArrayBuffer(p, std::move(bytes)) : NewBuffer(p, std::move(bytes));
}

// Runs `compute` for a pool job's result: inline when small, else on its own thread started
// now, so it overlaps the simulation; the callback gets (null, key) when the job ends.
JobResults KeyResult(double blocks, BackgroundBytes::Compute compute, bool array_buffer) {
  if (blocks < kInlineBlocks) {
    return [compute = std::move(compute),
            array_buffer](Process& proc) -> std::optional<std::vector<js::Value>> {
      std::atomic<bool> never{false};
      std::optional<std::string> key = compute(never);
      if (!key) return std::nullopt;
      return std::vector<js::Value>{js::Value::Null(),
                                    KeyValue(proc, std::move(*key), array_buffer)};
    };
  }
  auto job = std::make_shared<BackgroundBytes>(std::move(compute));
  return [job, array_buffer](Process& proc) -> std::optional<std::vector<js::Value>> {
    std::optional<std::string> key = job->Wait(proc);
    if (!key) return std::nullopt;
    return std::vector<js::Value>{js::Value::Null(), KeyValue(proc, std::move(*key), array_buffer)};
  };
}

// A *Sync derivation: the modelled CPU is main-thread work; the bytes are computed for real.
js::Completion SyncKey(Process& p, double cost_ms, double blocks, BackgroundBytes::Compute compute,
                       bool array_buffer) {
  p.SyncClock();
  p.ChargeMainThread(MsToNs(cost_ms));  // live, the real computation below is the cost
  std::optional<std::string> key;
  if (blocks < kInlineBlocks) {
    std::atomic<bool> never{false};
    key = compute(never);
  } else {
    BackgroundBytes job(std::move(compute));
    key = job.Wait(p);
  }
  if (!key) return js::Completion{js::Completion::Type::kTerminated, js::Value::Undefined()};
  return Ok(KeyValue(p, std::move(*key), array_buffer));
}

// pbkdf2(password, salt, iterations, keylen, digest[, callback]) (lib/internal/crypto/pbkdf2.js):
// the arguments, then the callback, then the digest's existence.
struct Pbkdf2Args {
  std::string password, salt, digest;
  double iterations = 0, keylen = 0;
};
js::Completion CheckPbkdf2(js::NativeCall& call, Pbkdf2Args* a) {
  // pbkdf2(password, salt, iterations, keylen, callback): the callback moves out of the
  // digest's place, which is then undefined.
  js::Value digest = call.vm.IsCallable(call.Arg(4)) ? js::Value::Undefined() : call.Arg(4);
  js::Completion c = CheckDigestName(call.vm, digest, &a->digest);
  if (c.ok()) c = CheckBytes(call.vm, call.Arg(0), "password", &a->password);
  if (c.ok()) c = CheckBytes(call.vm, call.Arg(1), "salt", &a->salt);
  if (c.ok()) c = CheckInt32(call.vm, call.Arg(2), "iterations", 1, &a->iterations);
  if (c.ok()) c = CheckInt32(call.vm, call.Arg(3), "keylen", 0, &a->keylen);
  return c;
}

BackgroundBytes::Compute Pbkdf2Compute(Pbkdf2Args a) {
  return [a = std::move(a)](const std::atomic<bool>& cancel) {
    return crypto::Pbkdf2(a.password, a.salt, static_cast<uint32_t>(a.iterations),
                          static_cast<size_t>(a.keylen), a.digest, cancel);
  };
}

double Pbkdf2Blocks(const Pbkdf2Args& a) {
  size_t size = std::max<size_t>(crypto::DigestSize(a.digest), 1);
  return a.iterations * std::ceil(a.keylen / static_cast<double>(size));
}

// scrypt(password, salt, keylen[, options][, callback]) (lib/internal/crypto/scrypt.js).
struct ScryptArgs {
  std::string password, salt;
  double keylen = 0;
  uint64_t n = 16384, r = 8, p = 1, maxmem = 32 << 20;
};
js::Completion CheckScrypt(js::NativeCall& call, ScryptArgs* a) {
  js::Completion c = CheckBytes(call.vm, call.Arg(0), "password", &a->password);
  if (c.ok()) c = CheckBytes(call.vm, call.Arg(1), "salt", &a->salt);
  if (c.ok()) c = CheckInt32(call.vm, call.Arg(2), "keylen", 0, &a->keylen);
  if (!c.ok()) return c;
  js::Value options = call.Arg(3);
  if (options.IsObject() && !call.vm.IsCallable(options)) {
    struct Field {
      const char* name;
      const char* alias;
      uint64_t* out;
    } fields[] = {{"N", "cost", &a->n},
                  {"r", "blockSize", &a->r},
                  {"p", "parallelization", &a->p},
                  {"maxmem", nullptr, &a->maxmem}};
    for (const Field& f : fields) {
      for (const char* key : {f.name, f.alias}) {
        js::Value v = key ? call.vm.GetOwn(options, key) : js::Value::Undefined();
        if (v.IsNumber() && v.AsNumber() >= 0) *f.out = static_cast<uint64_t>(v.AsNumber());
      }
    }
  }
  if (!crypto::ScryptParamsValid(a->n, a->r, a->p, a->maxmem)) {
    return Throw(MakeNodeError(call.vm, js::ErrorType::kRangeError,
                               "ERR_CRYPTO_INVALID_SCRYPT_PARAMS", "Invalid scrypt params"));
  }
  // scrypt allocates 128·r·(N + p) bytes: memory the program asked for, held to the heap
  // limit like a Buffer of that size.
  double memory =
      128.0 * static_cast<double>(a->r) * (static_cast<double>(a->n) + static_cast<double>(a->p));
  return call.vm.ReserveHeap(static_cast<size_t>(std::min(memory, 1e18)));
}

BackgroundBytes::Compute ScryptCompute(ScryptArgs a) {
  return [a = std::move(a)](const std::atomic<bool>&) {
    return crypto::Scrypt(a.password, a.salt, a.n, a.r, a.p, a.maxmem,
                          static_cast<size_t>(a.keylen));
  };
}

double ScryptCostMs(const ScryptArgs& a) {
  return static_cast<double>(a.n) * static_cast<double>(a.r) * static_cast<double>(a.p) *
         kScryptNsPerUnit / 1e6;
}

// hkdf(digest, ikm, salt, info, keylen[, callback]) (lib/internal/crypto/hkdf.js).
struct HkdfArgs {
  std::string digest, key, salt, info;
  double keylen = 0;
};
js::Completion CheckHkdf(js::NativeCall& call, HkdfArgs* a) {
  js::Completion c = CheckDigestName(call.vm, call.Arg(0), &a->digest);
  std::string_view key_type =
      "of type string or an instance of ArrayBuffer, Buffer, TypedArray, DataView, or KeyObject";
  if (c.ok()) c = CheckBytes(call.vm, call.Arg(1), "ikm", &a->key, key_type);
  if (c.ok()) c = CheckBytes(call.vm, call.Arg(2), "salt", &a->salt);
  if (c.ok()) c = CheckBytes(call.vm, call.Arg(3), "info", &a->info);
  if (c.ok()) c = CheckInt32(call.vm, call.Arg(4), "length", 0, &a->keylen);
  if (!c.ok()) return c;
  size_t size = crypto::DigestSize(a->digest);
  if (size == 0) return InvalidDigest(call.vm, a->digest);
  if (a->keylen > 255.0 * static_cast<double>(size)) {
    return Throw(MakeNodeError(call.vm, js::ErrorType::kRangeError, "ERR_CRYPTO_INVALID_KEYLEN",
                               "Invalid key length"));
  }
  return Ok();
}

BackgroundBytes::Compute HkdfCompute(HkdfArgs a) {
  return [a = std::move(a)](const std::atomic<bool>&) {
    return crypto::Hkdf(a.digest, a.key, a.salt, a.info, static_cast<size_t>(a.keylen));
  };
}

// [SECTION] random
js::Completion CheckSize(js::Vm& vm, js::Value v, double* out) {
  if (!v.IsNumber()) return ThrowArgType(vm, "size", "of type number", v);
  double d = v.AsNumber();
  if (!(d >= 0 && d <= 2147483647)) return ThrowOutOfRange(vm, "size", ">= 0 && <= 2147483647", d);
  *out = std::trunc(d);
  return vm.ReserveHeap(static_cast<size_t>(*out));
}

// randomInt's rejection sampling over 48-bit values (lib/internal/crypto/random.js).
double RandomIntFrom(crypto::RandomSource& rng, double min, double max) {
  const double range = max - min;
  const double limit = 281474976710655.0 - std::fmod(281474976710655.0, range);
  for (;;) {
    std::string b = rng.Bytes(6);
    double x = 0;
    for (char c : b) x = x * 256 + static_cast<uint8_t>(c);
    if (x < limit) return std::fmod(x, range) + min;
  }
}

js::Completion CheckRandomInt(js::Vm& vm, js::Value min_v, js::Value max_v) {
  auto safe = [](js::Value v) {
    return v.IsNumber() && std::trunc(v.AsNumber()) == v.AsNumber() &&
           std::fabs(v.AsNumber()) <= 9007199254740991.0;
  };
  if (!safe(min_v)) return ThrowArgType(vm, "min", "a safe integer", min_v);
  if (!safe(max_v)) return ThrowArgType(vm, "max", "a safe integer", max_v);
  double min = min_v.AsNumber(), max = max_v.AsNumber();
  if (max <= min) {
    char range[80];
    std::snprintf(range, sizeof range, "greater than the value of \"min\" (%.0f)", min);
    return ThrowOutOfRange(vm, "max", range, max);
  }
  if (max - min > 281474976710655.0)
    return ThrowOutOfRange(vm, "max - min", "<= 281474976710655", max - min);
  return Ok();
}

}  // namespace

// [SECTION] module
js::Value BuildCryptoModule(Process& p) {
  js::Vm& vm = p.vm();
  js::Value crypto = vm.NewObject();
  uint64_t seed = p.scenario().environment.random_seed;
  auto rng = std::make_shared<crypto::RandomSource>(
      p.real_time(), seed ? seed : crypto::RandomSource::kDefaultSeed);
  for (const char* cls : {"Hash", "Hmac"}) {
    js::Value ctor = vm.NewFunction(cls, 2, [](js::NativeCall& call) {
      return Throw(
          call.vm.MakeError(js::ErrorType::kTypeError, "use crypto.createHash / createHmac"));
    });
    vm.Set(ctor, "prototype", HashPrototype(p));
    vm.Set(crypto, cls, ctor);
  }
  SetMethod(vm, crypto, "createHash", 2, [&p](js::NativeCall& call) {
    if (!call.Arg(0).IsString())
      return ThrowArgType(call.vm, "algorithm", "of type string", call.Arg(0));
    std::string_view algorithm = call.vm.StringView(call.Arg(0));
    auto h = crypto::Hasher::Digest(algorithm);
    if (!h) return Throw(call.vm.MakeError(js::ErrorType::kError, "Digest method not supported"));
    return Ok(NewHash(p, "Hash", std::move(h), HashNsPerByte(algorithm)));
  });
  SetMethod(vm, crypto, "createHmac", 3, [&p](js::NativeCall& call) {
    if (!call.Arg(0).IsString())
      return ThrowArgType(call.vm, "hmac", "of type string", call.Arg(0));
    std::string key;
    js::Completion c =
        CheckBytes(call.vm, call.Arg(1), "key", &key,
                   "of type string or an instance of ArrayBuffer, Buffer, TypedArray, "
                   "DataView, KeyObject, or CryptoKey");
    if (!c.ok()) return c;
    std::string_view algorithm = call.vm.StringView(call.Arg(0));
    auto h = crypto::Hasher::Hmac(algorithm, key);
    if (!h) return InvalidDigest(call.vm, algorithm);
    return Ok(NewHash(p, "Hmac", std::move(h), HashNsPerByte(algorithm)));
  });
  SetMethod(vm, crypto, "getHashes", 0, [](js::NativeCall& call) {
    // Node 20's list (OpenSSL 3 with its default provider), as crypto.getHashes() returns it.
    static constexpr const char* kHashes[] = {"RSA-MD5",
                                              "RSA-RIPEMD160",
                                              "RSA-SHA1",
                                              "RSA-SHA1-2",
                                              "RSA-SHA224",
                                              "RSA-SHA256",
                                              "RSA-SHA3-224",
                                              "RSA-SHA3-256",
                                              "RSA-SHA3-384",
                                              "RSA-SHA3-512",
                                              "RSA-SHA384",
                                              "RSA-SHA512",
                                              "RSA-SHA512/224",
                                              "RSA-SHA512/256",
                                              "RSA-SM3",
                                              "blake2b512",
                                              "blake2s256",
                                              "id-rsassa-pkcs1-v1_5-with-sha3-224",
                                              "id-rsassa-pkcs1-v1_5-with-sha3-256",
                                              "id-rsassa-pkcs1-v1_5-with-sha3-384",
                                              "id-rsassa-pkcs1-v1_5-with-sha3-512",
                                              "md5",
                                              "md5-sha1",
                                              "md5WithRSAEncryption",
                                              "ripemd",
                                              "ripemd160",
                                              "ripemd160WithRSA",
                                              "rmd160",
                                              "sha1",
                                              "sha1WithRSAEncryption",
                                              "sha224",
                                              "sha224WithRSAEncryption",
                                              "sha256",
                                              "sha256WithRSAEncryption",
                                              "sha3-224",
                                              "sha3-256",
                                              "sha3-384",
                                              "sha3-512",
                                              "sha384",
                                              "sha384WithRSAEncryption",
                                              "sha512",
                                              "sha512-224",
                                              "sha512-224WithRSAEncryption",
                                              "sha512-256",
                                              "sha512-256WithRSAEncryption",
                                              "sha512WithRSAEncryption",
                                              "shake128",
                                              "shake256",
                                              "sm3",
                                              "sm3WithRSAEncryption",
                                              "ssl3-md5",
                                              "ssl3-sha1"};
    std::vector<js::Value> names;
    for (const char* n : kHashes) names.push_back(call.vm.NewString(n));
    return Ok(call.vm.NewArray(names));
  });
  SetMethod(vm, crypto, "pbkdf2", 6, [&p](js::NativeCall& call) {
    Pbkdf2Args a;
    js::Completion c = CheckPbkdf2(call, &a);
    if (!c.ok()) return c;
    js::Value cb = call.Arg(5);
    if (!call.vm.IsCallable(cb)) return ThrowNotFunction(call.vm, "callback", cb);
    if (crypto::DigestSize(a.digest) == 0) return InvalidDigest(call.vm, a.digest);
    scenario::IoCost cost = p.IoCostFor(
        "crypto.pbkdf2", {0, Pbkdf2CostMs(a.digest, a.iterations, static_cast<size_t>(a.keylen))});
    std::string label =
        "crypto.pbkdf2 (" + std::to_string(static_cast<long long>(a.iterations)) + " iterations)";
    double blocks = Pbkdf2Blocks(a);
    if (!p.CountPoolWork(cost.cpu_ms)) return Terminated();
    p.SyncClock();
    SubmitJob(p, label, MsToNs(cost.cpu_ms), MsToNs(cost.latency_ms), false, cb,
              KeyResult(blocks, Pbkdf2Compute(std::move(a)), false));
    return Ok();
  });
  SetMethod(vm, crypto, "pbkdf2Sync", 5, [&p](js::NativeCall& call) {
    Pbkdf2Args a;
    js::Completion c = CheckPbkdf2(call, &a);
    if (!c.ok()) return c;
    if (crypto::DigestSize(a.digest) == 0) return InvalidDigest(call.vm, a.digest);
    double cost =
        p.IoCostFor("crypto.pbkdf2",
                    {0, Pbkdf2CostMs(a.digest, a.iterations, static_cast<size_t>(a.keylen))})
            .cpu_ms;
    double blocks = Pbkdf2Blocks(a);
    if (!p.CountPoolWork(cost)) return Terminated();
    return SyncKey(p, cost, blocks, Pbkdf2Compute(std::move(a)), false);
  });
  SetMethod(vm, crypto, "scrypt", 5, [&p](js::NativeCall& call) {
    ScryptArgs a;
    js::Completion c = CheckScrypt(call, &a);
    if (!c.ok()) return c;
    // scrypt(password, salt, keylen[, options], callback): options may be the callback.
    js::Value cb = call.vm.IsCallable(call.Arg(3)) ? call.Arg(3) : call.Arg(4);
    if (!call.vm.IsCallable(cb)) return ThrowNotFunction(call.vm, "callback", cb);
    scenario::IoCost cost = p.IoCostFor("crypto.scrypt", {0, ScryptCostMs(a)});
    if (!p.CountPoolWork(cost.cpu_ms)) return Terminated();
    p.SyncClock();
    SubmitJob(p, "crypto.scrypt", MsToNs(cost.cpu_ms), MsToNs(cost.latency_ms), false, cb,
              KeyResult(kInlineBlocks, ScryptCompute(std::move(a)), false));
    return Ok();
  });
  SetMethod(vm, crypto, "scryptSync", 4, [&p](js::NativeCall& call) {
    ScryptArgs a;
    js::Completion c = CheckScrypt(call, &a);
    if (!c.ok()) return c;
    double cost = p.IoCostFor("crypto.scrypt", {0, ScryptCostMs(a)}).cpu_ms;
    if (!p.CountPoolWork(cost)) return Terminated();
    return SyncKey(p, cost, kInlineBlocks, ScryptCompute(std::move(a)), false);
  });
  SetMethod(vm, crypto, "hkdf", 6, [&p](js::NativeCall& call) {
    HkdfArgs a;
    js::Completion c = CheckHkdf(call, &a);
    if (!c.ok()) return c;
    js::Value cb = call.Arg(5);
    if (!call.vm.IsCallable(cb)) return ThrowNotFunction(call.vm, "callback", cb);
    p.SyncClock();
    SubmitJob(p, "crypto.hkdf", MsToNs(kHkdfCostMs), 0, false, cb,
              KeyResult(0, HkdfCompute(std::move(a)), true));
    return Ok();
  });
  SetMethod(vm, crypto, "hkdfSync", 5, [&p](js::NativeCall& call) {
    HkdfArgs a;
    js::Completion c = CheckHkdf(call, &a);
    if (!c.ok()) return c;
    return SyncKey(p, kHkdfCostMs, 0, HkdfCompute(std::move(a)), true);
  });
  SetMethod(vm, crypto, "randomBytes", 2, [&p, rng](js::NativeCall& call) {
    double size = 0;
    js::Completion c = CheckSize(call.vm, call.Arg(0), &size);
    if (!c.ok()) return c;
    js::Value cb = call.Arg(1);
    if (!cb.IsUndefined() && !call.vm.IsCallable(cb))
      return ThrowNotFunction(call.vm, "callback", cb);
    auto n = static_cast<size_t>(size);
    if (cb.IsUndefined()) {  // the synchronous form
      p.DoMainThreadWork(MsToNs(0.001 * size / 32 + 0.001));
      return Ok(NewBuffer(p, rng->Bytes(n)));
    }
    scenario::IoCost cost = p.IoCostFor("crypto.randomBytes", {0, 0.02});
    p.SyncClock();
    // The bytes are drawn now, in call order, so the sequence does not depend on the pool.
    std::string bytes = rng->Bytes(n);
    SubmitJob(p, "crypto.randomBytes", MsToNs(cost.cpu_ms), MsToNs(cost.latency_ms), false, cb,
              [bytes](Process& proc) -> std::optional<std::vector<js::Value>> {
                return std::vector<js::Value>{js::Value::Null(), NewBuffer(proc, bytes)};
              });
    return Ok();
  });
  auto fill_range = [](js::NativeCall& call, const BufferData& buf, size_t* offset, size_t* size) {
    double len = static_cast<double>(buf.bytes.size());
    double off = call.Arg(1).IsNumber() ? call.Arg(1).AsNumber() : 0;
    if (!(off >= 0 && off <= len))
      return ThrowOutOfRange(call.vm, "offset", ">= 0 && <= " + std::to_string(buf.bytes.size()),
                             off);
    double n = call.Arg(2).IsNumber() ? call.Arg(2).AsNumber() : len - off;
    if (!(n >= 0 && n <= len - off)) {
      return ThrowOutOfRange(call.vm, "size + offset", "<= " + std::to_string(buf.bytes.size()),
                             n + off);
    }
    *offset = static_cast<size_t>(off);
    *size = static_cast<size_t>(n);
    return Ok();
  };
  SetMethod(vm, crypto, "randomFillSync", 3, [&p, rng, fill_range](js::NativeCall& call) {
    auto buf = BufferBytes(call.vm, call.Arg(0), true);
    if (!buf)
      return ThrowArgType(call.vm, "buf", "an instance of ArrayBuffer or ArrayBufferView",
                          call.Arg(0));
    size_t offset = 0, size = 0;
    js::Completion c = fill_range(call, *buf, &offset, &size);
    if (!c.ok()) return c;
    p.DoMainThreadWork(MsToNs(0.001 * static_cast<double>(size) / 32 + 0.001));
    buf->bytes.replace(offset, size, rng->Bytes(size));
    return Ok(call.Arg(0));
  });
  SetMethod(vm, crypto, "randomFill", 4, [&p, rng, fill_range](js::NativeCall& call) {
    auto buf = BufferBytes(call.vm, call.Arg(0), true);
    if (!buf)
      return ThrowArgType(call.vm, "buf", "an instance of ArrayBuffer or ArrayBufferView",
                          call.Arg(0));
    js::Value cb = LastCallable(call);
    if (!call.vm.IsCallable(cb)) return ThrowNotFunction(call.vm, "callback", cb);
    size_t offset = 0, size = 0;
    js::Completion c = fill_range(call, *buf, &offset, &size);
    if (!c.ok()) return c;
    scenario::IoCost cost = p.IoCostFor("crypto.randomFill", {0, 0.02});
    uint64_t hold = p.Hold({call.Arg(0)});
    std::string bytes = rng->Bytes(size);
    p.SyncClock();
    SubmitJob(p, "crypto.randomFill", MsToNs(cost.cpu_ms), MsToNs(cost.latency_ms), false, cb,
              [hold, offset, bytes](Process& proc) -> std::optional<std::vector<js::Value>> {
                js::Value b = proc.Held(hold)[0];
                proc.Release(hold);
                if (auto data = BufferBytes(proc.vm(), b, true))
                  data->bytes.replace(offset, bytes.size(), bytes);
                return std::vector<js::Value>{js::Value::Null(), b};
              });
    return Ok();
  });
  SetMethod(vm, crypto, "randomUUID", 1, [rng](js::NativeCall& call) {
    return Ok(call.vm.NewString(crypto::UuidFromBytes(rng->Bytes(16))));
  });
  auto cache_left = std::make_shared<int>(0);
  SetMethod(vm, crypto, "randomInt", 3, [&p, rng, cache_left](js::NativeCall& call) {
    // randomInt([min, ]max[, callback])
    size_t argc = call.args.size();
    js::Value cb = argc > 0 && call.vm.IsCallable(call.args[argc - 1]) ? call.args[argc - 1]
                                                                       : js::Value::Undefined();
    size_t numbers = cb.IsUndefined() ? argc : argc - 1;
    js::Value min_v = numbers >= 2 ? call.Arg(0) : js::Value::Number(0);
    js::Value max_v = numbers >= 2 ? call.Arg(1) : call.Arg(0);
    js::Completion c = CheckRandomInt(call.vm, min_v, max_v);
    if (!c.ok()) return c;
    double n = RandomIntFrom(*rng, min_v.AsNumber(), max_v.AsNumber());
    // Node draws from a cache of 1024 six-byte values (lib/internal/crypto/random.js): a sync
    // call refills it with randomFillSync, an async one answers on nextTick while it has
    // values and refills it with randomFill on the pool when it is empty.
    bool had_values = *cache_left > 0;
    *cache_left = had_values ? *cache_left - 1 : kRandomCacheValues - 1;
    if (cb.IsUndefined()) return Ok(js::Value::Number(n));
    if (had_values) {
      p.tasks().NextTick(cb, {js::Value::Undefined(), js::Value::Number(n)});
      return Ok();
    }
    p.SyncClock();
    SubmitJob(p, "crypto.randomInt", MsToNs(p.IoCostFor("crypto.randomFill", {0, 0.02}).cpu_ms), 0,
              false, cb, [n](Process&) -> std::optional<std::vector<js::Value>> {
                return std::vector<js::Value>{js::Value::Undefined(), js::Value::Number(n)};
              });
    return Ok();
  });
  SetMethod(vm, crypto, "getRandomValues", 1, [rng](js::NativeCall& call) {
    auto buf = BufferBytes(call.vm, call.Arg(0));
    if (!buf) {
      return Throw(
          MakeNodeError(call.vm, js::ErrorType::kTypeError, "ERR_INVALID_ARG_TYPE",
                        "The \"typedArray\" argument must be an instance of Int8Array, Int16Array, "
                        "Int32Array, Uint8Array, Uint16Array, Uint32Array, or Uint8ClampedArray. " +
                            DescribeReceived(call.vm, call.Arg(0))));
    }
    if (buf->bytes.size() > 65536) {
      js::Value err =
          call.vm.MakeError(js::ErrorType::kError, "The requested length exceeds 65,536 bytes");
      call.vm.Set(err, "name", call.vm.NewString("QuotaExceededError"));
      call.vm.Set(err, "code", js::Value::Number(22));
      return Throw(err);
    }
    buf->bytes.replace(0, buf->bytes.size(), rng->Bytes(buf->bytes.size()));
    return Ok(call.Arg(0));
  });
  SetMethod(vm, crypto, "timingSafeEqual", 2, [](js::NativeCall& call) {
    auto a = BufferBytes(call.vm, call.Arg(0), true);
    auto b = BufferBytes(call.vm, call.Arg(1), true);
    for (auto [name, missing] : {std::pair{"buf1", !a}, std::pair{"buf2", !b}}) {
      if (missing) {
        return Throw(MakeNodeError(call.vm, js::ErrorType::kTypeError, "ERR_INVALID_ARG_TYPE",
                                   std::string("The \"") + name +
                                       "\" argument must be an instance of ArrayBuffer, Buffer, "
                                       "TypedArray, or DataView."));
      }
    }
    if (a->bytes.size() != b->bytes.size()) {
      return Throw(MakeNodeError(call.vm, js::ErrorType::kRangeError,
                                 "ERR_CRYPTO_TIMING_SAFE_EQUAL_LENGTH",
                                 "Input buffers must have the same byte length"));
    }
    return Ok(js::Value::Boolean(a->bytes == b->bytes));
  });
  // require('crypto').webcrypto is the global `crypto` (getRandomValues, randomUUID).
  js::Value webcrypto = vm.NewObject();
  vm.Set(webcrypto, "getRandomValues", vm.GetOwn(crypto, "getRandomValues"));
  vm.Set(webcrypto, "randomUUID", vm.GetOwn(crypto, "randomUUID"));
  vm.Set(crypto, "webcrypto", webcrypto);
  return crypto;
}

}  // namespace loopscope::node
