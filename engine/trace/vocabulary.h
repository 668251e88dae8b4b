// engine/trace/vocabulary.h — the closed vocabularies of the step log, one table each.
//
// Phases, queues, drain kinds and event kinds are X-macros: the enum, the display name (UI labels,
// explanations), the JSON name (--trace exports, golden files) and the colour (UI, Chrome
// trace) all come from here, so engine, app, exports and tests cannot drift apart.
// Where to look next: event.h (the event record), loop_state.h (what the UI draws).
#pragma once

#include <cstdint>
#include <string_view>

namespace loopscope::trace {

// Colours are 0xRRGGBB, chosen to read on both the light and the dark theme.
// clang-format off
//        enum          display name          json name        colour
#define LOOPSCOPE_PHASES(X)                                          \
  X(kNone,        "not started",        "none",          0x9E9E9E)   \
  X(kMain,        "main script",        "main",          0x5C6BC0)   \
  X(kTimers,      "timers",             "timers",        0xE57373)   \
  X(kPending,     "pending callbacks",  "pending",       0xFFB74D)   \
  X(kIdlePrepare, "idle, prepare",      "idle_prepare",  0xA1887F)   \
  X(kPoll,        "poll",               "poll",          0x4FC3F7)   \
  X(kCheck,       "check",              "check",         0x81C784)   \
  X(kClose,       "close callbacks",    "close",         0xBA68C8)   \
  X(kBeforeExit,  "beforeExit",         "before_exit",   0x90A4AE)   \
  X(kExit,        "exit",               "exit",          0x78909C)   \
  X(kTask,        "task",               "task",          0xE57373)   \
  X(kRendering,   "update the rendering", "rendering",   0x4DD0E1)
// clang-format on

// clang-format off
//        enum          display name          json name        colour
#define LOOPSCOPE_QUEUES(X)                                          \
  X(kNextTick,    "process.nextTick",   "next_tick",     0xF06292)   \
  X(kMicrotask,   "promise microtasks", "microtask",     0xFFD54F)   \
  X(kTimers,      "timers",             "timers",        0xE57373)   \
  X(kImmediates,  "immediates",         "immediates",    0x81C784)   \
  X(kPending,     "pending callbacks",  "pending",       0xFFB74D)   \
  X(kClose,       "close callbacks",    "close",         0xBA68C8)   \
  X(kPoolWork,    "thread-pool queue",  "pool_work",     0x4DB6AC)   \
  X(kPollReady,   "poll: ready I/O",    "poll_ready",    0x4FC3F7)   \
  X(kTimerTasks,  "timer tasks",        "timer_tasks",   0xE57373)   \
  X(kMessageTasks, "posted messages",   "message_tasks", 0x9575CD)   \
  X(kInputTasks,  "user input",         "input_tasks",   0xFF8A65)   \
  X(kNetworkTasks, "networking",        "network_tasks", 0x4FC3F7)   \
  X(kAnimationFrames, "animation frame callbacks", "animation_frames", 0x4DD0E1)
// clang-format on

// The three ways Node empties the nextTick and promise queues (docs/engine.md): the
// microtask checkpoint InternalCallbackScope::Close performs after a callback when no tick is
// pending, processTicksAndRejections (ticks, then microtasks, repeated), and runNextTicks
// between two timers or two immediates. The display name labels a drain in the UI.
// clang-format off
//        enum                   display name                 json name
#define LOOPSCOPE_DRAIN_KINDS(X)                                                      \
  X(kMicrotaskCheckpoint, "microtask checkpoint",      "microtask_checkpoint")         \
  X(kTickQueue,           "processTicksAndRejections", "process_ticks_and_rejections") \
  X(kBetweenCallbacks,    "runNextTicks",              "run_next_ticks")
// clang-format on

// The steps of the HTML standard's "update the rendering" (event loop processing model,
// step 14) after the animation frame callbacks, which the browser host shows one by one
// (docs/browser.md).
// clang-format off
//        enum        display name          json name
#define LOOPSCOPE_RENDER_STEPS(X)              \
  X(kStyle,     "recalculate style",  "style")  \
  X(kLayout,    "layout",             "layout") \
  X(kPaint,     "paint",              "paint")
// clang-format on

enum class RenderStep : uint8_t {
#define X(e, display, json) e,
  LOOPSCOPE_RENDER_STEPS(X)
#undef X
};

enum class Phase : uint8_t {
#define X(e, display, json, colour) e,
  LOOPSCOPE_PHASES(X)
#undef X
};

enum class Queue : uint8_t {
#define X(e, display, json, colour) e,
  LOOPSCOPE_QUEUES(X)
#undef X
};

enum class DrainKind : uint8_t {
#define X(e, display, json) e,
  LOOPSCOPE_DRAIN_KINDS(X)
#undef X
};

inline constexpr int kPhaseCount = 0
#define X(e, display, json, colour) +1
    LOOPSCOPE_PHASES(X)
#undef X
    ;
inline constexpr int kQueueCount = 0
#define X(e, display, json, colour) +1
    LOOPSCOPE_QUEUES(X)
#undef X
    ;

std::string_view PhaseDisplayName(Phase p);
std::string_view PhaseJsonName(Phase p);
uint32_t PhaseColour(Phase p);
bool PhaseFromJsonName(std::string_view name, Phase* out);

std::string_view QueueDisplayName(Queue q);
std::string_view QueueJsonName(Queue q);
uint32_t QueueColour(Queue q);
bool QueueFromJsonName(std::string_view name, Queue* out);

std::string_view DrainKindDisplayName(DrainKind k);
std::string_view DrainKindJsonName(DrainKind k);
bool DrainKindFromJsonName(std::string_view name, DrainKind* out);
std::string_view RenderStepDisplayName(RenderStep s);
std::string_view RenderStepJsonName(RenderStep s);
// Reads a render_step event's `value`; out of range (a hand-edited trace) reads as paint.
RenderStep RenderStepFromValue(int64_t value);

// Reads a drain_start event's `value`; an out-of-range number (a hand-edited trace) reads
// as the commonest kind, the checkpoint.
DrainKind DrainKindFromValue(int64_t value);

}  // namespace loopscope::trace
