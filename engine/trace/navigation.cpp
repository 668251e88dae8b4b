// engine/trace/navigation.cpp — the scans behind NextStep/PrevStep. Console lines use the
// log's console index (binary search); statements, callbacks and phases ask the log for the
// next event of one kind (StepLog::NextOfKind skips 4096-event chunks without one), so even
// "next phase" across ten million events of one long drain costs microseconds.
// Where to look next: navigation.h.
#include "engine/trace/navigation.h"

#include <algorithm>
#include <cassert>

namespace loopscope::trace {

std::string_view GranularityDisplayName(Granularity g) {
  switch (g) {
#define X(e, display)  \
  case Granularity::e: \
    return display;
    LOOPSCOPE_GRANULARITIES(X)
#undef X
  }
  assert(false && "Granularity value outside the LOOPSCOPE_GRANULARITIES table");
  return "?";
}

bool Matches(const Event& event, Granularity g) {
  switch (g) {
    case Granularity::kEvent:
      return true;
    case Granularity::kStatement:
      return event.kind == EventKind::kStatement;
    case Granularity::kCallback:
      return event.kind == EventKind::kCallbackStart;
    case Granularity::kPhase:
      return event.kind == EventKind::kPhaseEnter;
    case Granularity::kConsole:
      return event.kind == EventKind::kConsole;
  }
  return false;
}

namespace {

// How far past a callback_start its first frame may be looked for (the events between are
// the few a host callback records before calling into JavaScript).
constexpr size_t kFrameLookahead = 64;

// Where callback granularity stops for the callback started at `start`: its frame's first
// event (frame_push, or frame_resume for a resumed async function), so the call stack shows
// the callback; the start itself when it runs no JavaScript (a promise settling with no
// handler), never the empty stack in between.
size_t CallbackStop(const StepLog& log, size_t start) {
  const size_t end = std::min(log.size(), start + kFrameLookahead);
  for (size_t i = start + 1; i < end; ++i) {
    const EventKind k = log.At(i).kind;
    if (k == EventKind::kFramePush || k == EventKind::kFrameResume) return i;
    if (k == EventKind::kCallbackStart || k == EventKind::kCallbackEnd) break;
  }
  return start;
}

size_t NextCallback(const StepLog& log, size_t from) {
  // A callback that started just before `from` may still have its stop ahead.
  size_t i = from >= kFrameLookahead ? from - kFrameLookahead : 0;
  for (; (i = log.NextOfKind(i, EventKind::kCallbackStart)) < log.size(); ++i) {
    const size_t stop = CallbackStop(log, i);
    if (stop > from) return stop;
  }
  return from;
}

size_t PrevCallback(const StepLog& log, size_t from) {
  for (size_t i = from; (i = log.PrevOfKind(i, EventKind::kCallbackStart)) != StepLog::kNone;) {
    const size_t stop = CallbackStop(log, i);
    if (stop < from) return stop;
  }
  return from;
}

// The one event kind a granularity stops at (kStatement, kPhase).
EventKind KindOf(Granularity g) {
  return g == Granularity::kStatement ? EventKind::kStatement : EventKind::kPhaseEnter;
}

}  // namespace

size_t NextStep(const StepLog& log, size_t from, Granularity g) {
  if (g == Granularity::kConsole) {
    const auto& lines = log.console_events();
    auto it = std::upper_bound(lines.begin(), lines.end(), from);
    return it == lines.end() ? from : *it;
  }
  if (g == Granularity::kCallback) return NextCallback(log, from);
  if (g == Granularity::kEvent) return from + 1 < log.size() ? from + 1 : from;
  const size_t next = log.NextOfKind(from + 1, KindOf(g));
  return next < log.size() ? next : from;
}

size_t PrevStep(const StepLog& log, size_t from, Granularity g) {
  if (g == Granularity::kConsole) {
    const auto& lines = log.console_events();
    auto it = std::lower_bound(lines.begin(), lines.end(), from);
    return it == lines.begin() ? from : *(it - 1);
  }
  if (g == Granularity::kCallback) return PrevCallback(log, from);
  const size_t end = std::min(from, log.size());
  if (g == Granularity::kEvent) return end > 0 ? end - 1 : from;
  const size_t prev = log.PrevOfKind(from, KindOf(g));
  return prev != StepLog::kNone ? prev : from;
}

}  // namespace loopscope::trace
