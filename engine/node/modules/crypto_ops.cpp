// engine/node/modules/crypto_ops.cpp — see crypto_ops.h. OpenSSL 3 EVP APIs throughout
// (the ones Node 20's src/crypto/ calls), so the bytes are OpenSSL's own.
#include "engine/node/modules/crypto_ops.h"

#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/kdf.h>
#include <openssl/rand.h>

#include <algorithm>

namespace loopscope::node::crypto {

namespace {

const unsigned char* Bytes(std::string_view s) {
  // OpenSSL reads a null pointer as "no key given" even with length 0; an empty key is
  // still a key (createHmac('sha256', '')), so point at something.
  static constexpr unsigned char kEmpty = 0;
  return s.empty() ? &kEmpty : reinterpret_cast<const unsigned char*>(s.data());
}

struct MdCtxFree {
  void operator()(EVP_MD_CTX* c) const { EVP_MD_CTX_free(c); }
};
struct MacCtxFree {
  void operator()(EVP_MAC_CTX* c) const { EVP_MAC_CTX_free(c); }
};
struct MacFree {
  void operator()(EVP_MAC* m) const { EVP_MAC_free(m); }
};
using MdCtx = std::unique_ptr<EVP_MD_CTX, MdCtxFree>;
using MacCtx = std::unique_ptr<EVP_MAC_CTX, MacCtxFree>;

const EVP_MD* FindDigest(std::string_view name) {
  return EVP_get_digestbyname(std::string(name).c_str());
}

class DigestHasher : public Hasher {
 public:
  explicit DigestHasher(MdCtx ctx) : ctx_(std::move(ctx)) {}
  void Update(std::string_view data) override {
    EVP_DigestUpdate(ctx_.get(), data.data(), data.size());
  }
  std::string Final() override {
    unsigned char out[EVP_MAX_MD_SIZE];
    unsigned int n = 0;
    EVP_DigestFinal_ex(ctx_.get(), out, &n);
    return std::string(reinterpret_cast<char*>(out), n);
  }
  std::unique_ptr<Hasher> Copy() const override {
    MdCtx copy(EVP_MD_CTX_new());
    EVP_MD_CTX_copy_ex(copy.get(), ctx_.get());
    return std::make_unique<DigestHasher>(std::move(copy));
  }

 private:
  MdCtx ctx_;
};

// A keyed HMAC context (EVP_MAC "HMAC" with the digest's name as its parameter).
MacCtx NewHmac(const EVP_MD* md, std::string_view key) {
  std::unique_ptr<EVP_MAC, MacFree> mac(EVP_MAC_fetch(nullptr, "HMAC", nullptr));
  if (!mac) return nullptr;
  MacCtx ctx(EVP_MAC_CTX_new(mac.get()));
  std::string md_name = EVP_MD_get0_name(md);
  OSSL_PARAM params[] = {OSSL_PARAM_construct_utf8_string(OSSL_MAC_PARAM_DIGEST, md_name.data(), 0),
                         OSSL_PARAM_construct_end()};
  if (!ctx || EVP_MAC_init(ctx.get(), Bytes(key), key.size(), params) != 1) return nullptr;
  return ctx;
}

std::string MacFinal(EVP_MAC_CTX* ctx) {
  unsigned char out[EVP_MAX_MD_SIZE];
  size_t n = 0;
  EVP_MAC_final(ctx, out, &n, sizeof out);
  return std::string(reinterpret_cast<char*>(out), n);
}

class HmacHasher : public Hasher {
 public:
  explicit HmacHasher(MacCtx ctx) : ctx_(std::move(ctx)) {}
  void Update(std::string_view data) override {
    EVP_MAC_update(ctx_.get(), Bytes(data), data.size());
  }
  std::string Final() override { return MacFinal(ctx_.get()); }
  std::unique_ptr<Hasher> Copy() const override { return nullptr; }

 private:
  MacCtx ctx_;
};

// One PBKDF2 block: T_i = U_1 ^ U_2 ^ ... ^ U_c with U_1 = PRF(P, S || INT(i)) and
// U_j = PRF(P, U_{j-1}) (RFC 8018 §5.2 step 3). The keyed context is duplicated per
// iteration, as OpenSSL's own PKCS5_PBKDF2_HMAC does with HMAC_CTX_copy.
std::optional<std::string> Pbkdf2Block(EVP_MAC_CTX* keyed, std::string_view salt, uint32_t index,
                                       uint32_t iterations, const std::atomic<bool>& cancel) {
  const unsigned char be[4] = {
      static_cast<unsigned char>(index >> 24), static_cast<unsigned char>(index >> 16),
      static_cast<unsigned char>(index >> 8), static_cast<unsigned char>(index)};
  MacCtx ctx(EVP_MAC_CTX_dup(keyed));
  EVP_MAC_update(ctx.get(), Bytes(salt), salt.size());
  EVP_MAC_update(ctx.get(), be, 4);
  std::string u = MacFinal(ctx.get());
  std::string t = u;
  for (uint32_t j = 1; j < iterations; ++j) {
    // Checked every 1024 iterations: a program asking for 10^9 iterations must still stop
    // when the run's wall-time limit ends it.
    if ((j & 1023) == 0 && cancel.load(std::memory_order_relaxed)) return std::nullopt;
    ctx.reset(EVP_MAC_CTX_dup(keyed));
    EVP_MAC_update(ctx.get(), Bytes(u), u.size());
    u = MacFinal(ctx.get());
    for (size_t k = 0; k < t.size(); ++k) t[k] = static_cast<char>(t[k] ^ u[k]);
  }
  return t;
}

uint64_t SplitMix64(uint64_t& x) {
  uint64_t z = (x += 0x9E3779B97F4A7C15ull);
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
  return z ^ (z >> 31);
}

uint64_t Rotl(uint64_t x, int k) {
  return (x << k) | (x >> (64 - k));
}

}  // namespace

std::unique_ptr<Hasher> Hasher::Digest(std::string_view algorithm) {
  const EVP_MD* md = FindDigest(algorithm);
  if (!md) return nullptr;
  MdCtx ctx(EVP_MD_CTX_new());
  if (!ctx || EVP_DigestInit_ex(ctx.get(), md, nullptr) != 1) return nullptr;
  return std::make_unique<DigestHasher>(std::move(ctx));
}

std::unique_ptr<Hasher> Hasher::Hmac(std::string_view algorithm, std::string_view key) {
  const EVP_MD* md = FindDigest(algorithm);
  if (!md) return nullptr;
  MacCtx ctx = NewHmac(md, key);
  if (!ctx) return nullptr;
  return std::make_unique<HmacHasher>(std::move(ctx));
}

size_t DigestSize(std::string_view algorithm) {
  const EVP_MD* md = FindDigest(algorithm);
  return md ? static_cast<size_t>(EVP_MD_get_size(md)) : 0;
}

std::optional<std::string> Pbkdf2(std::string_view password, std::string_view salt,
                                  uint32_t iterations, size_t keylen, std::string_view digest,
                                  const std::atomic<bool>& cancel) {
  const EVP_MD* md = FindDigest(digest);
  if (!md) return std::nullopt;
  MacCtx keyed = NewHmac(md, password);
  if (!keyed) return std::nullopt;
  std::string key;
  for (uint32_t index = 1; key.size() < keylen; ++index) {
    std::optional<std::string> block = Pbkdf2Block(keyed.get(), salt, index, iterations, cancel);
    if (!block) return std::nullopt;
    key += *block;
  }
  key.resize(keylen);
  return key;
}

bool ScryptParamsValid(uint64_t n, uint64_t r, uint64_t p, uint64_t maxmem) {
  return EVP_PBE_scrypt(nullptr, 0, nullptr, 0, n, r, p, maxmem, nullptr, 0) == 1;
}

std::optional<std::string> Scrypt(std::string_view password, std::string_view salt, uint64_t n,
                                  uint64_t r, uint64_t p, uint64_t maxmem, size_t keylen) {
  std::string key(keylen, '\0');
  auto* out = reinterpret_cast<unsigned char*>(key.data());
  if (EVP_PBE_scrypt(password.data(), password.size(), Bytes(salt), salt.size(), n, r, p, maxmem,
                     out, keylen) != 1) {
    return std::nullopt;
  }
  return key;
}

std::optional<std::string> Hkdf(std::string_view digest, std::string_view key,
                                std::string_view salt, std::string_view info, size_t keylen) {
  const EVP_MD* md = FindDigest(digest);
  if (!md || keylen > 255 * static_cast<size_t>(EVP_MD_get_size(md))) return std::nullopt;
  EVP_PKEY_CTX* ctx = EVP_PKEY_CTX_new_id(EVP_PKEY_HKDF, nullptr);
  std::string out(keylen, '\0');
  size_t out_len = keylen;
  bool ok = ctx && EVP_PKEY_derive_init(ctx) == 1 && EVP_PKEY_CTX_set_hkdf_md(ctx, md) == 1 &&
            EVP_PKEY_CTX_set1_hkdf_key(ctx, Bytes(key), static_cast<int>(key.size())) == 1 &&
            EVP_PKEY_CTX_set1_hkdf_salt(ctx, Bytes(salt), static_cast<int>(salt.size())) == 1 &&
            EVP_PKEY_CTX_add1_hkdf_info(ctx, Bytes(info), static_cast<int>(info.size())) == 1 &&
            (keylen == 0 ||
             EVP_PKEY_derive(ctx, reinterpret_cast<unsigned char*>(out.data()), &out_len) == 1);
  EVP_PKEY_CTX_free(ctx);
  if (!ok) return std::nullopt;
  return out;
}

RandomSource::RandomSource(bool live, uint64_t seed) : live_(live) {
  // No cleanup at exit: a scrypt that cannot be cancelled may still be running on a
  // detached thread when the process ends (pool_job.h), and must not find OpenSSL torn down.
  // The first OpenSSL call of the process decides this, and the crypto module's source is
  // made before any hashing.
  OPENSSL_init_crypto(OPENSSL_INIT_NO_ATEXIT, nullptr);
  for (uint64_t& s : state_) s = SplitMix64(seed);
}

// xoshiro256** 1.0 (Blackman & Vigna): small, fast, and the same sequence everywhere.
uint64_t RandomSource::Next() {
  uint64_t result = Rotl(state_[1] * 5, 7) * 9;
  uint64_t t = state_[1] << 17;
  state_[2] ^= state_[0];
  state_[3] ^= state_[1];
  state_[1] ^= state_[2];
  state_[0] ^= state_[3];
  state_[2] ^= t;
  state_[3] = Rotl(state_[3], 45);
  return result;
}

std::string RandomSource::Bytes(size_t n) {
  std::string out(n, '\0');
  if (live_) {
    RAND_bytes(reinterpret_cast<unsigned char*>(out.data()), static_cast<int>(n));
    return out;
  }
  for (size_t i = 0; i < n; i += 8) {
    uint64_t v = Next();
    for (size_t k = 0; k < 8 && i + k < n; ++k) out[i + k] = static_cast<char>(v >> (8 * k));
  }
  return out;
}

std::string UuidFromBytes(std::string b) {
  // RFC 4122 §4.4: version 4 in the high nibble of byte 6, variant 10xx in byte 8.
  b[6] = static_cast<char>((b[6] & 0x0f) | 0x40);
  b[8] = static_cast<char>((b[8] & 0x3f) | 0x80);
  static constexpr char kHex[] = "0123456789abcdef";
  std::string out;
  for (size_t i = 0; i < 16; ++i) {
    if (i == 4 || i == 6 || i == 8 || i == 10) out += '-';
    out += kHex[static_cast<unsigned char>(b[i]) >> 4];
    out += kHex[b[i] & 15];
  }
  return out;
}

}  // namespace loopscope::node::crypto
