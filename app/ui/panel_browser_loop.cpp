// app/ui/panel_browser_loop.cpp — the event loop panel of a browser run: instead of libuv's
// ring, one turn of the HTML event loop as a strip (browser_loop.h): task → microtasks →
// update the rendering (rAF callbacks, style, layout, paint), the current step lit. Above
// it, which turn or frame is running and the virtual time. The window keeps the ring's id
// (###loop), so the layout and its report treat both pictures as one panel.
#include <algorithm>
#include <cfloat>
#include <cstddef>
#include <string>

#include "app/ui/browser_loop.h"
#include "app/ui/panel_common.h"
#include "engine/trace/explain.h"

namespace loopscope::app {
namespace {

// The strip's two rows: the task and its checkpoint, then the rendering steps in their box.
constexpr BrowserLoopStep kTopRow[] = {BrowserLoopStep::kTask, BrowserLoopStep::kMicrotasks};
constexpr BrowserLoopStep kRenderRow[] = {BrowserLoopStep::kAnimationFrames,
                                          BrowserLoopStep::kStyle, BrowserLoopStep::kLayout,
                                          BrowserLoopStep::kPaint};
constexpr const char* kRenderTitle = "update the rendering";

struct Strip {
  float px = 0;      // the type size
  float pad = 0;     // a pill's inner padding
  float gap = 0;     // between pills (an arrow fits in it)
  float pill_h = 0;  // a pill's height
};

float TextW(const char* text, float px) {
  return ImGui::GetFont()->CalcTextSizeA(px, FLT_MAX, 0, text).x;
}

float PillW(BrowserLoopStep step, const Strip& s) {
  return TextW(std::string(BrowserLoopStepLabel(step)).c_str(), s.px) + 2 * s.pad;
}

template <size_t N>
float RowW(const BrowserLoopStep (&row)[N], const Strip& s) {
  float w = s.gap * static_cast<float>(N - 1);
  for (BrowserLoopStep step : row) w += PillW(step, s);
  return w;
}

Strip MakeStrip(float px) {
  return {px, px * 0.45f, px * 1.1f, px * 1.45f};
}

// The strip's height: the heading, the top row, the box's title and its row.
float StripHeight(const Strip& s) {
  return s.px * 1.3f + s.pill_h + s.gap * 0.6f + s.px * 0.9f + s.pill_h + s.pad * 2;
}

// The strip in the largest type, from 1.5 times the interface's (a roomy panel on a large
// screen) down to 60 % of it, whose widest row and height fit the panel.
Strip FitStrip(ImVec2 avail, float font) {
  Strip s = MakeStrip(font);
  for (float scale = 1.5f; scale >= 0.6f; scale -= 0.05f) {
    s = MakeStrip(font * scale);
    float render_w = std::max(RowW(kRenderRow, s), TextW(kRenderTitle, s.px * 0.8f)) + 2 * s.pad;
    if (std::max(RowW(kTopRow, s), render_w) <= avail.x && StripHeight(s) <= avail.y) break;
  }
  return s;
}

// An arrow from `from` to `to` along one axis, its head at `to`.
void DrawArrow(ImDrawList* draw, ImVec2 from, ImVec2 to, ImU32 colour, float px) {
  bool down = to.y - from.y > to.x - from.x;
  float head = px * 0.35f, half = px * 0.22f;
  ImVec2 base = down ? ImVec2(to.x, to.y - head) : ImVec2(to.x - head, to.y);
  draw->AddLine(from, base, colour, std::max(1.5f, px * 0.08f));
  if (down)
    draw->AddTriangleFilled(to, ImVec2(to.x - half, base.y), ImVec2(to.x + half, base.y), colour);
  else
    draw->AddTriangleFilled(to, ImVec2(base.x, to.y - half), ImVec2(base.x, to.y + half), colour);
}

// One pill at `at`; returns its right edge. The current step is filled in its colour (fading
// in as the move animates) and outlined in the accent colour; the others are faint.
float DrawPill(ImDrawList* draw, ImVec2 at, BrowserLoopStep step, bool lit, float t, const Strip& s,
               const Palette& p) {
  const std::string label(BrowserLoopStepLabel(step));
  ImVec2 end(at.x + PillW(step, s), at.y + s.pill_h);
  float fill = lit ? 0.3f + 0.7f * t : 0.22f;
  draw->AddRectFilled(at, end, VocabColour(BrowserLoopStepColour(step), fill), s.px * 0.3f);
  if (lit) draw->AddRect(at, end, p.accent, s.px * 0.3f, 0, std::max(2.0f, s.px * 0.1f));
  ImU32 text = lit ? IM_COL32(20, 20, 20, 255) : p.text_dim;
  draw->AddText(ImGui::GetFont(), s.px, ImVec2(at.x + s.pad, at.y + (s.pill_h - s.px) / 2), text,
                label.c_str());
  return end.x;
}

// "task 3 · t = 12.0 ms": what runs now, in the run's own words.
std::string Heading(const trace::LoopState& state, BrowserLoopStep step) {
  std::string what = state.step == trace::LoopState::kNoStep ? "not started" : "waiting";
  if (step != BrowserLoopStep::kNone && state.phase == trace::Phase::kMain) what = "main script";
  if (step != BrowserLoopStep::kNone && state.phase == trace::Phase::kTask)
    what = "task " + std::to_string(state.iteration);
  if (step != BrowserLoopStep::kNone && state.phase == trace::Phase::kRendering)
    what = "frame " + std::to_string(state.iteration);
  return what + "  ·  t = " + trace::FormatMs(state.time_ns);
}

}  // namespace

void DrawBrowserLoopPanel(const trace::LoopState& state, LoopWheelPanelState& panel, float anim_t) {
  const PanelEnv& env = panel.env;
  // Sized to the panel like the ring: it never scrolls.
  if (!BeginPanel("Event loop###loop", env, ImGuiWindowFlags_NoScrollbar) || !env.doc)
    return EndPanel();
  ImDrawList* draw = ImGui::GetWindowDrawList();
  const Palette& p = *env.palette;
  ImVec2 origin = ImGui::GetCursorScreenPos();
  ImVec2 avail = ImGui::GetContentRegionAvail();
  float font = ImGui::GetFontSize();
  BrowserLoopStep now = CurrentBrowserLoopStep(state, *env.doc->log);
  float t = Ease(anim_t);
  Strip s = FitStrip(avail, font);
  float y = origin.y + std::max(0.0f, (avail.y - StripHeight(s)) * 0.5f);
  std::string heading = Heading(state, now);
  float heading_w = std::max(TextW(heading.c_str(), s.px), 1.0f);
  float heading_px = std::min(s.px, s.px * avail.x / heading_w);
  draw->AddText(ImGui::GetFont(), heading_px, ImVec2(origin.x, y), p.text, heading.c_str());
  y += s.px * 1.3f;
  // The strip is centred under the heading.
  float box_w = std::min(
      avail.x, std::max(RowW(kRenderRow, s), TextW(kRenderTitle, s.px * 0.8f)) + 2 * s.pad);
  float left = origin.x + std::max(0.0f, (avail.x - std::max(box_w, RowW(kTopRow, s))) * 0.5f);
  // Top row: task → microtasks, then down into the rendering box.
  float x = left, turn_x = left;
  for (BrowserLoopStep step : kTopRow) {
    if (x > left)
      DrawArrow(draw, ImVec2(x - s.gap * 0.85f, y + s.pill_h / 2),
                ImVec2(x - s.gap * 0.15f, y + s.pill_h / 2), p.text_dim, s.px);
    float right = DrawPill(draw, ImVec2(x, y), step, step == now, t, s, p);
    turn_x = (x + right) / 2, x = right + s.gap;
  }
  float box_top = y + s.pill_h + s.gap * 0.6f;
  DrawArrow(draw, ImVec2(turn_x, y + s.pill_h), ImVec2(turn_x, box_top), p.text_dim, s.px);
  // The box is lit all through "update the rendering", the checkpoints after its frame
  // callbacks included (the microtasks pill is lit then too).
  bool rendering = state.in_phase && state.phase == trace::Phase::kRendering;
  float box_h = s.px * 0.9f + s.pill_h + s.pad * 2;
  draw->AddRect(ImVec2(left, box_top), ImVec2(left + box_w, box_top + box_h),
                rendering ? p.accent : p.panel_border, s.px * 0.3f, 0,
                rendering ? std::max(2.0f, s.px * 0.08f) : 1.0f);
  draw->AddText(ImGui::GetFont(), s.px * 0.8f, ImVec2(left + s.pad, box_top + s.pad * 0.5f),
                rendering ? p.text : p.text_dim, kRenderTitle);
  // Inside the box: rAF → style → layout → paint.
  x = left + s.pad;
  float row_y = box_top + s.px * 0.9f + s.pad;
  for (BrowserLoopStep step : kRenderRow) {
    if (x > left + s.pad)
      DrawArrow(draw, ImVec2(x - s.gap * 0.85f, row_y + s.pill_h / 2),
                ImVec2(x - s.gap * 0.15f, row_y + s.pill_h / 2), p.text_dim, s.px);
    x = DrawPill(draw, ImVec2(x, row_y), step, step == now, t, s, p) + s.gap;
  }
  ImGui::Dummy(avail);
  EndPanel();
}

}  // namespace loopscope::app
