// tests/gui/layout_report_test.cpp — every built-in scenario, rendered in real frames (under
// Xvfb) at projector and small-screen sizes, at its busiest step (the most queued items) and
// at each classroom stop, checked through the layout report (layout_report.h): no two panels
// overlap, every panel lies inside the window, no panel the run uses loses content past an
// edge that no scroll bar reaches (a long program or console scrolls by design; a clipped one
// fails), the controls bar, the loop ring and the folded strips never even scroll, the call
// stack shows all it holds up to three frames, the timeline's lanes are never thinner than
// kTimelineMinLane lines, and the queues, the thread pool and OS I/O never scroll in a run
// that uses them. At every classroom stop the queues show every card; at the busiest step a
// long queue may end in a "+N" count, only where the right column has no room left
// (ExpectCountsOnlyForWantOfRoom). Each scenario is simulated once and drawn at the three sizes.
#include "app/ui/layout_report.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <iostream>
#include <string>
#include <vector>

#include "app/ui/document_load.h"
#include "app/ui/render.h"
#include "app/ui/two_way_load.h"
#include "tests/gui/layout_checks.h"
#include "tests/gui/screens.h"

namespace loopscope::app {
namespace {

using namespace screens;

constexpr Screen kScreens[] = {kProjector, kBigProjector, kSmallLaptop};

std::vector<std::string> BuiltInScenarios() {
  std::vector<std::string> files;
  for (const auto& entry :
       std::filesystem::recursive_directory_iterator(LOOPSCOPE_SOURCE_DIR "/scenarios"))
    if (entry.path().extension() == ".json") files.push_back(entry.path().string());
  std::sort(files.begin(), files.end());
  return files;
}

// Every queue the queues panel shows, Node's or a browser's (panel_queues.cpp): all but the
// pool's and poll's, which the pool and OS I/O panels show.
bool IsShownQueue(trace::Queue q) {
  return q != trace::Queue::kPoolWork && q != trace::Queue::kPollReady;
}

// The step after which the queues panel holds the most items.
size_t BusiestStep(const trace::StepLog& log) {
  long items = 0, most = -1;
  size_t busiest = 0;
  for (size_t i = 0; i < log.size(); ++i) {
    const trace::Event& e = log[i];
    if (e.kind == trace::EventKind::kEnqueue && IsShownQueue(e.queue)) ++items;
    if ((e.kind == trace::EventKind::kDequeue || e.kind == trace::EventKind::kCancel) &&
        IsShownQueue(e.queue))
      --items;
    if (items > most) most = items, busiest = i;
  }
  return busiest;
}

// Whether an overflow of panel `id` fails the test for a run with `usage`.
// The call stack must show all it holds up to three frames' room (StackHeight): deeper stacks
// and the functions parked below them scroll, their top three frames in view (layout_checks.h).
// The queues, the pool and OS I/O must show all they hold in a run that uses them.
bool MustFit(PanelId id, const RunUsage& usage, const PanelMeasure& m, float font) {
  if (id == PanelId::kControls || id == PanelId::kLoop) return true;
  if (id == PanelId::kStack) return m.want_h <= StackHeight(font, 3) + 1.0f;
  return id == PanelId::kQueues || (id == PanelId::kPool && usage.pool) ||
         (id == PanelId::kOsIo && usage.os_io);
}

const PanelMeasure& Measure(const PanelMeasures& m, PanelId id) {
  return m[static_cast<size_t>(id)];
}

// Whether panel `id` has no more height than it asked for (or is not open).
bool NoSlack(const PanelMeasures& m, PanelId id) {
  const PanelMeasure& p = Measure(m, id);
  return !p.rect.visible || p.rect.folded || p.rect.size.y <= p.want_h + 1.0f;
}

// At a busiest step the queues may count cards they have no room for, as the panel is
// designed to ("+N" with the rest in its tooltip): only with a line of cards for every queue,
// and only where the right column has no room left, every pool thread and OS operation in
// view and the timeline and Why folded for them (layout_pool_room.cpp). Prints what it counts.
void ExpectCountsOnlyForWantOfRoom(const PanelMeasures& m, const std::string& what) {
  const PanelMeasure& queues = Measure(m, PanelId::kQueues);
  if (queues.hidden_items == 0) return;
  std::cout << "counted: " << what << queues.hidden_items << " cards behind a count (queues want "
            << queues.want_h << " px, have " << queues.rect.size.y << ")\n";
  EXPECT_GE(queues.rect.size.y, queues.least_h - 0.5f) << what << "a queue lost its card line";
  EXPECT_TRUE(NoSlack(m, PanelId::kPool) && NoSlack(m, PanelId::kOsIo) &&
              NoSlack(m, PanelId::kStreams))
      << what << "the queues count cards beside a panel with room to spare";
  for (PanelId id : {PanelId::kTimeline, PanelId::kExplanation}) {
    const PanelMeasure& p = Measure(m, id);
    EXPECT_TRUE(!p.rect.visible || p.rect.folded)
        << what << "the queues count cards while " << PanelReportName(id) << " keeps its room";
  }
}

bool Overlap(const Rect& a, const Rect& b) {
  return a.pos.x < b.pos.x + b.size.x && b.pos.x < a.pos.x + a.size.x &&
         a.pos.y < b.pos.y + b.size.y && b.pos.y < a.pos.y + a.size.y;
}

// `busiest`: the queues may count cards (ExpectCountsOnlyForWantOfRoom); at a stop they may not.
void ExpectFits(const PanelMeasures& m, const Screen& screen, const RunUsage& usage, float font,
                bool busiest, const std::string& what) {
  for (int i = 0; i < kPanelCount; ++i) {
    const PanelMeasure& p = m[static_cast<size_t>(i)];
    const char* name = PanelReportName(static_cast<PanelId>(i));
    if (!p.rect.visible) continue;
    EXPECT_GE(p.rect.pos.x, 0) << what << name;
    EXPECT_GE(p.rect.pos.y, 0) << what << name;
    EXPECT_LE(p.rect.pos.x + p.rect.size.x, static_cast<float>(screen.width) + 0.5f)
        << what << name;
    EXPECT_LE(p.rect.pos.y + p.rect.size.y, static_cast<float>(screen.height) + 0.5f)
        << what << name;
    for (int j = i + 1; j < kPanelCount; ++j) {
      if (m[static_cast<size_t>(j)].rect.visible) {
        EXPECT_FALSE(Overlap(p.rect, m[static_cast<size_t>(j)].rect))
            << what << name << " overlaps " << PanelReportName(static_cast<PanelId>(j));
      }
    }
    EXPECT_FALSE(p.clipped && p.used) << what << name << " clips content no scroll bar reaches";
    if (p.rect.folded || !MustFit(static_cast<PanelId>(i), usage, p, font)) continue;
    EXPECT_FALSE(p.overflow_y) << what << name << " scrolls (wants " << p.want_h << " px, has "
                               << p.rect.size.y << ")";
    EXPECT_FALSE(p.overflow_x) << what << name << " is clipped at its right edge";
    if (!busiest || i != static_cast<int>(PanelId::kQueues))
      EXPECT_EQ(p.hidden_items, 0u) << what << name << " hides items behind a count";
  }
  if (busiest) ExpectCountsOnlyForWantOfRoom(m, what);
}

// Draws `state` at its cursor at the three sizes and checks each; `busiest`: the cursor is at
// the run's busiest step (and at none of its stops).
void ExpectFitsAtEverySize(AppState& state, const RunUsage& usage, const std::string& title,
                           bool busiest) {
  for (const Screen& screen : kScreens) {
    // Each size starts afresh: no wants measured at the size before.
    state.prefs.font_size = screen.font > 0 ? screen.font : kDefaultFontSize;
    state.measured = {};
    std::vector<unsigned char> rgba;
    std::string error;
    ASSERT_TRUE(RenderFrames(state, screen.width, screen.height, kSettleFrames, &rgba, &error))
        << error;
    std::string what = title + " step " + std::to_string(state.playback.step) +
                       (busiest ? " (busiest)" : " (stop)") + " at " +
                       std::to_string(screen.width) + "x" + std::to_string(screen.height) +
                       " font " + std::to_string(static_cast<int>(state.fonts.size)) + ": ";
    ExpectFits(state.measured, screen, usage, state.fonts.size, busiest, what);
    layout_checks::ExpectReadablePanels(state.measured, what);
    // The timeline's lanes keep kTimelineMinLane lines each (they scroll where the window
    // has no room for all of them: the report then says the timeline overflows).
    const PanelMeasure& timeline = state.measured[static_cast<size_t>(PanelId::kTimeline)];
    if (timeline.rect.visible && !timeline.rect.folded) {
      EXPECT_GE(state.timeline.lane_px, state.fonts.size * kTimelineMinLane - 0.01f)
          << what << "timeline lanes too thin to read";
    }
  }
}

TEST(LayoutReport, EveryScenarioFitsAtProjectorAndSmallScreenSizes) {
  if (!HaveDisplay()) GTEST_SKIP() << kNoDisplay;
  std::vector<std::string> files = BuiltInScenarios();
  ASSERT_GT(files.size(), 10u);
  for (const std::string& file : files) {
    LoadOutcome loaded = LoadDocumentFromFile(file);
    ASSERT_TRUE(loaded.doc) << file;
    // The busiest step, then every classroom stop (in the mode the scenario opens in).
    std::vector<size_t> steps{BusiestStep(*loaded.doc->log)};
    for (const DocumentStop& stop : loaded.doc->stops) steps.push_back(stop.step);
    RunUsage usage = loaded.doc->usage;
    AppState state;
    // As the app does: What if and Compare take room in the controls' title row.
    state.what_if.simulate = LoadWhatIfDocument;
    state.what_if.sweep = SweepPoolSizesOf;
    state.live.run_two_ways = LoadTwoWays;
    SetDocument(state, std::move(loaded.doc), steps[0]);
    for (size_t k = 0; k < steps.size(); ++k) {
      state.commands.push_back({UiCommand::Kind::kJumpTo, steps[k]});
      ApplyCommands(state);
      RefreshStates(state);
      const bool busiest =
          k == 0 && std::find(steps.begin() + 1, steps.end(), steps[0]) == steps.end();
      ExpectFitsAtEverySize(state, usage, std::filesystem::path(file).filename().string(), busiest);
    }
  }
}

}  // namespace
}  // namespace loopscope::app
