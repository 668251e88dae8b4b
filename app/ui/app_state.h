// app/ui/app_state.h — everything the desktop app holds: preferences, the loaded document,
// the playback cursor, the states at the cursor, every panel's state and the command queue.
//
// There are no globals: app.cpp and screenshot.cpp each own one AppState. Frames read it;
// ApplyCommands() changes it between frames. Loading goes through `loader` so tests can
// drive the UI with synthetic logs and the app with the real engine (document_load.h); the
// app runs it on a worker thread (background_load.h) so simulating never blocks a frame.
#pragma once

#include <array>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "app/ui/background_load.h"
#include "app/ui/browser.h"
#include "app/ui/commands.h"
#include "app/ui/document.h"
#include "app/ui/fonts.h"
#include "app/ui/frame_journal.h"
#include "app/ui/key_tap.h"
#include "app/ui/layout_report.h"
#include "app/ui/live_compare.h"
#include "app/ui/panel_what_if.h"
#include "app/ui/panels.h"
#include "app/ui/playback.h"
#include "app/ui/preferences.h"
#include "app/ui/reload_keep.h"
#include "app/ui/thread_view.h"
#include "app/ui/what_if.h"

namespace loopscope::app {

struct AppState {
  Preferences prefs;
  Fonts fonts;
  DocumentLoader loader;
  bool load_in_background = false;  // the app: loads run on a worker; tests: in OpenDocument
  BackgroundLoads loads;
  std::unique_ptr<Document> doc;
  LiveComparison live;  // a live run of the same program, when there is one
  ReloadKeep reload;    // the step and prediction a reload under way keeps
  WhatIfState what_if;  // the same program on a changed machine, and its pool sweep
  Playback playback;
  trace::LoopState current;   // the state at playback.step
  trace::LoopState previous;  // where motion starts: the state shown before a forward
                              // move, else the state at playback.step - 1
  size_t cached_step = trace::LoopState::kNoStep;
  ThreadSelection threads;  // which thread the panels show (a run with workers)
  UiCommandQueue commands;
  KeyTaps keys;          // pressed since the last frame (the window's key callback)
  bool blanked = false;  // B: the screen shows only the title (a presenter's pause)
  bool stops_on = true;  // Page Down/Up jump between the scenario's stops (stop_nav.h)
  FrameJournal frames;   // the window's last frames (the session report writes them)
  HoverState hover_last, hover_next;
  Motion motion;                                   // this frame's flights between panels (motion.h)
  size_t motion_step = trace::LoopState::kNoStep;  // the step motion.flights were planned for

  // Requests the window owner carries out between frames (they need the GL context).
  // The layout's inputs from the last frame: folded panels the user reopened, and what
  // each panel's content measured (layout_report.h).
  std::array<bool, kPanelCount> unfolded{};
  PanelMeasures measured;

  float wanted_font_size = 0;  // > 0: rebuild the font atlas at this size
  bool wanted_fullscreen_toggle = false;
  bool wanted_quit = false;  // Ctrl+Q

  SourcePanelState source;
  CallStackPanelState stack;
  LoopWheelPanelState loop;
  LoopCodePanelState loop_code;
  QueuesPanelState queues;
  ThreadPoolPanelState pool;
  OsIoPanelState os_io;
  StreamsPanelState streams;
  ConsolePanelState console;
  TimelinePanelState timeline;
  ExplanationPanelState explanation;
  ControlsPanelState controls;
  CaptionPanelState caption;
  ComparePanelState compare;
  WhatIfPanelState what_if_panel;
  BrowserState browser;
};

// Loads `path` through state.loader. On success the new document replaces the old one and
// playback starts at step 0; on failure the errors go to the browser and nothing else changes.
// With load_in_background the load starts on a worker and CollectBackgroundLoad finishes it.
void OpenDocument(AppState& state, const std::string& path);
// Installs the result of a background load that has finished (between frames).
void CollectBackgroundLoad(AppState& state);
// Installs a ready document (tests, screenshots) and moves the cursor to `step`; the What
// if sliders start from its machine (what_if.h).
void SetDocument(AppState& state, std::unique_ptr<Document> doc, size_t step);
// Applies and clears state.commands, then picks up a finished live run.
void ApplyCommands(AppState& state);
// Brings `current` and `previous` up to date with playback.step.
void RefreshStates(AppState& state);
// A forward move over more events than this starts its motion from step - 1 instead (the
// replay from the shown state would cost more than a checkpoint lookup).
inline constexpr size_t kMaxReplayedMove = 4096;

}  // namespace loopscope::app
