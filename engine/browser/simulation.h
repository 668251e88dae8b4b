// engine/browser/simulation.h — run a scenario in the browser host (a page in Chromium's role).
//
// The entry point beside node::Simulate: the CLI (`loopscope run --host browser`, or a
// scenario's "host": "browser") calls it. stdout_text holds the page's console lines, in
// Chromium's logged form, one per line (docs/browser.md); the exit code is 0 unless a limit or
// a refused Web API stopped the page.
#pragma once

#include "engine/node/simulation.h"
#include "engine/scenario/scenario.h"

namespace loopscope::browser {

node::RunResult Simulate(const scenario::Scenario& scenario, const node::RunOptions& options = {});

}  // namespace loopscope::browser
