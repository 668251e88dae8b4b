// app/ui/stop_nav.h — the presenter's clicker over classroom stops: which stop the cursor
// is at, and where Page Down / Page Up go (docs/scenario-format.md, `classroom.stops`).
//
// Pure logic over Document::stops, whose steps strictly increase; app_state.cpp applies the
// kNextStop/kPrevStop commands with it and stop_caption.cpp shows the caption.
#pragma once

#include <cstddef>
#include <optional>
#include <vector>

#include "app/ui/document.h"

namespace loopscope::app {

// The index of the stop at `step`, if one lands exactly there.
std::optional<size_t> StopAt(const std::vector<DocumentStop>& stops, size_t step);
// The first stop after `step`, or the last one before it.
std::optional<size_t> NextStop(const std::vector<DocumentStop>& stops, size_t step);
std::optional<size_t> PrevStop(const std::vector<DocumentStop>& stops, size_t step);

}  // namespace loopscope::app
