// app/ui/layout_browser_timeline.cpp — whether a browser run's timeline opens by itself.
//
// A browser run always has a timeline worth seeing (its tasks, frames and requests), but
// at projector sizes its lanes would take the room the queues and the call stack need. So it
// opens only where a trial layout with it open gives its lanes their full height and takes
// from the queues and the call stack only room their content did not ask for last frame (so
// neither starts to scroll), and leaves Why its two lines; elsewhere it stays a strip the
// user can show (layout.h).
#include "app/ui/layout_browser_timeline.h"

#include <algorithm>

namespace loopscope::app {

bool BrowserTimelineFits(const LayoutInput& in) {
  LayoutInput trial = in;
  trial.unfolded[static_cast<size_t>(PanelId::kTimeline)] = true;
  // The layout without the timeline at all (not even its strip, which would ask this again).
  LayoutInput without = in;
  without.show.timeline = false;
  const Layout folded = ComputeLayout(without);
  const Layout open = ComputeLayout(trial);
  const Rect& timeline = open[PanelId::kTimeline];
  if (!timeline.visible || timeline.folded) return false;
  // Lanes at their full height: the layout shrinks the timeline only to spare the middle row.
  const float lanes_h = TimelineHeight(in.font_size, in.display.y, in.timeline_lanes);
  if (timeline.size.y + 0.5f < lanes_h) return false;
  // Why keeps its title and two lines (at 1280x720/24 the lanes would leave it one).
  const Rect& why = folded[PanelId::kExplanation];
  if (why.visible && open[PanelId::kExplanation].size.y + 0.5f <
                         std::min(why.size.y, ExplanationMinHeight(in.font_size)))
    return false;
  // The queues and the stack may give up only room their content did not ask for (an
  // unmeasured panel, in the first frames, none at all).
  for (PanelId id : {PanelId::kQueues, PanelId::kStack}) {
    const Rect& before = folded[id];
    if (!before.visible) continue;
    const float want = in.want[static_cast<size_t>(id)];
    const float keep = want > 0 ? std::min(want, before.size.y) : before.size.y;
    if (open[id].size.y + 0.5f < keep) return false;
  }
  return true;
}

}  // namespace loopscope::app
