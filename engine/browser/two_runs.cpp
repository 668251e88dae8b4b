// engine/browser/two_runs.cpp — see two_runs.h.
#include "engine/browser/two_runs.h"

#include <filesystem>

#include "engine/browser/simulation.h"

namespace loopscope::browser {
namespace {

// `path` with its extension replaced ("/d/x.js" -> "/d/x.mjs"); empty stays empty.
std::string WithExtension(const std::string& path, const char* ext) {
  if (path.empty()) return path;
  return std::filesystem::path(path).replace_extension(ext).string();
}

}  // namespace

std::optional<scenario::Scenario> SideScenario(const scenario::Scenario& sc, trace::Pairing pairing,
                                               bool second, std::string* error) {
  scenario::Scenario side = sc;
  if (pairing == trace::Pairing::kHosts) {
    side.host = second ? scenario::Host::kBrowser : scenario::Host::kNode;
    if (second && sc.is_module) {
      *error = sc.source_name +
               ": an ES module cannot run in the browser host, which runs a page's classic "
               "script only (docs/browser.md); compare it as CommonJS vs ES module instead";
      return std::nullopt;
    }
    return side;
  }
  // CommonJS is `node x.js`, the ES module `node x.mjs` (the same text, another extension).
  side.host = scenario::Host::kNode;
  side.is_module = second;
  const char* ext = second ? ".mjs" : ".js";
  side.source_name = WithExtension(sc.source_name, ext);
  bool program_file = sc.file_path.ends_with(".js") || sc.file_path.ends_with(".mjs");
  if (program_file) side.file_path = WithExtension(sc.file_path, ext);
  return side;
}

std::optional<TwoRuns> RunTwoWays(const scenario::Scenario& sc, trace::Pairing pairing,
                                  std::string* error) {
  TwoRuns runs;
  runs.pairing = pairing;
  for (bool second : {false, true}) {
    std::optional<scenario::Scenario> side = SideScenario(sc, pairing, second, error);
    if (!side) return std::nullopt;
    SideRun& run = second ? runs.b : runs.a;
    run.name = trace::SideName(pairing, second);
    run.file_name = side->source_name;
    run.scenario = std::move(*side);
    bool browser = run.scenario.host == scenario::Host::kBrowser;
    run.result = browser ? Simulate(run.scenario) : node::Simulate(run.scenario);
  }
  if (runs.a.result.log && runs.b.result.log) {
    runs.divergence = trace::FirstProgramDivergence(*runs.a.result.log, *runs.b.result.log);
    runs.explanation =
        trace::ExplainDifference(pairing, *runs.a.result.log, *runs.b.result.log, runs.divergence);
  }
  return runs;
}

}  // namespace loopscope::browser
