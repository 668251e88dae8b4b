// app/ui/stop_caption.h — the controls bar's last row when the scenario has classroom
// stops: the stop buttons, the Stops toggle and the caption, large enough to read on a
// projector. Drawn inside the controls window (panel_controls.cpp), which grows to fit it.
#pragma once

#include "app/ui/panels.h"

namespace loopscope::app {

// Draws nothing when the document has no stops; records what it drew in `panel`.
void DrawStopCaption(ControlsPanelState& panel);

// How much larger than the interface text a caption is drawn (on the title font, itself
// 1.25x): at the projector size of 24 px the caption is 36 px.
inline constexpr float kCaptionScale = 1.2f;

}  // namespace loopscope::app
