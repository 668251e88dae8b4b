// app/ui/panel_table.h — the app's panels as one table: their ids, and for each panel a
// user may hide, its visibility flag (which is also its key in the preferences file) and
// its entry in the Panels menu.
//
// PanelVisibility (preferences.h), the preferences file's "panels" object, the Panels menu
// (kToggleablePanels) and PanelFlag (layout.cpp) are all generated from these rows, so
// adding a panel is one row here plus its place in the layout (CONTRIBUTING.md lists the
// rest). Where each panel goes on screen: layout.h.
#pragma once

namespace loopscope::app {

enum class PanelId {
  kControls,
  kSource,
  kConsole,
  kStack,
  kLoop,
  kQueues,
  kPool,
  kOsIo,
  kExplanation,
  kTimeline,
  kLoopCode,
  kCaption,  // a classroom stop's caption (stop_caption.h), only while the cursor is at a stop
  kStreams,
  kCount
};
inline constexpr int kPanelCount = static_cast<int>(PanelId::kCount);

// The panels a user may hide. The controls bar and a stop's caption always stay; OS I/O shares the
// thread pool's flag (they are one mechanism: work handed off the main thread).
// clang-format off
//      flag and preferences key   panel                 Panels menu entry
#define LOOPSCOPE_PANEL_TOGGLES(X)                                         \
  X(source,                        PanelId::kSource,      "Source")        \
  X(console,                       PanelId::kConsole,     "Console")       \
  X(stack,                         PanelId::kStack,       "Call stack")    \
  X(loop,                          PanelId::kLoop,        "Event loop")    \
  X(queues,                        PanelId::kQueues,      "Queues")        \
  X(pool,                          PanelId::kPool,        "Thread pool and OS I/O") \
  X(explanation,                   PanelId::kExplanation, "Why")           \
  X(timeline,                      PanelId::kTimeline,    "Timeline")      \
  X(loop_code,                     PanelId::kLoopCode,    "Loop pseudocode") \
  X(streams,                       PanelId::kStreams,     "Streams")
// clang-format on

// Which panels are shown: one flag per row of LOOPSCOPE_PANEL_TOGGLES, all on by default.
struct PanelVisibility {
#define X(flag, id, menu) bool flag = true;
  LOOPSCOPE_PANEL_TOGGLES(X)
#undef X
  bool operator==(const PanelVisibility&) const = default;
};

struct ToggleablePanel {
  PanelId id;
  const char* name;  // the Panels menu entry
  const char* key;   // the key in the preferences file's "panels" object
  bool PanelVisibility::*flag;
};
inline constexpr ToggleablePanel kToggleablePanels[] = {
#define X(flag, id, menu) {id, menu, #flag, &PanelVisibility::flag},
    LOOPSCOPE_PANEL_TOGGLES(X)
#undef X
};

}  // namespace loopscope::app
