// tests/unit/node/scheduled_requests_test.cpp — the documented maximum of scheduled requests
// (scenario network.requests, scenario::kMaxRequests) is served within the default step limit.
#include <gtest/gtest.h>

#include "engine/node/simulation.h"
#include "engine/scenario/validate.h"
#include "tests/support/program.h"

namespace loopscope::node {
namespace {

TEST(ScheduledRequests, TheDocumentedMaximumIsServedWithinTheDefaultStepLimit) {
  scenario::Scenario s =
      loopscope::testing::Program(R"(
let n = 0;
const server = require('http').createServer((req, res) => {
  res.end('ok');
  if (++n === )" + std::to_string(scenario::kMaxRequests) +
                                  R"() { console.log('served', n); server.close(); }
});
server.listen(5000);
)");
  for (size_t i = 0; i < scenario::kMaxRequests; ++i) {
    scenario::ScheduledRequest request;
    request.at_ms = static_cast<double>(i / 10);
    request.url = "http://localhost:5000/r" + std::to_string(i);
    s.environment.requests.push_back(request);
  }
  s.limits.max_wall_seconds = 600;  // the step limit is the one under test, not this machine
  RunResult r = Simulate(s);
  EXPECT_EQ(r.stdout_text, "served " + std::to_string(scenario::kMaxRequests) + "\n")
      << r.stderr_text;
  EXPECT_EQ(r.exit_code, 0);
}

}  // namespace
}  // namespace loopscope::node
