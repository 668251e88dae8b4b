// app/ui/layout_report.cpp — measuring panel windows through ImGui's internal window data
// (imgui_internal.h of Debian's 1.86): the cursor's reach this frame against the inner rect.
#include "app/ui/layout_report.h"

#include <imgui_internal.h>

#include <algorithm>
#include <cmath>
#include <nlohmann/json.hpp>

namespace loopscope::app {
namespace {

// clang-format off
struct PanelNames { PanelId id; const char* window; const char* report; };
constexpr PanelNames kNames[] = {
    {PanelId::kControls,    "###controls",    "controls"},
    {PanelId::kSource,      "###source",      "source"},
    {PanelId::kConsole,     "###console",     "console"},
    {PanelId::kStack,       "###stack",       "stack"},
    {PanelId::kLoop,        "###loop",        "loop"},
    {PanelId::kQueues,      "###queues",      "queues"},
    {PanelId::kPool,        "###pool",        "pool"},
    {PanelId::kOsIo,        "###osio",        "os_io"},
    {PanelId::kExplanation, "###explanation", "explanation"},
    {PanelId::kTimeline,    "###timeline",    "timeline"},
    {PanelId::kLoopCode,    "###loopcode",    "loop_code"},
    {PanelId::kCaption,     "###caption",     "caption"},
    {PanelId::kStreams,     "###streams",     "streams"},
};
// clang-format on

struct Reach {
  float extra_h = 0;  // content height minus the room for it (negative: slack)
  float extra_w = 0;
  bool clipped = false;  // some window's content passes its edge with no scroll bar there
};

Reach ReachOf(const ImGuiWindow& w) {
  ImVec2 content(w.DC.CursorMaxPos.x - w.DC.CursorStartPos.x,
                 w.DC.CursorMaxPos.y - w.DC.CursorStartPos.y);
  Reach r{content.y + w.WindowPadding.y * 2 - w.InnerRect.GetHeight(),
          content.x + w.WindowPadding.x * 2 - w.InnerRect.GetWidth()};
  // Content a scroll bar reaches is not lost (the console, a long program); content past an
  // edge without one is. One pixel of slack: ImGui floors content sizes.
  r.clipped = (r.extra_h > 1.0f && !w.ScrollbarY) || (r.extra_w > 1.0f && !w.ScrollbarX);
  return r;
}

// A panel that fills itself with a child (source, console) scrolls in the child: the
// child's reach is the panel's. Returns the largest reach over the children, else its own.
Reach PanelReach(const ImGuiWindow& w) {
  Reach own = ReachOf(w);
  bool any_child = false;
  Reach best{-1e9f, -1e9f, own.clipped};
  for (const ImGuiWindow* child : w.DC.ChildWindows) {
    // A text box (InputTextMultiline's child, which ImGui begins with NoMove, unlike a
    // panel's BeginChild) scrolls its own text to the caret: not lost content.
    if (!child->Active || (child->Flags & ImGuiWindowFlags_NoMove)) continue;
    Reach r = PanelReach(*child);
    best.extra_h = std::max(best.extra_h, r.extra_h),
    best.extra_w = std::max(best.extra_w, r.extra_w);
    best.clipped = best.clipped || r.clipped;
    any_child = true;
  }
  if (!any_child) return own;
  return {best.extra_h, std::max(best.extra_w, own.extra_w), best.clipped};
}

}  // namespace

const char* PanelWindowId(PanelId id) {
  for (const PanelNames& n : kNames)
    if (n.id == id) return n.window;
  return "";
}

const char* PanelReportName(PanelId id) {
  for (const PanelNames& n : kNames)
    if (n.id == id) return n.report;
  return "";
}

PanelMeasures MeasurePanels(const Layout& layout, const RunUsage& usage) {
  PanelMeasures out;
  for (int i = 0; i < kPanelCount; ++i) {
    auto id = static_cast<PanelId>(i);
    PanelMeasure& m = out[static_cast<size_t>(i)];
    m.rect = layout[id];
    m.used = !FoldsWhenUnused(id, usage);
    ImGuiWindow* w = ImGui::FindWindowByName(PanelWindowId(id));
    if (!m.rect.visible || !w || !w->Active) {
      m.rect.visible = false;
      continue;
    }
    // One pixel of slack: ImGui floors content sizes.
    Reach r = PanelReach(*w);
    m.want_h = std::max(0.0f, m.rect.size.y + r.extra_h);
    m.overflow_y = r.extra_h > 1.0f;
    m.overflow_x = r.extra_w > 1.0f;
    m.clipped = r.clipped;
  }
  return out;
}

bool SameMeasures(const PanelMeasures& a, const PanelMeasures& b) {
  auto same_rect = [](const Rect& x, const Rect& y) {
    return x.visible == y.visible && x.folded == y.folded && x.pos.x == y.pos.x &&
           x.pos.y == y.pos.y && x.size.x == y.size.x && x.size.y == y.size.y;
  };
  for (size_t i = 0; i < a.size(); ++i) {
    const PanelMeasure &x = a[i], &y = b[i];
    if (!same_rect(x.rect, y.rect) || std::fabs(x.want_h - y.want_h) > 0.5f ||
        x.overflow_x != y.overflow_x || x.overflow_y != y.overflow_y ||
        x.hidden_items != y.hidden_items)
      return false;
  }
  return true;
}

bool RingLabelsCollide(const std::array<LabelBox, kRingPhases>& labels) {
  ImGuiWindow* w = ImGui::FindWindowByName(PanelWindowId(PanelId::kLoop));
  if (!w || !w->Active) return false;
  return LabelsCollide(labels, w->InnerRect.Min, w->InnerRect.Max);
}

std::string LayoutReportJson(const PanelMeasures& measures) {
  nlohmann::ordered_json panels = nlohmann::ordered_json::array();
  for (int i = 0; i < kPanelCount; ++i) {
    const PanelMeasure& m = measures[static_cast<size_t>(i)];
    panels.push_back({{"name", PanelReportName(static_cast<PanelId>(i))},
                      {"x", m.rect.pos.x},
                      {"y", m.rect.pos.y},
                      {"w", m.rect.size.x},
                      {"h", m.rect.size.y},
                      {"visible", m.rect.visible},
                      {"folded", m.rect.folded},
                      {"used", m.used},
                      {"want_h", m.want_h},
                      {"overflow", m.overflow_x || m.overflow_y || m.hidden_items > 0},
                      {"overflow_x", m.overflow_x},
                      {"overflow_y", m.overflow_y},
                      {"clipped", m.clipped},
                      {"hidden_items", m.hidden_items},
                      {"rows", m.rows},
                      {"rows_in_view", m.rows_in_view},
                      {"labels_collide", m.labels_collide}});
  }
  return nlohmann::ordered_json{{"panels", panels}}.dump(2) + "\n";
}

}  // namespace loopscope::app
