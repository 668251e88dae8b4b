// engine/trace/event.h — the step event: one thing the engine did, at one virtual time.
//
// The Node layer builds `Event` values and appends them to a StepLog (step_log.h), which
// stores them compactly (strings interned in a table); `Apply()` (loop_state.h) turns a
// prefix of the log into what the user sees. The event kinds are one X-macro table; the fields each
// kind uses are listed beside it. Field meanings:
//   phase   — a Phase          queue — a Queue         item — a stable id (queue items,
//   pool jobs, OS operations, handles, frames share one id space, see StepLog::NewId)
//   text    — a string-table index (label, console text, frame name, message)
//   loc     — a source location (line, col)   from — the location that scheduled an item
//   value   — a 64-bit number whose meaning the kind gives (iteration, due time, thread…)
// Every event belongs to one JavaScript thread: the main thread until a kThread marker names
// a worker, that worker until the next marker (worker_threads; StepLog::ThreadAt).
#pragma once

#include <cstdint>
#include <string_view>

#include "engine/trace/vocabulary.h"

namespace loopscope::trace {

// clang-format off
//      enum               json name            fields used
#define LOOPSCOPE_EVENT_KINDS(X)                                                           \
  X(kRunStart,         "run_start")         /* text: program name; value: pool size      */ \
  X(kPhaseEnter,       "phase_enter")       /* phase; value: loop iteration              */ \
  X(kPhaseLeave,       "phase_leave")       /* phase; value: loop iteration              */ \
  X(kClockAdvance,     "clock_advance")     /* value: ns waited; text: why (poll wait…)  */ \
  X(kFramePush,        "frame_push")        /* text: display name; loc: function; item    */ \
  X(kFramePop,         "frame_pop")         /* (pops the top frame)                      */ \
  X(kFrameSuspend,     "frame_suspend")     /* text: name; loc: where it parks (await); value: activation */ \
  X(kFrameResume,      "frame_resume")      /* text: name; loc: function; from: where it parked; item; value: activation */ \
  X(kStatement,        "statement")         /* loc; value: repeat count (>1 = collapsed) */ \
  X(kEnqueue,          "enqueue")           /* queue; item; text: label; from; value: due ns (timers); async ids (below) */ \
  X(kDequeue,          "dequeue")           /* queue; item (taken off to run now)       */ \
  X(kCancel,           "cancel")            /* queue; item (cleared / dropped)           */ \
  X(kCallbackStart,    "callback_start")    /* queue the callback came from; item; text: label */ \
  X(kCallbackEnd,      "callback_end")      /* item                                      */ \
  X(kDrainStart,       "drain_start")       /* value: DrainKind (vocabulary.h)               */ \
  X(kDrainEnd,         "drain_end")         /*                                           */ \
  X(kPoolStart,        "pool_start")        /* value: threads (UV_THREADPOOL_SIZE read now) */ \
  X(kPoolJobStart,     "pool_job_start")    /* item: job; value: thread index; text: label; expected duration (below) */ \
  X(kPoolJobFinish,    "pool_job_finish")   /* item: job; value: thread index            */ \
  X(kOsOpStart,        "os_op_start")       /* item: operation; text: label; from; value: expected ns until ready (0 = unknown) */ \
  X(kOsOpReady,        "os_op_ready")       /* item: operation                           */ \
  X(kOsOpDone,         "os_op_done")        /* item: operation leaves the OS list        */ \
  X(kConsole,          "console")           /* text: the line(s); value: 1 stdout, 2 stderr */ \
  X(kHandle,           "handle")            /* item: handle; text: label; value: HandleOp */ \
  X(kRaceMark,         "race")              /* text: what could go the other way; loc    */ \
  X(kNote,             "note")              /* text: an explanation-only event           */ \
  X(kLimit,            "limit")             /* text: which limit and where                */ \
  X(kUncaught,         "uncaught")          /* text: first line of the error; loc        */ \
  X(kProcessExit,      "process_exit")      /* value: exit code; text: why it ended     */ \
  X(kRenderStep,       "render_step")       /* browser host: value: RenderStep (vocabulary.h) */ \
  X(kStream,           "stream")            /* item: stream side; value, text: by op; loc: StreamOp, flags (stream_ops.h) */ \
  X(kThread,           "thread")            /* value: the thread whose events follow (0 main, a worker's threadId) */
// clang-format on

enum class EventKind : uint8_t {
#define X(e, json) e,
  LOOPSCOPE_EVENT_KINDS(X)
#undef X
};

inline constexpr int kEventKindCount = 0
#define X(e, json) +1
    LOOPSCOPE_EVENT_KINDS(X)
#undef X
    ;

std::string_view EventKindJsonName(EventKind k);
bool EventKindFromJsonName(std::string_view name, EventKind* out);

// What a kHandle event did to the handle (libuv handle life cycle).
enum class HandleOp : uint8_t { kOpen, kRef, kUnref, kClose };

struct Loc {
  uint32_t line = 0;
  uint32_t col = 0;
  bool operator==(const Loc&) const = default;
};

// One recorded event, decoded. The log holds millions, packed to 28 bytes each (packed_event.h).
struct Event {
  int64_t time_ns = 0;  // virtual time when it happened
  uint64_t item = 0;    // stable id of the thing it concerns (0 = none)
  int64_t value = 0;    // kind-specific number (see table)
  uint32_t text = 0;    // string-table index (0 = empty string)
  Loc loc;              // where (statement, frame function, race)
  Loc from;             // who scheduled it (enqueue, OS op)
  EventKind kind = EventKind::kNote;
  Phase phase = Phase::kNone;
  Queue queue = Queue::kNextTick;
};
// The decoded form, as the engine builds and readers receive it; the log stores each event
// as a 28-byte PackedEvent (packed_event.h).
static_assert(sizeof(Event) == 48, "Event is the 48-byte decoded form of a PackedEvent");

// kPoolJobStart's expected duration: the job's modelled wait plus its CPU time on a free
// core (0 = unknown). It lives in the kind's otherwise unused `loc` — low 32 bits in line,
// high 32 bits in col — so Event needs no field of its own; the JSON export names it
// "expected_ns". CPU oversubscription can make the real duration longer.
inline int64_t PoolJobExpectedNs(const Event& e) {
  return static_cast<int64_t>(static_cast<uint64_t>(e.loc.col) << 32 | e.loc.line);
}
inline void SetPoolJobExpectedNs(Event& e, int64_t ns) {
  const auto bits = static_cast<uint64_t>(ns < 0 ? 0 : ns);
  e.loc = Loc{static_cast<uint32_t>(bits), static_cast<uint32_t>(bits >> 32)};
}

// kEnqueue's async_hooks ids: the async id Node gives the queued resource and its trigger
// (the resource that was running when it was queued), so a reader can tell which callback
// queued which. They live in the kind's otherwise unused `loc` — the id in line, the
// distance back to the trigger in col, which keeps the usual values small enough to pack —
// and the JSON export names them "async_id" and "trigger_async_id". 0 = none (a promise job).
struct AsyncIdPair {
  uint32_t async_id = 0;
  uint32_t trigger_id = 0;
};
inline AsyncIdPair EnqueueAsyncIds(const Event& e) {
  return {e.loc.line, e.loc.line - e.loc.col};
}
inline void SetEnqueueAsyncIds(Event& e, AsyncIdPair ids) {
  e.loc = Loc{ids.async_id, ids.async_id - ids.trigger_id};
}

}  // namespace loopscope::trace
