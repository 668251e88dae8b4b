// engine/node/cost_table.h — what main-thread work costs Node 20 on this project's machine.
//
// Written by tools/calibrate-costs.js (run it with tools/calibrate-costs.sh): microbenchmarks
// under `node`, each in a fresh process, the fastest of several runs. CostModel (clock.h)
// takes its defaults from here; docs/engine.md ("The cost model") says what each figure
// means and how far the model is from Node. Do not edit by hand: run the tool again.
// Measured: 2026-12-06; V8 tiered the empty loop up after 3790 iterations.
#pragma once

#include <cstdint>

namespace loopscope::node {

struct CostTable {
  const char* node_version;
  const char* machine;
  int64_t interpreted_step_ps;    // one Loopscope instruction, run by Ignition/Sparkplug
  int64_t optimised_step_ps;      // one Loopscope instruction, run by TurboFan (after OSR)
  uint64_t tier_up_budget_bytes;  // heat (js/tiers.h) at which a function is optimised
  int64_t tier_up_ns;             // main-thread cost of tiering one function up
  int64_t clock_read_ns;          // Date.now(), performance.now() or process.hrtime()
};

// clang-format off
inline constexpr CostTable kCostTable = {
  "v20.20.2", "2 x AMD EPYC, x64",
  /*interpreted_step_ps=*/655, /*optimised_step_ps=*/46,
  /*tier_up_budget_bytes=*/181920, /*tier_up_ns=*/85114,
  /*clock_read_ns=*/47,
};
// clang-format on

}  // namespace loopscope::node
