// tests/gui/reload_keep_test.cpp — a reload keeps the step (clamped to the new run) and the
// typed prediction; opening another file starts at step 0 with an empty prediction.
#include "app/ui/reload_keep.h"

#include <gtest/gtest.h>

#include "app/ui/app_state.h"
#include "engine/trace/synthetic_log.h"

namespace loopscope::app {
namespace {

std::unique_ptr<Document> SyntheticDocument(size_t events, const std::string& path) {
  auto log = std::make_shared<trace::StepLog>(trace::MakeSyntheticLog({.events = events}));
  return MakeDocument(std::move(log), path, path);
}

// The loader gives `events` events for every path (tests change it between loads).
struct Fixture {
  AppState state;
  size_t events = 300;
  Fixture() {
    UseSyntheticLoader();
    OpenDocument(state, "a.js");
    JumpTo(state.playback, *state.doc->log, 120);
    RefreshStates(state);
    state.console.predict_mode = true;
    state.console.prediction = "start\nend\n";
  }
  void UseSyntheticLoader() {
    state.loader = [this](const std::string& path, LoadControl*) {
      return LoadOutcome{SyntheticDocument(events, path), {}};
    };
  }
  void Post(UiCommand::Kind kind) {
    state.commands.push_back({kind});
    ApplyCommands(state);
  }
};

TEST(ReloadKeep, AReloadKeepsTheStepAndThePrediction) {
  Fixture f;
  f.Post(UiCommand::Kind::kReload);
  EXPECT_EQ(f.state.playback.step, 120u);
  EXPECT_EQ(f.state.current.step, 120u);  // the panels show it at once
  EXPECT_TRUE(f.state.console.predict_mode);
  EXPECT_EQ(f.state.console.prediction, "start\nend\n");
  EXPECT_FALSE(f.state.reload.pending);
}

TEST(ReloadKeep, AShorterRunOpensAtItsLastStep) {
  Fixture f;
  f.events = 50;
  f.Post(UiCommand::Kind::kReload);
  EXPECT_EQ(f.state.playback.step, f.state.doc->step_count() - 1);
  EXPECT_EQ(f.state.console.prediction, "start\nend\n");
}

TEST(ReloadKeep, OpeningAnotherFileStartsFresh) {
  Fixture f;
  OpenDocument(f.state, "b.js");
  EXPECT_EQ(f.state.playback.step, 0u);
  EXPECT_TRUE(f.state.console.prediction.empty());
}

TEST(ReloadKeep, AFailedReloadForgetsWhatItKept) {
  Fixture f;
  f.state.loader = [](const std::string&, LoadControl*) {
    return LoadOutcome{nullptr, {"a.js:1: oops"}};
  };
  f.Post(UiCommand::Kind::kReload);
  EXPECT_FALSE(f.state.reload.pending);
  EXPECT_EQ(f.state.playback.step, 120u);  // the old run stays
  f.UseSyntheticLoader();
  OpenDocument(f.state, "a.js");  // not a reload: nothing is restored
  EXPECT_EQ(f.state.playback.step, 0u);
}

}  // namespace
}  // namespace loopscope::app
