// app/ui/layout_compare.cpp — the tiling while a simulated and a live run are compared
// (layout.h, LayoutInput::comparing): the comparison needs room to read every printed line
// of both runs side by side, so it takes the console's place and the room of the call
// stack, the loop, the queues, the pool and the Why strip; the source keeps the left column
// (a click on a line lights the statement that printed it) and the timeline stays below.
//
//   ┌──────────────────────── controls ─────────────────────────┐
//   │ source          │ simulated vs live                        │
//   │                 │   #   simulated          live            │
//   ├──────────────────────── timeline ─────────────────────────┘
#include <algorithm>

#include "app/ui/layout.h"

namespace loopscope::app {

Layout ComputeCompareLayout(const LayoutInput& in) {
  Layout layout;
  float font = in.font_size;
  ImVec2 display = in.display;
  float gap = std::max(4.0f, font * 0.3f);
  float w = display.x - 2 * gap;
  float controls_h = std::max(font * 5.0f, in.want[static_cast<size_t>(PanelId::kControls)]);
  float y = gap;
  layout[PanelId::kControls] = {ImVec2(gap, y), ImVec2(w, controls_h), true};
  y += controls_h + gap;
  // The timeline keeps its lanes (TimelineHeight), or its strip when unused.
  bool timeline_folded = FoldsWhenUnused(PanelId::kTimeline, in.usage) &&
                         !in.unfolded[static_cast<size_t>(PanelId::kTimeline)];
  float timeline_h = !in.show.timeline ? 0
                     : timeline_folded ? font * 1.9f
                                       : TimelineHeight(font, display.y, in.timeline_lanes);
  float bottom = display.y - gap - (timeline_h > 0 ? timeline_h + gap : 0);
  float middle_h = std::max(font * 6, bottom - y);
  float source_w = in.show.source ? w * 0.33f : 0;
  if (in.show.source) layout[PanelId::kSource] = {ImVec2(gap, y), ImVec2(source_w, middle_h), true};
  float x = gap + (source_w > 0 ? source_w + gap : 0);
  layout[PanelId::kConsole] = {ImVec2(x, y), ImVec2(display.x - gap - x, middle_h), true};
  if (timeline_h > 0)
    layout[PanelId::kTimeline] = {ImVec2(gap, y + middle_h + gap), ImVec2(w, timeline_h), true,
                                  timeline_folded};
  return layout;
}

}  // namespace loopscope::app
