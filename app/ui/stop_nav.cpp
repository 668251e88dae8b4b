// app/ui/stop_nav.cpp — binary searches over the stops' increasing steps (stop_nav.h).
#include "app/ui/stop_nav.h"

#include <algorithm>

namespace loopscope::app {
namespace {

bool StepBefore(const DocumentStop& stop, size_t step) {
  return stop.step < step;
}

}  // namespace

std::optional<size_t> StopAt(const std::vector<DocumentStop>& stops, size_t step) {
  auto it = std::lower_bound(stops.begin(), stops.end(), step, StepBefore);
  if (it == stops.end() || it->step != step) return std::nullopt;
  return static_cast<size_t>(it - stops.begin());
}

std::optional<size_t> NextStop(const std::vector<DocumentStop>& stops, size_t step) {
  auto it = std::lower_bound(stops.begin(), stops.end(), step + 1, StepBefore);
  if (it == stops.end()) return std::nullopt;
  return static_cast<size_t>(it - stops.begin());
}

std::optional<size_t> PrevStop(const std::vector<DocumentStop>& stops, size_t step) {
  auto it = std::lower_bound(stops.begin(), stops.end(), step, StepBefore);
  if (it == stops.begin()) return std::nullopt;
  return static_cast<size_t>(it - stops.begin()) - 1;
}

}  // namespace loopscope::app
