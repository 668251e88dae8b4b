// app/ui/layout_browser_timeline.h — whether a browser run's timeline opens by itself: where
// a trial layout with it open keeps the middle row's panels at the height their content asked
// for and the timeline's lanes unshrunk (layout_browser_timeline.cpp).
#pragma once

#include "app/ui/layout.h"

namespace loopscope::app {

bool BrowserTimelineFits(const LayoutInput& in);

}  // namespace loopscope::app
