// app/ui/what_if.h — "What if": the open scenario re-simulated on a changed machine (pool
// threads, CPU cores, I/O costs) beside the original run, and its pool-size sweep chart.
//
// The sliders edit WhatIfState::settings; releasing one posts kRunWhatIf, and the run goes
// to a worker (BackgroundLoads) through `simulate`, which the shell binds to the engine
// (document_load.h: scenario::ApplyWhatIf then node::Simulate) — the UI itself never links
// the interpreter. The finished run stays beside AppState::doc, compared line by line
// (trace::FirstDivergence). The sweep (engine/node/pool_sweep.h) runs on its own worker;
// scenarios tagged scenario::kPoolSweepTag open this view on their chart.
#pragma once

#include <atomic>
#include <functional>
#include <future>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "app/ui/background_load.h"
#include "app/ui/document.h"
#include "engine/scenario/what_if.h"
#include "engine/trace/divergence.h"

namespace loopscope::app {

struct AppState;

// One point of the sweep chart: jobs per second of virtual time with `pool_size` threads.
struct SweepPoint {
  int pool_size = 0;
  double per_second = 0;
};
inline constexpr int kSweepMaxPool = 8;

// Engine calls the shell provides: a document of `path` with `what_if` applied, and the pool
// sweep of `path` (pool sizes 1..kSweepMaxPool; stops early when `cancel` is set).
using WhatIfSimulator =
    std::function<LoadOutcome(const std::string& path, const scenario::WhatIf& what_if)>;
using PoolSweeper = std::function<std::vector<SweepPoint>(const std::string& path,
                                                          const std::atomic<bool>* cancel)>;

class SweepJob {
 public:
  ~SweepJob() { Cancel(); }
  void Start(const PoolSweeper& sweeper, const std::string& path);
  void Cancel();
  bool busy() const { return result_.valid(); }
  // The points once the sweep has finished (once); nullopt while it runs or when idle.
  std::optional<std::vector<SweepPoint>> TakeFinished();

 private:
  std::shared_ptr<std::atomic<bool>> cancel_;
  std::future<std::vector<SweepPoint>> result_;
};

struct WhatIfState {
  WhatIfSimulator simulate;  // null: what-if runs are not available (tests without an engine)
  PoolSweeper sweep;
  bool open = false;           // the What if panel replaces the Why and timeline panels
  bool show_chart = false;     // the sweep tab is chosen
  scenario::Environment base;  // the open scenario's machine (the sliders' starting point)
  scenario::WhatIf settings;   // what the sliders say now
  BackgroundLoads runs;
  std::unique_ptr<Document> run;                // the last finished what-if run
  std::string run_label;                        // scenario::DescribeWhatIf of `run`
  std::optional<trace::Divergence> divergence;  // a = the original run, b = `run`
  std::vector<std::string> errors;              // why the last what-if run gave nothing
  SweepJob sweep_job;
  std::vector<SweepPoint> sweep_points;  // the finished sweep of the open scenario
};

// A new document is open: the sliders start from its machine, the old comparison goes, and
// a pool-sweep scenario opens the panel on its chart and starts sweeping.
void ResetWhatIf(AppState& state);
// The sliders back to the scenario's machine, and the what-if run dropped.
void ClearWhatIfRun(AppState& state);
// Re-simulates the open scenario with the sliders' settings (in the background in the app).
void StartWhatIfRun(AppState& state);
// Sweeps the open scenario's pool size (in the background in the app).
void StartSweep(AppState& state);
// Picks up a finished what-if run or sweep; called between frames.
void PollWhatIf(AppState& state);
// Installs a finished what-if run beside the open document (PollWhatIf, tests).
void InstallWhatIfRun(AppState& state, std::unique_ptr<Document> run, std::string label);

}  // namespace loopscope::app
