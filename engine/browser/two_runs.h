// engine/browser/two_runs.h — one program run two ways, for the comparison views.
//
// `loopscope compare` and the app's "Compare: Node vs browser" / "Compare: CommonJS vs ES
// module" run the same source twice: in Node and as a page's script in the browser host, or
// in Node as CommonJS (`x.js`) and as an ES module (`x.mjs`). RunTwoWays makes the two
// scenarios, runs both with their step logs, finds the first difference
// (trace::FirstProgramDivergence) and explains it (trace::ExplainDifference). It lives in the
// browser layer because that is the one that links both hosts. docs/compare.md.
#pragma once

#include <optional>
#include <string>

#include "engine/node/simulation.h"
#include "engine/scenario/scenario.h"
#include "engine/trace/difference_kind.h"
#include "engine/trace/program_divergence.h"

namespace loopscope::browser {

struct SideRun {
  std::string name;       // "Node", "the browser", "CommonJS", "the ES module"
  std::string file_name;  // what the run is called: "x.js", "x.mjs", "x.js (page)"
  scenario::Scenario scenario;
  node::RunResult result;  // its output, exit code and step log
};

struct TwoRuns {
  trace::Pairing pairing = trace::Pairing::kHosts;
  SideRun a, b;  // Node / the browser; CommonJS / the ES module
  std::optional<trace::ProgramDivergence> divergence;
  trace::Explanation explanation;
};

// The scenario one side runs: `second` picks the browser or the ES module. A scenario that
// cannot run that way (an ES module in the browser host, which runs classic scripts only)
// gives an error message instead.
std::optional<scenario::Scenario> SideScenario(const scenario::Scenario& sc, trace::Pairing pairing,
                                               bool second, std::string* error);

// Runs both sides (each with its step log) and compares them. Errors: as SideScenario.
std::optional<TwoRuns> RunTwoWays(const scenario::Scenario& sc, trace::Pairing pairing,
                                  std::string* error);

}  // namespace loopscope::browser
