// app/ui/motion_overlay.cpp — flying cards on the foreground draw list.
#include "app/ui/motion_overlay.h"

#include "app/ui/panel_common.h"
#include "engine/trace/vocabulary.h"

namespace loopscope::app {
namespace {

// A card leaving a source line starts on the line, as tall as where it lands.
Box LineStart(const Box& line, const Box& target) {
  float y = (line.min.y + line.max.y - target.Height()) * 0.5f;
  return {ImVec2(line.min.x, y),
          ImVec2(line.min.x + std::min(target.Width(), line.Width()), y + target.Height())};
}

}  // namespace

void DrawFlights(const Motion& motion, const trace::StepLog& log, const Palette& palette) {
  if (!motion.Active()) return;
  ImDrawList* draw = ImGui::GetForegroundDrawList();
  PanelEnv env;
  env.palette = &palette;
  for (const Flight& f : motion.flights) {
    auto target = motion.anchors.targets.find(f.item);
    if (target == motion.anchors.targets.end()) continue;
    Box from;
    if (f.origin == FlightOrigin::kSourceLine) {
      auto line = motion.anchors.lines.find(f.line);
      if (line == motion.anchors.lines.end()) continue;
      from = LineStart(line->second, target->second);
    } else {
      auto slot = motion.anchors.origins.find(f.item);
      if (slot == motion.anchors.origins.end()) continue;
      from = slot->second;
    }
    Box at = FlightBox(from, target->second, motion.t);
    ImU32 tab =
        VocabColour(f.target == FlightTarget::kOsIo ? trace::PhaseColour(trace::Phase::kPoll)
                                                    : trace::QueueColour(f.queue));
    // Lifting off: the card fades in over the first fifth of the trip.
    DrawChip(draw, env, at.min, ImVec2(at.Width(), at.Height()), log.Text(f.label),
             {tab, true, std::min(1.0f, 0.3f + motion.t * 3.5f)});
  }
}

}  // namespace loopscope::app
