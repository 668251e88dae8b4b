// app/ui/what_if.cpp — see what_if.h.
#include "app/ui/what_if.h"

#include <chrono>

#include "app/ui/app_state.h"

namespace loopscope::app {

void SweepJob::Start(const PoolSweeper& sweeper, const std::string& path) {
  Cancel();
  cancel_ = std::make_shared<std::atomic<bool>>(false);
  result_ = std::async(std::launch::async,
                       [sweeper, path, cancel = cancel_] { return sweeper(path, cancel.get()); });
}

void SweepJob::Cancel() {
  if (cancel_) cancel_->store(true);
  // A cancelled sweep stops within one simulation's cancel check; waiting for it here keeps
  // no thread running past the state it reports to.
  if (result_.valid()) result_.wait();
  result_ = {};
  cancel_.reset();
}

std::optional<std::vector<SweepPoint>> SweepJob::TakeFinished() {
  if (!result_.valid() || result_.wait_for(std::chrono::seconds(0)) != std::future_status::ready)
    return std::nullopt;
  std::vector<SweepPoint> points = result_.get();
  cancel_.reset();
  return points;
}

void ClearWhatIfRun(AppState& state) {
  WhatIfState& w = state.what_if;
  w.run.reset();
  w.divergence.reset();
  w.errors.clear();
  w.base = state.doc ? state.doc->environment : scenario::Environment{};
  w.settings = {
      .threadpool_size = w.base.threadpool_size, .cpu_cores = w.base.cpu_cores, .io = w.base.io};
}

void ResetWhatIf(AppState& state) {
  WhatIfState& w = state.what_if;
  w.sweep_job.Cancel();
  w.sweep_points.clear();
  w.runs.Forget();  // a what-if run of the previous document must not land beside this one
  ClearWhatIfRun(state);
  bool sweep = state.doc && state.doc->pool_sweep;
  w.open = w.open || sweep;
  w.show_chart = sweep;
  if (sweep) StartSweep(state);
}

void StartWhatIfRun(AppState& state) {
  WhatIfState& w = state.what_if;
  w.errors.clear();
  if (!state.doc || state.doc->path.empty() || !w.simulate) {
    w.errors.push_back("open a scenario first: a what-if run needs its file");
    return;
  }
  WhatIfSimulator simulate = w.simulate;
  scenario::WhatIf settings = w.settings;
  DocumentLoader load = [simulate, settings](const std::string& path, LoadControl*) {
    return simulate(path, settings);
  };
  std::string label = scenario::DescribeWhatIf(settings, w.base);
  if (!state.load_in_background) {
    LoadOutcome outcome = load(state.doc->path, nullptr);
    if (!outcome.doc) w.errors = std::move(outcome.errors);
    return InstallWhatIfRun(state, std::move(outcome.doc), label);
  }
  w.runs.Start(load, label);  // the "path" the loads report is the run's label
}

void StartSweep(AppState& state) {
  WhatIfState& w = state.what_if;
  if (!state.doc || state.doc->path.empty() || !w.sweep) return;
  w.sweep_points.clear();
  if (!state.load_in_background) {
    w.sweep_points = w.sweep(state.doc->path, nullptr);
    return;
  }
  w.sweep_job.Start(w.sweep, state.doc->path);
}

void PollWhatIf(AppState& state) {
  WhatIfState& w = state.what_if;
  if (std::optional<std::vector<SweepPoint>> points = w.sweep_job.TakeFinished())
    w.sweep_points = std::move(*points);
  std::optional<FinishedLoad> done = w.runs.TakeFinished();
  if (!done) return;
  if (!done->outcome.doc) {
    w.errors = std::move(done->outcome.errors);
    return;
  }
  InstallWhatIfRun(state, std::move(done->outcome.doc), done->path);
}

void InstallWhatIfRun(AppState& state, std::unique_ptr<Document> run, std::string label) {
  WhatIfState& w = state.what_if;
  if (!state.doc || !run) return;
  w.run = std::move(run);
  w.run_label = std::move(label);
  w.divergence = trace::FirstDivergence(*state.doc->log, *w.run->log);
  w.open = true;
  w.show_chart = false;
}

}  // namespace loopscope::app
