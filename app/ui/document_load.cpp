// app/ui/document_load.cpp — load, simulate, and package the step log for the panels.
#include "app/ui/document_load.h"

#include <filesystem>
#include <sstream>

#include "app/ui/browser.h"
#include "engine/node/simulation.h"
#include "engine/scenario/library.h"
#include "engine/scenario/loader.h"
#include "engine/scenario/stops.h"

namespace loopscope::app {
namespace {

std::vector<std::string> Lines(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);)
    if (!line.empty()) lines.push_back(line);
  return lines;
}

}  // namespace

LoadOutcome LoadDocumentFromFile(const std::string& path) {
  LoadOutcome outcome;
  bool builtin = path.starts_with(kBuiltinPrefix);
  scenario::LoadResult loaded = builtin ? scenario::LoadBuiltin(path.substr(kBuiltinPrefix.size()))
                                        : scenario::LoadFile(path);
  if (!loaded.ok()) {
    for (const scenario::Diagnostic& d : loaded.errors) outcome.errors.push_back(d.ToString());
    if (outcome.errors.empty()) outcome.errors.push_back(path + ": error: cannot load this file");
    return outcome;
  }
  scenario::Scenario& sc = *loaded.scenario;
  scenario::CapLimitsAtDefaults(sc.limits, scenario::kWallGuardSeconds);  // as `run` does
  node::RunResult result = node::Simulate(sc, node::RunOptions{.record_log = true});
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
  outcome.doc->description = ParseMarkdown(sc.description);
  outcome.doc->predict_first = sc.predict_first;
  for (const scenario::ResolvedStop& r : scenario::ResolveStops(sc.stops, *outcome.doc->log))
    outcome.doc->stops.push_back({r.step, sc.stops[r.stop].caption});
  outcome.doc->unreached_stops = sc.stops.size() - outcome.doc->stops.size();
  outcome.doc->exit_code = result.exit_code;
  outcome.doc->limit_message = result.limit_message;
  return outcome;
}

std::string DefaultScenarioPath() {
  return std::string(kBuiltinPrefix) + std::string(scenario::kDefaultScenarioId);
}

}  // namespace loopscope::app
