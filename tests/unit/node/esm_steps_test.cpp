// tests/unit/node/esm_steps_test.cpp — an ES module's evaluation in the step log: its body
// is a frame of its own, pushed inside a promise job in the poll phase (after the loader's
// file reads), and its Why sentence says so.
#include <gtest/gtest.h>

#include <string>

#include "engine/node/simulation.h"
#include "engine/trace/explain.h"
#include "engine/trace/loop_state.h"
#include "tests/support/program.h"

namespace loopscope::node {
namespace {

TEST(EsmSteps, TheModuleBodyIsAFrameInsideAPromiseJob) {
  scenario::Scenario s = loopscope::testing::Program(
      "process.nextTick(() => console.log('tick'));\n"
      "Promise.resolve().then(() => console.log('promise'));\n");
  s.is_module = true;
  RunResult r = Simulate(s);
  ASSERT_EQ(r.exit_code, 0) << r.stderr_text;
  EXPECT_EQ(r.stdout_text, "promise\ntick\n");
  ASSERT_NE(r.log, nullptr);
  trace::LoopState state;
  int module_frames = 0;
  for (size_t i = 0; i < r.log->size(); ++i) {
    trace::Apply(state, *r.log, i);
    const trace::Event& e = r.log->At(i);
    if (e.kind != trace::EventKind::kFramePush || r.log->Text(e.text) != trace::kModuleFrameName)
      continue;
    ++module_frames;
    EXPECT_EQ(state.phase, trace::Phase::kPoll);
    EXPECT_EQ(state.running.queue, trace::Queue::kMicrotask);
    EXPECT_NE(state.explanation.find("inside a promise job"), std::string::npos)
        << state.explanation;
  }
  EXPECT_EQ(module_frames, 1);
}

}  // namespace
}  // namespace loopscope::node
