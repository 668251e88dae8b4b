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

size_t NextStep(const StepLog& log, size_t from, Granularity g) {
  if (g == Granularity::kConsole) {
    const auto& lines = log.console_events();
    auto it = std::upper_bound(lines.begin(), lines.end(), from);
    return it == lines.end() ? from : *it;
  }
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
  for (size_t i = std::min(from, log.size()); i-- > 0;)
    if (Matches(log.At(i), g)) return i;
  return from;
}

}  // namespace loopscope::trace
