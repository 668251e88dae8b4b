// app/ui/panels.h — every panel's state struct and draw function, in one list.
//
// Each panel is a free function `DrawXPanel(const trace::LoopState&, XPanelState&, float
// anim_t)` in its own file (panel_x.cpp) that draws one ImGui window at the rectangle the
// layout gave it. Panel state lives in AppState (app_state.h), never in function statics.
// `PanelEnv` carries what every panel may read this frame (the document, the previous
// state for motion, palette, fonts) and the command queue it may write; frame.cpp refreshes
// it before drawing. Panels never change the document: they post UiCommands.
#pragma once

#include <imgui.h>

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "app/ui/commands.h"
#include "app/ui/document.h"
#include "app/ui/fonts.h"
#include "app/ui/loop_code.h"
#include "app/ui/motion.h"
#include "app/ui/panel_table.h"
#include "app/ui/preferences.h"
#include "app/ui/ring_labels.h"
#include "app/ui/theme.h"
#include "engine/trace/divergence.h"
#include "engine/trace/loop_state.h"

namespace loopscope::app {

// What the pointer rests on, shared between panels so a hovered source marker lights the
// queue item it scheduled and the other way round. Written during a frame, read the next.
struct HoverState {
  uint64_t item = 0;  // a queue item / job / OS operation id
  uint32_t line = 0;  // a source line (1-based)
};

struct LoadControl;  // background_load.h

struct PanelEnv {
  const Document* doc = nullptr;
  const trace::LoopState* previous = nullptr;  // the state one step back (motion)
  const Palette* palette = nullptr;
  const Fonts* fonts = nullptr;
  UiCommandQueue* commands = nullptr;
  HoverState hover_in;              // last frame's hover
  HoverState* hover_out = nullptr;  // this frame's hover
  std::string_view loading;         // a file being simulated in the background
  Motion* motion = nullptr;         // flights between panels (records anchors)
  ImVec2 pos, size;                 // the panel's rectangle
  // The background load's progress (load_progress.h); set with `loading`.
  const LoadControl* load = nullptr;
};

struct SourcePanelState {
  PanelEnv env;
  int last_line = 0;                // scroll to follow
  float last_view_h = 0;            // the view's height last frame (a resize follows again)
  const Document* shown = nullptr;  // a newly opened program starts scrolled to line 1
  float rows_in_view = 0;           // text rows the view had room for this frame (tests)
  float want_h = 0;                 // the panel's height showing every row (next frame's layout)
  // This frame's scroll position and the lit line's top and bottom, in text rows from the
  // first line (tests: the view starts on a whole row and shows the lit line whole).
  float scroll_rows = 0, lit_top_rows = -1, lit_bottom_rows = -1;
};
struct ThreadSelection;  // thread_view.h
struct CallStackPanelState {
  PanelEnv env;
  float rows_in_view = 0;              // frame rows the panel had room for this frame (tests)
  ThreadSelection* threads = nullptr;  // the thread selector, drawn when a run has workers
};
struct LoopWheelPanelState {
  PanelEnv env;
  // The phase names' rectangles on screen this frame (the layout report checks them).
  std::array<LabelBox, kRingPhases> labels{};
  bool labels_drawn = false;
};
struct LoopCodePanelState {
  PanelEnv env;
  const Document* doc = nullptr;  // the run the cached timeout is for
  size_t poll_enter = kNoEnter;   // the poll phase it is for
  PollTimeout timeout;
  bool ring_replaced = false;  // drawn in the ring's place: offer a button to swap back
};
struct QueuesPanelState {
  PanelEnv env;
  float want_h = 0;         // the height showing every card (for the next frame's layout)
  float least_h = 0;        // the height showing one line of cards per queue, then counts
  size_t hidden_items = 0;  // cards behind "+N" counts this frame
};
struct ThreadPoolPanelState {
  PanelEnv env;
  float want_h = 0;  // the height showing every row (for the next frame's layout)
};
struct OsIoPanelState {
  PanelEnv env;
  float want_h = 0;         // the height showing every operation (for the next frame's layout)
  size_t hidden_items = 0;  // operations behind the "+N more" row this frame
};
struct StreamsPanelState {
  PanelEnv env;
  size_t rows_drawn = 0;  // stream rows drawn this frame (tests)
};
struct ConsolePanelState {
  PanelEnv env;
  size_t last_count = 0;  // scroll to the bottom when new lines arrive
  // Predict-first classroom mode: output stays hidden until a prediction is entered.
  bool predict_mode = false;
  bool revealed = false;
  std::string prediction;        // one expected line per text line
  bool scroll_to_wrong = false;  // just revealed: bring the first wrong line into view
  int reveals = 0;               // times Reveal was pressed (the session report)
  std::string last_score;        // the score the last comparison showed, "6 of 8" (the report)
  // Where Reveal / Try again and the prediction box were drawn (the session report).
  ImVec2 button_min, button_max, box_min, box_max;
  // The output's lines printed so far and the lines its view had room for this frame (the
  // layout report): a view shorter than a line shows a line's lower half just under the
  // "Predict first" row, as if the text ran under the box.
  size_t lines = 0;
  float lines_in_view = -1;
};
struct TimelinePanelState {
  PanelEnv env;
  double view_start_ns = 0, view_span_ns = 0;  // 0 span: fit the whole run
  const Document* viewed = nullptr;            // the run the view is for: another one starts fitted
  bool pressed = false;     // the left button went down over the lanes (a click or a drag)
  bool dragged = false;     // ... and moved: a drag, not a click
  float lane_px = 0;        // a lane's height this frame (tests: never below kTimelineMinLane)
  float lanes_in_view = 0;  // lanes the panel shows without scrolling this frame
};
struct ExplanationPanelState {
  PanelEnv env;
  float lines_in_view = 0;  // lines of the sentence the panel had room for this frame (tests)
};
// The band that shows a classroom stop's caption while the cursor is at that stop
// (stop_caption.h).
struct CaptionPanelState {
  PanelEnv env;
  size_t step = 0;
  float caption_px = 0;  // the caption's type size this frame, for the tests (0: not drawn)
};
struct ControlsPanelState {
  PanelEnv env;
  size_t step = 0, step_count = 0;
  bool playing = false;
  float speed = 2.0f;
  int granularity = 1;
  float font_size = kDefaultFontSize;
  bool dark = false;
  std::string title;
  bool stops_on = true;         // the clicker jumps between the scenario's stops
  PanelVisibility shown;        // for the Panels menu
  bool live_running = false;    // a live run is under way
  bool live_available = false;  // a live run can be started (a scenario is open)
  bool comparing = false;       // the simulated and the live run are both loaded
  std::string live_error;       // why the last live run gave nothing

  // The What if button: a scenario is open that can be re-simulated; the panel is shown.
  bool what_if_available = false;
  bool what_if_open = false;
};
struct CompareLabels;
// Drawn in the console's place while two runs are compared: a simulated and a live run, or
// one program run two ways (two_way_compare.h).
struct ComparePanelState {
  PanelEnv env;  // env.doc: the run on screen
  const Document* simulated = nullptr;
  const Document* live = nullptr;
  const std::optional<trace::Divergence>* divergence = nullptr;  // a = simulated, b = live
  std::optional<size_t> divergence_step;  // the difference's event in the run on screen
  bool viewing_live = false;
  const Document* scrolled_for = nullptr;  // the live run whose difference was scrolled to
  const CompareLabels* labels = nullptr;   // what the runs are called (live_compare.h)
  int clipped_headers = 0;                 // column headers wider than their column (tests)
};

void DrawSourcePanel(const trace::LoopState& state, SourcePanelState& panel, float anim_t);
void DrawCallStackPanel(const trace::LoopState& state, CallStackPanelState& panel, float anim_t);
void DrawLoopWheelPanel(const trace::LoopState& state, LoopWheelPanelState& panel, float anim_t);
// The loop panel of a browser run (RunUsage::browser): the HTML event loop's steps, not libuv's.
void DrawBrowserLoopPanel(const trace::LoopState& state, LoopWheelPanelState& panel, float anim_t);
void DrawLoopCodePanel(const trace::LoopState& state, LoopCodePanelState& panel, float anim_t);
void DrawQueuesPanel(const trace::LoopState& state, QueuesPanelState& panel, float anim_t);
void DrawThreadPoolPanel(const trace::LoopState& state, ThreadPoolPanelState& panel, float anim_t);
void DrawOsIoPanel(const trace::LoopState& state, OsIoPanelState& panel, float anim_t);
void DrawConsolePanel(const trace::LoopState& state, ConsolePanelState& panel, float anim_t);
// One bar per stream side: its buffer against its highWaterMark (panel_streams.cpp).
void DrawStreamsPanel(const trace::LoopState& state, StreamsPanelState& panel, float anim_t);
void DrawTimelinePanel(const trace::LoopState& state, TimelinePanelState& panel, float anim_t);
void DrawExplanationPanel(const trace::LoopState& state, ExplanationPanelState& panel,
                          float anim_t);
void DrawControlsPanel(const trace::LoopState& state, ControlsPanelState& panel, float anim_t);
void DrawComparePanel(const trace::LoopState& state, ComparePanelState& panel, float anim_t);
// The whole window in the background colour with only the scenario's title (B).
void DrawBlankScreen(const std::string& title, const Palette& palette);
// The one-line strip a panel folds to when the run never uses its mechanism (layout.h), or
// (the loop pseudocode) when there is no room for it: `why` in full where it fits, else
// `why_short`, else nothing.
void DrawFoldedPanel(PanelId id, const char* name, const PanelEnv& env,
                     const char* why = "— not used by this program",
                     const char* why_short = "(unused)");

}  // namespace loopscope::app
