// app/ui/reload_keep.h — what a reload carries over from the run it replaces.
//
// Editing a scenario while a class watches reloads it (file_watch.h, Ctrl+R): the new run
// opens at the same step index when the new log has it (else at its last step), and the
// prediction typed in the console stays, so a teacher can fix a typo in the program without
// losing the place or the class's guess. Opening another file starts fresh.
#pragma once

#include <cstddef>
#include <string>

namespace loopscope::app {

struct AppState;

struct ReloadKeep {
  bool pending = false;  // a reload of `path` is loading
  std::string path;
  size_t step = 0;
  bool predict_mode = false;
  std::string prediction;
};

// Notes what the open document shows before it is reloaded from its file.
void RememberForReload(AppState& state);
// Called once the load of `path` produced a document: when it was the reload remembered,
// moves to the remembered step (clamped to the new run) and restores the prediction.
void RestoreAfterReload(AppState& state, const std::string& path);

}  // namespace loopscope::app
