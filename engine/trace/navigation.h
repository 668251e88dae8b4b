// engine/trace/navigation.h — where the player's "next" and "previous" buttons go.
//
// A Granularity is one row of a table (enum, display name for the UI, shortcut hint); Next
// and Prev scan the immutable log for the nearest event of that granularity. They return
// `from` itself when there is none, so the player simply stays put at either end.
// Where to look next: checkpoints.h (the state at the step you land on).
#pragma once

#include <cstddef>
#include <string_view>

#include "engine/trace/step_log.h"

namespace loopscope::trace {

// clang-format off
//      enum          display name       matches
#define LOOPSCOPE_GRANULARITIES(X)                                   \
  X(kEvent,     "step")          /* every event                    */ \
  X(kStatement, "statement")     /* kStatement                     */ \
  X(kCallback,  "callback")      /* its frame, else kCallbackStart */ \
  X(kPhase,     "phase")         /* kPhaseEnter                    */ \
  X(kConsole,   "console line")  /* kConsole                       */
// clang-format on

enum class Granularity : uint8_t {
#define X(e, display) e,
  LOOPSCOPE_GRANULARITIES(X)
#undef X
};

inline constexpr int kGranularityCount = 0
#define X(e, display) +1
    LOOPSCOPE_GRANULARITIES(X)
#undef X
    ;

std::string_view GranularityDisplayName(Granularity g);
bool Matches(const Event& event, Granularity g);

// The first event after `from` (or the last one before it) that matches `g`; `from` when there
// is none. `from` is an event index (< log.size()).
size_t NextStep(const StepLog& log, size_t from, Granularity g);
size_t PrevStep(const StepLog& log, size_t from, Granularity g);

}  // namespace loopscope::trace
