// app/ui/thread_view.h — which JavaScript thread the panels show (worker_threads).
//
// A run with workers records every thread's loop in one log (engine/trace/step_log.h,
// kThread markers); the LoopState at a step holds every thread's state. The panels draw one
// thread: by default the one the current step ran on ("follow"), or the one the user chose
// with the selector in the call stack panel or the T key. Stepping still follows the log's
// global order; only what is drawn changes. The views are cached per step and thread, so a
// frame copies no state unless the shown thread is not the step's own.
// Where to look next: trace::ThreadView (loop_state.h), frame.cpp (who reads the views).
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>

#include "engine/trace/loop_state.h"

namespace loopscope::app {

struct ThreadSelection {
  static constexpr int kFollow = -1;
  int chosen = kFollow;  // kFollow, or a thread id (0 = main)
  uint32_t shown = 0;    // the thread the panels show this frame
  // The views, when the shown thread is not the one of the step (`active`).
  bool active = false;
  size_t step = trace::LoopState::kNoStep;
  trace::LoopState current, previous;
  // The main thread's view when the step is a worker's (`main_view`): the Source panel shows
  // the main program, whose lines a worker's statements do not refer to.
  bool main_view = false;
  trace::LoopState main;
};

// "main thread", "worker 1", …
std::string ThreadName(uint32_t thread);
// The next choice in the cycle follow → main → worker 1 → … → follow (the T key).
int NextThreadChoice(int chosen, uint32_t thread_count);
// Brings the views up to date with the states at the cursor (once per step and choice; the
// app's RefreshStates sets `step` to kNoStep whenever the states change). A choice past the
// run's `thread_count` (another document) follows the step.
void RefreshThreadView(ThreadSelection& sel, const trace::LoopState& current,
                       const trace::LoopState& previous, size_t step, uint32_t thread_count);
inline const trace::LoopState& ShownCurrent(const ThreadSelection& sel,
                                            const trace::LoopState& current) {
  return sel.active ? sel.current : current;
}
inline const trace::LoopState& ShownPrevious(const ThreadSelection& sel,
                                             const trace::LoopState& previous) {
  return sel.active ? sel.previous : previous;
}
// What the Source panel draws: the shown thread's state when it is the main thread, else the
// main thread's (a worker's source is not in the log; its lines would mark the wrong file).
inline const trace::LoopState& SourceState(const ThreadSelection& sel,
                                           const trace::LoopState& current) {
  if (sel.shown != 0) return sel.main_view ? sel.main : current;
  return ShownCurrent(sel, current);
}
// The selector row at the top of the call stack panel: a combo of follow / main / workers.
// Draws nothing for a run with one thread. Posts nothing: the choice is a view setting.
void DrawThreadSelector(ThreadSelection& sel, uint32_t thread_count);

}  // namespace loopscope::app
