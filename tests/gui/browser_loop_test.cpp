// tests/gui/browser_loop_test.cpp — a browser run's picture from hand-written logs: which step
// of the HTML event loop a state is in (browser_loop.h), that the run is recognised as a
// browser page (run_usage.h), and that its layout leaves out the pool, OS I/O and uv_run's
// pseudocode (layout.h).
#include "app/ui/browser_loop.h"

#include <gtest/gtest.h>

#include "app/ui/layout.h"
#include "app/ui/run_usage.h"
#include "engine/trace/loop_state.h"
#include "tests/gui/log_builder.h"

namespace loopscope::app {
namespace {

using testing::LogBuilder;
using trace::EventKind;
using trace::Phase;
using trace::Queue;

// A task, its checkpoint, then a frame: a rAF callback, its checkpoint, style, layout, paint
// (the run_start is step 0 and the enqueue step 1; the comments give the later steps).
std::unique_ptr<Document> OneTurn() {
  LogBuilder b("setTimeout(f);\n");
  uint32_t label = b.Text("setTimeout callback");
  b.Add({.item = 7, .text = label, .kind = EventKind::kEnqueue, .queue = Queue::kTimerTasks});
  b.Add({.value = 1, .kind = EventKind::kPhaseEnter, .phase = Phase::kTask});         // 2
  b.Add({.item = 7, .kind = EventKind::kDequeue, .queue = Queue::kTimerTasks});       // 3
  b.Add({.kind = EventKind::kDrainStart});                                            // 4
  b.Add({.kind = EventKind::kDrainEnd});                                              // 5
  b.Add({.value = 1, .kind = EventKind::kPhaseLeave, .phase = Phase::kTask});         // 6
  b.Add({.value = 2, .kind = EventKind::kPhaseEnter, .phase = Phase::kRendering});    // 7
  b.Add({.item = 9, .kind = EventKind::kDequeue, .queue = Queue::kAnimationFrames});  // 8
  b.Add({.kind = EventKind::kDrainStart});                                            // 9
  b.Add({.kind = EventKind::kDrainEnd});                                              // 10
  for (trace::RenderStep s :
       {trace::RenderStep::kStyle, trace::RenderStep::kLayout, trace::RenderStep::kPaint})
    b.Add({.value = static_cast<int64_t>(s), .kind = EventKind::kRenderStep});      // 11-13
  b.Add({.value = 2, .kind = EventKind::kPhaseLeave, .phase = Phase::kRendering});  // 14
  return b.Build();
}

TEST(BrowserLoop, EachStateLightsTheStepTheLoopIsIn) {
  std::unique_ptr<Document> doc = OneTurn();
  const trace::StepLog& log = *doc->log;
  using S = BrowserLoopStep;
  const S expected[] = {S::kNone,
                        S::kNone,
                        S::kTask,
                        S::kTask,
                        S::kMicrotasks,
                        S::kTask,
                        S::kNone,
                        S::kAnimationFrames,
                        S::kAnimationFrames,
                        S::kMicrotasks,
                        S::kAnimationFrames,
                        S::kStyle,
                        S::kLayout,
                        S::kPaint,
                        S::kNone};
  ASSERT_EQ(log.size(), std::size(expected));
  trace::LoopState state;
  for (size_t i = 0; i < log.size(); ++i) {
    trace::Apply(state, log, i);
    EXPECT_EQ(CurrentBrowserLoopStep(state, log), expected[i]) << "step " << i;
  }
}

TEST(BrowserLoop, ABrowserRunIsRecognisedAndANodeRunIsNot) {
  EXPECT_TRUE(OneTurn()->usage.browser);
  LogBuilder node;
  node.Add({.value = 1, .kind = EventKind::kPhaseEnter, .phase = Phase::kTimers});
  EXPECT_FALSE(node.Build()->usage.browser);
}

TEST(BrowserLoop, TheLayoutLeavesOutThePoolOsIoAndThePseudocode) {
  LayoutInput in;
  in.display = ImVec2(1280, 720);
  in.font_size = 24;
  in.usage = RunUsage{false, false, false, false, true};
  Layout layout = ComputeLayout(in);
  for (PanelId id : {PanelId::kPool, PanelId::kOsIo, PanelId::kLoopCode})
    EXPECT_FALSE(layout[id].visible) << static_cast<int>(id);
  for (PanelId id : {PanelId::kLoop, PanelId::kQueues, PanelId::kStack, PanelId::kExplanation})
    EXPECT_TRUE(layout[id].visible) << static_cast<int>(id);
  // The same run as Node's folds the pool and OS I/O to strips instead.
  in.usage.browser = false;
  layout = ComputeLayout(in);
  EXPECT_TRUE(layout[PanelId::kPool].visible && layout[PanelId::kPool].folded);
}

}  // namespace
}  // namespace loopscope::app
