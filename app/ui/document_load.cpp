// app/ui/document_load.cpp — load, simulate, and package the step log for the panels.
#include "app/ui/document_load.h"

#include <algorithm>
#include <filesystem>
#include <sstream>

#include "app/ui/browser.h"
#include "engine/browser/simulation.h"
#include "engine/node/pool_sweep.h"
#include "engine/node/simulation.h"
#include "engine/scenario/library.h"
#include "engine/scenario/loader.h"
#include "engine/scenario/stops.h"
#include "engine/scenario/what_if.h"

namespace loopscope::app {
namespace {

std::vector<std::string> Lines(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);)
    if (!line.empty()) lines.push_back(line);
  return lines;
}

// Simulates `sc` (its limits capped as `run` caps them) and packages the run. With a
// `control`, the engine reports its progress there and stops when it is cancelled.
LoadOutcome SimulateDocument(scenario::Scenario& sc, const std::string& path,
                             LoadControl* control = nullptr) {
  LoadOutcome outcome;
  scenario::CapLimitsAtDefaults(sc.limits, scenario::kWallGuardSeconds);  // as `run` does
  node::RunOptions options{.record_log = true};
  if (control) options.cancel = &control->cancel, options.progress = &control->progress;
  // A browser scenario runs in the browser host (docs/browser.md); its document is marked so
  // the app shows the browser's loop and queues, not Node's (run_usage.h).
  node::RunResult result = sc.host == scenario::Host::kBrowser ? browser::Simulate(sc, options)
                                                               : node::Simulate(sc, options);
  if (result.outcome == node::RunResult::Outcome::kCancelled) {
    outcome.errors.push_back(path + ": the simulation was cancelled");
    return outcome;
  }
  if (control) control->preparing.store(true);
  if (result.outcome == node::RunResult::Outcome::kLoadError || !result.log) {
    outcome.errors = Lines(result.stderr_text);
    if (outcome.errors.empty())
      outcome.errors.push_back(path + ": error: the simulation produced no step log");
    // A program that does not compile still opens, its error marked in the source view.
    if (result.log && !result.log->empty()) {
      outcome.doc = MakeDocument(result.log, path, std::filesystem::path(path).filename().string());
      outcome.doc->exit_code = result.exit_code;
    }
    return outcome;
  }
  std::string title = sc.name.empty() ? std::filesystem::path(path).filename().string() : sc.name;
  outcome.doc = MakeDocument(result.log, path, title);
  // A page whose script never queues a task records no browser event; the scenario says.
  outcome.doc->usage.browser |= sc.host == scenario::Host::kBrowser;
  outcome.doc->description = ParseMarkdown(sc.description);
  outcome.doc->predict_first = sc.predict_first;
  for (const scenario::ResolvedStop& r : scenario::ResolveStops(sc.stops, *outcome.doc->log))
    outcome.doc->stops.push_back({r.step, sc.stops[r.stop].caption});
  outcome.doc->unreached_stops = sc.stops.size() - outcome.doc->stops.size();
  outcome.doc->environment = sc.environment;
  outcome.doc->pool_sweep =
      std::find(sc.tags.begin(), sc.tags.end(), scenario::kPoolSweepTag) != sc.tags.end();
  outcome.doc->exit_code = result.exit_code;
  outcome.doc->limit_message = result.limit_message;
  return outcome;
}

}  // namespace

scenario::LoadResult LoadScenario(const std::string& path) {
  bool builtin = path.starts_with(kBuiltinPrefix);
  return builtin ? scenario::LoadBuiltin(path.substr(kBuiltinPrefix.size()))
                 : scenario::LoadFile(path);
}

std::vector<std::string> LoadErrors(const scenario::LoadResult& loaded, const std::string& path) {
  std::vector<std::string> errors;
  for (const scenario::Diagnostic& d : loaded.errors) errors.push_back(d.ToString());
  if (errors.empty()) errors.push_back(path + ": error: cannot load this file");
  return errors;
}

LoadOutcome LoadDocumentFromFile(const std::string& path, LoadControl* control) {
  scenario::LoadResult loaded = LoadScenario(path);
  if (!loaded.ok()) return {nullptr, LoadErrors(loaded, path)};
  return SimulateDocument(*loaded.scenario, path, control);
}

LoadOutcome LoadWhatIfDocument(const std::string& path, const scenario::WhatIf& what_if) {
  scenario::LoadResult loaded = LoadScenario(path);
  if (!loaded.ok()) return {nullptr, LoadErrors(loaded, path)};
  scenario::Scenario changed = scenario::ApplyWhatIf(std::move(*loaded.scenario), what_if);
  return SimulateDocument(changed, path);
}

std::vector<SweepPoint> SweepPoolSizesOf(const std::string& path, const std::atomic<bool>* cancel) {
  scenario::LoadResult loaded = LoadScenario(path);
  if (!loaded.ok()) return {};
  scenario::CapLimitsAtDefaults(loaded.scenario->limits, scenario::kWallGuardSeconds);
  std::vector<SweepPoint> points;
  for (const node::PoolSweepPoint& p :
       node::SweepPoolSizes(*loaded.scenario, kSweepMaxPool, cancel))
    points.push_back({p.pool_size, p.per_second});
  return points;
}

std::string DefaultScenarioPath() {
  return std::string(kBuiltinPrefix) + std::string(scenario::kDefaultScenarioId);
}

}  // namespace loopscope::app
