// engine/trace/explain.h — the plain-language sentence for one step.
//
// Explain() looks at the state *before* an event and the event itself and names the rule at
// work (processTicksAndRejections, the immediate snapshot, libuv's poll timeout, RunTimers'
// fixed `now`, the pool's FIFO queue, LIFO close callbacks...). Every event kind has one.
// Also the small formatting helpers the UI reuses so times and locations read the same
// everywhere. Where to look next: explain.cpp, docs/semantics.md (the rules themselves).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "engine/trace/loop_state.h"

namespace loopscope::trace {

std::string Explain(const LoopState& before, const Event& event, const StepLog& log);

// The frame of an ES module's body (engine/node/esm_loader.cpp names it, Explain says why
// it runs inside a promise job).
inline constexpr std::string_view kModuleFrameName = "<module>";

// A clock_advance whose text starts with this is a modelled one-off cost of Node's own work
// (building process.stdout, the first timer's set-up), not a wait: the rest of the text
// names it. The UI labels these jumps on the timeline.
inline constexpr std::string_view kSimulatedCostPrefix = "simulated cost: ";
bool IsSimulatedCost(const Event& event, const StepLog& log);

// "12.3 ms" (one decimal; more only when needed to show a sub-0.1 ms value).
std::string FormatMs(int64_t ns);
// "L7" for a known line, "" for an unknown location.
std::string FormatLoc(Loc loc);

}  // namespace loopscope::trace
