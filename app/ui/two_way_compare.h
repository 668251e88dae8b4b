// app/ui/two_way_compare.h — "Compare: Node vs browser" and "Compare: CommonJS vs ES module".
//
// The same program run two ways (engine/browser/two_runs.h), shown as the live comparison
// is: both runs loaded (LiveComparison, live_compare.h), one in every panel and the other
// beside it, the compare panel (panel_compare.cpp) with both outputs, the first difference
// marked and the sentence that explains it (engine/trace/difference_kind.h). The runs come
// from the shell (two_way_load.h) through LiveComparison::run_two_ways, so the UI library
// itself never links the engine. Keys N and M (frame.cpp), or the Compare menu.
#pragma once

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "app/ui/document.h"
#include "engine/trace/divergence.h"
#include "engine/trace/program_divergence.h"

namespace loopscope::app {

struct AppState;

// What the two runs are: Node and a browser, or CommonJS and an ES module.
enum class TwoWays { kHosts, kModules };

struct TwoWayOutcome {
  std::unique_ptr<Document> a, b;               // Node / the browser; CommonJS / the ES module
  std::string name_a, name_b;                   // "Node", "the browser"
  std::string header_a, header_b;               // the column headers: "Node", "The browser"
  std::optional<trace::Divergence> divergence;  // in the two documents' event indexes
  std::string sentence;                         // why they differ (or that they do not)
  std::vector<std::string> notes;   // a side stopped at an error: "the browser: x.js:3:1: …"
  std::vector<std::string> errors;  // why there is no comparison
};

using TwoWayRunner = std::function<TwoWayOutcome(const std::string& path, TwoWays ways)>;

// The panel's divergence from the engine's (the summary names the runs).
trace::Divergence ToDivergence(const trace::ProgramDivergence& d, const std::string& name_a,
                               const std::string& name_b);

// Runs the open scenario both ways (synchronously: each is one simulation) and shows them.
void StartTwoWayComparison(AppState& state, TwoWays ways);
// Puts a finished pair on screen: run a in the panels, run b beside it.
void InstallTwoWayComparison(AppState& state, TwoWayOutcome outcome);

}  // namespace loopscope::app
