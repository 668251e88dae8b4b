// tests/unit/node/crypto_cost_test.cpp — the pool cost of key derivation on the virtual
// clock: pbkdf2 by iterations × ⌈keylen / digest size⌉ blocks at the digest's block cost,
// scrypt by N·r·p, and a scenario's io override still winning; the random seed.
#include <gtest/gtest.h>

#include "engine/node/simulation.h"
#include "tests/support/program.h"

namespace loopscope::node {
namespace {

using loopscope::testing::Program;

// Each derivation runs alone (the next starts in the previous callback), so its virtual
// duration is its modelled cost.
constexpr const char* kTimings = R"(
const crypto = require('crypto');
const runs = [['sha512', 64], ['sha512', 512], ['sha256', 32], ['sha256', 33]];
function next(i) {
  const t = Date.now();
  if (i === runs.length) {
    crypto.scrypt('p', 's', 64, () => console.log('scrypt', Date.now() - t));
    return;
  }
  crypto.pbkdf2('p', 's', 20000, runs[i][1], runs[i][0], () => {
    console.log(runs[i][0], runs[i][1], Date.now() - t);
    next(i + 1);
  });
}
next(0);
)";

TEST(CryptoCost, Pbkdf2ScalesWithBlocksAndDigest) {
  RunResult r = Simulate(Program(kTimings));
  ASSERT_EQ(r.exit_code, 0) << r.stderr_text;
  // sha512: 1050 ns per iteration-block; sha256 255 ns (33 bytes need two blocks);
  // scrypt's defaults: 16384 · 8 · 1 × 720 ns (94.4 ms). Date.now() reads whole milliseconds.
  EXPECT_EQ(r.stdout_text, "sha512 64 21\nsha512 512 168\nsha256 32 5\nsha256 33 10\nscrypt 95\n");
}

TEST(CryptoCost, ScenarioOverrideWins) {
  scenario::Scenario s = Program(
      "const t = Date.now();\n"
      "require('crypto').pbkdf2('p', 's', 1000, 512, 'sha512', () => console.log(Date.now() - "
      "t));\n");
  s.environment.io["crypto.pbkdf2"] = scenario::IoCost{0, 10};
  RunResult r = Simulate(s);
  EXPECT_EQ(r.stdout_text, "10\n") << r.stderr_text;
}

// Hashing is main-thread work by the byte: 8 MiB of sha512 at 1.14 ns a byte is ≈9.6 ms,
// which a 5 ms timer set before it has to wait for.
TEST(CryptoCost, HashingChargesTheMainThreadByTheByte) {
  RunResult r = Simulate(Program(R"(
const crypto = require('crypto');
const data = Buffer.alloc(8 * 1024 * 1024, 1);
const t = performance.now();
setTimeout(() => console.log('timer after', Math.round(performance.now() - t)), 5);
crypto.createHash('sha512').update(data).digest();
console.log('hashed in', Math.round(performance.now() - t));
)"));
  // The timer is later still: the first console.log builds stdout (≈5 ms, clock.h).
  EXPECT_EQ(r.stdout_text, "hashed in 10\ntimer after 16\n") << r.stderr_text;
}

// environment.random_seed picks another replayable sequence.
TEST(CryptoRandom, SeedChoosesTheSequence) {
  const char* program = "console.log(require('crypto').randomBytes(8).toString('hex'));\n";
  scenario::Scenario seeded = Program(program);
  seeded.environment.random_seed = 42;
  std::string base = Simulate(Program(program)).stdout_text;
  std::string with_seed = Simulate(seeded).stdout_text;
  EXPECT_EQ(base.size(), 17u);
  EXPECT_NE(base, with_seed);
  EXPECT_EQ(with_seed, Simulate(seeded).stdout_text);
}

}  // namespace
}  // namespace loopscope::node
