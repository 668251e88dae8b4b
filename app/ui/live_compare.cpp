// app/ui/live_compare.cpp — see live_compare.h.
#include "app/ui/live_compare.h"

#include <utility>

#include "app/ui/app_state.h"

namespace loopscope::app {

void StartLiveRun(AppState& state) {
  LiveComparison& live = state.live;
  live.errors.clear();
  if (!state.doc || state.doc->path.empty()) {
    live.errors.push_back("open a scenario first: a live run needs its file");
    return;
  }
  if (!live.runner) {
    live.errors.push_back("live runs are not available here");
    return;
  }
  const Document& simulated = live.viewing_live ? *live.other : *state.doc;
  std::string title = simulated.title;
  live.runner->Start(simulated.path, title);
}

void CancelLiveRun(AppState& state) {
  if (state.live.runner) state.live.runner->Cancel();
  if (state.live.runner) state.live.runner->Take();
}

void PollLiveRun(AppState& state) {
  if (!state.live.runner) return;
  std::optional<LiveRunOutcome> outcome = state.live.runner->Take();
  if (!outcome) return;
  if (!outcome->doc) {
    state.live.errors = std::move(outcome->errors);
    return;
  }
  InstallComparison(state, std::move(outcome->doc));
}

void InstallComparison(AppState& state, std::unique_ptr<Document> live_doc) {
  if (!state.doc || !live_doc) return;
  if (state.live.viewing_live) SwitchRun(state, false);
  LiveComparison& live = state.live;
  live.errors.clear();
  live.other = std::move(live_doc);
  live.active = true;
  live.labels = {};  // a simulated and a live run unless the caller names them
  live.divergence = trace::FirstDivergence(*state.doc->log, *live.other->log);
}

void SwitchRun(AppState& state, bool to_live) {
  LiveComparison& live = state.live;
  if (!live.active || !live.other || !state.doc || live.viewing_live == to_live) return;
  size_t step = trace::CorrespondingEvent(*state.doc->log, state.playback.step, *live.other->log);
  std::swap(state.doc, live.other);
  live.viewing_live = to_live;
  state.playback.playing = false;
  state.playback.anim_t = 1.0f;
  state.cached_step = trace::LoopState::kNoStep;
  state.timeline.view_span_ns = 0;  // the other run has its own time span
  JumpTo(state.playback, *state.doc->log, step);
  state.playback.anim_t = 1.0f;
  RefreshStates(state);
}

void CloseComparison(AppState& state) {
  if (state.live.viewing_live) SwitchRun(state, false);
  state.live.other.reset();
  state.live.active = false;
  state.live.divergence.reset();
  state.live.labels = {};
}

std::optional<size_t> DivergenceStepOnScreen(const AppState& state) {
  const LiveComparison& live = state.live;
  if (!live.active || !live.divergence || !state.doc) return std::nullopt;
  size_t step = live.viewing_live ? live.divergence->event_b : live.divergence->event_a;
  if (state.doc->log->empty()) return std::nullopt;
  return std::min(step, state.doc->log->size() - 1);
}

}  // namespace loopscope::app
