// app/ui/motion_overlay.h — draws the cards in flight (motion.h) above every panel, once the
// panels have recorded where each flight starts and lands.
#pragma once

#include "app/ui/motion.h"
#include "app/ui/theme.h"
#include "engine/trace/step_log.h"

namespace loopscope::app {

// Draws nothing once the motion has finished (progress 1) or when an anchor is missing.
void DrawFlights(const Motion& motion, const trace::StepLog& log, const Palette& palette);

}  // namespace loopscope::app
