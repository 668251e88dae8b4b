// tests/gui/load_progress_test.cpp — the "Simulating…" strip: its wording (load_progress.h),
// the LoadControl a background load shares with its worker (progress in, cancel out) and the
// Cancel command. The real loader's side: document_load_progress_test.cpp.
#include "app/ui/load_progress.h"

#include <gtest/gtest.h>

#include <chrono>
#include <future>
#include <thread>

#include "app/ui/app_state.h"
#include "engine/trace/synthetic_log.h"

namespace loopscope::app {
namespace {

TEST(LoadProgress, CountsReadShortly) {
  EXPECT_EQ(EventCountText(0), "0");
  EXPECT_EQ(EventCountText(999), "999");
  EXPECT_EQ(EventCountText(12345), "12,345");
  EXPECT_EQ(EventCountText(999'999), "999,999");
  EXPECT_EQ(EventCountText(3'210'000), "3.2M");
  EXPECT_EQ(EventCountText(10'950'100), "11.0M");
}

TEST(LoadProgress, SaysWhatIsSimulatingHowFarAndThenThatTheViewIsBeingBuilt) {
  LoadControl control;
  control.progress.events = 3'210'000;
  control.progress.virtual_ns = 1'234'500'000;
  EXPECT_EQ(LoadingText("/tmp/big.js", control), "Simulating big.js · 3.2M events · t = 1234.5 ms");
  control.progress.events = 1;
  EXPECT_EQ(LoadingText("big.js", control), "Simulating big.js · 1 event · t = 1234.5 ms");
  control.preparing = true;
  EXPECT_EQ(LoadingText("big.js", control), "Simulated big.js · 1 event · preparing the view…");
}

// A loader that publishes progress, then runs until it is cancelled (as the engine does).
LoadOutcome RunUntilCancelled(const std::string& path, LoadControl* control) {
  control->progress.events = 42;
  while (!control->cancel.load()) std::this_thread::yield();
  return LoadOutcome{nullptr, {path + ": the simulation was cancelled"}};
}

TEST(LoadProgress, TheStripReadsTheWorkersProgressAndCancelStopsIt) {
  AppState state;
  state.load_in_background = true;
  state.loader = RunUntilCancelled;
  auto log = std::make_shared<trace::StepLog>(trace::MakeSyntheticLog({.events = 100}));
  SetDocument(state, MakeDocument(std::move(log), "", "old"), 7);
  OpenDocument(state, "big.js");
  ASSERT_TRUE(state.loads.busy());
  while (state.loads.control().progress.events.load() == 0) std::this_thread::yield();
  EXPECT_EQ(LoadingText(state.loads.path(), state.loads.control()).substr(0, 30),
            "Simulating big.js · 42 events");
  state.commands.push_back({UiCommand::Kind::kCancelLoad});
  ApplyCommands(state);
  EXPECT_FALSE(state.loads.busy()) << "the strip goes at once";
  EXPECT_EQ(state.doc->title, "old") << "what was on screen stays";
  EXPECT_EQ(state.playback.step, 7u);
  CollectBackgroundLoad(state);
  EXPECT_EQ(state.doc->title, "old");
  // The worker saw the cancel and ended: starting another load does not wait for it.
  state.loader = [](const std::string& path, LoadControl*) {
    auto l = std::make_shared<trace::StepLog>(trace::MakeSyntheticLog({.events = 50}));
    return LoadOutcome{MakeDocument(std::move(l), "", path), {}};
  };
  OpenDocument(state, "small.js");
  while (state.loads.busy()) CollectBackgroundLoad(state), std::this_thread::yield();
  EXPECT_EQ(state.doc->title, "small.js");
}

TEST(LoadProgress, ANewerLoadCancelsTheOlderOne) {
  AppState state;
  state.load_in_background = true;
  std::promise<bool> saw_cancel;
  std::future<bool> cancelled = saw_cancel.get_future();
  state.loader = [&saw_cancel](const std::string& path, LoadControl* control) {
    if (path == "first.js") {
      while (!control->cancel.load()) std::this_thread::yield();
      saw_cancel.set_value(true);
    }
    return LoadOutcome{nullptr, {path + ": done"}};
  };
  OpenDocument(state, "first.js");
  OpenDocument(state, "second.js");
  EXPECT_TRUE(cancelled.get());
  while (state.loads.busy()) CollectBackgroundLoad(state), std::this_thread::yield();
}

}  // namespace
}  // namespace loopscope::app
