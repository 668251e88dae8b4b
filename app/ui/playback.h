// app/ui/playback.h — the cursor over the step log: current step, play/pause, speed,
// granularity, and the animation progress between step i-1 and step i.
//
// Pure logic with no ImGui calls, so tests drive it with synthetic logs. The controls panel
// and the keyboard (Space, Left/Right, Home/End) call these functions; frame.cpp calls
// Tick() once per frame with the elapsed real time.
#pragma once

#include <cstddef>
#include <string_view>

#include "engine/trace/navigation.h"
#include "engine/trace/step_log.h"

namespace loopscope::app {

// How far one "step" moves: engine/trace/navigation.h's table (event, statement, callback,
// phase, console line), shared with the engine so the UI and the tests agree.
using trace::Granularity;
using trace::kGranularityCount;

struct Playback {
  size_t step = 0;  // index of the event the panels show
  bool playing = false;
  float speed = 2.0f;  // steps per second while playing
  Granularity granularity = Granularity::kStatement;
  float anim_t = 1.0f;  // 0 just after moving, 1 when the move has finished animating
  double play_accumulator = 0;
};

inline constexpr float kMinSpeed = 0.25f;
inline constexpr float kMaxSpeed = 200.0f;
inline constexpr float kAnimationSeconds = 0.35f;

void StepForward(Playback& p, const trace::StepLog& log);
void StepBack(Playback& p, const trace::StepLog& log);
// Jumps to `step` (clamped to the log); the move animates only when it is one step away.
void JumpTo(Playback& p, const trace::StepLog& log, size_t step);
void TogglePlay(Playback& p, const trace::StepLog& log);
// Advances animation and, while playing, the step; stops playing at the last step.
void Tick(Playback& p, const trace::StepLog& log, double dt_seconds);

}  // namespace loopscope::app
