// app/ui/layout_pool_room.cpp — whether the pool's and OS I/O's rows take the timeline's room.
//
// In a run that uses the thread pool or the OS, the queues' cards, every pool thread and
// every OS operation are what a class watches; at projector sizes the right column cannot
// hold them beside the timeline's lanes and Why. There the layout folds those two to strips
// under the ring (each reopens with its Show button), and the middle row runs from the
// controls to the window's foot. The timeline and Why stay open wherever the column has room.
#include "app/ui/layout_pool_room.h"

namespace loopscope::app {

bool PoolWantsRoom(const LayoutInput& in, const Layout& tiled) {
  if (in.usage.browser || in.what_if || !in.show.pool || !(in.usage.pool || in.usage.os_io))
    return false;
  // Measured wants only: in the first frames (nothing measured) the layout stays as it is.
  for (PanelId id : {PanelId::kQueues, PanelId::kPool, PanelId::kOsIo}) {
    const Rect& r = tiled[id];
    const float want = in.want[static_cast<size_t>(id)];
    if (r.visible && !r.folded && want > r.size.y + 0.5f) return true;
  }
  return false;
}

}  // namespace loopscope::app
