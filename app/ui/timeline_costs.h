// app/ui/timeline_costs.h — the labels of Node's simulated one-off costs on the timeline's
// main lane (the first console.log building process.stdout, the first timer's set-up): an
// outlined band with its name, and a tooltip naming the cost and how long it took, so the
// time it takes is not read as the program's own. The spans come from TimelineModel::costs.
// A browser run's long tasks are labelled the same way, with their length.
#pragma once

#include <imgui.h>

#include "app/ui/theme.h"
#include "app/ui/timeline_model.h"

namespace loopscope::app {

// The visible time window of the timeline: `span_ns` from `start_ns`, drawn over `width`
// pixels from `x0`.
struct TimelineWindow {
  double start_ns, span_ns;
  float x0, width;
};

void DrawSimulatedCosts(ImDrawList* draw, const TimelineModel& model, const trace::StepLog& log,
                        const TimelineWindow& w, float y, float h, const Palette& palette);

// A browser run's long tasks (TimelineModel::long_tasks) the same way: an outlined band
// labelled "long task 180 ms", and a tooltip saying what it held up.
void DrawLongTasks(ImDrawList* draw, const TimelineModel& model, const TimelineWindow& w, float y,
                   float h, const Palette& palette);

}  // namespace loopscope::app
