// tests/gui/background_load_test.cpp — loading on a worker thread: OpenDocument returns at
// once, frames keep the old document (and say what is loading) until the result is
// collected, a newer request supersedes an older one, and failures keep the old document.
#include <gtest/gtest.h>

#include <chrono>
#include <future>
#include <thread>

#include "app/ui/app_state.h"
#include "engine/trace/synthetic_log.h"

namespace loopscope::app {
namespace {

std::unique_ptr<Document> SyntheticDocument(size_t events, std::string title) {
  auto log = std::make_shared<trace::StepLog>(trace::MakeSyntheticLog({.events = events}));
  return MakeDocument(std::move(log), "", std::move(title));
}

// Collects until the background load has finished (or a generous deadline passes).
void CollectWhenDone(AppState& state) {
  auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(20);
  while (state.loads.busy() && std::chrono::steady_clock::now() < deadline) {
    CollectBackgroundLoad(state);
    std::this_thread::sleep_for(std::chrono::milliseconds(1));
  }
}

TEST(BackgroundLoad, OpenReturnsAtOnceAndTheResultArrivesBetweenFrames) {
  std::promise<void> release;
  std::shared_future<void> released = release.get_future().share();
  AppState state;
  state.load_in_background = true;
  state.loader = [released](const std::string& path, LoadControl*) {
    released.wait();
    return LoadOutcome{SyntheticDocument(300, path), {}};
  };
  SetDocument(state, SyntheticDocument(200, "old"), 5);
  OpenDocument(state, "new.js");
  ASSERT_TRUE(state.loads.busy());
  EXPECT_EQ(state.loads.path(), "new.js");
  CollectBackgroundLoad(state);  // still running: nothing changes
  EXPECT_EQ(state.doc->title, "old");
  EXPECT_EQ(state.playback.step, 5u);
  release.set_value();
  CollectWhenDone(state);
  EXPECT_FALSE(state.loads.busy());
  EXPECT_EQ(state.doc->title, "new.js");
  EXPECT_EQ(state.playback.step, 0u);
  EXPECT_EQ(state.prefs.recent_files.front(), "new.js");
}

TEST(BackgroundLoad, ANewerRequestSupersedesAnOlderOne) {
  std::promise<void> release_slow;
  std::shared_future<void> slow = release_slow.get_future().share();
  AppState state;
  state.load_in_background = true;
  state.loader = [slow](const std::string& path, LoadControl*) {
    if (path == "slow.js") slow.wait();
    return LoadOutcome{SyntheticDocument(100, path), {}};
  };
  OpenDocument(state, "slow.js");
  OpenDocument(state, "fast.js");
  CollectWhenDone(state);
  ASSERT_NE(state.doc, nullptr);
  EXPECT_EQ(state.doc->title, "fast.js");
  release_slow.set_value();
  CollectBackgroundLoad(state);
  EXPECT_EQ(state.doc->title, "fast.js") << "the superseded load must not replace the newer one";
}

TEST(BackgroundLoad, AFailedLoadKeepsTheDocumentAndShowsTheErrors) {
  AppState state;
  state.load_in_background = true;
  state.loader = [](const std::string& path, LoadControl*) {
    LoadOutcome out;
    out.errors.push_back(path + ":1:1: error: nope");
    return out;
  };
  SetDocument(state, SyntheticDocument(100, "kept"), 3);
  OpenDocument(state, "bad.js");
  CollectWhenDone(state);
  EXPECT_EQ(state.doc->title, "kept");
  ASSERT_EQ(state.browser.errors.size(), 1u);
  EXPECT_EQ(state.browser.errors[0], "bad.js:1:1: error: nope");
}

}  // namespace
}  // namespace loopscope::app
