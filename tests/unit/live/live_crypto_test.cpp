// tests/unit/live/live_crypto_test.cpp — random bytes: the simulator's are seeded, so two
// simulated runs print the same; a live run reads OpenSSL's RAND_bytes, so two live runs
// differ (and differ from the simulator). A long pbkdf2 still ends with the live run.
#include <gtest/gtest.h>

#include "engine/live/live_run.h"
#include "engine/node/simulation.h"
#include "tests/support/program.h"

namespace loopscope::live {
namespace {

using loopscope::testing::Program;

constexpr const char* kRandomProgram = R"(
const crypto = require('crypto');
console.log(crypto.randomBytes(16).toString('hex'), crypto.randomUUID(), crypto.randomInt(1e12));
crypto.randomBytes(8, (err, b) => console.log(b.toString('hex')));
)";

TEST(LiveCrypto, SimulatedRandomnessReplaysAndLiveIsReal) {
  node::RunResult sim1 = node::Simulate(Program(kRandomProgram));
  node::RunResult sim2 = node::Simulate(Program(kRandomProgram));
  ASSERT_EQ(sim1.exit_code, 0) << sim1.stderr_text;
  EXPECT_EQ(sim1.stdout_text, sim2.stdout_text);
  node::RunResult live1 = RunLive(Program(kRandomProgram));
  node::RunResult live2 = RunLive(Program(kRandomProgram));
  ASSERT_EQ(live1.exit_code, 0) << live1.stderr_text;
  EXPECT_NE(live1.stdout_text, live2.stdout_text);
  EXPECT_NE(live1.stdout_text, sim1.stdout_text);
  EXPECT_EQ(loopscope::testing::Lines(live1.stdout_text).size(), 2u);
}

TEST(LiveCrypto, KeysAreTheSameBytesLiveAndSimulated) {
  const char* program = R"(
require('crypto').pbkdf2('pw', 'salt', 30000, 64, 'sha256', (err, key) => console.log(key.toString('base64')));
)";
  node::RunResult sim = node::Simulate(Program(program));
  node::RunResult live = RunLive(Program(program));
  EXPECT_EQ(live.stdout_text, sim.stdout_text) << live.stderr_text;
  EXPECT_EQ(sim.stdout_text.size(), 89u);  // 64 bytes in base64, and the newline
}

}  // namespace
}  // namespace loopscope::live
