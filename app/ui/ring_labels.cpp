// app/ui/ring_labels.cpp — the ring's fitting arithmetic behind ring_labels.h.
#include "app/ui/ring_labels.h"

#include <algorithm>
#include <cmath>

namespace loopscope::app {
namespace {

constexpr float kPi = 3.14159265f;
constexpr float kSegment = 2 * kPi / kRingPhases;
constexpr float kTop = -kPi / 2;
// The stroke is 0.2 r thick (0.25 r lit) and the names sit just outside it.
constexpr float kLabelRadius = 1.18f;
constexpr float kRingOuter = 1.13f;
// The type sizes tried, as shares of the interface size, and the least ring (in label
// sizes) each accepts: the centre text (iteration, time) needs a ring of some size.
constexpr float kScales[] = {1.0f, 0.85f, 0.72f, 0.6f};
constexpr float kLeastRadius = 1.8f;

// Phase i's name placed for a ring of radius r centred at `c`: anchored on the side facing
// away from the centre horizontally and vertically, so it never covers the ring.
LabelBox Place(int i, ImVec2 c, float r, ImVec2 size) {
  float a = kTop + (static_cast<float>(i) + 0.5f) * kSegment;
  float ca = std::cos(a), sa = std::sin(a);
  ImVec2 at(c.x + ca * r * kLabelRadius, c.y + sa * r * kLabelRadius);
  at.x += ca >= 0.2f ? 0 : ca <= -0.2f ? -size.x : -size.x * 0.5f;
  at.y += sa >= 0.2f ? 0 : sa <= -0.2f ? -size.y : -size.y * 0.5f;
  return {at, ImVec2(at.x + size.x, at.y + size.y)};
}

bool Intersect(const LabelBox& a, const LabelBox& b) {
  return a.min.x < b.max.x && b.min.x < a.max.x && a.min.y < b.max.y && b.min.y < a.max.y;
}

// The ring of radius r and its names for type `px`, centred in `room`.
RingFit Arrange(ImVec2 room, float r, float px, const std::array<ImVec2, kRingPhases>& unit) {
  RingFit fit{r, px, ImVec2(room.x * 0.5f, room.y * 0.5f), {}, false};
  for (int i = 0; i < kRingPhases; ++i)
    fit.labels[i] = Place(i, fit.centre, r, ImVec2(unit[i].x * px, unit[i].y * px));
  return fit;
}

// Whether the ring itself and its names lie inside `room`.
bool Inside(const RingFit& fit, ImVec2 room) {
  float outer = fit.r * kRingOuter;
  if (fit.centre.x - outer < 0 || fit.centre.x + outer > room.x || fit.centre.y - outer < 0 ||
      fit.centre.y + outer > room.y)
    return false;
  for (const LabelBox& b : fit.labels)
    if (b.min.x < 0 || b.min.y < 0 || b.max.x > room.x || b.max.y > room.y) return false;
  return true;
}

// The largest ring for type `px` that lies inside `room` (the extents grow with r, so a
// bisection finds it), or 0 when not even a point does.
float LargestRadius(ImVec2 room, float px, const std::array<ImVec2, kRingPhases>& unit) {
  float lo = 0, hi = std::max(room.x, room.y);
  if (!Inside(Arrange(room, 0, px, unit), room)) return 0;
  for (int k = 0; k < 24; ++k) {
    float mid = (lo + hi) * 0.5f;
    (Inside(Arrange(room, mid, px, unit), room) ? lo : hi) = mid;
  }
  return lo;
}

}  // namespace

bool LabelsCollide(const std::array<LabelBox, kRingPhases>& labels, ImVec2 min, ImVec2 max) {
  for (int i = 0; i < kRingPhases; ++i) {
    const LabelBox& a = labels[i];
    if (a.min.x < min.x - 0.5f || a.min.y < min.y - 0.5f || a.max.x > max.x + 0.5f ||
        a.max.y > max.y + 0.5f)
      return true;
    for (int j = i + 1; j < kRingPhases; ++j)
      if (Intersect(a, labels[j])) return true;
  }
  return false;
}

RingFit FitRing(ImVec2 room, float font, const std::array<ImVec2, kRingPhases>& unit) {
  RingFit last;
  for (float scale : kScales) {
    float px = font * scale;
    last = Arrange(room, LargestRadius(room, px, unit), px, unit);
    // Moving the names outwards only separates them: if the largest ring's names touch, a
    // smaller type is the only way.
    last.fits = last.r >= px * kLeastRadius && !LabelsCollide(last.labels, ImVec2(0, 0), room);
    if (last.fits) return last;
  }
  return last;
}

}  // namespace loopscope::app
