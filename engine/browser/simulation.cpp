// engine/browser/simulation.cpp — the browser layer's entry point (see simulation.h).
#include "engine/browser/simulation.h"

#include "engine/browser/window.h"

namespace loopscope::browser {

node::RunResult Simulate(const scenario::Scenario& scenario, const node::RunOptions& options) {
  Window window(scenario, options);
  return window.Run();
}

}  // namespace loopscope::browser
