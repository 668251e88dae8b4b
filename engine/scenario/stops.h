// engine/scenario/stops.h — classroom stops: the captioned steps a presenter's clicker
// jumps between (`classroom.stops`, docs/scenario-format.md).
//
// Two halves: the schema (ReadStops, and CheckStopLines once the program text is known),
// called by validate.cpp and loader.cpp; and ResolveStops, which finds where each stop
// lands in a finished run's step log, for the app (app/ui/document_load.cpp).
#pragma once

#include <cstddef>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "engine/scenario/checker.h"
#include "engine/scenario/scenario.h"
#include "engine/trace/step_log.h"

namespace loopscope::scenario {

inline constexpr size_t kMaxStops = 200;
inline constexpr size_t kMaxCaptionBytes = 300;
inline constexpr uint64_t kMaxStopStep = 50'000'000;  // limits.max_events' maximum

// Checks `/classroom/stops` (an array of {"line"|"step"|"event", "caption"}) into `out`.
void ReadStops(const nlohmann::json& v, Checker& check, std::vector<Stop>& out);

// Reports line stops past the program's last line (the program is known only after
// `source_file` was read). Only for a scenario that passed the schema, whose stops are
// then all kept, in file order.
void CheckStopLines(const Scenario& scenario, Checker& check);

// Where one stop landed: the step the clicker jumps to.
struct ResolvedStop {
  size_t stop = 0;  // index into Scenario::stops
  size_t step = 0;  // index into the step log
};

// Resolves `stops` in order over `log`. Each stop searches after the previous resolved
// stop's step (the first from step 0): a line stop lands on the first statement event on
// that line, an event stop on the first event of that kind, a step stop on that step.
// A stop that lands nowhere after its predecessor (a line the run never executes again,
// a step past the end or before the previous stop) is left out, so the steps returned
// strictly increase.
std::vector<ResolvedStop> ResolveStops(const std::vector<Stop>& stops, const trace::StepLog& log);

}  // namespace loopscope::scenario
