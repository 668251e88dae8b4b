// engine/trace/navigation.cpp — the scans behind NextStep/PrevStep. Console lines use the
// log's console index (binary search); the rest scan linearly, which reads ~1 GB/s of events
// and so stays well under a frame even across long stretches. Where to look next: navigation.h.
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
  for (size_t i = from >= kFrameLookahead ? from - kFrameLookahead : 0; i < log.size(); ++i) {
    if (log.At(i).kind != EventKind::kCallbackStart) continue;
    const size_t stop = CallbackStop(log, i);
    if (stop > from) return stop;
  }
  return from;
}

size_t PrevCallback(const StepLog& log, size_t from) {
  for (size_t i = std::min(from, log.size()); i-- > 0;) {
    if (log.At(i).kind != EventKind::kCallbackStart) continue;
    const size_t stop = CallbackStop(log, i);
    if (stop < from) return stop;
  }
  return from;
}

}  // namespace

size_t NextStep(const StepLog& log, size_t from, Granularity g) {
  if (g == Granularity::kConsole) {
    const auto& lines = log.console_events();
    auto it = std::upper_bound(lines.begin(), lines.end(), from);
    return it == lines.end() ? from : *it;
  }
  if (g == Granularity::kCallback) return NextCallback(log, from);
  for (size_t i = from + 1; i < log.size(); ++i)
    if (Matches(log.At(i), g)) return i;
  return from;
}

size_t PrevStep(const StepLog& log, size_t from, Granularity g) {
  if (g == Granularity::kConsole) {
    const auto& lines = log.console_events();
    auto it = std::lower_bound(lines.begin(), lines.end(), from);
    return it == lines.begin() ? from : *(it - 1);
  }
  if (g == Granularity::kCallback) return PrevCallback(log, from);
  for (size_t i = std::min(from, log.size()); i-- > 0;)
    if (Matches(log.At(i), g)) return i;
  return from;
}

}  // namespace loopscope::trace
