// app/ui/layout.h — where each panel goes: a tiling of the window that adapts to the program
// and the screen, so on a projector every panel in use is visible, labelled and never
// covered by another.
//
//   ┌──────────────────────── controls ─────────────────────────┐
//   │ source          │ call stack     │ queues                 │
//   │                 │ event loop     │ thread pool            │
//   │ console         │   (wheel)      │ OS I/O                 │
//   ├──────────────────── why (explanation) ────────────────────┤
//   └──────────────────────── timeline ─────────────────────────┘
// Hidden panels give their height to the others in the same column. Panels for a mechanism
// the run never uses (run_usage.h) fold to a one-line strip that can be reopened, and give
// their room away too. Within a column the panels first get a minimum, then the height
// their content asked for last frame (LayoutInput::want: the source as tall as the program,
// every queue item), then the rest by weight. The timeline is as tall as its lanes need,
// within a cap. Pure arithmetic, tested in tests/gui/layout_test.cpp.
#pragma once

#include <imgui.h>

#include <array>

#include "app/ui/panel_table.h"
#include "app/ui/preferences.h"
#include "app/ui/run_usage.h"

namespace loopscope::app {

struct Rect {
  ImVec2 pos, size;
  bool visible = false;
  bool folded = false;  // a one-line strip standing for an unused mechanism's panel
};

struct Layout {
  std::array<Rect, kPanelCount> rects;
  const Rect& operator[](PanelId id) const { return rects[static_cast<size_t>(id)]; }
  Rect& operator[](PanelId id) { return rects[static_cast<size_t>(id)]; }
};

struct LayoutInput {
  ImVec2 display;
  float font_size = 18;
  PanelVisibility show;
  int timeline_lanes = 1;  // 1 for the main thread plus one per pool thread the run used
  RunUsage usage;          // what the run uses; unused mechanisms fold
  std::array<bool, kPanelCount> unfolded{};  // folded strips the user reopened
  // Height each panel's content asked for in the last frame (0: unknown); the controls
  // bar's entry is the height its wrapped rows took.
  std::array<float, kPanelCount> want{};
  bool predicting = false;  // the console holds a prediction box, which must keep its room
  bool what_if = false;     // the What if panel stands in the Why panel's place: it gets the
                            // whole bottom band even when the timeline is folded
};

Layout ComputeLayout(const LayoutInput& input);
// Every mechanism in use and nothing measured yet (tests, first frames).
Layout ComputeLayout(ImVec2 display, float font_size, const PanelVisibility& show,
                     int timeline_lanes);

// Whether `id` folds for a run with `usage` (unless reopened).
bool FoldsWhenUnused(PanelId id, const RunUsage& usage);

// The visibility flag of `id` (null for the controls bar and OS I/O, which follow others);
// from the table in panel_table.h.
bool* PanelFlag(PanelVisibility& show, PanelId id);
void TogglePanel(PanelVisibility& show, PanelId id);

}  // namespace loopscope::app
