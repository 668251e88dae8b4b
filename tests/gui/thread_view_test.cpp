// tests/gui/thread_view_test.cpp — a run with workers in the app: the panels follow the
// thread of the current step, T cycles follow → main → worker 1 → follow, the call stack's
// title names the thread shown (as first drawn: ImGui 1.86 keeps a window's first name
// where the tests read it), the Source panel keeps the main program's line, and the
// timeline has a lane per worker holding only that worker's JavaScript.
#include <gtest/gtest.h>

#include "app/ui/timeline_model.h"
#include "tests/gui/headless_ui.h"
#include "tests/gui/log_builder.h"

namespace loopscope::app {
namespace {

using testing::LogBuilder;
using trace::EventKind;

// The main script runs onMain (line 2), worker 1 starts and runs onWorker (its line 7),
// then the main thread goes on.
std::unique_ptr<Document> TwoThreads(size_t* worker_frame) {
  LogBuilder b("// main\nonMain();\n");
  b.Add({.text = b.Text("onMain"), .loc = {2, 1}, .kind = EventKind::kFramePush});
  b.Add({.loc = {2, 1}, .kind = EventKind::kStatement});
  b.AtMs(20).Add({.value = 1, .kind = EventKind::kThread});
  b.Add({.value = 4, .text = b.Text("[worker eval]"), .kind = EventKind::kRunStart});
  b.Add({.text = b.Text("onWorker"), .loc = {7, 1}, .kind = EventKind::kFramePush});
  *worker_frame = b.last_step();
  b.Add({.loc = {7, 3}, .kind = EventKind::kStatement});
  b.AtMs(25).Add({.kind = EventKind::kFramePop});
  b.AtMs(1).Add({.value = 0, .kind = EventKind::kThread});
  b.Add({.kind = EventKind::kFramePop});
  return b.Build();
}

std::string TopFrame(const AppState& s) {
  const trace::LoopState& shown = ShownCurrent(s.threads, s.current);
  return shown.stack.empty() ? "" : std::string(s.doc->log->Text(shown.stack.back().name));
}

std::string StackTitle() {
  ImGuiWindow* w = ImGui::FindWindowByName("Call stack###stack");
  return w ? w->Name : "";
}

TEST(ThreadView, PanelsFollowTheStepsThreadAndTCyclesTheThreads) {
  AppState state;
  size_t worker_frame = 0;
  SetDocument(state, TwoThreads(&worker_frame), 0);
  state.playback.step = worker_frame + 1;  // inside onWorker, on the worker's clock
  RefreshStates(state);
  HeadlessUi ui(state);
  ui.Frame();
  ui.DrawOnly();
  EXPECT_EQ(state.threads.shown, 1u);
  EXPECT_EQ(TopFrame(state), "onWorker");
  EXPECT_NE(StackTitle().find("worker 1"), std::string::npos) << StackTitle();
  // The Source panel keeps the main program's statement: line 7 is the worker's.
  EXPECT_EQ(SourceState(state.threads, state.current).statement.line, 2u);

  state.commands.push_back({UiCommand::Kind::kNextThread});  // T: the main thread
  ui.Frame();
  ui.DrawOnly();
  EXPECT_EQ(state.threads.shown, 0u);
  EXPECT_EQ(TopFrame(state), "onMain");
  EXPECT_EQ(ShownCurrent(state.threads, state.current).time_ns, 0);  // main's own clock
  EXPECT_EQ(ShownCurrent(state.threads, state.current)
                .explanation.rfind("Showing the main thread; this step ran on worker 1: ", 0),
            0u)
      << ShownCurrent(state.threads, state.current).explanation;

  // Stepping keeps the chosen thread: the worker's steps leave the main view as it was.
  state.playback.step = worker_frame + 2;  // onWorker returns
  ui.Frame();
  EXPECT_EQ(state.current.thread, 1u);
  EXPECT_EQ(TopFrame(state), "onMain");

  state.commands.push_back({UiCommand::Kind::kNextThread});  // worker 1
  ui.Frame();
  ui.DrawOnly();
  EXPECT_EQ(state.threads.shown, 1u);
  state.commands.push_back({UiCommand::Kind::kNextThread});  // back to following the step
  ui.Frame();
  EXPECT_EQ(state.threads.chosen, ThreadSelection::kFollow);
}

TEST(ThreadView, ARunWithOneThreadHasNoSelector) {
  AppState state;
  LogBuilder b;
  b.Add({.text = b.Text("f"), .loc = {1, 1}, .kind = EventKind::kFramePush});
  SetDocument(state, b.Build(), 1);
  HeadlessUi ui(state);
  ui.Frame();
  ui.DrawOnly();
  EXPECT_EQ(StackTitle(), "Call stack###stack");
  state.commands.push_back({UiCommand::Kind::kNextThread});
  ui.Frame();
  EXPECT_EQ(state.threads.chosen, ThreadSelection::kFollow);
}

TEST(ThreadView, EachWorkerHasATimelineLaneOfItsOwn) {
  size_t worker_frame = 0;
  const std::unique_ptr<Document> doc = TwoThreads(&worker_frame);
  const TimelineModel m = BuildTimeline(*doc->log);
  ASSERT_EQ(m.workers.size(), 1u);
  ASSERT_EQ(m.workers[0].size(), 1u);
  EXPECT_EQ(m.workers[0][0].start_ns, 20'000'000);
  EXPECT_EQ(m.workers[0][0].end_ns, 25'000'000);
  ASSERT_EQ(m.main.size(), 1u);  // onMain only, from 0 until it returns
  EXPECT_EQ(m.main[0].end_ns, 1'000'000);
  EXPECT_EQ(m.LaneCount(), 2u + m.pool.size());
}

}  // namespace
}  // namespace loopscope::app
