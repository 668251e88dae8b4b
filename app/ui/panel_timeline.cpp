// app/ui/panel_timeline.cpp — the main thread and each pool thread over virtual time:
// callbacks coloured by the phase they ran in, a band under them wherever a microtask
// checkpoint drained nextTicks and promise jobs, pool jobs (a browser run: its rendering
// frames and its requests in flight instead), and the cursor at the current step's time. Hover for
// what a span is; click to travel; drag to pan (over the whole run, to travel); the mouse wheel
// zooms around the pointer; double-click refits. Only the spans inside the view are drawn (binary
// search), so huge logs stay cheap.
#include <imgui_internal.h>

#include <algorithm>
#include <cmath>
#include <optional>
#include <string>
#include <vector>

#include "app/ui/layout.h"
#include "app/ui/panel_common.h"
#include "app/ui/timeline_costs.h"
#include "app/ui/timeline_view.h"
#include "engine/trace/explain.h"

namespace loopscope::app {
namespace {

constexpr float kDrainBand = 0.4f;      // share of the main lane's height, at its bottom
constexpr float kDrainMinWidth = 3.0f;  // pixels: a checkpoint takes little virtual time
constexpr const char* kMainLaneName = "main";

struct View {
  double start, span;
  float x0, width;
  float X(double ns) const { return x0 + static_cast<float>((ns - start) / span) * width; }
  double Ns(float x) const { return start + (x - x0) / width * span; }
};

// Draws at most one rectangle per pixel column: after a span, the next one drawn is the
// first that reaches past the pixel just filled (binary search), so a zoomed-out view of a
// huge run costs O(width * log n), not O(spans).
// `colour` 0 colours each span by its phase. Spans narrower than `min_w` pixels are widened
// so a short callback or checkpoint stays visible when zoomed out.
void DrawLane(ImDrawList* draw, const std::vector<TimelineSpan>& spans, const View& v, float y,
              float h, ImU32 colour, float min_w) {
  size_t i = FirstVisibleSpan(spans, static_cast<int64_t>(v.start));
  while (i < spans.size()) {
    const TimelineSpan& s = spans[i];
    if (s.start_ns > v.start + v.span) break;
    float a = std::max(v.x0, v.X(static_cast<double>(s.start_ns)));
    float b = std::min(v.x0 + v.width, std::max(a + min_w, v.X(static_cast<double>(s.end_ns))));
    draw->AddRectFilled(ImVec2(a, y), ImVec2(b, y + h),
                        colour ? colour : VocabColour(trace::PhaseColour(s.phase)));
    size_t next = FirstVisibleSpan(spans, static_cast<int64_t>(v.Ns(std::floor(b) + 1.0f)));
    i = std::max(i + 1, next);
  }
}

// The span under the pointer in `spans` (drawn at least `min_w` wide), or null.
const TimelineSpan* SpanAt(const std::vector<TimelineSpan>& spans, const View& v, float x,
                           float min_w) {
  size_t i = FirstVisibleSpan(spans, static_cast<int64_t>(v.Ns(x - min_w)));
  for (; i < spans.size() && spans[i].start_ns <= v.Ns(x); ++i) {
    float a = v.X(static_cast<double>(spans[i].start_ns));
    float b = std::max(a + min_w, v.X(static_cast<double>(spans[i].end_ns)));
    if (x >= a && x <= b) return &spans[i];
  }
  return nullptr;
}

void SpanTooltip(const trace::StepLog& log, const TimelineSpan& s, const char* what) {
  std::string label(log.Text(s.label));
  ImGui::SetTooltip(
      "%s%s%s\n%s, from %s for %s — click to go there", what, label.empty() ? "" : ": ",
      label.c_str(), std::string(trace::PhaseDisplayName(s.phase)).c_str(),
      trace::FormatMs(s.start_ns).c_str(), trace::FormatMs(s.end_ns - s.start_ns).c_str());
}

// Tooltips for the main lane: a checkpoint in the band at its bottom, else the callback.
void HoverMainLane(const TimelineModel& model, const trace::StepLog& log, const View& v, float y,
                   float h) {
  ImVec2 mouse = ImGui::GetIO().MousePos;
  if (!ImGui::IsMouseHoveringRect(ImVec2(v.x0, y), ImVec2(v.x0 + v.width, y + h))) return;
  const TimelineSpan* drain = mouse.y >= y + h * (1 - kDrainBand)
                                  ? SpanAt(model.drains, v, mouse.x, kDrainMinWidth)
                                  : nullptr;
  if (drain)
    return SpanTooltip(log, *drain, std::string(trace::DrainKindDisplayName(drain->drain)).c_str());
  if (const TimelineSpan* span = SpanAt(model.main, v, mouse.x, 1.0f))
    SpanTooltip(log, *span, "callback");
}

// A click travels to the time under the pointer (on release, so that a drag can pan
// instead); a drag pans a zoomed view and, over the whole run, travels as it goes; the wheel
// zooms around the pointer; a double-click refits. timeline_view.h keeps it inside the run.
void HandleInput(TimelinePanelState& panel, const View& v, ImVec2 min, ImVec2 max, double total) {
  ImGuiIO& io = ImGui::GetIO();
  bool hovered = ImGui::IsMouseHoveringRect(min, max);
  TimelineView view{v.start, v.span};
  bool fitted = view == FitView(total);
  std::optional<double> travel;  // where to take the cursor
  if (hovered && io.MouseWheel != 0)
    view = ZoomView(view, v.Ns(io.MousePos.x), io.MouseWheel > 0 ? 0.8 : 1.25, total);
  if (hovered && ImGui::IsMouseDoubleClicked(ImGuiMouseButton_Left)) {
    view = FitView(total), panel.pressed = false;
  } else if (hovered && ImGui::IsMouseClicked(ImGuiMouseButton_Left)) {
    panel.pressed = true, panel.dragged = false;
  } else if (panel.pressed && ImGui::IsMouseDragging(ImGuiMouseButton_Left)) {
    panel.dragged = true;
    if (fitted)
      travel = v.Ns(io.MousePos.x);
    else
      view = PanView(view, -static_cast<double>(io.MouseDelta.x) / v.width * v.span, total);
  } else if (panel.pressed && ImGui::IsMouseReleased(ImGuiMouseButton_Left)) {
    panel.pressed = false;
    if (!panel.dragged) travel = v.Ns(io.MousePos.x);
  }
  panel.view_start_ns = view.start_ns, panel.view_span_ns = view.span_ns;
  if (!travel) return;
  auto ns = static_cast<int64_t>(std::max(0.0, *travel));
  panel.env.commands->push_back({UiCommand::Kind::kJumpTo, StepAtTime(*panel.env.doc->log, ns)});
}

// The time range in view, at the right of the panel's title bar (drawn after the input that
// zoomed or panned, so it is this frame's range): a line of its own under the lanes would
// cost a lane's room on a projector.
void DrawRangeInTitle(ImDrawList* draw, const View& v, const Palette& palette) {
  std::string range = trace::FormatMs(static_cast<int64_t>(v.start)) + " … " +
                      trace::FormatMs(static_cast<int64_t>(v.start + v.span));
  ImRect bar = ImGui::GetCurrentWindow()->TitleBarRect();
  ImVec2 size = ImGui::CalcTextSize(range.c_str());
  float x = bar.Max.x - size.x - ImGui::GetStyle().FramePadding.x;
  ImGui::PushClipRect(bar.Min, bar.Max, false);
  draw->AddText(ImVec2(x, bar.Min.y + (bar.GetHeight() - size.y) / 2), palette.text_dim,
                range.c_str());
  ImGui::PopClipRect();
}

// The lanes below the main thread: workers, pool threads, then a browser run's frames and
// requests.
struct SideLane {
  std::string name;
  const std::vector<TimelineSpan>* spans;
  uint32_t colour;   // 0xRRGGBB
  const char* what;  // for the tooltip
};

std::vector<SideLane> SideLanes(const TimelineModel& model) {
  std::vector<SideLane> lanes;
  for (size_t i = 0; i < model.workers.size(); ++i)
    lanes.push_back({"worker " + std::to_string(i + 1), &model.workers[i],
                     trace::PhaseColour(trace::Phase::kMain), "worker JavaScript"});
  for (size_t i = 0; i < model.pool.size(); ++i)
    lanes.push_back({"thread " + std::to_string(i + 1), &model.pool[i],
                     trace::QueueColour(trace::Queue::kPoolWork), "pool job"});
  if (!model.frames.empty())
    lanes.push_back(
        {"frames", &model.frames, trace::PhaseColour(trace::Phase::kRendering), "rendering"});
  for (size_t i = 0; i < model.network.size(); ++i)
    lanes.push_back({"net " + std::to_string(i + 1), &model.network[i],
                     trace::QueueColour(trace::Queue::kNetworkTasks), "request in flight"});
  return lanes;
}

void HoverSideLane(const SideLane& lane, const trace::StepLog& log, const View& v, float y,
                   float h) {
  if (!ImGui::IsMouseHoveringRect(ImVec2(v.x0, y), ImVec2(v.x0 + v.width, y + h))) return;
  if (const TimelineSpan* span = SpanAt(*lane.spans, v, ImGui::GetIO().MousePos.x, 1.0f))
    SpanTooltip(log, *span, lane.what);
}

}  // namespace

void DrawTimelinePanel(const trace::LoopState& state, TimelinePanelState& panel, float anim_t) {
  const PanelEnv& env = panel.env;
  const char* title = env.doc && env.doc->log->info().real_time
                          ? "Timeline (real time)###timeline"
                          : "Timeline (virtual time)###timeline";
  if (!BeginPanel(title, env) || !env.doc) return EndPanel();
  const TimelineModel& model = env.doc->timeline;
  double total = FitView(static_cast<double>(model.end_ns)).span_ns;
  // A newly opened (or reloaded) run starts fitted; a view never reaches past the run.
  TimelineView view = panel.viewed != env.doc || panel.view_span_ns <= 0
                          ? FitView(total)
                          : ClampView({panel.view_start_ns, panel.view_span_ns}, total);
  panel.view_start_ns = view.start_ns, panel.view_span_ns = view.span_ns, panel.viewed = env.doc;
  // The lanes get their comfortable height where the panel has room, never less than
  // kTimelineMinLane lines: past that they scroll in a child with a visible scroll bar (the
  // wheel still zooms), so the layout report sees the panel overflow (layout_report.h).
  ImVec2 avail = ImGui::GetContentRegionAvail();
  const float font = ImGui::GetFontSize();
  const std::vector<SideLane> side = SideLanes(model);
  size_t lanes = 1 + side.size();
  float usable = std::max(font * kTimelineMinLane, avail.y);
  float lane_h = std::max(font * kTimelineMinLane,
                          std::min(font * kTimelineLane, usable / static_cast<float>(lanes)));
  panel.lane_px = lane_h;
  panel.lanes_in_view = avail.y / lane_h;
  ImDrawList* panel_draw = ImGui::GetWindowDrawList();
  ImGui::BeginChild("##lanes", ImVec2(avail.x, usable), false, ImGuiWindowFlags_NoScrollWithMouse);
  ImDrawList* draw = ImGui::GetWindowDrawList();
  ImVec2 origin = ImGui::GetCursorScreenPos();
  float name_w = ImGui::CalcTextSize("thread 00").x + 10;
  View v{panel.view_start_ns, panel.view_span_ns, origin.x + name_w,
         std::max(10.0f, ImGui::GetContentRegionAvail().x - name_w)};
  for (size_t l = 0; l < lanes; ++l) {
    float y = origin.y + static_cast<float>(l) * lane_h;
    const std::string name = l == 0 ? std::string(kMainLaneName) : side[l - 1].name;
    float text_size = std::min(font, lane_h * 0.95f);
    draw->AddText(ImGui::GetFont(), text_size, ImVec2(origin.x, y + (lane_h - text_size) / 2),
                  env.palette->text_dim, name.c_str());
    draw->AddRectFilled(ImVec2(v.x0, y + 1), ImVec2(v.x0 + v.width, y + lane_h - 1),
                        env.palette->card);
    if (l > 0) {
      const SideLane& lane = side[l - 1];
      DrawLane(draw, *lane.spans, v, y + 2, lane_h - 4, VocabColour(lane.colour), 1.0f);
      HoverSideLane(lane, *env.doc->log, v, y, lane_h);
      continue;
    }
    DrawLane(draw, model.main, v, y + 2, lane_h - 4, 0, 1.0f);
    float band_top = y + 2 + (lane_h - 4) * (1 - kDrainBand);
    DrawLane(draw, model.drains, v, band_top, (lane_h - 4) * kDrainBand,
             VocabColour(trace::QueueColour(trace::Queue::kMicrotask)), kDrainMinWidth);
    HoverMainLane(model, *env.doc->log, v, y, lane_h);
    DrawSimulatedCosts(draw, model, *env.doc->log, {v.start, v.span, v.x0, v.width}, y + 2,
                       (lane_h - 4) * (1 - kDrainBand), *env.palette);
    DrawLongTasks(draw, model, {v.start, v.span, v.x0, v.width}, y + 2, lane_h - 4, *env.palette);
  }
  float cx = v.X(static_cast<double>(state.time_ns));
  float bottom = origin.y + static_cast<float>(lanes) * lane_h;
  if (cx >= v.x0 && cx <= v.x0 + v.width)
    draw->AddLine(ImVec2(cx, origin.y), ImVec2(cx, bottom), env.palette->accent, 3.0f);
  HandleInput(panel, v, ImVec2(v.x0, origin.y), ImVec2(v.x0 + v.width, bottom), total);
  ImGui::Dummy(ImVec2(1, bottom - origin.y));
  ImGui::EndChild();
  DrawRangeInTitle(panel_draw, v, *env.palette);
  EndPanel();
}

}  // namespace loopscope::app
