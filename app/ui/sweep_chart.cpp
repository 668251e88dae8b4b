// app/ui/sweep_chart.cpp — throughput against pool size, drawn with ImGui's draw list: a
// line through one point per pool size, each labelled with its value, the x axis at pool
// sizes 1..8 and a dashed line where the pool reaches the machine's cores (past it, the
// line goes flat). The numbers are the model's own (engine/node/pool_sweep.h).
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <string>

#include "app/ui/panel_common.h"
#include "app/ui/panel_what_if.h"

namespace loopscope::app {
namespace {

// "3967", "26.7", "0": whole numbers once they are large.
std::string Rate(double per_second) {
  char buf[32];
  bool whole = per_second >= 100 || per_second == std::floor(per_second);
  std::snprintf(buf, sizeof buf, whole ? "%.0f" : "%.1f", per_second);
  return buf;
}

// A round number at or above `value` (1, 2, 5 times a power of ten) for the y axis's top.
double NiceCeiling(double value) {
  if (value <= 0) return 1;
  double power = std::pow(10.0, std::floor(std::log10(value)));
  for (double m : {1.0, 2.0, 5.0, 10.0})
    if (m * power >= value) return m * power;
  return 10 * power;
}

void DashedVertical(ImDrawList* draw, float x, float top, float bottom, ImU32 colour) {
  const float dash = 6;
  for (float y = top; y < bottom; y += dash * 2)
    draw->AddLine(ImVec2(x, y), ImVec2(x, std::min(y + dash, bottom)), colour, 1.5f);
}

}  // namespace

void DrawSweepChart(const PanelEnv& env, const std::vector<SweepPoint>& points, int cores,
                    ImVec2 size) {
  ImDrawList* draw = ImGui::GetWindowDrawList();
  const Palette& p = *env.palette;
  const float font = ImGui::GetFontSize();
  ImVec2 origin = ImGui::GetCursorScreenPos();
  size.y = std::max(size.y, font * 5);
  double top = 0;
  for (const SweepPoint& pt : points) top = std::max(top, pt.per_second);
  top = NiceCeiling(top * 1.15);  // headroom for the value labels
  // Plot area: the y labels on the left, the pool sizes under it (the caption is the panel's
  // status line, kSweepCaption).
  float left = ImGui::CalcTextSize(Rate(top).c_str()).x + font * 0.6f;
  ImVec2 a(origin.x + left, origin.y + font * 0.5f);
  ImVec2 b(origin.x + size.x - font, origin.y + size.y - font * 1.4f);
  draw->AddRect(a, b, p.panel_border);
  for (double v : {0.0, top / 2, top}) {
    float y = b.y - static_cast<float>(v / top) * (b.y - a.y);
    std::string label = Rate(v);
    draw->AddText(ImVec2(a.x - ImGui::CalcTextSize(label.c_str()).x - font * 0.3f, y - font / 2),
                  p.text_dim, label.c_str());
    if (v > 0) draw->AddLine(ImVec2(a.x, y), ImVec2(b.x, y), p.panel_border);
  }
  auto x_of = [&](int pool) {
    return a.x + (static_cast<float>(pool) - 0.5f) / kSweepMaxPool * (b.x - a.x);
  };
  for (int pool = 1; pool <= kSweepMaxPool; ++pool) {
    std::string label = std::to_string(pool);
    draw->AddText(ImVec2(x_of(pool) - ImGui::CalcTextSize(label.c_str()).x / 2, b.y + font * 0.2f),
                  p.text_dim, label.c_str());
  }
  if (cores >= 1 && cores <= kSweepMaxPool) {
    // The dashed line at the core count, named after its pool size on the x axis when the
    // gap to the next size leaves room (the tooltip says it otherwise).
    float x = x_of(cores);
    DashedVertical(draw, x, a.y, b.y, p.text_dim);
    std::string tick = std::to_string(cores);
    float after = x + ImGui::CalcTextSize(tick.c_str()).x / 2 + font * 0.25f;
    const char* word = cores == 1 ? "core" : "cores";
    float room = (cores < kSweepMaxPool ? x_of(cores + 1) - font * 0.5f : b.x) - after;
    if (ImGui::CalcTextSize(word).x <= room)
      draw->AddText(ImVec2(after, b.y + font * 0.2f), p.text_dim, word);
  }
  ImVec2 previous;
  for (size_t i = 0; i < points.size(); ++i) {
    const SweepPoint& pt = points[i];
    ImVec2 at(x_of(pt.pool_size), b.y - static_cast<float>(pt.per_second / top) * (b.y - a.y));
    if (i > 0) draw->AddLine(previous, at, p.accent, 3);
    draw->AddCircleFilled(at, font * 0.25f, p.accent);
    // Above the point in the lower half of the plot, below it in the upper half: the label
    // stays inside the plot and off the line, which rises and then runs flat along the top.
    // A flat stretch is labelled at its two ends only: the same number repeated says less.
    std::string label = Rate(pt.per_second);
    bool repeats = i > 0 && i + 1 < points.size() && Rate(points[i - 1].per_second) == label &&
                   Rate(points[i + 1].per_second) == label;
    float label_y = at.y < (a.y + b.y) / 2 ? at.y + font * 0.3f : at.y - font * 1.2f;
    if (!repeats)
      draw->AddText(ImVec2(at.x - ImGui::CalcTextSize(label.c_str()).x / 2, label_y), p.text,
                    label.c_str());
    previous = at;
  }
  ImGui::Dummy(size);
  if (ImGui::IsItemHovered())
    ImGui::SetTooltip(
        "The same program simulated with pools of 1 to %d threads (x) on %d cores.\n"
        "CPU-bound jobs speed up with each thread until threads reach the cores;\n"
        "past that, threads only share the cores.",
        kSweepMaxPool, cores);
}

}  // namespace loopscope::app
