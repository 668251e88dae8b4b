// app/ui/timeline_costs.cpp — see timeline_costs.h. Costs are few (one per kind of set-up),
// so they are drawn without culling; long tasks are culled to the visible window.
#include "app/ui/timeline_costs.h"

#include <algorithm>
#include <cfloat>
#include <string>

#include "engine/trace/explain.h"

namespace loopscope::app {
namespace {

// An outlined band from `a` to `b` with `label` in it, shrunk to the band's height; `filled`
// hides what is under it (a cost runs no JavaScript; a long task's callbacks stay visible).
void DrawLabelledBand(ImDrawList* draw, float a, float b, float y, float h,
                      const std::string& label, bool filled, const Palette& palette) {
  if (filled) draw->AddRectFilled(ImVec2(a, y), ImVec2(b, y + h), palette.card);
  draw->AddRect(ImVec2(a, y), ImVec2(b, y + h), palette.text_dim);
  draw->PushClipRect(ImVec2(a + 2, y), ImVec2(b - 2, y + h), true);
  // The band is shorter than a line of text: the label shrinks to fit it.
  const float size = std::min(ImGui::GetFontSize(), h - 2.0f);
  // Unfilled, the label gets a background of its own to stay readable over the spans.
  if (!filled) {
    const ImVec2 text = ImGui::GetFont()->CalcTextSizeA(size, FLT_MAX, 0, label.c_str());
    draw->AddRectFilled(ImVec2(a + 2, y + 1), ImVec2(a + 6 + text.x, y + h - 1), palette.card);
  }
  draw->AddText(ImGui::GetFont(), size, ImVec2(a + 4, y + (h - size) / 2), palette.text_dim,
                label.c_str());
  draw->PopClipRect();
}

}  // namespace

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
    std::string what(log.Text(cost.label).substr(trace::kSimulatedCostPrefix.size()));
    DrawLabelledBand(draw, a, b, y, h, "simulated: " + what, true, palette);
    if (mouse.x >= a && mouse.x <= b && mouse.y >= y && mouse.y <= y + h)
      ImGui::SetTooltip(
          "Simulated cost, %s: %s.\nLoopscope models this one-off work of Node's "
          "own; no JavaScript runs meanwhile.",
          trace::FormatMs(cost.end_ns - cost.start_ns).c_str(), what.c_str());
  }
}

void DrawLongTasks(ImDrawList* draw, const TimelineModel& model, const TimelineWindow& w, float y,
                   float h, const Palette& palette) {
  const auto x_of = [&](int64_t ns) {
    return w.x0 + static_cast<float>((static_cast<double>(ns) - w.start_ns) / w.span_ns) * w.width;
  };
  const ImVec2 mouse = ImGui::GetIO().MousePos;
  // Long tasks can be many (a page that blocks in a loop): draw the visible ones only.
  const auto start = static_cast<int64_t>(w.start_ns);
  for (size_t i = FirstVisibleSpan(model.long_tasks, start); i < model.long_tasks.size(); ++i) {
    const TimelineSpan& task = model.long_tasks[i];
    float a = std::max(w.x0, x_of(task.start_ns));
    if (a >= w.x0 + w.width) break;
    float b = std::min(w.x0 + w.width, std::max(a + 2.0f, x_of(task.end_ns)));
    const std::string length = trace::FormatMs(task.end_ns - task.start_ns);
    DrawLabelledBand(draw, a, b, y, h, "long task " + length, false, palette);
    if (mouse.x >= a && mouse.x <= b && mouse.y >= y && mouse.y <= y + h)
      ImGui::SetTooltip(
          "A long task: %s on the main thread (50 ms or more, the Long Tasks API's "
          "threshold).\nNo other task, no microtask checkpoint and no rendering could run "
          "meanwhile.",
          length.c_str());
  }
}

}  // namespace loopscope::app
