// tests/gui/layout_checks.h — what a class must be able to read in every panel the layout
// report (app/ui/layout_report.h) describes: the ring's phase names apart and inside their
// panel, the call stack's top three frames (or all of them), two lines of the console's
// output (or all of them) below its "Predict first" row, and every timeline lane without
// scrolling. Shared by the render tests of test_gui_layout.
#pragma once

#include <gtest/gtest.h>

#include <algorithm>
#include <string>

#include "app/ui/layout_report.h"

namespace loopscope::app::layout_checks {

inline void ExpectReadablePanels(const PanelMeasures& m, const std::string& what) {
  const PanelMeasure& loop = m[static_cast<size_t>(PanelId::kLoop)];
  if (loop.rect.visible && !loop.rect.folded) {
    EXPECT_FALSE(loop.labels_collide)
        << what << "the ring's phase names overlap or leave the panel (" << loop.rect.size.x << "x"
        << loop.rect.size.y << ")";
  }
  const PanelMeasure& stack = m[static_cast<size_t>(PanelId::kStack)];
  if (stack.rect.visible && !stack.rect.folded) {
    const float need = static_cast<float>(std::min<size_t>(3, stack.rows));
    EXPECT_GE(stack.rows_in_view + 0.01f, need)
        << what << "the call stack shows " << stack.rows_in_view << " of " << stack.rows
        << " frames";
  }
  // The console's output view holds two whole lines (or all it printed): a thinner view
  // shows half a line just under the "Predict first" row, as if the text ran under it.
  const PanelMeasure& console = m[static_cast<size_t>(PanelId::kConsole)];
  if (console.rect.visible && console.rows_in_view >= 0) {
    const float need = static_cast<float>(std::min<size_t>(2, console.rows));
    EXPECT_GE(console.rows_in_view + 0.01f, need)
        << what << "the console's output shows " << console.rows_in_view << " of " << console.rows
        << " lines under the Predict first row";
  }
  const PanelMeasure& timeline = m[static_cast<size_t>(PanelId::kTimeline)];
  if (timeline.rect.visible && !timeline.rect.folded) {
    EXPECT_GE(timeline.rows_in_view + 0.01f, static_cast<float>(timeline.rows))
        << what << "the timeline shows " << timeline.rows_in_view << " of " << timeline.rows
        << " lanes";
  }
}

}  // namespace loopscope::app::layout_checks
