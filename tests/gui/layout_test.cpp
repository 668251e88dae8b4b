// tests/gui/layout_test.cpp — the tiling: every shown panel inside the window, none
// overlapping another, hidden panels giving their room away.
#include "app/ui/layout.h"

#include <gtest/gtest.h>

namespace loopscope::app {
namespace {

bool Overlap(const Rect& a, const Rect& b) {
  return a.pos.x < b.pos.x + b.size.x && b.pos.x < a.pos.x + a.size.x &&
         a.pos.y < b.pos.y + b.size.y && b.pos.y < a.pos.y + a.size.y;
}

void ExpectTiled(const Layout& layout, ImVec2 display) {
  for (int i = 0; i < kPanelCount; ++i) {
    const Rect& r = layout.rects[i];
    if (!r.visible) continue;
    EXPECT_GE(r.pos.x, 0) << i;
    EXPECT_GE(r.pos.y, 0) << i;
    EXPECT_LE(r.pos.x + r.size.x, display.x + 0.5f) << i;
    EXPECT_LE(r.pos.y + r.size.y, display.y + 0.5f) << i;
    EXPECT_GT(r.size.x, 50) << i;
    // A folded strip is one framed line (1.9 font sizes: 22.8 px at 12 px type).
    EXPECT_GT(r.size.y, r.folded ? 20 : 30) << i;
    for (int j = i + 1; j < kPanelCount; ++j) {
      if (layout.rects[j].visible) {
        EXPECT_FALSE(Overlap(r, layout.rects[j])) << i << " vs " << j;
      }
    }
  }
}

TEST(Layout, AllPanelsTileA1600x900Window) {
  ImVec2 display(1600, 900);
  LayoutInput in;
  in.display = display, in.font_size = 18, in.timeline_lanes = 5, in.at_stop = true;
  Layout layout = ComputeLayout(in);
  for (int i = 0; i < kPanelCount; ++i) EXPECT_TRUE(layout.rects[i].visible) << i;
  ExpectTiled(layout, display);
}

TEST(Layout, LargeProjectorFontsStillTile) {
  for (float font : {12.0f, 24.0f, 32.0f}) {
    ImVec2 display(1600, 900);
    ExpectTiled(ComputeLayout(display, font, PanelVisibility{}, 5), display);
  }
}

TEST(Layout, HiddenPanelGivesItsHeightToItsColumn) {
  PanelVisibility show;
  Layout all = ComputeLayout(ImVec2(1600, 900), 18, show, 5);
  show.console = false;
  Layout fewer = ComputeLayout(ImVec2(1600, 900), 18, show, 5);
  EXPECT_FALSE(fewer[PanelId::kConsole].visible);
  EXPECT_NEAR(fewer[PanelId::kSource].size.y,
              all[PanelId::kSource].size.y + all[PanelId::kConsole].size.y + 18 * 0.3f, 0.5f);
}

TEST(Layout, HidingTheTimelineGrowsTheMiddle) {
  PanelVisibility show;
  float before = ComputeLayout(ImVec2(1600, 900), 18, show, 5)[PanelId::kLoop].size.y;
  show.timeline = false;
  float after = ComputeLayout(ImVec2(1600, 900), 18, show, 5)[PanelId::kLoop].size.y;
  EXPECT_GT(after, before);
}

TEST(Layout, TheTimelineFitsItsLanesAndTheWhyStripTakesTheRest) {
  PanelVisibility show;
  Layout one = ComputeLayout(ImVec2(1600, 900), 18, show, 1);
  Layout five = ComputeLayout(ImVec2(1600, 900), 18, show, 5);
  Layout many = ComputeLayout(ImVec2(1600, 900), 18, show, 33);
  EXPECT_LT(one[PanelId::kTimeline].size.y, five[PanelId::kTimeline].size.y);
  // Each lane keeps kTimelineMinLane lines while the middle row keeps the ring's room; past
  // that the lanes scroll.
  for (int lanes : {1, 5}) {
    Layout l = ComputeLayout(ImVec2(1920, 1080), 32, show, lanes);
    EXPECT_GE(l[PanelId::kTimeline].size.y, 32 * (2.7f + kTimelineMinLane * lanes)) << lanes;
  }
  Layout many_lanes = ComputeLayout(ImVec2(1920, 1080), 32, show, 17);
  EXPECT_LT(many_lanes[PanelId::kTimeline].size.y, 32 * (2.7f + kTimelineMinLane * 17))
      << "seventeen lanes scroll rather than squeeze the middle row";
  // (Heights are whole pixels, rounded up: SnapToPixels.)
  EXPECT_LE(many[PanelId::kTimeline].size.y, 900 * 0.5f + 1.0f) << "past half, the lanes scroll";
  EXPECT_GT(one[PanelId::kExplanation].size.y, five[PanelId::kExplanation].size.y);
  EXPECT_GE(one[PanelId::kTimeline].size.y, 18 * 4.5f)
      << "one lane still has its title and time range";
  // The middle row does not move with the lane count.
  EXPECT_NEAR(one[PanelId::kLoop].size.y, five[PanelId::kLoop].size.y, 0.01f);
  for (int lanes : {1, 5, 33})
    ExpectTiled(ComputeLayout(ImVec2(1600, 900), 18, show, lanes), ImVec2(1600, 900));
}

TEST(Layout, EveryToggleablePanelCanBeHiddenAndShownAgain) {
  for (const ToggleablePanel& t : kToggleablePanels) {
    PanelVisibility show;
    TogglePanel(show, t.id);
    EXPECT_FALSE(ComputeLayout(ImVec2(1600, 900), 18, show, 5)[t.id].visible) << t.name;
    TogglePanel(show, t.id);
    EXPECT_EQ(show, PanelVisibility{}) << t.name;
  }
  PanelVisibility show;
  EXPECT_EQ(PanelFlag(show, PanelId::kControls), nullptr);  // the controls bar always stays
}

}  // namespace
}  // namespace loopscope::app

namespace loopscope::app {
namespace {

TEST(Layout, UnusedMechanismsFoldToAStripRowAndGiveTheirRoomAway) {
  LayoutInput in;
  in.display = ImVec2(1280, 720), in.font_size = 24;
  Layout all = ComputeLayout(in);
  in.usage = {false, false, false};
  Layout folded = ComputeLayout(in);
  for (PanelId id : {PanelId::kPool, PanelId::kOsIo, PanelId::kTimeline}) {
    EXPECT_TRUE(folded[id].visible && folded[id].folded);
    EXPECT_LT(folded[id].size.y, 24 * 2.5f) << "one line";
    EXPECT_NEAR(folded[id].pos.y, folded[PanelId::kPool].pos.y, 0.01f) << "one row of strips";
  }
  EXPECT_GT(folded[PanelId::kQueues].size.y, all[PanelId::kQueues].size.y * 1.5f);
  ExpectTiled(folded, in.display);
  in.unfolded[static_cast<size_t>(PanelId::kPool)] = true;
  Layout reopened = ComputeLayout(in);
  EXPECT_FALSE(reopened[PanelId::kPool].folded);
  EXPECT_TRUE(reopened[PanelId::kOsIo].folded);
}

TEST(Layout, TheWhatIfPanelTakesTheCentreAndRightColumnsAndKeepsWhyAndTheTimeline) {
  LayoutInput in;
  in.display = ImVec2(1280, 720), in.font_size = 24;
  Layout closed = ComputeLayout(in);
  EXPECT_FALSE(closed.what_if.visible);
  in.what_if = true;
  Layout open = ComputeLayout(in);
  ASSERT_TRUE(open.what_if.visible);
  for (PanelId id : {PanelId::kStack, PanelId::kLoop, PanelId::kLoopCode, PanelId::kQueues,
                     PanelId::kPool, PanelId::kOsIo})
    EXPECT_FALSE(open[id].visible) << static_cast<int>(id);
  for (PanelId id :
       {PanelId::kSource, PanelId::kConsole, PanelId::kExplanation, PanelId::kTimeline}) {
    EXPECT_TRUE(open[id].visible) << static_cast<int>(id);
    EXPECT_FALSE(Overlap(open[id], open.what_if)) << static_cast<int>(id);
  }
  // Why may sit in the right column while What if is closed (a cramped run at a projector's
  // size) and in the band while it is open: either way it keeps its readable height.
  EXPECT_NEAR(open[PanelId::kExplanation].size.y, closed[PanelId::kExplanation].size.y, 24 * 0.25f);
  EXPECT_EQ(open[PanelId::kTimeline].size.y, closed[PanelId::kTimeline].size.y);
  EXPECT_GT(open.what_if.size.y, 24 * 10.0f);
  EXPECT_GT(open.what_if.size.x, 1280 * 0.6f);
  ExpectTiled(open, in.display);
}

// At the projector size with a prediction box and a stop's caption, the source keeps
// kSourceMinRows rows: its column runs to the window's foot, beside Why and the timeline.
TEST(Layout, AtProjectorSizeTheSourceKeepsItsRowsBesideAPredictionAndACaption) {
  LayoutInput in;
  in.display = ImVec2(1280, 720), in.font_size = 24, in.predicting = true, in.at_stop = true;
  in.want[static_cast<size_t>(PanelId::kControls)] = 120;
  in.want[static_cast<size_t>(PanelId::kCaption)] = 97;
  in.want[static_cast<size_t>(PanelId::kSource)] = 1200;
  Layout layout = ComputeLayout(in);
  EXPECT_TRUE(layout.tall_left);
  const float row = 24 + 7 * 24 / 18.0f, chrome = 24 + 30 * 24 / 18.0f;
  EXPECT_GE(layout[PanelId::kSource].size.y, chrome + row * kSourceMinRows);
  EXPECT_GE(layout[PanelId::kConsole].size.y, 24 * 9.5f - 0.5f);
  EXPECT_GE(layout[PanelId::kExplanation].pos.x,
            layout[PanelId::kSource].pos.x + layout[PanelId::kSource].size.x);
  EXPECT_TRUE(layout[PanelId::kCaption].visible);
  ExpectTiled(layout, in.display);
  in.at_stop = false;
  EXPECT_FALSE(ComputeLayout(in)[PanelId::kCaption].visible) << "no band between stops";
}

TEST(Layout, MeasuredWantsGrowTheSourceAndTheQueuesWithinTheirColumns) {
  LayoutInput in;
  in.display = ImVec2(1920, 1080), in.font_size = 18;
  in.usage = {false, false, false};
  in.want[static_cast<size_t>(PanelId::kSource)] = 660;
  in.want[static_cast<size_t>(PanelId::kQueues)] = 650;
  Layout after = ComputeLayout(in);
  EXPECT_GE(after[PanelId::kSource].size.y, 660 - 0.5f);
  EXPECT_GE(after[PanelId::kQueues].size.y, 650 - 0.5f);
  EXPECT_GE(after[PanelId::kConsole].size.y, ConsoleMinHeight(18) - 0.5f)
      << "the console keeps its minimum: two output lines under the Predict first row";
  in.predicting = true;
  in.want[static_cast<size_t>(PanelId::kSource)] = 5000;
  EXPECT_GE(ComputeLayout(in)[PanelId::kConsole].size.y, 18 * 9.5f - 0.5f)
      << "the prediction box never collapses";
  ExpectTiled(after, in.display);
}

TEST(Layout, AComparisonGetsMostOfTheWindowToReadBothRunsSideBySide) {
  LayoutInput in;
  in.display = ImVec2(1280, 720), in.font_size = 24;
  in.usage = {false, false, false};
  in.comparing = true;
  Layout layout = ComputeLayout(in);
  const Rect& compare = layout[PanelId::kConsole];  // the comparison is drawn in its place
  EXPECT_GE(compare.size.x, 1280 * 0.6f);
  EXPECT_GE(compare.size.y, 720 * 0.6f);
  EXPECT_TRUE(layout[PanelId::kSource].visible);
  EXPECT_TRUE(layout[PanelId::kTimeline].visible && layout[PanelId::kTimeline].folded);
  for (PanelId id : {PanelId::kStack, PanelId::kLoop, PanelId::kQueues, PanelId::kPool,
                     PanelId::kOsIo, PanelId::kExplanation, PanelId::kLoopCode})
    EXPECT_FALSE(layout[id].visible) << static_cast<int>(id);
  ExpectTiled(layout, in.display);
  in.show.console = false;  // no console, no comparison: the usual tiling
  EXPECT_TRUE(ComputeLayout(in)[PanelId::kQueues].visible);
}

TEST(Layout, TheLoopPseudocodeOpensBesideTheRingOnlyWhereItHasRoom) {
  LayoutInput in;
  in.display = ImVec2(1920, 1080), in.font_size = 18;
  Layout roomy = ComputeLayout(in);
  EXPECT_TRUE(roomy[PanelId::kLoopCode].visible && !roomy[PanelId::kLoopCode].folded);
  EXPECT_GE(roomy[PanelId::kLoopCode].size.y, 18 * kLoopCodeMinHeight - 0.5f);
  EXPECT_TRUE(roomy[PanelId::kLoop].visible);
  ExpectTiled(roomy, in.display);
  in.display = ImVec2(1280, 720), in.font_size = 24;
  Layout projector = ComputeLayout(in);
  EXPECT_TRUE(projector[PanelId::kLoopCode].folded) << "a strip";
  EXPECT_TRUE(projector[PanelId::kLoop].visible);
  in.unfolded[static_cast<size_t>(PanelId::kLoopCode)] = true;
  Layout reopened = ComputeLayout(in);
  EXPECT_FALSE(reopened[PanelId::kLoopCode].folded);
  EXPECT_FALSE(reopened[PanelId::kLoop].visible) << "the pseudocode takes the ring's place";
  EXPECT_TRUE(reopened.ring_replaced);
  ExpectTiled(reopened, in.display);
  in.unfolded = {};
  in.display = ImVec2(1920, 1080), in.font_size = 18;
  in.usage.loop = false;  // a synchronous program
  EXPECT_TRUE(ComputeLayout(in)[PanelId::kLoopCode].folded);
}

// The thread pool and OS I/O panels grow to the rows they measured, after the queues' cards.
TEST(Layout, MeasuredWantsGrowThePoolAfterTheQueues) {
  LayoutInput in;
  in.display = ImVec2(1920, 1080), in.font_size = 18;
  in.want[static_cast<size_t>(PanelId::kQueues)] = 200;
  in.want[static_cast<size_t>(PanelId::kPool)] = 190;
  in.want[static_cast<size_t>(PanelId::kOsIo)] = 80;
  Layout layout = ComputeLayout(in);
  EXPECT_GE(layout[PanelId::kQueues].size.y, 200 - 0.5f);
  EXPECT_GE(layout[PanelId::kPool].size.y, 190 - 0.5f);
  EXPECT_GE(layout[PanelId::kOsIo].size.y, 80 - 0.5f);
  ExpectTiled(layout, in.display);
}

}  // namespace
}  // namespace loopscope::app

namespace loopscope::app {
namespace {

// At the projector size, at a stop of a run with the pool at work (five timeline lanes), the
// middle row would not hold a stack frame above a ring whose names fit: Why moves under the
// queues and the folded strips beside the timeline, whose five lanes all keep their room.
TEST(Layout, ACrampedPoolRunAtAStopKeepsTheStackTheRingAndEveryLane) {
  LayoutInput in;
  in.display = ImVec2(1280, 720), in.font_size = 24, in.timeline_lanes = 5, in.at_stop = true;
  in.usage.os_io = false;
  in.want[static_cast<size_t>(PanelId::kControls)] = 120;
  in.want[static_cast<size_t>(PanelId::kCaption)] = 70;
  const float one_frame = 115;  // a frame's row, the title bar and padding at 24 px
  in.want[static_cast<size_t>(PanelId::kStack)] = one_frame;
  Layout layout = ComputeLayout(in);
  EXPECT_GE(layout[PanelId::kStack].size.y, one_frame - 0.5f);
  EXPECT_GE(layout[PanelId::kLoop].size.y, 24 * kRingLeast - 0.5f);
  EXPECT_GE(layout[PanelId::kTimeline].size.y, 24 * (2.7f + kTimelineMinLane * 5));
  EXPECT_NEAR(layout[PanelId::kExplanation].pos.x, layout[PanelId::kQueues].pos.x, 0.5f)
      << "Why under the queues";
  EXPECT_GE(layout[PanelId::kExplanation].size.y, ExplanationMinHeight(24) - 0.5f);
  const Rect& strip = layout[PanelId::kOsIo];
  EXPECT_TRUE(strip.folded);
  EXPECT_NEAR(strip.pos.y, layout[PanelId::kTimeline].pos.y, 0.5f) << "beside the lanes";
  ExpectTiled(layout, in.display);
  // With room to spare nothing moves: Why spans the band under the middle row.
  in.display = ImVec2(1920, 1080), in.font_size = 18;
  Layout roomy = ComputeLayout(in);
  EXPECT_GT(roomy[PanelId::kExplanation].size.x, roomy[PanelId::kQueues].size.x * 1.5f);
}

// At the projector size, at a stop of a run with four pool threads busy, the queues' cards and
// the pool's rows would not fit beside the timeline and Why: those two fold to strips under
// the ring, and the queues and the pool get all they asked for, the source and the console
// keep the whole left column. Reopened, each is back.
TEST(Layout, APoolRunWhoseRowsWouldScrollFoldsTheTimelineAndWhyUnderTheRing) {
  LayoutInput in;
  in.display = ImVec2(1280, 720), in.font_size = 24, in.timeline_lanes = 5, in.at_stop = true;
  in.usage.os_io = false;
  in.want[static_cast<size_t>(PanelId::kControls)] = 120;
  in.want[static_cast<size_t>(PanelId::kCaption)] = 70;
  in.want[static_cast<size_t>(PanelId::kQueues)] = 229;
  in.want[static_cast<size_t>(PanelId::kPool)] = 205;
  Layout layout = ComputeLayout(in);
  EXPECT_TRUE(layout.pool_first);
  EXPECT_GE(layout[PanelId::kQueues].size.y, 229 - 0.5f);
  EXPECT_GE(layout[PanelId::kPool].size.y, 205 - 0.5f);
  EXPECT_GE(layout[PanelId::kConsole].size.y, ConsoleMinHeight(24) - 0.5f);
  const Rect& console = layout[PanelId::kConsole];
  EXPECT_NEAR(console.pos.y + console.size.y, 720 - 7.2f, 0.5f) << "the console ends the column";
  const Rect& ring = layout[PanelId::kLoop];
  EXPECT_GE(ring.size.y, 24 * kRingLeast - 0.5f);
  for (PanelId id : {PanelId::kTimeline, PanelId::kExplanation}) {
    const Rect& strip = layout[id];
    EXPECT_TRUE(strip.visible && strip.folded) << static_cast<int>(id);
    EXPECT_GE(strip.pos.x, ring.pos.x - 0.5f) << static_cast<int>(id);
    EXPECT_LE(strip.pos.x + strip.size.x, ring.pos.x + ring.size.x + 0.5f);
    EXPECT_GT(strip.pos.y, ring.pos.y + ring.size.y) << "under the ring";
  }
  ExpectTiled(layout, in.display);
  in.unfolded[static_cast<size_t>(PanelId::kExplanation)] = true;
  Layout why = ComputeLayout(in);
  EXPECT_FALSE(why[PanelId::kExplanation].folded);
  EXPECT_TRUE(why[PanelId::kTimeline].folded);
  ExpectTiled(why, in.display);
  // Nothing measured yet (the first frames): the usual tiling.
  in.want = {};
  EXPECT_FALSE(ComputeLayout(in).pool_first);
}

// With the pool first and more queued cards than the column holds (an HTTP server's busiest
// step at the projector size), every pool thread and OS operation gets its room before the
// queues' cards beyond a line per queue: the queues count the rest, the OS rows never scroll.
TEST(Layout, WithThePoolFirstTheOsRowsComeBeforeTheQueuesCardsBeyondALineEach) {
  LayoutInput in;
  in.display = ImVec2(1280, 720), in.font_size = 24, in.timeline_lanes = 1;
  in.usage.pool = false;
  in.want[static_cast<size_t>(PanelId::kControls)] = 120;
  in.want[static_cast<size_t>(PanelId::kQueues)] = 698;
  in.least[static_cast<size_t>(PanelId::kQueues)] = 330;
  in.want[static_cast<size_t>(PanelId::kOsIo)] = 194;
  Layout layout = ComputeLayout(in);
  ASSERT_TRUE(layout.pool_first);
  EXPECT_GE(layout[PanelId::kOsIo].size.y, 194 - 0.5f);
  EXPECT_GE(layout[PanelId::kQueues].size.y, 330 - 0.5f);
  EXPECT_LT(layout[PanelId::kQueues].size.y, 698) << "the queues count what the column cannot hold";
  ExpectTiled(layout, in.display);
}

// With the pool first in a desktop window (a dozen OS operations still scroll), the strips
// under the ring keep the unused Streams panel's strip where their row has room for it, and
// the loop pseudocode stays open under the ring.
TEST(Layout, APoolFirstDesktopWindowKeepsTheStreamsStripUnderTheRing) {
  LayoutInput in;
  in.display = ImVec2(1600, 900), in.font_size = 18, in.timeline_lanes = 5;
  in.usage.streams = false;
  in.want[static_cast<size_t>(PanelId::kQueues)] = 230;
  in.want[static_cast<size_t>(PanelId::kPool)] = 150;
  in.want[static_cast<size_t>(PanelId::kOsIo)] = 1200;
  Layout layout = ComputeLayout(in);
  EXPECT_TRUE(layout.pool_first);
  const Rect& ring = layout[PanelId::kLoop];
  for (PanelId id : {PanelId::kTimeline, PanelId::kExplanation, PanelId::kStreams}) {
    const Rect& strip = layout[id];
    EXPECT_TRUE(strip.visible && strip.folded) << static_cast<int>(id);
    EXPECT_GT(strip.pos.y, ring.pos.y + ring.size.y) << static_cast<int>(id) << " under the ring";
    EXPECT_NEAR(strip.pos.y, layout[PanelId::kTimeline].pos.y, 0.5f) << "one row";
  }
  EXPECT_TRUE(layout[PanelId::kLoopCode].visible && !layout[PanelId::kLoopCode].folded);
  ExpectTiled(layout, in.display);
}

// The Streams panel (panel_streams.cpp) shares the right column with the queues, the pool and
// OS I/O while the program makes a stream, folds with them otherwise (where a strip row has room
// for it), and a browser page has none.
TEST(Layout, TheStreamsPanelJoinsTheRightColumnOnlyWhenTheProgramMakesAStream) {
  LayoutInput in;
  in.display = ImVec2(1280, 720), in.font_size = 24;
  in.usage = {false, false, false, true, false, true};
  Layout used = ComputeLayout(in);
  EXPECT_TRUE(used[PanelId::kStreams].visible && !used[PanelId::kStreams].folded);
  EXPECT_NEAR(used[PanelId::kStreams].pos.x, used[PanelId::kQueues].pos.x, 0.01f);
  EXPECT_GT(used[PanelId::kStreams].pos.y, used[PanelId::kQueues].pos.y);
  EXPECT_GE(used[PanelId::kStreams].size.y, 24 * kStreamsMinHeight - 0.5f);
  ExpectTiled(used, in.display);
  in.usage.streams = false;
  Layout unused = ComputeLayout(in);
  EXPECT_FALSE(unused[PanelId::kStreams].visible) << "no room in the strip row: not drawn";
  EXPECT_GT(unused[PanelId::kQueues].size.y, used[PanelId::kQueues].size.y);
  ExpectTiled(unused, in.display);
  in.display = ImVec2(1920, 1080), in.font_size = 18;
  Layout roomy = ComputeLayout(in);
  EXPECT_TRUE(roomy[PanelId::kStreams].visible && roomy[PanelId::kStreams].folded);
  EXPECT_NEAR(roomy[PanelId::kStreams].pos.y, roomy[PanelId::kPool].pos.y, 0.01f)
      << "in the pool's strip row";
  ExpectTiled(roomy, in.display);
  in.usage.browser = true, in.usage.streams = true;
  EXPECT_FALSE(ComputeLayout(in)[PanelId::kStreams].visible);
}

// A browser run's timeline (its tasks, frames and requests) opens by itself where its lanes
// fit without taking room the queues asked for (layout_browser_timeline.cpp): at 1920x1080
// with their full height (test_gui_layout checks that no panel then overflows, per scenario).
TEST(Layout, ABrowserTimelineOpensWhereItsLanesFit) {
  LayoutInput in;
  in.display = ImVec2(1920, 1080), in.font_size = 18;
  in.usage = RunUsage{};
  in.usage.browser = true;
  in.timeline_lanes = 3;
  Layout roomy = ComputeLayout(in);
  EXPECT_TRUE(roomy[PanelId::kTimeline].visible && !roomy[PanelId::kTimeline].folded);
  EXPECT_GE(roomy[PanelId::kTimeline].size.y, TimelineHeight(18, 1080, 3) - 0.5f);
  ExpectTiled(roomy, in.display);
}

}  // namespace
}  // namespace loopscope::app
