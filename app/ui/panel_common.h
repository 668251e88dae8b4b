// app/ui/panel_common.h — small drawing helpers the panels share.
//
// BeginPanel/EndPanel place a titled, fixed ImGui window at the layout's rectangle (every
// panel is labelled, nothing floats over another). DrawChip draws one queue item / job as a
// rounded card with a colour tab, the motif the queues, stack and pool panels all use.
#pragma once

#include <imgui.h>

#include <string>
#include <string_view>
#include <vector>

#include "app/ui/panels.h"

namespace loopscope::app {

bool BeginPanel(const char* title, const PanelEnv& env, ImGuiWindowFlags extra_flags = 0);
void EndPanel();

struct ChipStyle {
  ImU32 tab;  // the colour tab on the left (phase or queue colour)
  bool highlighted = false;
  float alpha = 1.0f;       // fades items in and out
  float progress = -1;      // 0..1 fills the card behind the text in the tab's colour; < 0: none
  bool overrun = false;     // ran past its expected end: the detail takes the warning colour
  std::string_view detail;  // right-aligned (progress, time left); the text is clipped before it
};

// Draws a card of `size` at `pos` with `text` and returns whether it is hovered. A text too
// long for the card is shortened (FitTextToWidth) and shown whole in a tooltip on hover.
bool DrawChip(ImDrawList* draw, const PanelEnv& env, ImVec2 pos, ImVec2 size, std::string_view text,
              const ChipStyle& style);

// `text` as it fits in `room` pixels at the current font: whole; else without its
// parenthesised detail ("name (…)", then "name"); else the name without its module
// ("module.name" as "name"); else cut with "…" (never inside a UTF-8 sequence; "…" alone
// when nothing fits).
std::string FitTextToWidth(std::string_view text, float room);
// `text` whole, or cut with "…" to fit `room` (a file name, whose dots are not a module's).
std::string CutTextToWidth(std::string_view text, float room);

// Where a row of chips goes, left to right from `x`: as many as fit before `right` with the
// "+N" count of the rest after them. A first chip too wide for the row is shortened (to
// leave the count its room) rather than dropped.
struct ChipRow {
  struct Chip {
    size_t index;  // into the texts laid out
    float x, w;
  };
  std::vector<Chip> chips;
  float more_x = 0;  // where "+N" goes when not every text fits
  size_t more = 0;
};
ChipRow LayoutChips(const std::vector<std::string>& texts, float x, float right, float chip_h);
// Draws the "+N" of `row` (nothing when everything fits), vertically centred on a chip row;
// hovering it lists the hidden `texts` (HiddenItemsTooltip).
void DrawMoreCount(ImDrawList* draw, const PanelEnv& env, const ChipRow& row, float y, float chip_h,
                   const std::vector<std::string>& texts);
// The tooltip of a "+N" count: `texts` from `first` on, numbered in queue order (at most 40,
// then how many more).
void HiddenItemsTooltip(const std::vector<std::string>& texts, size_t first);

// The progress wash DrawChip lays behind a chip's text: the tab's colour, mostly transparent.
ImU32 ProgressFill(ImU32 tab);

// Text in the dim colour, e.g. "(empty)"; the wrapped form breaks lines at the panel's edge.
void DimText(const PanelEnv& env, std::string_view text);
void DimTextWrapped(const PanelEnv& env, std::string_view text);

// Smoothstep easing for the motion between steps.
inline float Ease(float t) {
  return t <= 0 ? 0 : t >= 1 ? 1 : t * t * (3 - 2 * t);
}

}  // namespace loopscope::app
