// tests/gui/what_if_test.cpp — the What if panel (what_if.h, panel_what_if.h): its sliders
// start from the open scenario's machine, a released slider re-simulates through the shell's
// engine call and the run lands beside the original with the first difference found, the
// panel stands where the Why and timeline panels go, and a pool-sweep scenario opens on its
// chart. The engine calls are stand-ins here; tests/unit/node covers the real ones.
#include <GLFW/glfw3.h>
#include <gtest/gtest.h>
#include <imgui.h>
#include <imgui_internal.h>

#include <chrono>
#include <future>
#include <thread>

#include "app/ui/layout.h"
#include "engine/trace/event.h"
#include "tests/gui/headless_ui.h"

namespace loopscope::app {
namespace {

using trace::EventKind;

// A run that prints `lines`, one callback each, 1 ms apart.
std::unique_ptr<Document> RunDoc(std::initializer_list<const char*> lines) {
  auto log = std::make_shared<trace::StepLog>();
  log->set_info(trace::RunInfo{"p.js", "console.log(1)\n", 4, 4});
  int64_t t = 0;
  for (const char* line : lines) {
    trace::Event cb{.kind = EventKind::kCallbackStart};
    cb.time_ns = t += 1'000'000;
    cb.text = log->Intern(std::string(line) + " callback");
    log->AppendRaw(cb);
    trace::Event out{.value = 1, .kind = EventKind::kConsole};
    out.time_ns = t += 1'000'000;
    out.text = log->Intern(std::string(line) + "\n");
    log->AppendRaw(out);
  }
  auto doc = MakeDocument(log, "/tmp/p.json", "p");
  doc->environment.threadpool_size = 2;
  doc->environment.cpu_cores = 3;
  doc->environment.io["fs"] = {4, 0};
  return doc;
}

const char* kWhatIf = "What if###whatif";

// Vertices in `colour` drawn this frame by the panel's right-hand view (buttons and chart).
int AccentVerticesInView(ImU32 colour) {
  for (ImGuiWindow* w : ImGui::GetCurrentContext()->Windows)
    if (w->Active && std::string(w->Name).find("whatif_view") != std::string::npos)
      return FindColour(*w->DrawList, colour).vertices;
  return -1;
}

TEST(WhatIf, SlidersStartFromTheScenariosMachine) {
  AppState state;
  SetDocument(state, RunDoc({"a"}), 0);
  const scenario::WhatIf& s = state.what_if.settings;
  EXPECT_EQ(s.threadpool_size, 2);
  EXPECT_EQ(s.cpu_cores, 3);
  ASSERT_EQ(s.io.count("fs"), 1u);
  EXPECT_EQ(s.io.at("fs").latency_ms, 4);
  EXPECT_FALSE(state.what_if.open);
  EXPECT_FALSE(state.what_if.run);
}

TEST(WhatIf, ARunLandsBesideTheOriginalWithTheFirstDifference) {
  AppState state;
  scenario::WhatIf asked;
  state.what_if.simulate = [&asked](const std::string& path, const scenario::WhatIf& w) {
    EXPECT_EQ(path, "/tmp/p.json");
    asked = w;
    return LoadOutcome{RunDoc({"start", "immediate", "timeout"}), {}};
  };
  SetDocument(state, RunDoc({"start", "timeout", "immediate"}), 0);
  state.what_if.settings.threadpool_size = 1;
  HeadlessUi ui(state);
  state.commands.push_back({UiCommand::Kind::kRunWhatIf});
  ui.Frame();
  ui.Frame();
  EXPECT_EQ(asked.threadpool_size, 1);
  EXPECT_EQ(asked.cpu_cores, 3);
  ASSERT_TRUE(state.what_if.run);
  EXPECT_EQ(state.what_if.run_label, "pool 1 (was 2)");
  ASSERT_TRUE(state.what_if.divergence.has_value());
  EXPECT_EQ(state.what_if.divergence->event_a, 2u);  // "timeout callback" in the original
  EXPECT_EQ(state.what_if.divergence->event_b, 2u);  // "immediate callback" in the what-if
  // The panel is open in the centre and right columns: the queues give way, Why stays.
  ImGuiWindow* panel = ImGui::FindWindowByName(kWhatIf);
  ASSERT_NE(panel, nullptr);
  EXPECT_TRUE(panel->Active);
  EXPECT_TRUE(state.measured[static_cast<size_t>(PanelId::kExplanation)].rect.visible);
  EXPECT_FALSE(state.measured[static_cast<size_t>(PanelId::kQueues)].rect.visible);
  EXPECT_EQ(state.doc->title, "p") << "the original stays on screen";
}

TEST(WhatIf, ResetDropsTheRunAndTheToggleCloses) {
  AppState state;
  state.what_if.simulate = [](const std::string&, const scenario::WhatIf&) {
    return LoadOutcome{RunDoc({"a"}), {}};
  };
  SetDocument(state, RunDoc({"a"}), 0);
  HeadlessUi ui(state);
  state.what_if.settings.cpu_cores = 1;
  state.commands.push_back({UiCommand::Kind::kRunWhatIf});
  ui.Frame();
  ASSERT_TRUE(state.what_if.run);
  EXPECT_FALSE(state.what_if.divergence.has_value());
  state.commands.push_back({UiCommand::Kind::kResetWhatIf});
  ui.Frame();
  EXPECT_FALSE(state.what_if.run);
  EXPECT_EQ(state.what_if.settings.cpu_cores, 3);
  EXPECT_TRUE(state.what_if.open);
  state.commands.push_back({UiCommand::Kind::kToggleWhatIf});
  ui.Frame();
  ui.Frame();
  EXPECT_FALSE(state.what_if.open);
  EXPECT_FALSE(ImGui::FindWindowByName(kWhatIf)->Active);
  EXPECT_TRUE(state.measured[static_cast<size_t>(PanelId::kExplanation)].rect.visible);
}

TEST(WhatIf, WOpensAndClosesThePanel) {
  AppState state;
  state.what_if.simulate = [](const std::string&, const scenario::WhatIf&) {
    return LoadOutcome{RunDoc({"a"}), {}};
  };
  SetDocument(state, RunDoc({"a"}), 0);
  HeadlessUi ui(state);
  state.keys = {{GLFW_KEY_W}};
  ui.Frame();
  EXPECT_TRUE(state.what_if.open);
  state.keys = {{GLFW_KEY_W}};
  ui.Frame();
  EXPECT_FALSE(state.what_if.open);
}

TEST(WhatIf, AFailedRunKeepsTheOriginalAndSaysWhy) {
  AppState state;
  state.what_if.simulate = [](const std::string&, const scenario::WhatIf&) {
    return LoadOutcome{nullptr, {"p.json: error: cannot load this file"}};
  };
  SetDocument(state, RunDoc({"a"}), 0);
  StartWhatIfRun(state);
  EXPECT_FALSE(state.what_if.run);
  ASSERT_EQ(state.what_if.errors.size(), 1u);
  EXPECT_EQ(state.doc->title, "p");
}

TEST(WhatIf, APoolSweepScenarioOpensOnItsChart) {
  AppState state;
  std::string swept;
  state.what_if.sweep = [&swept](const std::string& path, const std::atomic<bool>*) {
    swept = path;
    return std::vector<SweepPoint>{{1, 10}, {2, 20}, {3, 30}, {4, 40}, {5, 40}};
  };
  std::unique_ptr<Document> doc = RunDoc({"a"});
  doc->pool_sweep = true;
  SetDocument(state, std::move(doc), 0);
  EXPECT_EQ(swept, "/tmp/p.json");
  EXPECT_TRUE(state.what_if.open);
  EXPECT_TRUE(state.what_if.show_chart);
  EXPECT_EQ(state.what_if.sweep_points.size(), 5u);
  HeadlessUi ui(state);
  ImU32 accent = GetPalette(state.prefs.theme).accent;
  ui.Frame();
  int with_chart = AccentVerticesInView(accent);
  // A program with no pool job gets a sentence instead of a chart of zeros.
  state.what_if.sweep_points = {{1, 0}, {2, 0}};
  ui.Frame();
  int without_chart = AccentVerticesInView(accent);
  EXPECT_GT(with_chart, without_chart) << "the line through the points is in the accent colour";
}

// Polls until nothing of the What if panel runs in the background (or a deadline passes).
void PollWhenDone(AppState& state) {
  auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(20);
  while ((state.what_if.runs.busy() || state.what_if.sweep_job.busy()) &&
         std::chrono::steady_clock::now() < deadline) {
    PollWhatIf(state);
    std::this_thread::sleep_for(std::chrono::milliseconds(1));
  }
}

TEST(WhatIf, InTheBackgroundARunForAnotherDocumentIsDropped) {
  std::promise<void> release;
  std::shared_future<void> released = release.get_future().share();
  AppState state;
  state.load_in_background = true;
  state.what_if.simulate = [released](const std::string&, const scenario::WhatIf&) {
    released.wait();
    return LoadOutcome{RunDoc({"late"}), {}};
  };
  SetDocument(state, RunDoc({"a"}), 0);
  StartWhatIfRun(state);
  EXPECT_TRUE(state.what_if.runs.busy());
  PollWhatIf(state);
  EXPECT_FALSE(state.what_if.run) << "still running";
  SetDocument(state, RunDoc({"b"}), 0);  // another scenario opens meanwhile
  release.set_value();
  PollWhenDone(state);
  EXPECT_FALSE(state.what_if.run);
}

TEST(WhatIf, InTheBackgroundTheSweepArrivesBetweenFrames) {
  AppState state;
  state.load_in_background = true;
  state.what_if.sweep = [](const std::string&, const std::atomic<bool>*) {
    return std::vector<SweepPoint>{{1, 10}, {2, 20}};
  };
  std::unique_ptr<Document> doc = RunDoc({"a"});
  doc->pool_sweep = true;
  SetDocument(state, std::move(doc), 0);
  PollWhenDone(state);
  EXPECT_EQ(state.what_if.sweep_points.size(), 2u);
}

}  // namespace
}  // namespace loopscope::app
