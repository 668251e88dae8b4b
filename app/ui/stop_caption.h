// app/ui/stop_caption.h — a scenario's classroom stops on screen: the stop buttons in the
// controls bar's transport row (they wrap with it), and while the cursor is at a stop, its
// caption in a band of its own above the columns beside the source (layout.h), large enough
// to read on a projector. Between stops there is no band: the panels keep that room, and the
// stop button's tooltip says where Page Down goes next.
#pragma once

#include "app/ui/panels.h"

namespace loopscope::app {

// The width DrawStopButtons needs in the current font (0 when the document has no stops).
float StopButtonsWidth(const ControlsPanelState& panel);
// "<", the Stops toggle labelled with the stop ("Stop 3/9") and ">"; nothing without stops.
void DrawStopButtons(const ControlsPanelState& panel);

// The caption band; draws only when panel.step is at one of the document's stops.
void DrawStopCaptionPanel(CaptionPanelState& panel);

}  // namespace loopscope::app
