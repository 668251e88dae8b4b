// app/ui/layout.h — where each panel goes: a tiling of the window that adapts to the program
// and the screen, so on a projector every panel in use is visible, labelled and never
// covered by another.
//
//   ┌──────────────────────── controls ─────────────────────────┐
//   │ source          │ stop caption (only at a classroom stop)  │
//   │                 │ call stack     │ queues                 │
//   │                 │ event loop     │ thread pool            │
//   │ console         │ loop pseudocode│ OS I/O                 │
//   │                 ├──────── why (explanation) ──────────────┤
//   │                 ├──────────────── timeline ───────────────┘
// The left column runs down to the window's foot (as drawn) where the row beside it would
// leave the source fewer than kSourceMinRows rows above the console (projector fonts, a
// prediction box); elsewhere the Why panel and the timeline span the whole width below it.
// Hidden panels give their height to the others in the same column. Panels for a mechanism
// the run never uses (run_usage.h) fold to a one-line strip that can be reopened, and give
// their room away too; so does the loop pseudocode where its column has no room for it beside
// the ring (reopened, it takes the ring's place: Layout::ring_replaced). A browser run
// (RunUsage::browser) shows neither the pool, OS I/O nor the pseudocode: none exists there.
// Within a column the panels first get a minimum, then the height their content asked for
// last frame (LayoutInput::want: the source as tall as the program, every queue item, then
// the pool's threads and the OS I/O rows below them), then the rest by weight among those
// that asked for more. The timeline is as tall as its lanes
// need, within a cap (TimelineHeight). At a classroom stop in a run that
// leaves the pool alone, Why moves under the queues so the caption's band leaves the call
// stack its frames. Where the middle row would not hold the stack's frames (up to three,
// kept) above a ring whose phase names fit (kRingLeast) — projector fonts in a run with the
// pool or the OS at work, whose timeline lanes keep their room — Why moves under the queues
// and the folded strips stand beside the timeline's lanes. Where even so the queues, the pool
// or OS I/O would scroll (a run that uses the pool or the OS; layout_pool_room.cpp), the
// timeline and Why fold to strips under the ring (the ring gives them its room), the console
// keeps its least room and the source the rest, the middle row runs to the window's foot, and
// the pool's and OS I/O's rows come before the queues' cards beyond a line per queue (the
// queues count the rest: LayoutInput::least). The
// What if panel takes the room of the centre and right columns (Layout::what_if), so the source,
// the console, Why and the timeline stay in view. Pure arithmetic, tested in
// tests/gui/layout_test.cpp.
#pragma once

#include <imgui.h>

#include <array>

#include "app/ui/panel_table.h"
#include "app/ui/preferences.h"
#include "app/ui/run_usage.h"

namespace loopscope::app {

// The loop pseudocode's heights, in font sizes: its title and fourteen lines at half the type
// size (panel_loop_code.cpp shrinks its type to fit), and at the full type size.
inline constexpr float kLoopCodeMinHeight = 11.0f;
inline constexpr float kLoopCodeFullHeight = 16.0f;
// The ring's least height, in font sizes: its title bar and padding (2.7) and a ring whose
// six phase names fit apart at 0.6 of the type size (ring_labels.h; tested in
// tests/gui/ring_labels_test.cpp).
inline constexpr float kRingLeast = 8.4f;
// The Streams panel's least height, in font sizes: its title bar, the window's padding and
// a line. It asks for every row (its measured want) but after the queues, whose cards come
// first in a run without the pool (layout_report_test.cpp); its rows scroll where the right
// column is short (1280×720 at font 24).
inline constexpr float kStreamsMinHeight = 2.6f;
// The source rows the layout keeps in view above the console (fewer when the program is
// shorter): enough to read a short program's shape on a projector.
inline constexpr int kSourceMinRows = 8;
// A timeline lane's least and comfortable heights, in font sizes: below the least a lane's
// label no longer reads, so the layout gives the timeline the room (or its lanes scroll).
inline constexpr float kTimelineMinLane = 0.8f;
inline constexpr float kTimelineLane = 1.2f;

struct Rect {
  ImVec2 pos, size;
  bool visible = false;
  bool folded = false;  // a one-line strip standing for an unused mechanism's panel
};

struct Layout {
  std::array<Rect, kPanelCount> rects;
  bool ring_replaced = false;  // the loop pseudocode has the ring's place (the ring is hidden)
  bool tall_left = false;      // the source and console column runs to the window's foot
  bool pool_first = false;     // the timeline and Why folded for the pool's room (LayoutInput)
  Rect what_if;                // the What if panel's place (visible only while it is open)
  const Rect& operator[](PanelId id) const { return rects[static_cast<size_t>(id)]; }
  Rect& operator[](PanelId id) { return rects[static_cast<size_t>(id)]; }
};

struct LayoutInput {
  ImVec2 display;
  float font_size = 18;
  PanelVisibility show;
  int timeline_lanes = 1;  // 1 for the main thread plus one per pool thread the run used
  RunUsage usage;          // what the run uses; unused mechanisms fold
  std::array<bool, kPanelCount> unfolded{};  // folded strips the user reopened
  // Height each panel's content asked for in the last frame (0: unknown); the controls
  // bar's entry is the height its wrapped rows took.
  std::array<float, kPanelCount> want{};
  // The least height that shows every row of a panel whose rows shorten (PanelMeasure::
  // least_h: the queues' one line of cards each); 0: unknown or no such panel.
  std::array<float, kPanelCount> least{};
  bool predicting = false;  // the console holds a prediction box, which must keep its room
  bool comparing = false;   // a live run is compared: the console's place holds the comparison
  bool what_if = false;     // the What if panel is open: it takes the centre and right columns
  bool at_stop = false;     // the cursor is at a classroom stop: its caption gets a band
  // Set by ComputeLayout, not by its callers: the pool's and OS I/O's rows need the room, so
  // the timeline and Why fold to strips under the ring (layout_pool_room.cpp).
  bool pool_first = false;
};

Layout ComputeLayout(const LayoutInput& input);
// While comparing (and the console is shown): the source, the comparison in the console's
// rectangle over the room of the middle and Why panels, and the timeline (layout_compare.cpp).
Layout ComputeCompareLayout(const LayoutInput& input);
// Every mechanism in use and nothing measured yet (tests, first frames).
Layout ComputeLayout(ImVec2 display, float font_size, const PanelVisibility& show,
                     int timeline_lanes);

// The timeline's height for `lanes` lanes (1 + pool threads) with `font`-sized text in a
// window `display_h` tall: comfortable lanes within a cap, never less than every lane at
// kTimelineMinLane up to half the window (past that its lanes scroll: panel_timeline.cpp).
float TimelineHeight(float font, float display_h, int lanes);
// The call stack's height for `rows` frames; the layout keeps up to three (the rest, and the
// functions parked at an `await` below them, scroll).
float StackHeight(float font, int rows);
// The console's least height outside predict-first mode: its title, the "Predict first" row
// and two lines of output (tests/gui/layout_checks.h).
float ConsoleMinHeight(float font);
// The Why panel's least height: its title and two lines of its sentence.
float ExplanationMinHeight(float font);

// Whether `id` folds for a run with `usage` (unless reopened).
bool FoldsWhenUnused(PanelId id, const RunUsage& usage);
// The name a folded strip shows (the pool, OS I/O, the timeline, the loop pseudocode); the
// layout sizes the strips by it.
const char* FoldedStripName(PanelId id);

// The visibility flag of `id` (null for the controls bar and OS I/O, which follow others);
// from the table in panel_table.h.
bool* PanelFlag(PanelVisibility& show, PanelId id);
void TogglePanel(PanelVisibility& show, PanelId id);

}  // namespace loopscope::app
