// engine/node/cost_table.h — what main-thread work costs Node 20 on this project's machine.
//
// Written by tools/calibrate-costs.js (run it with tools/calibrate-costs.sh): microbenchmarks
// under `node`, each in a fresh process, the fastest of several runs. CostModel (clock.h)
// takes its defaults from here; docs/engine.md ("The cost model") says what each figure
// means and how far the model is from Node. Do not edit by hand: run the tool again.
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
  "v20.19.2", "2 vCPU x86_64 (project machine)",
  /*interpreted_step_ps=*/700, /*optimised_step_ps=*/90, /*tier_up_budget_bytes=*/600000,
  /*tier_up_ns=*/300000, /*clock_read_ns=*/40,
};
// clang-format on

}  // namespace loopscope::node
