// engine/scenario/what_if.h — "what if" changes to a scenario's machine: the knobs the app's
// sliders turn (pool threads, CPU cores, I/O costs), applied to a copy of the scenario.
//
// A what-if run is then a plain engine call (node::Simulate) with the changed scenario, so
// the engine knows nothing of sliders. Values are clamped to the ranges a scenario file may
// give (docs/scenario-format.md, "environment"), so a change can never produce a machine
// the loader would have refused. The model has one Node version (engine/node/cost_table.h),
// so there is no version knob.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>

#include "engine/scenario/scenario.h"

namespace loopscope::scenario {

// A scenario with this tag is about pool size: the app charts its throughput against pools
// of 1 to 8 threads (engine/node/pool_sweep.h) as soon as it opens.
inline constexpr std::string_view kPoolSweepTag = "pool-sweep";

struct WhatIf {
  std::optional<int> threadpool_size;  // UV_THREADPOOL_SIZE
  std::optional<int> cpu_cores;
  std::map<std::string, IoCost> io;  // replaces these keys' costs (both parts)

  bool empty() const { return !threadpool_size && !cpu_cores && io.empty(); }
  friend bool operator==(const WhatIf&, const WhatIf&) = default;
};

// `base` with the changes of `what_if`, each clamped to its valid range; io keys outside
// the ones a scenario may name ("fs", "crypto.pbkdf2", ...) are ignored.
Scenario ApplyWhatIf(Scenario base, const WhatIf& what_if);

// The changes against `base`, as the app labels the run: "pool 2 (was 4), fs 10 ms (was 2)".
// Only what differs from `base` is named; "no change" when nothing does.
std::string DescribeWhatIf(const WhatIf& what_if, const Environment& base);

}  // namespace loopscope::scenario
