// app/ui/layout.cpp — the tiling arithmetic behind layout.h.
#include "app/ui/layout.h"

#include <algorithm>
#include <vector>

namespace loopscope::app {
namespace {

struct Slot {
  PanelId id;
  bool shown;
  float weight;  // share of what is left once minimums and wants are met
  float min_h;   // below this the panel's picture no longer reads
  float want_h;  // what its content asked for last frame (0: unknown)
};

bool Folded(const LayoutInput& in, PanelId id) {
  return FoldsWhenUnused(id, in.usage) && !in.unfolded[static_cast<size_t>(id)];
}

// Stacks the open slots of one column from `top` down (folded ones go to the strip row):
// each gets its minimum, then its want in column order, then the rest by weight.
// When even the minimums do not fit they shrink in proportion (the panels then scroll).
void FillColumn(Layout& layout, const LayoutInput& in, const std::vector<Slot>& slots, float x,
                float w, float top, float height, float gap) {
  std::vector<float> h(slots.size(), 0);
  float open_h = height, min_total = 0, weight_total = 0;
  int shown = 0;
  for (size_t k = 0; k < slots.size(); ++k) {
    const Slot& s = slots[k];
    if (!s.shown || Folded(in, s.id)) continue;
    ++shown;
    min_total += s.min_h, weight_total += s.weight;
  }
  if (shown == 0) return;
  open_h -= gap * static_cast<float>(shown - 1);
  float scale = min_total > open_h && min_total > 0 ? open_h / min_total : 1.0f;
  float left = open_h;
  for (size_t k = 0; k < slots.size(); ++k)
    if (slots[k].shown && !Folded(in, slots[k].id)) h[k] = slots[k].min_h * scale, left -= h[k];
  for (size_t k = 0; k < slots.size() && left > 0; ++k) {
    if (!slots[k].shown || Folded(in, slots[k].id)) continue;
    float grow = std::clamp(slots[k].want_h - h[k], 0.0f, left);
    h[k] += grow, left -= grow;
  }
  for (size_t k = 0; k < slots.size() && weight_total > 0; ++k)
    if (slots[k].shown && !Folded(in, slots[k].id)) h[k] += left * slots[k].weight / weight_total;
  float y = top;
  for (size_t k = 0; k < slots.size(); ++k) {
    if (!slots[k].shown || Folded(in, slots[k].id)) continue;
    layout[slots[k].id] = {ImVec2(x, y), ImVec2(w, h[k]), true};
    y += h[k] + gap;
  }
}

float Want(const LayoutInput& in, PanelId id) {
  return in.want[static_cast<size_t>(id)];
}

// The centre column: the call stack, the ring and the loop pseudocode. The pseudocode opens
// under the ring where the column holds all three at their minimums; elsewhere (projector
// fonts, small screens) it folds to a strip, and reopened it takes the ring's place (the
// ring gives way: both show the phase, and the pseudocode's "Ring" button brings it back).
// A run that never loops folds it.
struct CentreFolds {
  bool code = false;  // the pseudocode is a strip
  bool ring = false;  // the ring gave its place to the pseudocode
};

CentreFolds FoldCentre(const LayoutInput& in, float height, float gap) {
  const PanelVisibility& show = in.show;
  float font = in.font_size;
  if (!show.loop_code) return {};
  float need = (show.stack ? font * 4.0f + gap : 0) + (show.loop ? font * 9.0f + gap : 0) +
               font * kLoopCodeMinHeight;
  bool reopened = in.unfolded[static_cast<size_t>(PanelId::kLoopCode)];
  bool open = (in.usage.loop && need <= height) || reopened;
  return {!open, open && show.loop && need > height};
}

// The stack and the ring keep their shares of the room (0.36 : 0.64) beside the code, which
// first grows towards its full type size.
void FillCentreColumn(Layout& layout, const LayoutInput& in, const CentreFolds& folds, float x,
                      float w, float top, float height, float gap) {
  const PanelVisibility& show = in.show;
  float font = in.font_size;
  FillColumn(layout, in,
             {{PanelId::kStack, show.stack, 0.27f, font * 4.0f, Want(in, PanelId::kStack)},
              {PanelId::kLoop, show.loop && !folds.ring, 0.48f, font * 9.0f, 0},
              {PanelId::kLoopCode, show.loop_code && !folds.code, 0.25f, font * kLoopCodeMinHeight,
               font * kLoopCodeFullHeight}},
             x, w, top, height, gap);
}

}  // namespace

bool FoldsWhenUnused(PanelId id, const RunUsage& usage) {
  switch (id) {
    case PanelId::kPool:
      return !usage.pool;
    case PanelId::kOsIo:
      return !usage.os_io;
    case PanelId::kTimeline:
      return !usage.timeline;
    case PanelId::kLoopCode:
      return !usage.loop;
    default:
      return false;
  }
}

Layout ComputeLayout(const LayoutInput& in) {
  if (in.comparing && in.show.console) return ComputeCompareLayout(in);
  Layout layout;
  const PanelVisibility& show = in.show;
  float font = in.font_size;
  ImVec2 display = in.display;
  float gap = std::max(4.0f, font * 0.3f);
  float strip_h = font * 1.9f;  // one framed line (ImGui's frame padding) and the border
  float w = display.x - 2 * gap;
  // The title row and the transport row; more when the toolbar wrapped last frame.
  float controls_h = std::max(font * 5.0f, Want(in, PanelId::kControls));
  // Projector font sizes must not squeeze the middle row away: the strips below it give up
  // height first (they scroll) so the panels in the middle keep most of the window. The
  // timeline needs its title, a line of text per lane and the time range below them.
  float bottom_band = std::min(font * 15.0f, display.y * 0.31f);
  float timeline_cap = std::min(font * 9.0f, display.y * 0.17f);
  float lanes_h = font * (3.7f + 1.2f * static_cast<float>(std::max(in.timeline_lanes, 1)));
  // Folded panels share one row of strips at the bottom of the window.
  std::vector<PanelId> strips;
  for (PanelId id : {PanelId::kPool, PanelId::kOsIo, PanelId::kTimeline}) {
    bool shown = id == PanelId::kTimeline ? show.timeline : show.pool;  // OS I/O: pool's flag
    if (shown && Folded(in, id)) strips.push_back(id);
  }
  bool timeline_folded = show.timeline && Folded(in, PanelId::kTimeline);
  auto strips_height = [&] { return strips.empty() ? 0 : strip_h + gap; };
  float strips_h = strips_height();
  float timeline_h = !show.timeline || timeline_folded
                         ? 0
                         : std::min(std::max(lanes_h, font * 4.5f), timeline_cap);
  float explanation_h = std::min(font * 6.0f, display.y * 0.14f);
  if (show.timeline && !timeline_folded)
    explanation_h = bottom_band - timeline_h;
  else if (in.what_if)
    explanation_h = bottom_band;  // the What if panel stands here
  if (!show.explanation) explanation_h = 0;
  float y = gap;
  layout[PanelId::kControls] = {ImVec2(gap, y), ImVec2(w, controls_h), true};
  y += controls_h + gap;
  float bottom = display.y - gap - strips_h - (timeline_h > 0 ? timeline_h + gap : 0) -
                 (explanation_h > 0 ? explanation_h + gap : 0);
  float middle_h = std::max(font * 6, bottom - y);
  // The loop pseudocode may fold to the strip row too; a new row takes its height from the
  // middle.
  CentreFolds centre = FoldCentre(in, middle_h, gap);
  if (centre.code) strips.push_back(PanelId::kLoopCode);
  middle_h = std::max(font * 6, middle_h - (strips_height() - strips_h));
  float left_w = w * 0.33f, centre_w = w * 0.30f, right_w = w - left_w - centre_w - 2 * gap;
  float x = gap;
  // A prediction box needs its checkbox row, a hint and a few lines to type in.
  float console_min = in.predicting ? font * 9.5f : font * 5.0f;
  FillColumn(layout, in,
             {{PanelId::kSource, show.source, 0.6f, font * 5.0f, Want(in, PanelId::kSource)},
              {PanelId::kConsole, show.console, 0.4f, console_min, 0}},
             x, left_w, y, middle_h, gap);
  x += left_w + gap;
  // The ring keeps room for its phase labels; the stack grows with its frames.
  FillCentreColumn(layout, in, centre, x, centre_w, y, middle_h, gap);
  layout.ring_replaced = centre.ring;
  x += centre_w + gap;
  FillColumn(layout, in,
             {{PanelId::kQueues, show.queues, 0.42f, font * 6.0f, Want(in, PanelId::kQueues)},
              {PanelId::kPool, show.pool, 0.37f, font * 4.5f, 0},
              {PanelId::kOsIo, show.pool, 0.21f, font * 3.5f, 0}},
             x, right_w, y, middle_h, gap);
  y += middle_h + gap;
  if (explanation_h > 0)
    layout[PanelId::kExplanation] = {ImVec2(gap, y), ImVec2(w, explanation_h), true},
    y += explanation_h + gap;
  if (timeline_h > 0)
    layout[PanelId::kTimeline] = {ImVec2(gap, y), ImVec2(w, timeline_h), true},
    y += timeline_h + gap;
  float strip_w = (w - gap * static_cast<float>(strips.size() - 1)) /
                  static_cast<float>(std::max<size_t>(strips.size(), 1));
  for (size_t k = 0; k < strips.size(); ++k)
    layout[strips[k]] = {ImVec2(gap + static_cast<float>(k) * (strip_w + gap), y),
                         ImVec2(strip_w, strip_h), true, true};
  return layout;
}

Layout ComputeLayout(ImVec2 display, float font_size, const PanelVisibility& show,
                     int timeline_lanes) {
  LayoutInput in;
  in.display = display, in.font_size = font_size, in.show = show;
  in.timeline_lanes = timeline_lanes;
  return ComputeLayout(in);
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
