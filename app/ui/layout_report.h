// app/ui/layout_report.h — what each panel's window did with the rectangle the layout gave
// it this frame: how tall its content wanted to be, and whether the content overflowed
// (more than fits, so it scrolls or is clipped, or queue cards or OS operations hidden behind
// a count).
//
// frame.cpp measures after drawing; the next frame's layout reads the wants (the source as
// tall as the program), and `loopscope screenshot --layout-report OUT.json` writes the
// measures (LayoutReportJson) for tests/gui/layout_report_test.cpp to check.
#pragma once

#include <array>
#include <string>

#include "app/ui/layout.h"
#include "app/ui/ring_labels.h"

namespace loopscope::app {

struct PanelMeasure {
  Rect rect;         // as laid out (rect.visible false: not drawn this frame)
  bool used = true;  // the run uses the panel's mechanism (run_usage.h)
  float want_h = 0;  // the height that would show all of its content
  // The least height that shows every row, long ones shortened (the queues: one line of
  // cards per queue, the rest behind counts); 0 for the other panels.
  float least_h = 0;
  bool overflow_y = false;  // content taller than the window (it scrolls)
  bool overflow_x = false;  // content wider than the window
  // Content past an edge of the panel (or of a child window in it) that no scroll bar
  // reaches: lost to the reader. Content a scroll bar reaches (the console) is not.
  bool clipped = false;
  size_t hidden_items = 0;  // queue cards or OS operations behind a "+N" count
  // What the panel's drawing reported: the rows it holds and the rows it had room for (the
  // call stack's frames, the timeline's lanes, the console's printed lines in its output
  // view; -1: not such a panel), and for the ring
  // whether two phase names intersect or one leaves the panel (MeasureRingLabels).
  size_t rows = 0;
  float rows_in_view = -1;
  bool labels_collide = false;
};
using PanelMeasures = std::array<PanelMeasure, kPanelCount>;

// The ImGui window id of each panel ("###queues"), as its panel file begins it.
const char* PanelWindowId(PanelId id);
// A short name for reports ("queues").
const char* PanelReportName(PanelId id);

// Reads the windows drawn this frame (call after the panels, before ImGui::Render).
PanelMeasures MeasurePanels(const Layout& layout, const RunUsage& usage);
// Whether two frames measured the same rectangles, wants (to half a pixel), overflows and
// counts: the layout has settled (render.h).
bool SameMeasures(const PanelMeasures& a, const PanelMeasures& b);

// Whether the phase names drawn at `labels` (screen rectangles) intersect or leave the
// loop panel's window below its title bar (call after the panels, before ImGui::Render).
bool RingLabelsCollide(const std::array<LabelBox, kRingPhases>& labels);

// {"panels": [{"name", "x", "y", "w", "h", "visible", "folded", "used", "want_h",
// "overflow", "overflow_x", "overflow_y", "clipped", "hidden_items", "rows", "rows_in_view",
// "labels_collide"}...]}
std::string LayoutReportJson(const PanelMeasures& measures);

}  // namespace loopscope::app
