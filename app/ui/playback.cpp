// app/ui/playback.cpp — stepping at a granularity, playing, and the animation clock.
//
// Where a step lands comes from engine/trace/navigation.h; this file adds the timing: the
// animation between two steps and the steps taken while playing.
#include "app/ui/playback.h"

#include <algorithm>

namespace loopscope::app {
void JumpTo(Playback& p, const trace::StepLog& log, size_t step) {
  size_t target = log.empty() ? 0 : std::min(step, log.size() - 1);
  const size_t distance = target > p.step ? target - p.step : p.step - target;
  p.anim_t = distance == 1 ? 0.0f : 1.0f;  // one step either way animates, as the arrows do
  p.step = target;
}

void StepForward(Playback& p, const trace::StepLog& log) {
  if (log.empty()) return;
  size_t next = trace::NextStep(log, p.step, p.granularity);
  // Nothing further at this granularity: move to the last event so the end is reachable.
  if (next == p.step) next = log.size() - 1;
  p.anim_t = next != p.step ? 0.0f : 1.0f;  // a granularity step animates its last event
  p.step = next;
}

void StepBack(Playback& p, const trace::StepLog& log) {
  if (log.empty()) return;
  size_t prev = trace::PrevStep(log, p.step, p.granularity);
  const size_t target = prev == p.step ? 0 : prev;  // nothing earlier: the start
  p.anim_t = target != p.step ? 0.0f : 1.0f;        // animates like a forward step
  p.step = target;
}

void TogglePlay(Playback& p, const trace::StepLog& log) {
  // Pressing play at the end starts over, the way media players do.
  if (!p.playing && !log.empty() && p.step + 1 >= log.size()) p.step = 0;
  p.playing = !p.playing;
  p.play_accumulator = 0;
}

void Tick(Playback& p, const trace::StepLog& log, double dt_seconds) {
  float anim_speed = std::max(1.0f / kAnimationSeconds, p.playing ? p.speed : 0.0f);
  p.anim_t = std::min(1.0f, p.anim_t + static_cast<float>(dt_seconds) * anim_speed);
  if (!p.playing) return;
  p.play_accumulator += dt_seconds * std::clamp(p.speed, kMinSpeed, kMaxSpeed);
  // Fast playback takes several steps per frame; bound the work per frame.
  for (int moves = 0; p.play_accumulator >= 1.0 && moves < 64; ++moves) {
    p.play_accumulator -= 1.0;
    if (log.empty() || p.step + 1 >= log.size()) {
      p.playing = false;
      return;
    }
    StepForward(p, log);
  }
  if (p.play_accumulator > 1.0) p.play_accumulator = 0;  // dropped moves do not pile up
}

}  // namespace loopscope::app
