// app/ui/panel_what_if.h — the What if panel: sliders for the machine the program runs on,
// then either the original and the what-if run side by side (timeline strips and consoles,
// the first difference marked) or the pool-size sweep chart. Drawn in the place of the Why
// and timeline panels while open (frame.cpp); what_if.h holds the runs.
#pragma once

#include <vector>

#include "app/ui/panels.h"
#include "app/ui/what_if.h"

namespace loopscope::app {

struct WhatIfPanelState {
  PanelEnv env;  // env.doc: the original run
  // The sliders write here (the panel's own input, like the console's prediction text); a
  // released slider posts kRunWhatIf. Everything else is read only.
  WhatIfState* what_if = nullptr;
  bool running = false;  // a what-if run is being simulated
  bool sweeping = false;
  int clipped_labels = 0;  // slider captions wider than their room this frame (tests)
};

void DrawWhatIfPanel(const trace::LoopState& state, WhatIfPanelState& panel);

// The parts, each in its own file.
// Both runs on one time axis (`now_ns`, the time on screen, marked on the original's strip),
// then both consoles (what_if_compare.cpp).
void DrawWhatIfComparison(const PanelEnv& env, const WhatIfState& what_if, int64_t now_ns);
// Throughput against pool size, `cores` marked (sweep_chart.cpp). Fills `size`; the caption
// goes above it.
inline constexpr const char* kSweepCaption = "pool jobs finished per second of virtual time";
void DrawSweepChart(const PanelEnv& env, const std::vector<SweepPoint>& points, int cores,
                    ImVec2 size);

}  // namespace loopscope::app
