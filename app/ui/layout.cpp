// app/ui/layout.cpp — the tiling arithmetic behind layout.h.
#include "app/ui/layout.h"

#include <algorithm>
#include <vector>

namespace loopscope::app {
namespace {

struct Slot {
  PanelId id;
  bool shown;
  float weight;
};

// Stacks the shown slots of one column from `top` down, sharing `height` by weight.
void FillColumn(Layout& layout, const std::vector<Slot>& slots, float x, float w, float top,
                float height, float gap) {
  float total = 0;
  int shown = 0;
  for (const Slot& s : slots)
    if (s.shown) total += s.weight, ++shown;
  if (shown == 0) return;
  float usable = height - gap * static_cast<float>(shown - 1);
  float y = top;
  for (const Slot& s : slots) {
    if (!s.shown) continue;
    float h = usable * s.weight / total;
    layout[s.id] = {ImVec2(x, y), ImVec2(w, h), true};
    y += h + gap;
  }
}

}  // namespace

Layout ComputeLayout(ImVec2 display, float font_size, const PanelVisibility& show,
                     int timeline_lanes) {
  Layout layout;
  float gap = std::max(4.0f, font_size * 0.3f);
  float w = display.x - 2 * gap;
  float controls_h = font_size * 5.0f;  // title row and transport row, no title bar
  // Projector font sizes must not squeeze the middle row away: the strips below it give up
  // height first (they scroll) so the panels in the middle keep most of the window. The
  // timeline needs its title, a line of text per lane and the time range below them.
  float bottom_band = std::min(font_size * 15.0f, display.y * 0.31f);
  float timeline_cap = std::min(font_size * 9.0f, display.y * 0.17f);
  float lanes_h = font_size * (3.7f + 1.2f * static_cast<float>(std::max(timeline_lanes, 1)));
  float timeline_h =
      show.timeline ? std::min(std::max(lanes_h, font_size * 4.5f), timeline_cap) : 0;
  float explanation_h = !show.explanation ? 0
                        : show.timeline   ? bottom_band - timeline_h
                                          : std::min(font_size * 6.5f, display.y * 0.16f);
  float y = gap;
  layout[PanelId::kControls] = {ImVec2(gap, y), ImVec2(w, controls_h), true};
  y += controls_h + gap;
  float bottom = display.y - gap - (timeline_h > 0 ? timeline_h + gap : 0) -
                 (explanation_h > 0 ? explanation_h + gap : 0);
  float middle_h = std::max(font_size * 6, bottom - y);
  float left_w = w * 0.33f, centre_w = w * 0.30f, right_w = w - left_w - centre_w - 2 * gap;
  float x = gap;
  FillColumn(layout,
             {{PanelId::kSource, show.source, 0.6f}, {PanelId::kConsole, show.console, 0.4f}}, x,
             left_w, y, middle_h, gap);
  x += left_w + gap;
  FillColumn(layout, {{PanelId::kStack, show.stack, 0.36f}, {PanelId::kLoop, show.loop, 0.64f}}, x,
             centre_w, y, middle_h, gap);
  x += centre_w + gap;
  FillColumn(layout,
             {{PanelId::kQueues, show.queues, 0.42f},
              {PanelId::kPool, show.pool, 0.37f},
              {PanelId::kOsIo, show.pool, 0.21f}},
             x, right_w, y, middle_h, gap);
  y += middle_h + gap;
  if (explanation_h > 0)
    layout[PanelId::kExplanation] = {ImVec2(gap, y), ImVec2(w, explanation_h), true},
    y += explanation_h + gap;
  if (timeline_h > 0) layout[PanelId::kTimeline] = {ImVec2(gap, y), ImVec2(w, timeline_h), true};
  return layout;
}

bool* PanelFlag(PanelVisibility& show, PanelId id) {
  for (const ToggleablePanel& t : kToggleablePanels) {
    if (t.id == id) return &(show.*t.flag);
  }
  return nullptr;
}

void TogglePanel(PanelVisibility& show, PanelId id) {
  if (bool* flag = PanelFlag(show, id)) *flag = !*flag;
}

}  // namespace loopscope::app
