// app/ui/reload_keep.cpp — carrying the step and the prediction across a reload.
#include "app/ui/reload_keep.h"

#include <utility>

#include "app/ui/app_state.h"

namespace loopscope::app {

void RememberForReload(AppState& state) {
  if (!state.doc) return;
  state.reload = {.pending = true,
                  .path = state.doc->path,
                  .step = state.playback.step,
                  .predict_mode = state.console.predict_mode,
                  .prediction = state.console.prediction};
}

void RestoreAfterReload(AppState& state, const std::string& path) {
  ReloadKeep keep = std::exchange(state.reload, {});
  if (!keep.pending || keep.path != path || !state.doc) return;
  JumpTo(state.playback, *state.doc->log, keep.step);  // clamps to the new run's last step
  state.playback.anim_t = 1.0f;
  RefreshStates(state);
  state.console.predict_mode = keep.predict_mode;
  state.console.prediction = std::move(keep.prediction);
}

}  // namespace loopscope::app
