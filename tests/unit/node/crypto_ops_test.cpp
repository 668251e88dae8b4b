// tests/unit/node/crypto_ops_test.cpp — crypto_ops.h against the RFCs' test vectors
// (RFC 6070 PBKDF2-HMAC-SHA1, RFC 7914 scrypt, RFC 5869 HKDF), cancellation of a long
// PBKDF2, the seeded random source and UUID formatting.
#include "engine/node/modules/crypto_ops.h"

#include <gtest/gtest.h>

#include "engine/node/modules/encodings.h"

namespace loopscope::node::crypto {
namespace {

std::string Hex(const std::optional<std::string>& bytes) {
  return bytes ? Decode(*bytes, Encoding::kHex) : "(none)";
}

TEST(CryptoOps, DigestsAndHmacs) {
  auto h = Hasher::Digest("sha256");
  ASSERT_TRUE(h);
  h->Update("ab");
  auto copy = h->Copy();
  h->Update("c");
  EXPECT_EQ(Hex(h->Final()), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  copy->Update("d");
  EXPECT_EQ(Hex(copy->Final()),
            "a52d159f262b2c6ddb724a61840befc36eb30c88877a4030b65cbe86298449c9");  // sha256("abd")
  EXPECT_EQ(Hasher::Digest("nope"), nullptr);
  // RFC 4231 test case 2.
  auto mac = Hasher::Hmac("SHA256", "Jefe");
  ASSERT_TRUE(mac);
  mac->Update("what do ya want for nothing?");
  EXPECT_EQ(Hex(mac->Final()), "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
  EXPECT_EQ(DigestSize("sha512"), 64u);
  EXPECT_EQ(DigestSize("md5"), 16u);
}

TEST(CryptoOps, Pbkdf2MatchesRfc6070) {
  std::atomic<bool> never{false};
  EXPECT_EQ(Hex(Pbkdf2("password", "salt", 1, 20, "sha1", never)),
            "0c60c80f961f0e71f3a9b524af6012062fe037a6");
  EXPECT_EQ(Hex(Pbkdf2("password", "salt", 4096, 20, "sha1", never)),
            "4b007901b765489abead49d926f721d065a429c1");
  EXPECT_EQ(Hex(Pbkdf2("passwordPASSWORDpassword", "saltSALTsaltSALTsaltSALTsaltSALTsalt", 4096, 25,
                       "sha1", never)),
            "3d2eec4fe41c849b80c8d83662c0e44a8b291a964cf2f07038");
  EXPECT_EQ(Pbkdf2("p", "s", 1, 0, "sha512", never), std::string());
}

TEST(CryptoOps, Pbkdf2StopsWhenCancelled) {
  std::atomic<bool> cancel{true};
  EXPECT_EQ(Pbkdf2("p", "s", 2'000'000'000u, 64, "sha512", cancel), std::nullopt);
}

TEST(CryptoOps, ScryptMatchesRfc7914) {
  EXPECT_EQ(Hex(Scrypt("password", "NaCl", 1024, 8, 16, 32u << 20, 64)),
            "fdbabe1c9d3472007856e7190d01e9fe7c6ad7cbc8237830e77376634b3731622eaf30d92e22a3886ff1"
            "09279d9830dac727afb94a83ee6d8360cbdfa2cc0640");
  EXPECT_TRUE(ScryptParamsValid(16384, 8, 1, 32u << 20));
  EXPECT_FALSE(ScryptParamsValid(3, 8, 1, 32u << 20));         // N not a power of two
  EXPECT_FALSE(ScryptParamsValid(1u << 20, 8, 1, 32u << 20));  // 1 GiB over maxmem
}

TEST(CryptoOps, HkdfMatchesRfc5869) {
  std::string ikm(22, '\x0b');
  std::string salt = Encode("000102030405060708090a0b0c", Encoding::kHex);
  std::string info = Encode("f0f1f2f3f4f5f6f7f8f9", Encoding::kHex);
  EXPECT_EQ(Hex(Hkdf("sha256", ikm, salt, info, 42)),
            "3cb25f25faacd57a90434f64d0362f2a2d2d0a90cf1a5a4c5db02d56ecc4c5bf34007208d5b887185865");
  EXPECT_EQ(Hkdf("sha256", "k", "s", "i", 255 * 32 + 1), std::nullopt);
}

TEST(CryptoOps, SimulatedRandomnessReplays) {
  RandomSource a(false), b(false), other(false, 7);
  std::string first = a.Bytes(37);
  EXPECT_EQ(first, b.Bytes(37));
  EXPECT_NE(first, other.Bytes(37));
  EXPECT_NE(a.Bytes(37), first);  // the stream moves on
  EXPECT_EQ(RandomSource(true).Bytes(16).size(), 16u);
}

TEST(CryptoOps, UuidIsVersion4) {
  std::string uuid = UuidFromBytes(std::string(16, '\xff'));
  EXPECT_EQ(uuid, "ffffffff-ffff-4fff-bfff-ffffffffffff");
  EXPECT_EQ(UuidFromBytes(std::string(16, '\0')), "00000000-0000-4000-8000-000000000000");
}

}  // namespace
}  // namespace loopscope::node::crypto
