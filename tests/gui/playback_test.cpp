// tests/gui/playback_test.cpp — the cursor: stepping, jumping, playing, animation progress.
#include "app/ui/playback.h"

#include <gtest/gtest.h>

namespace loopscope::app {
namespace {

using trace::Event;
using trace::EventKind;

// A log of `kinds`, one event per millisecond.
trace::StepLog LogOf(std::initializer_list<EventKind> kinds) {
  trace::StepLog log;
  int64_t t = 0;
  uint32_t line = 1;
  for (EventKind k : kinds) {
    Event e;
    e.kind = k;
    e.time_ns = t += 1'000'000;
    e.loc = {line++, 1};  // distinct locations so statements never fold together
    log.AppendRaw(e);
  }
  return log;
}

TEST(Playback, StepForwardAtEventGranularityVisitsEveryEvent) {
  auto log = LogOf({EventKind::kRunStart, EventKind::kStatement, EventKind::kNote});
  Playback p;
  p.granularity = Granularity::kEvent;
  StepForward(p, log);
  EXPECT_EQ(p.step, 1u);
  EXPECT_EQ(p.anim_t, 0.0f);
  StepForward(p, log);
  EXPECT_EQ(p.step, 2u);
  StepForward(p, log);  // at the end it stays
  EXPECT_EQ(p.step, 2u);
}

TEST(Playback, CallbackGranularitySkipsStatements) {
  auto log = LogOf({EventKind::kRunStart, EventKind::kStatement, EventKind::kStatement,
                    EventKind::kCallbackStart, EventKind::kStatement});
  Playback p;
  p.granularity = Granularity::kCallback;
  StepForward(p, log);
  EXPECT_EQ(p.step, 3u);
  StepForward(p, log);  // no more callbacks: the last event, so the end is reachable
  EXPECT_EQ(p.step, 4u);
  StepBack(p, log);
  EXPECT_EQ(p.step, 3u);
  StepBack(p, log);  // nothing earlier: the start
  EXPECT_EQ(p.step, 0u);
}

TEST(Playback, JumpClampsAndOnlyAnimatesSingleForwardMoves) {
  auto log = LogOf({EventKind::kRunStart, EventKind::kNote, EventKind::kNote, EventKind::kNote});
  Playback p;
  JumpTo(p, log, 99);
  EXPECT_EQ(p.step, 3u);
  EXPECT_EQ(p.anim_t, 1.0f);
  JumpTo(p, log, 1);
  EXPECT_EQ(p.anim_t, 1.0f);
  JumpTo(p, log, 2);
  EXPECT_EQ(p.anim_t, 0.0f);
}

TEST(Playback, PlayingAdvancesWithTimeAndStopsAtTheEnd) {
  auto log = LogOf({EventKind::kRunStart, EventKind::kNote, EventKind::kNote, EventKind::kNote});
  Playback p;
  p.granularity = Granularity::kEvent;
  p.speed = 10.0f;
  TogglePlay(p, log);
  EXPECT_TRUE(p.playing);
  Tick(p, log, 0.05);  // half a step
  EXPECT_EQ(p.step, 0u);
  Tick(p, log, 0.06);
  EXPECT_EQ(p.step, 1u);
  for (int i = 0; i < 10; ++i) Tick(p, log, 0.1);
  EXPECT_EQ(p.step, 3u);
  EXPECT_FALSE(p.playing);
}

TEST(Playback, PlayAtTheEndStartsOver) {
  auto log = LogOf({EventKind::kRunStart, EventKind::kNote});
  Playback p;
  JumpTo(p, log, 1);
  TogglePlay(p, log);
  EXPECT_EQ(p.step, 0u);
  EXPECT_TRUE(p.playing);
}

TEST(Playback, AnimationCompletesWithinItsDuration) {
  auto log = LogOf({EventKind::kRunStart, EventKind::kNote});
  Playback p;
  p.granularity = Granularity::kEvent;
  StepForward(p, log);
  Tick(p, log, kAnimationSeconds / 2);
  EXPECT_GT(p.anim_t, 0.3f);
  EXPECT_LT(p.anim_t, 0.7f);
  Tick(p, log, kAnimationSeconds);
  EXPECT_EQ(p.anim_t, 1.0f);
}

TEST(Playback, EmptyLogIsHarmless) {
  trace::StepLog log;
  Playback p;
  StepForward(p, log);
  StepBack(p, log);
  JumpTo(p, log, 5);
  TogglePlay(p, log);
  Tick(p, log, 1.0);
  EXPECT_EQ(p.step, 0u);
  EXPECT_FALSE(p.playing);
}

}  // namespace
}  // namespace loopscope::app
