// app/ui/timeline_costs.cpp — see timeline_costs.h. Costs are few (one per kind of set-up),
// so they are drawn without culling.
#include "app/ui/timeline_costs.h"

#include <algorithm>
#include <string>

#include "engine/trace/explain.h"

namespace loopscope::app {

void DrawSimulatedCosts(ImDrawList* draw, const TimelineModel& model, const trace::StepLog& log,
                        const TimelineWindow& w, float y, float h, const Palette& palette) {
  const auto x_of = [&](int64_t ns) {
    return w.x0 + static_cast<float>((static_cast<double>(ns) - w.start_ns) / w.span_ns) * w.width;
  };
  const ImVec2 mouse = ImGui::GetIO().MousePos;
  for (const TimelineSpan& cost : model.costs) {
    float a = std::max(w.x0, x_of(cost.start_ns));
    float b = std::min(w.x0 + w.width, std::max(a + 2.0f, x_of(cost.end_ns)));
    if (b <= w.x0 || a >= w.x0 + w.width) continue;
    draw->AddRectFilled(ImVec2(a, y), ImVec2(b, y + h), palette.card);
    draw->AddRect(ImVec2(a, y), ImVec2(b, y + h), palette.text_dim);
    std::string what(log.Text(cost.label).substr(trace::kSimulatedCostPrefix.size()));
    std::string label = "simulated: " + what;
    draw->PushClipRect(ImVec2(a + 2, y), ImVec2(b - 2, y + h), true);
    // The band is shorter than a line of text: the label shrinks to fit it.
    const float size = std::min(ImGui::GetFontSize(), h - 2.0f);
    draw->AddText(ImGui::GetFont(), size, ImVec2(a + 4, y + (h - size) / 2), palette.text_dim,
                  label.c_str());
    draw->PopClipRect();
    if (mouse.x >= a && mouse.x <= b && mouse.y >= y && mouse.y <= y + h)
      ImGui::SetTooltip(
          "Simulated cost, %s: %s.\nLoopscope models this one-off work of Node's "
          "own; no JavaScript runs meanwhile.",
          trace::FormatMs(cost.end_ns - cost.start_ns).c_str(), what.c_str());
  }
}

}  // namespace loopscope::app
