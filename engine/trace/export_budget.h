// engine/trace/export_budget.h — how large an export may grow.
//
// A runaway program stops on a limit in well under a second, but its step log can hold ten
// million events: written out in full, that is close to 1 GB of JSON and tens of seconds. So
// both exports stop writing ordinary events once the file has grown past a byte budget
// (32 MiB, about 400,000 events: a second or two to write), counting what they
// leave out; the events that say how the run ended (limit, uncaught, process_exit) are
// always written. docs/trace-format.md describes what a capped file contains.
#pragma once

#include <cstddef>

#include "engine/trace/event.h"

namespace loopscope::trace {

inline constexpr size_t kMaxExportBytes = size_t{32} << 20;

// Events written even past the budget, so a capped export still says how the run ended.
inline bool KeptPastBudget(EventKind kind) {
  return kind == EventKind::kLimit || kind == EventKind::kUncaught ||
         kind == EventKind::kProcessExit;
}

}  // namespace loopscope::trace
