// engine/trace/chrome_trace.h — the `--chrome-trace OUT.json` export (Trace Event Format).
//
// Perfetto and chrome://tracing open it as a timeline in virtual microseconds: the main thread
// (callbacks as slices named by their label, frames nested inside, coloured by phase), one
// track per pool thread (job slices), the loop phases on a track of their own, and console
// lines, race marks and the exit as instant events. Only complete ("X") slices with `dur`
// are written, so no begin can lack its end. Where to look next: trace_json.h.
#pragma once

#include <ostream>
#include <string_view>

#include "engine/trace/export_budget.h"
#include "engine/trace/step_log.h"

namespace loopscope::trace {

inline constexpr int kChromePid = 1;
inline constexpr int kChromeMainTid = 1;
inline constexpr int kChromePhaseTid = 2;
inline constexpr int kChromeFirstPoolTid = 10;  // pool thread i is tid 10 + i

// The reserved Trace Event Format colour name used for slices of phase `p`.
std::string_view ChromeColourName(Phase p);

// Past `max_bytes` only the instants that end a run are written (export_budget.h), then the
// slices still open are closed and a "export capped" instant says how many events were left out.
bool WriteChromeTrace(const StepLog& log, std::ostream& out, size_t max_bytes = kMaxExportBytes);

}  // namespace loopscope::trace
