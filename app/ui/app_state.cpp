// app/ui/app_state.cpp — opening documents, applying UiCommands, keeping the cursor's states.
#include "app/ui/app_state.h"

#include <algorithm>

#include "app/ui/layout.h"
#include "app/ui/stop_nav.h"

namespace loopscope::app {
namespace {

void ApplyPlaybackCommand(AppState& s, const UiCommand& c) {
  if (!s.doc) return;
  const trace::StepLog& log = *s.doc->log;
  using K = UiCommand::Kind;
  switch (c.kind) {
    case K::kJumpTo:
      JumpTo(s.playback, log, c.step);
      break;
    case K::kStepForward:
      StepForward(s.playback, log);
      break;
    case K::kStepBack:
      StepBack(s.playback, log);
      break;
    case K::kNextStop:
      if (!s.stops_on || s.doc->stops.empty()) {
        StepForward(s.playback, log);
      } else if (std::optional<size_t> k = NextStop(s.doc->stops, s.playback.step)) {
        JumpTo(s.playback, log, s.doc->stops[*k].step);
      } else {
        JumpTo(s.playback, log, log.empty() ? 0 : log.size() - 1);
      }
      break;
    case K::kPrevStop:
      if (!s.stops_on || s.doc->stops.empty()) {
        StepBack(s.playback, log);
      } else {
        std::optional<size_t> k = PrevStop(s.doc->stops, s.playback.step);
        JumpTo(s.playback, log, k ? s.doc->stops[*k].step : 0);
      }
      break;
    case K::kTogglePlay:
      TogglePlay(s.playback, log);
      break;
    case K::kHome:
      JumpTo(s.playback, log, 0);
      break;
    case K::kEnd:
      JumpTo(s.playback, log, log.empty() ? 0 : log.size() - 1);
      break;
    default:
      break;
  }
}

void ApplyCommand(AppState& s, const UiCommand& c) {
  using K = UiCommand::Kind;
  switch (c.kind) {
    case K::kOpen:
      OpenDocument(s, c.path);
      break;
    case K::kReload: {
      if (!s.doc || s.doc->path.empty()) break;
      std::string path = s.doc->path;  // a copy: the load replaces the document that owns it
      RememberForReload(s);
      OpenDocument(s, path);
      break;
    }
    case K::kSetSpeed:
      s.playback.speed = s.prefs.play_speed = std::clamp(c.number, kMinSpeed, kMaxSpeed);
      break;
    case K::kSetGranularity:
      s.prefs.granularity =
          static_cast<int>(std::min<size_t>(c.step, static_cast<size_t>(kGranularityCount - 1)));
      s.playback.granularity = static_cast<Granularity>(s.prefs.granularity);
      break;
    case K::kSetTheme:
      s.prefs.theme = c.step ? ThemeKind::kDark : ThemeKind::kLight;
      break;
    case K::kSetFontSize:
      s.wanted_font_size = std::clamp(c.number, kMinFontSize, kMaxFontSize);
      break;
    case K::kToggleFullscreen:
      s.wanted_fullscreen_toggle = true;
      break;
    case K::kToggleStops:
      s.stops_on = !s.stops_on;
      break;
    case K::kShowBrowser:
      s.browser.open = true;
      break;
    case K::kTogglePanel:
      TogglePanel(s.prefs.panels, static_cast<PanelId>(c.step));
      break;
    case K::kQuit:
      s.wanted_quit = true;
      break;
    case K::kNextThread:
      if (s.doc) s.threads.chosen = NextThreadChoice(s.threads.chosen, s.doc->log->thread_count());
      break;
    case K::kUnfoldPanel:
      if (c.step < s.unfolded.size()) s.unfolded[c.step] = true;
      // The ring and the loop pseudocode take turns where the column has no room for both
      // (layout.h): reopening the ring folds the pseudocode again.
      if (c.step == static_cast<size_t>(PanelId::kLoop))
        s.unfolded[static_cast<size_t>(PanelId::kLoopCode)] = false;
      break;
    case K::kRunLive:
      StartLiveRun(s);
      break;
    case K::kCancelLive:
      CancelLiveRun(s);
      break;
    case K::kCancelLoad:
      s.loads.Forget();
      s.reload = {};  // a reload that never lands keeps nothing
      break;
    case K::kShowRun:
      SwitchRun(s, c.step == 1);
      break;
    case K::kCloseComparison:
      CloseComparison(s);
      break;
    case K::kCompareHosts:
      StartTwoWayComparison(s, TwoWays::kHosts);
      break;
    case K::kCompareModules:
      StartTwoWayComparison(s, TwoWays::kModules);
      break;
    case K::kToggleWhatIf:
      s.what_if.open = !s.what_if.open;
      break;
    case K::kRunWhatIf:
      StartWhatIfRun(s);
      break;
    case K::kResetWhatIf:
      ClearWhatIfRun(s);
      break;
    case K::kSweepPools:
      StartSweep(s);
      break;
    case K::kShowWhatIfChart:
      s.what_if.show_chart = c.step == 1;
      break;
    default:
      ApplyPlaybackCommand(s, c);
      break;
  }
}

void FinishLoad(AppState& state, const std::string& path, LoadOutcome outcome) {
  if (!outcome.doc) {
    state.reload = {};
    state.browser.errors = std::move(outcome.errors);
    state.browser.open = true;  // the errors are shown there; the old document stays
    return;
  }
  state.browser.errors.clear();
  state.browser.open = false;
  NoteRecentFile(state.prefs, path);
  CancelLiveRun(state);
  CloseComparison(state);
  SetDocument(state, std::move(outcome.doc), 0);
  RestoreAfterReload(state, path);
  if (outcome.errors.empty()) return;
  // A program that does not compile: its source is shown with the error marked, and the
  // errors are listed in the browser too.
  JumpTo(state.playback, *state.doc->log, state.doc->step_count());
  RefreshStates(state);
  state.browser.errors = std::move(outcome.errors);
  state.browser.open = true;
}

}  // namespace

void SetDocument(AppState& state, std::unique_ptr<Document> doc, size_t step) {
  state.doc = std::move(doc);
  state.playback.step = 0;
  state.playback.playing = false;
  state.playback.anim_t = 1.0f;
  state.cached_step = trace::LoopState::kNoStep;
  state.timeline.view_span_ns = 0;  // fit the new run
  state.console = ConsolePanelState{.predict_mode = state.doc && state.doc->predict_first};
  if (state.doc) JumpTo(state.playback, *state.doc->log, step);
  state.playback.anim_t = 1.0f;
  RefreshStates(state);
  ResetWhatIf(state);  // the sliders start from the new machine; a sweep scenario sweeps
}

void OpenDocument(AppState& state, const std::string& path) {
  if (!state.loader) return;
  if (state.load_in_background) return state.loads.Start(state.loader, path);
  LoadControl control;
  FinishLoad(state, path, state.loader(path, &control));
}

void CollectBackgroundLoad(AppState& state) {
  if (std::optional<FinishedLoad> done = state.loads.TakeFinished())
    FinishLoad(state, done->path, std::move(done->outcome));
}

void ApplyCommands(AppState& state) {
  // Commands may post nothing new, but take the queue first so an Open can't invalidate it.
  UiCommandQueue commands;
  commands.swap(state.commands);
  for (const UiCommand& c : commands) ApplyCommand(state, c);
  PollLiveRun(state);
  PollWhatIf(state);
}

void RefreshStates(AppState& state) {
  if (!state.doc || state.doc->log->empty()) {
    state.current = state.previous = trace::LoopState{};
    state.cached_step = state.threads.step = trace::LoopState::kNoStep;
    return;
  }
  size_t step = state.playback.step;
  if (step == state.cached_step) return;
  state.threads.step = trace::LoopState::kNoStep;  // the thread views are stale now
  const trace::StepLog& log = *state.doc->log;
  size_t from = state.cached_step;
  if (from != trace::LoopState::kNoStep && step > from && step - from <= kMaxReplayedMove) {
    // Moving forward: the motion starts from what was on screen, however many events the
    // move covers (a statement or callback step), so a callback's trip from its queue to
    // the call stack shows even when the player skips the events in between.
    state.previous = std::move(state.current);
    state.current = state.previous;
    for (size_t i = from + 1; i < step; ++i) trace::ApplyEvent(state.current, log[i], i);
  } else if (from != trace::LoopState::kNoStep && step < from) {
    // Moving back: the motion also starts from what was on screen, so a back step animates
    // like a forward one (frames leave, cards return to their queues).
    state.previous = std::move(state.current);
    state.current = step > 0 ? state.doc->checkpoints->StateAt(step - 1) : trace::LoopState{};
  } else {
    state.previous = step > 0 ? state.doc->checkpoints->StateAt(step - 1) : trace::LoopState{};
    state.current = state.previous;
  }
  trace::Apply(state.current, log, step);
  state.cached_step = step;
}

}  // namespace loopscope::app
