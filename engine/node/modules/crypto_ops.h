// engine/node/modules/crypto_ops.h — the byte-level crypto behind the `crypto` module.
//
// Thin wrappers over OpenSSL (the library Node itself links), free of the Vm, so they can be
// tested on their own: digests and HMACs, PBKDF2 (cancellable, for long runs), scrypt, HKDF,
// and the random sources (a seeded generator in the simulator, RAND_bytes live).
// The JavaScript surface is modules/crypto.cpp; argument checks live there.
#pragma once

#include <atomic>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

namespace loopscope::node::crypto {

// A running digest or HMAC (Node's Hash and Hmac objects); OpenSSL names ("sha256",
// "RSA-SHA256", "SHA512") are accepted as EVP_get_digestbyname accepts them.
class Hasher {
 public:
  // Null when OpenSSL does not know `algorithm`.
  static std::unique_ptr<Hasher> Digest(std::string_view algorithm);
  static std::unique_ptr<Hasher> Hmac(std::string_view algorithm, std::string_view key);
  virtual ~Hasher() = default;
  virtual void Update(std::string_view data) = 0;
  virtual std::string Final() = 0;
  // An independent copy of the state so far (hash.copy()); null for an HMAC.
  virtual std::unique_ptr<Hasher> Copy() const = 0;
};

// The digest's output size in bytes, or 0 when OpenSSL does not know it.
size_t DigestSize(std::string_view algorithm);

// PBKDF2-HMAC (RFC 8018 §5.2). Returns nullopt when `cancel` was set before it finished.
std::optional<std::string> Pbkdf2(std::string_view password, std::string_view salt,
                                  uint32_t iterations, size_t keylen, std::string_view digest,
                                  const std::atomic<bool>& cancel);

// scrypt (RFC 7914) as EVP_PBE_scrypt computes it; nullopt when the parameters are invalid
// (N not a power of two, or the memory needed over `maxmem`).
std::optional<std::string> Scrypt(std::string_view password, std::string_view salt, uint64_t n,
                                  uint64_t r, uint64_t p, uint64_t maxmem, size_t keylen);
bool ScryptParamsValid(uint64_t n, uint64_t r, uint64_t p, uint64_t maxmem);

// HKDF (RFC 5869) extract-and-expand; nullopt when keylen is over 255 digest sizes.
std::optional<std::string> Hkdf(std::string_view digest, std::string_view key,
                                std::string_view salt, std::string_view info, size_t keylen);

// Random bytes for randomBytes/randomFill/randomUUID/randomInt. The simulator's source is a
// xoshiro256** generator with a fixed seed, so a run replays identically; `live` ones read
// OpenSSL's RAND_bytes.
class RandomSource {
 public:
  explicit RandomSource(bool live, uint64_t seed = kDefaultSeed);
  std::string Bytes(size_t n);
  static constexpr uint64_t kDefaultSeed = 0x4C6F6F7073636F70ull;  // "Loopscop"

 private:
  uint64_t Next();
  bool live_;
  uint64_t state_[4];
};

// A UUID v4 string from 16 random bytes (RFC 4122 §4.4), as crypto.randomUUID prints it.
std::string UuidFromBytes(std::string bytes);

}  // namespace loopscope::node::crypto
