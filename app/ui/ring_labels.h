// app/ui/ring_labels.h — where the event-loop ring and its six phase names go in the room a
// panel has: the largest ring whose names, each anchored on the side facing away from the
// centre, neither touch one another nor leave the room. Pure geometry over text sizes, so
// panel_loop_wheel.cpp draws what FitRing chose, the layout report checks the rectangles it
// drew (LabelsCollide), and tests/gui/ring_labels_test.cpp checks the arithmetic.
#pragma once

#include <imgui.h>

#include <array>

namespace loopscope::app {

inline constexpr int kRingPhases = 6;

// A label's rectangle, from its top-left corner `min` to `max`.
struct LabelBox {
  ImVec2 min, max;
};

struct RingFit {
  float r = 0;                               // the ring's radius (to the middle of its stroke)
  float label_px = 0;                        // the phase names' type size
  ImVec2 centre;                             // relative to the room's top-left corner
  std::array<LabelBox, kRingPhases> labels;  // relative to the room's top-left corner
  bool fits = false;                         // no two names touch and none leaves the room
};

// `unit[i]` is phase i's name measured at a type size of 1 px (text sizes scale with the
// type), in the ring's order (timers at the top right, clockwise). Tries the interface size
// `font`, then smaller type, and keeps the first where a ring of a readable size fits; where
// none does, the smallest type and the largest ring the room allows (fits is then false).
RingFit FitRing(ImVec2 room, float font, const std::array<ImVec2, kRingPhases>& unit);

// Whether two of `labels` intersect or one passes the edge of the box from `min` to `max`.
bool LabelsCollide(const std::array<LabelBox, kRingPhases>& labels, ImVec2 min, ImVec2 max);

}  // namespace loopscope::app
