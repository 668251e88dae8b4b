// tests/unit/live/host_too_slow_test.cpp — the test helper that tells a slow host from a
// wrong order in a live comparison (tests/support/live_attempts.h): a timer that ran well
// after it was due makes the host too slow; one that ran on time does not.
#include <gtest/gtest.h>

#include "tests/support/live_attempts.h"

namespace loopscope::testing {
namespace {

trace::StepLog LogWithTimerRunAt(int64_t due_ns, int64_t ran_ns) {
  trace::StepLog log;
  log.AppendRaw({.time_ns = 0,
                 .item = 7,
                 .value = due_ns,
                 .kind = trace::EventKind::kEnqueue,
                 .queue = trace::Queue::kTimers});
  log.AppendRaw({.time_ns = ran_ns,
                 .item = 7,
                 .kind = trace::EventKind::kCallbackStart,
                 .queue = trace::Queue::kTimers});
  return log;
}

TEST(HostTooSlowForRealTime, ATimerOnTimeMeansTheHostKeptTime) {
  trace::StepLog log = LogWithTimerRunAt(10'000'000, 11'500'000);
  EXPECT_EQ(HostTooSlowForRealTime(&log), std::nullopt);
  EXPECT_EQ(HostTooSlowForRealTime(nullptr), std::nullopt);
}

TEST(HostTooSlowForRealTime, ATimerFarLateNamesHowLate) {
  trace::StepLog log = LogWithTimerRunAt(10'000'000, 22'000'000);
  auto reason = HostTooSlowForRealTime(&log);
  ASSERT_TRUE(reason.has_value());
  EXPECT_NE(reason->find("a timer ran 12 ms after it was due"), std::string::npos) << *reason;
}

}  // namespace
}  // namespace loopscope::testing
