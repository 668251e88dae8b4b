// app/ui/two_way_load.h — the engine call behind "Compare: Node vs browser" and "Compare:
// CommonJS vs ES module": the scenario at `path` run both ways (browser::RunTwoWays), each run
// packaged as a Document, the first difference and its sentence (two_way_compare.h shows
// them). Part of the shell, which links the engine; the app and the screenshot command set
// LiveComparison::run_two_ways to it.
#pragma once

#include <string>

#include "app/ui/two_way_compare.h"

namespace loopscope::app {

TwoWayOutcome LoadTwoWays(const std::string& path, TwoWays ways);

}  // namespace loopscope::app
