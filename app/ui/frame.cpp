// app/ui/frame.cpp — the panel dispatch list (style.md: one `if (show.x) DrawXPanel(...)`
// per panel), the keyboard shortcuts, and the per-frame PanelEnv every panel reads.
#include "app/ui/frame.h"

#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>

#include <optional>
#include <utility>

#include "app/ui/layout.h"
#include "app/ui/motion_overlay.h"
#include "app/ui/panel_common.h"
#include "app/ui/stop_caption.h"
#include "app/ui/stop_nav.h"

namespace loopscope::app {
namespace {

// The key table: each key press (key_tap.h) the frame got, as the command it asks for.
// PageDown/PageUp are what presentation clickers send: they jump between the scenario's
// classroom stops when it has some (stop_nav.h), else they step as the arrows do.
struct KeyBinding {
  int key;
  bool ctrl;
  bool repeats;  // held down, it keeps stepping
  UiCommand::Kind command;
};
// clang-format off
constexpr KeyBinding kKeys[] = {
    {GLFW_KEY_SPACE,     false, false, UiCommand::Kind::kTogglePlay},
    {GLFW_KEY_RIGHT,     false, true,  UiCommand::Kind::kStepForward},
    {GLFW_KEY_PAGE_DOWN, false, true,  UiCommand::Kind::kNextStop},
    {GLFW_KEY_LEFT,      false, true,  UiCommand::Kind::kStepBack},
    {GLFW_KEY_PAGE_UP,   false, true,  UiCommand::Kind::kPrevStop},
    {GLFW_KEY_HOME,      false, false, UiCommand::Kind::kHome},
    {GLFW_KEY_END,       false, false, UiCommand::Kind::kEnd},
    {GLFW_KEY_O,         true,  false, UiCommand::Kind::kShowBrowser},
    {GLFW_KEY_R,         true,  false, UiCommand::Kind::kReload},
    {GLFW_KEY_Q,         true,  false, UiCommand::Kind::kQuit},
    {GLFW_KEY_F11,       false, false, UiCommand::Kind::kToggleFullscreen},
    {GLFW_KEY_W,         false, false, UiCommand::Kind::kToggleWhatIf},
    {GLFW_KEY_N,         false, false, UiCommand::Kind::kCompareHosts},
    {GLFW_KEY_M,         false, false, UiCommand::Kind::kCompareModules},
    {GLFW_KEY_T,         false, false, UiCommand::Kind::kNextThread},
};
// clang-format on

// Keys that act on the window around the run: Escape closes the scenario browser or ends a
// blank screen, B blanks the screen to the title and back. Returns whether `k` was one.
bool HandleWindowKey(AppState& s, const KeyTap& k) {
  if (k.key == GLFW_KEY_ESCAPE && !k.repeat) {
    s.browser.open = false, s.blanked = false;
    return true;
  }
  if (k.key == GLFW_KEY_B && !k.repeat && !(k.mods & GLFW_MOD_CONTROL)) {
    s.blanked = !s.blanked;
    return true;
  }
  return false;
}

void HandleKeys(AppState& s) {
  ImGuiIO& io = ImGui::GetIO();
  KeyTaps keys = std::exchange(s.keys, {});
  if (io.WantTextInput) return;  // typing in the path or prediction field
  for (const KeyTap& k : keys) {
    if (HandleWindowKey(s, k)) continue;
    // Nothing steps the run behind the browser or a blank screen.
    if (s.browser.open || s.blanked) continue;
    bool ctrl = (k.mods & GLFW_MOD_CONTROL) != 0;
    for (const KeyBinding& b : kKeys)
      if (b.key == k.key && b.ctrl == ctrl && (b.repeats || !k.repeat))
        s.commands.push_back({b.command});
  }
  if (s.browser.open || s.blanked) return;
  // '+'/'-' arrive as characters, whatever the keyboard layout.
  using K = UiCommand::Kind;
  for (ImWchar c : io.InputQueueCharacters) {
    if (c == '+' || c == '=') s.commands.push_back({K::kSetFontSize, 0, s.fonts.size + 2});
    if (c == '-') s.commands.push_back({K::kSetFontSize, 0, s.fonts.size - 2});
  }
}

PanelEnv MakeEnv(AppState& s, const Layout& layout, PanelId id) {
  const Rect& r = layout[id];
  PanelEnv env;
  env.doc = s.doc.get();
  env.previous = s.playback.anim_t < 1.0f ? &ShownPrevious(s.threads, s.previous) : nullptr;
  env.palette = &GetPalette(s.prefs.theme);
  env.fonts = &s.fonts;
  env.commands = &s.commands;
  env.hover_in = s.hover_last;
  env.hover_out = &s.hover_next;
  if (s.loads.busy()) env.loading = s.loads.path(), env.load = &s.loads.control();
  env.motion = &s.motion;
  env.pos = r.pos, env.size = r.size;
  return env;
}

void FillControls(AppState& s) {
  ControlsPanelState& c = s.controls;
  c.step = s.playback.step;
  c.step_count = s.doc ? s.doc->step_count() : 0;
  c.playing = s.playback.playing;
  c.speed = s.playback.speed;
  c.granularity = static_cast<int>(s.playback.granularity);
  c.font_size = s.fonts.size;
  c.dark = s.prefs.theme == ThemeKind::kDark;
  c.title = s.doc ? s.doc->title : "";
  c.stops_on = s.stops_on;
  c.shown = s.prefs.panels;
  c.live_running = s.live.runner && s.live.runner->running();
  c.live_available = s.live.runner && s.doc && !s.doc->path.empty();
  c.comparing = s.live.active;
  c.live_error = s.live.errors.empty() ? "" : s.live.errors.front();
  c.what_if_available = s.doc && !s.doc->path.empty() && s.what_if.simulate;
  c.what_if_open = s.what_if.open;
}

// The What if panel, while open, has the centre and right columns' room (layout.h).
std::optional<PanelEnv> WhatIfEnv(AppState& s, const Layout& layout) {
  if (!s.what_if.open || !s.doc || !layout.what_if.visible) return std::nullopt;
  PanelEnv env = MakeEnv(s, layout, PanelId::kControls);
  env.pos = layout.what_if.pos, env.size = layout.what_if.size;
  return env;
}

void FillCompare(AppState& s) {
  ComparePanelState& c = s.compare;
  c.viewing_live = s.live.viewing_live;
  c.simulated = s.live.viewing_live ? s.live.other.get() : s.doc.get();
  c.live = s.live.viewing_live ? s.doc.get() : s.live.other.get();
  c.divergence = &s.live.divergence;
  c.divergence_step = DivergenceStepOnScreen(s);
  c.labels = &s.live.labels;
}

// Plans the flights of the move being animated (once per move) and clears last frame's
// anchors; the panels record new ones as they draw.
void PrepareMotion(AppState& s) {
  s.motion.anchors = {};
  s.motion.t = s.doc ? Ease(s.playback.anim_t) : 1.0f;
  if (s.motion.t >= 1.0f) {
    s.motion.flights.clear();
    s.motion_step = trace::LoopState::kNoStep;
    return;
  }
  if (s.motion_step == s.cached_step && s.motion_step != trace::LoopState::kNoStep) return;
  const PanelVisibility& show = s.prefs.panels;
  s.motion.flights =
      PlanFlights(ShownPrevious(s.threads, s.previous), ShownCurrent(s.threads, s.current),
                  {show.source, show.queues, show.stack, show.pool});
  s.motion_step = s.cached_step;
}

LayoutInput MakeLayoutInput(const AppState& s) {
  LayoutInput in;
  in.display = ImGui::GetIO().DisplaySize;
  in.font_size = s.fonts.size;
  in.show = s.prefs.panels;
  in.timeline_lanes = s.doc ? static_cast<int>(s.doc->timeline.LaneCount()) : 1;
  in.usage = s.doc ? s.doc->usage : RunUsage{};
  in.unfolded = s.unfolded;
  for (size_t i = 0; i < in.want.size(); ++i)
    in.want[i] = s.measured[i].want_h, in.least[i] = s.measured[i].least_h;
  in.predicting = s.console.predict_mode && !s.live.active;
  in.comparing = s.live.active;
  in.what_if = s.what_if.open && s.doc;
  in.at_stop = s.doc && StopAt(s.doc->stops, s.playback.step).has_value();
  return in;
}

// What the panels did with their rectangles, for the next frame's layout and the layout
// report. The queues panel knows its own want (its rows shrink to fit, so its window never
// shows how tall it would like to be) and how many cards it hid; the source knows its rows.
void MeasureFrame(AppState& s, const Layout& layout) {
  s.measured = MeasurePanels(layout, s.doc ? s.doc->usage : RunUsage{});
  PanelMeasure& queues = s.measured[static_cast<size_t>(PanelId::kQueues)];
  if (queues.rect.visible)
    queues.want_h = s.queues.want_h, queues.least_h = s.queues.least_h,
    queues.hidden_items = s.queues.hidden_items;
  // The pool and OS I/O likewise (OS I/O counts operations past its room).
  PanelMeasure& pool = s.measured[static_cast<size_t>(PanelId::kPool)];
  if (pool.rect.visible && !pool.rect.folded) pool.want_h = s.pool.want_h;
  PanelMeasure& os_io = s.measured[static_cast<size_t>(PanelId::kOsIo)];
  if (os_io.rect.visible && !os_io.rect.folded)
    os_io.want_h = s.os_io.want_h, os_io.hidden_items = s.os_io.hidden_items;
  // The source likewise: its rows are in a child view that always fills the panel.
  PanelMeasure& source = s.measured[static_cast<size_t>(PanelId::kSource)];
  if (source.rect.visible && s.source.want_h > 0) source.want_h = s.source.want_h;
  // The rows the call stack and the timeline hold and show, and the ring's phase names.
  PanelMeasure& stack = s.measured[static_cast<size_t>(PanelId::kStack)];
  if (stack.rect.visible)
    stack.rows = ShownCurrent(s.threads, s.current).stack.size(),
    stack.rows_in_view = s.stack.rows_in_view;
  PanelMeasure& timeline = s.measured[static_cast<size_t>(PanelId::kTimeline)];
  if (timeline.rect.visible && !timeline.rect.folded)
    timeline.rows = s.doc ? s.doc->timeline.LaneCount() : 1,
    timeline.rows_in_view = s.timeline.lanes_in_view;
  // The console's printed lines and the lines its output view holds (-1: not the output).
  PanelMeasure& console = s.measured[static_cast<size_t>(PanelId::kConsole)];
  if (console.rect.visible)
    console.rows = s.console.lines, console.rows_in_view = s.console.lines_in_view;
  PanelMeasure& loop = s.measured[static_cast<size_t>(PanelId::kLoop)];
  if (loop.rect.visible && s.loop.labels_drawn)
    loop.labels_collide = RingLabelsCollide(s.loop.labels);
  s.loop.labels_drawn = false;
}

}  // namespace

void DrawFrame(AppState& s) {
  HandleKeys(s);
  if (s.blanked) return DrawBlankScreen(s.doc ? s.doc->title : "", GetPalette(s.prefs.theme));
  Layout layout = ComputeLayout(MakeLayoutInput(s));
  // Panels the layout left out (a comparison takes their room) are not drawn.
  PanelVisibility show = s.prefs.panels;
  for (const ToggleablePanel& panel : kToggleablePanels)
    if (!layout[panel.id].visible) show.*panel.flag = false;
  RefreshThreadView(s.threads, s.current, s.previous, s.cached_step,
                    s.doc ? s.doc->log->thread_count() : 1);
  const trace::LoopState& st = ShownCurrent(s.threads, s.current);
  float t = s.playback.anim_t;
  s.hover_next = {};
  PrepareMotion(s);
  FillControls(s);
  s.controls.env = MakeEnv(s, layout, PanelId::kControls);
  DrawControlsPanel(st, s.controls, t);
  if (show.source)
    s.source.env = MakeEnv(s, layout, PanelId::kSource),
    DrawSourcePanel(SourceState(s.threads, s.current), s.source, t);
  if (show.console && !s.live.active)
    s.console.env = MakeEnv(s, layout, PanelId::kConsole), DrawConsolePanel(st, s.console, t);
  if (show.console && s.live.active)
    s.compare.env = MakeEnv(s, layout, PanelId::kConsole), FillCompare(s),
    DrawComparePanel(st, s.compare, t);
  if (show.stack)
    s.stack.env = MakeEnv(s, layout, PanelId::kStack), s.stack.threads = &s.threads,
    DrawCallStackPanel(st, s.stack, t);
  if (show.loop && s.doc && s.doc->usage.browser)
    s.loop.env = MakeEnv(s, layout, PanelId::kLoop), DrawBrowserLoopPanel(st, s.loop, t);
  else if (show.loop)
    s.loop.env = MakeEnv(s, layout, PanelId::kLoop), DrawLoopWheelPanel(st, s.loop, t);
  if (show.loop_code && layout[PanelId::kLoopCode].folded)
    DrawFoldedPanel(PanelId::kLoopCode, FoldedStripName(PanelId::kLoopCode),
                    MakeEnv(s, layout, PanelId::kLoopCode),
                    s.doc && !s.doc->usage.loop ? "— the program never enters the loop"
                                                : "— no room: opens in the ring's place",
                    s.doc && !s.doc->usage.loop ? "(unused)" : "(no room)");
  else if (show.loop_code)
    s.loop_code.env = MakeEnv(s, layout, PanelId::kLoopCode),
    s.loop_code.ring_replaced = layout.ring_replaced, DrawLoopCodePanel(st, s.loop_code, t);
  if (show.queues)
    s.queues.env = MakeEnv(s, layout, PanelId::kQueues), DrawQueuesPanel(st, s.queues, t);
  if (show.pool && layout[PanelId::kPool].folded)
    DrawFoldedPanel(PanelId::kPool, FoldedStripName(PanelId::kPool),
                    MakeEnv(s, layout, PanelId::kPool));
  else if (show.pool)
    s.pool.env = MakeEnv(s, layout, PanelId::kPool), DrawThreadPoolPanel(st, s.pool, t);
  if (show.pool && layout[PanelId::kOsIo].folded)
    DrawFoldedPanel(PanelId::kOsIo, FoldedStripName(PanelId::kOsIo),
                    MakeEnv(s, layout, PanelId::kOsIo));
  else if (show.pool)
    s.os_io.env = MakeEnv(s, layout, PanelId::kOsIo), DrawOsIoPanel(st, s.os_io, t);
  if (show.streams && layout[PanelId::kStreams].folded)
    DrawFoldedPanel(PanelId::kStreams, FoldedStripName(PanelId::kStreams),
                    MakeEnv(s, layout, PanelId::kStreams),
                    s.doc && s.doc->usage.streams ? "— no room beside the queues"
                                                  : "— the program makes no stream",
                    s.doc && s.doc->usage.streams ? "(no room)" : "(unused)");
  else if (show.streams)
    s.streams.env = MakeEnv(s, layout, PanelId::kStreams), DrawStreamsPanel(st, s.streams, t);
  if (std::optional<PanelEnv> what_if = WhatIfEnv(s, layout))
    s.what_if_panel = {*what_if, &s.what_if, s.what_if.runs.busy(), s.what_if.sweep_job.busy()},
    DrawWhatIfPanel(st, s.what_if_panel);
  if (layout[PanelId::kCaption].visible)
    s.caption.env = MakeEnv(s, layout, PanelId::kCaption), s.caption.step = s.playback.step,
    DrawStopCaptionPanel(s.caption);
  if (show.explanation && layout[PanelId::kExplanation].folded)
    DrawFoldedPanel(PanelId::kExplanation, FoldedStripName(PanelId::kExplanation),
                    MakeEnv(s, layout, PanelId::kExplanation), "— folded for the pool's room",
                    "(folded)");
  else if (show.explanation)
    s.explanation.env = MakeEnv(s, layout, PanelId::kExplanation),
    DrawExplanationPanel(st, s.explanation, t);
  if (show.timeline && layout[PanelId::kTimeline].folded) {
    // A browser run's frame and request lanes are there, folded only for room (run_usage.cpp),
    // as are a pool run's thread lanes where the pool's rows take their room (layout.h).
    const bool browser = s.doc && s.doc->usage.browser;
    const bool for_pool = s.doc && s.doc->usage.timeline && layout.pool_first;
    DrawFoldedPanel(PanelId::kTimeline, FoldedStripName(PanelId::kTimeline),
                    MakeEnv(s, layout, PanelId::kTimeline),
                    browser    ? "— folded for room: its frame and request lanes"
                    : for_pool ? "— folded for the pool's room"
                               : "— not used by this program",
                    browser || for_pool ? "(folded)" : "(unused)");
  } else if (show.timeline) {
    s.timeline.env = MakeEnv(s, layout, PanelId::kTimeline), DrawTimelinePanel(st, s.timeline, t);
  }
  if (s.doc && !s.browser.open) DrawFlights(s.motion, *s.doc->log, GetPalette(s.prefs.theme));
  DrawBrowser(s.browser, s.prefs, GetPalette(s.prefs.theme), s.commands);
  s.hover_last = s.hover_next;
  MeasureFrame(s, layout);
}

}  // namespace loopscope::app
