// app/ui/live_compare.h — the simulated and the live run of one program, side by side.
//
// "Live" runs the open scenario on a real libuv loop (LiveRunner, a child process). When it
// finishes, the app holds both runs: the panels draw the one in AppState::doc and the other
// waits in LiveComparison::other; SwitchRun swaps them, keeping the cursor at the same point
// of the program (trace::CorrespondingEvent). The compare panel shows both consoles and the
// first point where the output or the callback order differs (trace::FirstDivergence; a
// timing race the simulator marked may differ legitimately, and the panel says so).
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "app/ui/document.h"
#include "app/ui/live_runner.h"
#include "app/ui/two_way_compare.h"
#include "engine/trace/divergence.h"

namespace loopscope::app {

struct AppState;

// What the compare panel calls the two runs: a simulated and a live one unless a two-way
// comparison (two_way_compare.h) names them, with the sentence that explains the difference.
struct CompareLabels {
  std::string title = "Simulated vs live###compare";
  std::string show_a = "Show the simulation", show_b = "Show the live run";
  std::string header_a = "Simulated", header_b = "Live (real libuv loop)";
  std::string sentence;            // why the runs differ; empty: the panel's own verdict
  std::vector<std::string> notes;  // located errors that stopped one of the runs
};

struct LiveComparison {
  std::unique_ptr<LiveRunner> runner;           // null: live runs are not available here
  std::unique_ptr<Document> other;              // the run not on screen
  bool active = false;                          // both runs are loaded
  bool viewing_live = false;                    // AppState::doc is the live run
  std::optional<trace::Divergence> divergence;  // a = simulated, b = live
  std::vector<std::string> errors;              // why the last live run gave nothing
  CompareLabels labels;                         // what the two runs are
  TwoWayRunner run_two_ways;                    // the shell's engine call; null: unavailable
};

// Starts a live run of the open document (cancelling one under way).
void StartLiveRun(AppState& state);
void CancelLiveRun(AppState& state);
// Picks up a finished live run; called between frames.
void PollLiveRun(AppState& state);
// Puts `live` beside the simulated run on screen (PollLiveRun, screenshots, tests).
void InstallComparison(AppState& state, std::unique_ptr<Document> live);
// Shows the live (true) or the simulated run in every panel, at the same point.
void SwitchRun(AppState& state, bool live);
// Back to the simulated run alone.
void CloseComparison(AppState& state);
// The event of the difference in the run on screen (nullopt: none).
std::optional<size_t> DivergenceStepOnScreen(const AppState& state);

}  // namespace loopscope::app
