// app/ui/layout_pool_room.h — whether a run's thread pool and OS I/O panels take the room of
// the timeline and Why (layout.h, LayoutInput::pool_first).
#pragma once

#include "app/ui/layout.h"

namespace loopscope::app {

// Whether `tiled` (the layout for `in` as it stands) leaves the queues, the pool or OS I/O
// less than their content asked for last frame in a run that uses the pool or the OS: the
// layout then folds the timeline and Why for them (LayoutInput::pool_first).
bool PoolWantsRoom(const LayoutInput& in, const Layout& tiled);

}  // namespace loopscope::app
