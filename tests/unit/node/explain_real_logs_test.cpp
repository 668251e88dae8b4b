// tests/unit/node/explain_real_logs_test.cpp — the Why sentences on logs the engine recorded
// for real programs, not on events built by hand: the drain after a callback names the Node
// mechanism that actually ran (a microtask checkpoint, processTicksAndRejections or
// runNextTicks), so the explanation and the runtime cannot drift apart.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "engine/node/simulation.h"
#include "engine/trace/loop_state.h"
#include "tests/support/program.h"

namespace loopscope::node {
namespace {

using loopscope::testing::Program;

// The explanation of every drain_start in the recorded log, in order, with its kind.
struct Drain {
  trace::DrainKind kind;
  std::string why;
};

std::vector<Drain> Drains(const std::string& source) {
  RunResult r = Simulate(Program(source));
  EXPECT_EQ(r.exit_code, 0) << r.stderr_text;
  std::vector<Drain> drains;
  if (!r.log) return drains;
  trace::LoopState state;
  for (size_t i = 0; i < r.log->size(); ++i) {
    trace::Apply(state, *r.log, i);
    if (r.log->At(i).kind == trace::EventKind::kDrainStart)
      drains.push_back({state.drain_kind, state.explanation});
  }
  return drains;
}

TEST(ExplainRealLogs, ACallbackThatLeavesOnlyPromiseJobsIsFollowedByAMicrotaskCheckpoint) {
  std::vector<Drain> drains = Drains(R"(
setTimeout(() => {
  Promise.resolve().then(() => console.log('then'));
}, 1);
)");
  ASSERT_EQ(drains.size(), 1u);
  EXPECT_EQ(drains[0].kind, trace::DrainKind::kMicrotaskCheckpoint);
  EXPECT_NE(drains[0].why.find("Microtask checkpoint"), std::string::npos) << drains[0].why;
  EXPECT_NE(drains[0].why.find("InternalCallbackScope::Close"), std::string::npos) << drains[0].why;
  EXPECT_EQ(drains[0].why.find("processTicksAndRejections"), std::string::npos) << drains[0].why;
}

TEST(ExplainRealLogs, APendingNextTickMakesTheDrainProcessTicksAndRejections) {
  std::vector<Drain> drains = Drains(R"(
setTimeout(() => {
  Promise.resolve().then(() => console.log('then'));
  process.nextTick(() => console.log('tick'));
}, 1);
)");
  ASSERT_EQ(drains.size(), 1u);
  EXPECT_EQ(drains[0].kind, trace::DrainKind::kTickQueue);
  EXPECT_NE(drains[0].why.find("processTicksAndRejections"), std::string::npos) << drains[0].why;
}

TEST(ExplainRealLogs, PromiseJobsBetweenTwoTimersRunInRunNextTicks) {
  std::vector<Drain> drains = Drains(R"(
setTimeout(() => Promise.resolve().then(() => console.log('a')), 1);
setTimeout(() => Promise.resolve().then(() => console.log('b')), 1);
)");
  // After the first timer runNextTicks drains its job; after the last one the
  // InternalCallbackScope around the whole batch performs the checkpoint.
  ASSERT_EQ(drains.size(), 2u);
  EXPECT_EQ(drains[0].kind, trace::DrainKind::kBetweenCallbacks);
  EXPECT_NE(drains[0].why.find("runNextTicks"), std::string::npos) << drains[0].why;
  EXPECT_EQ(drains[1].kind, trace::DrainKind::kMicrotaskCheckpoint);
}

TEST(ExplainRealLogs, TheMainScriptEndsWithProcessTicksAndRejectionsWhenATickIsPending) {
  std::vector<Drain> drains = Drains(R"(
process.nextTick(() => console.log('tick'));
Promise.resolve().then(() => console.log('then'));
)");
  ASSERT_FALSE(drains.empty());
  EXPECT_EQ(drains[0].kind, trace::DrainKind::kTickQueue);
}

}  // namespace
}  // namespace loopscope::node
