// app/ui/layout.h — where each panel goes: a fixed tiling of the window, so on a projector
// every panel is visible, labelled and never covered by another.
//
//   ┌──────────────────────── controls ─────────────────────────┐
//   │ source          │ call stack     │ queues                 │
//   │                 │ event loop     │ thread pool            │
//   │ console         │   (wheel)      │ OS I/O                 │
//   ├──────────────────── why (explanation) ────────────────────┤
//   └──────────────────────── timeline ─────────────────────────┘
// Hidden panels give their height to the others in the same column. The timeline is as tall
// as its lanes need (main thread plus the pool threads the run used), within a cap, and the
// "why" strip above it takes the rest of the bottom band for the step's sentence and the
// scenario's description. Pure arithmetic, tested in tests/gui/layout_test.cpp.
#pragma once

#include <imgui.h>

#include <array>

#include "app/ui/panel_table.h"
#include "app/ui/preferences.h"

namespace loopscope::app {

struct Rect {
  ImVec2 pos, size;
  bool visible = false;
};

struct Layout {
  std::array<Rect, kPanelCount> rects;
  const Rect& operator[](PanelId id) const { return rects[static_cast<size_t>(id)]; }
  Rect& operator[](PanelId id) { return rects[static_cast<size_t>(id)]; }
};

// `timeline_lanes`: 1 for the main thread plus one per pool thread the run used.
Layout ComputeLayout(ImVec2 display, float font_size, const PanelVisibility& show,
                     int timeline_lanes);

// The visibility flag of `id` (null for the controls bar and OS I/O, which follow others);
// from the table in panel_table.h.
bool* PanelFlag(PanelVisibility& show, PanelId id);
void TogglePanel(PanelVisibility& show, PanelId id);

}  // namespace loopscope::app
