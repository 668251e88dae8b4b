// tests/gui/live_compare_test.cpp — the simulated and the live run side by side: the compare
// panel takes the console's place, switching runs keeps the program point, the first
// difference is found and reachable, and opening another scenario ends the comparison.
#include <gtest/gtest.h>
#include <imgui.h>
#include <imgui_internal.h>

#include "app/ui/layout.h"
#include "engine/trace/event.h"
#include "tests/gui/headless_ui.h"

namespace loopscope::app {
namespace {

using trace::EventKind;

// A run that prints `lines`, one callback each, `gap_ns` apart; `real` marks a live log.
std::unique_ptr<Document> RunDoc(std::initializer_list<const char*> lines, int64_t gap_ns,
                                 bool real) {
  auto log = std::make_shared<trace::StepLog>();
  log->set_info(trace::RunInfo{"p.js", "console.log(1)\n", 4, 1, real});
  int64_t t = 0;
  for (const char* line : lines) {
    trace::Event cb;
    cb.kind = EventKind::kCallbackStart;
    cb.time_ns = t += gap_ns;
    cb.text = log->Intern(std::string(line) + " callback");
    log->AppendRaw(cb);
    trace::Event out;
    out.kind = EventKind::kConsole;
    out.value = 1;
    out.time_ns = t += gap_ns;
    out.text = log->Intern(std::string(line) + "\n");
    log->AppendRaw(out);
  }
  return MakeDocument(log, "/tmp/p.js", real ? "p (live)" : "p");
}

const char* kCompare = "Simulated vs live###compare";

TEST(LiveCompare, ComparePanelTakesTheConsolesPlaceAndFindsTheDifference) {
  AppState state;
  SetDocument(state, RunDoc({"start", "timeout", "immediate"}, 1000, false), 0);
  HeadlessUi ui(state);
  ui.Frame();
  EXPECT_NE(ImGui::FindWindowByName("Console###console"), nullptr);
  InstallComparison(state, RunDoc({"start", "immediate", "timeout"}, 70000, true));
  ui.Frame();
  ui.Frame();
  ImGuiWindow* compare = ImGui::FindWindowByName(kCompare);
  ASSERT_NE(compare, nullptr);
  EXPECT_TRUE(compare->WasActive);
  EXPECT_NEAR(compare->Pos.y, state.measured[static_cast<size_t>(PanelId::kConsole)].rect.pos.y,
              1.0f);
  EXPECT_FALSE(ImGui::FindWindowByName("Console###console")->WasActive);
  ASSERT_TRUE(state.live.divergence.has_value());
  EXPECT_EQ(state.live.divergence->event_a, 2u);  // "timeout callback" in the simulation
  EXPECT_EQ(state.live.divergence->event_b, 2u);  // "immediate callback" live
  EXPECT_FALSE(state.live.viewing_live);
}

TEST(LiveCompare, SwitchingRunsKeepsTheProgramPoint) {
  AppState state;
  SetDocument(state, RunDoc({"a", "b", "c"}, 1000, false), 3);  // "b" starts
  InstallComparison(state, RunDoc({"a", "b", "c"}, 50000, true));
  EXPECT_FALSE(state.live.divergence.has_value());
  HeadlessUi ui(state);
  state.commands.push_back({UiCommand::Kind::kShowRun, 1});
  ui.Frame();
  EXPECT_TRUE(state.live.viewing_live);
  EXPECT_TRUE(state.doc->log->info().real_time);
  EXPECT_EQ(state.playback.step, 3u);
  EXPECT_EQ(state.current.step, 3u);
  EXPECT_NE(ImGui::FindWindowByName("Timeline (real time)###timeline"), nullptr);
  state.commands.push_back({UiCommand::Kind::kShowRun, 0});
  ui.Frame();
  EXPECT_FALSE(state.live.viewing_live);
  EXPECT_FALSE(state.doc->log->info().real_time);
}

TEST(LiveCompare, DivergenceStepIsTheRunOnScreensOwn) {
  AppState state;
  SetDocument(state, RunDoc({"x", "y"}, 1000, false), 0);
  InstallComparison(state, RunDoc({"w", "x", "y"}, 1000, true));
  ASSERT_TRUE(DivergenceStepOnScreen(state).has_value());
  EXPECT_EQ(*DivergenceStepOnScreen(state), 0u);
  SwitchRun(state, true);
  EXPECT_EQ(*DivergenceStepOnScreen(state), 0u);
  EXPECT_NE(state.live.divergence->summary.find("ran w callback"), std::string::npos);
}

TEST(LiveCompare, CloseAndOpeningAnotherScenarioEndTheComparison) {
  AppState state;
  state.loader = [](const std::string&, LoadControl*) {
    return LoadOutcome{RunDoc({"other"}, 1000, false), {}};
  };
  SetDocument(state, RunDoc({"a"}, 1000, false), 0);
  InstallComparison(state, RunDoc({"a"}, 1000, true));
  SwitchRun(state, true);
  HeadlessUi ui(state);
  state.commands.push_back({UiCommand::Kind::kCloseComparison});
  ui.Frame();
  EXPECT_FALSE(state.live.active);
  EXPECT_FALSE(state.doc->log->info().real_time);  // back on the simulation
  InstallComparison(state, RunDoc({"a"}, 1000, true));
  state.commands.push_back({UiCommand::Kind::kOpen, 0, 0, "/tmp/other.js"});
  ui.Frame();
  EXPECT_FALSE(state.live.active);
  EXPECT_EQ(state.doc->title, "p");
}

TEST(LiveCompare, WithoutARunnerRunLiveSaysWhy) {
  AppState state;
  SetDocument(state, RunDoc({"a"}, 1000, false), 0);
  StartLiveRun(state);
  ASSERT_FALSE(state.live.errors.empty());
  EXPECT_NE(state.live.errors.front().find("not available"), std::string::npos);
}

}  // namespace
}  // namespace loopscope::app
