// engine/trace/trace_json.h — the `--trace OUT.json` export and its loader.
//
// The whole step log as one versioned JSON document (schema: docs/trace-format.md): run info,
// then one object per event with kinds, phases and queues by their JSON names from the
// tables and texts inline. The writer streams event by event, so a million-event log never
// becomes one in-memory DOM; the loader reads a file back into an equal StepLog and reports
// problems as a JSON pointer plus message ("/events/12/kind: unknown event kind \"foo\"").
// Where to look next: docs/trace-format.md, chrome_trace.h (the Perfetto export).
#pragma once

#include <optional>
#include <ostream>
#include <string>
#include <string_view>

#include "engine/trace/export_budget.h"
#include "engine/trace/step_log.h"

namespace loopscope::trace {

inline constexpr std::string_view kTraceFormatName = "loopscope-trace";
// Version 2 added program.clock; version 3 the expected durations of pool jobs
// (`expected_ns`) and OS operations (`value` of os_op_start). Older documents load with the
// clock virtual and the durations unknown. Version 4 names a drain_start's kind in `drain`
// (a DrainKind JSON name) instead of free text; older documents map the old texts. Version 5
// adds frame_suspend / frame_resume and the reason (text) of process_exit. Version 6 adds the
// browser host (docs/browser.md): the phases task and rendering, the task-source queues and
// render_step events (`value`: the RenderStep index, `text`: its name).
// Version 7 adds the async_hooks ids of a queued item (`async_id`, `trigger_async_id` of enqueue).
// Version 8 adds program.host ("node" or "browser"; older documents read as "node").
// Version 9 adds stream events (kind `stream`, with `stream_op` and `stream_flags`: stream_ops.h).
// Version 10 adds the `thread` kind: the events after it ran on worker `value` (0 = main).
inline constexpr int kTraceFormatVersion = 10;

// Writes the log as JSON; returns false when the stream failed. Past `max_bytes` only the
// events that end a run are written (export_budget.h); `omitted_events` counts the rest.
bool WriteTraceJson(const StepLog& log, std::ostream& out, size_t max_bytes = kMaxExportBytes);

struct TraceLoadResult {
  std::optional<StepLog> log;  // set on success
  std::string error;           // "/pointer: message" on failure
};

// Reads a document written by WriteTraceJson (any version up to kTraceFormatVersion).
TraceLoadResult LoadTraceJson(std::string_view text,
                              size_t max_events = StepLog::kDefaultMaxEvents);

}  // namespace loopscope::trace
