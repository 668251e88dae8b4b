// app/ui/panel_queues.cpp — the six queues a callback waits in before it runs: nextTick,
// promise microtasks, timers (by due time, with the clock's distance to each), immediates,
// pending and close callbacks. Items queued by this step slide in; the item this step took
// off a queue slides out towards the call stack.
#include <algorithm>
#include <array>
#include <string>

#include "app/ui/panel_common.h"
#include "engine/trace/explain.h"

namespace loopscope::app {
namespace {

constexpr std::array<trace::Queue, 6> kShown = {trace::Queue::kNextTick, trace::Queue::kMicrotask,
                                               trace::Queue::kTimers, trace::Queue::kImmediates,
                                               trace::Queue::kPending, trace::Queue::kClose};

std::string ItemText(const trace::StepLog& log, const trace::QueueItem& item, int64_t now_ns) {
  std::string text(log.Text(item.label));
  if (item.queue == trace::Queue::kTimers) {
    int64_t left = item.due_ns - now_ns;
    text += left > 0 ? "  · in " + trace::FormatMs(left) : "  · due";
  }
  return text;
}

bool WasQueued(const trace::LoopState* previous, trace::Queue q, uint64_t id) {
  if (!previous) return true;
  const auto& items = previous->Items(q);
  return std::any_of(items.begin(), items.end(), [&](const auto& i) { return i.id == id; });
}

// One queue as a row of chips after its label; returns the hovered item id (0 if none).
uint64_t DrawQueueRow(ImDrawList* draw, ImVec2 pos, float label_w, float width, float chip_h,
                      trace::Queue q, const trace::LoopState& state, const PanelEnv& env, float t) {
  const trace::StepLog& log = *env.doc->log;
  const auto& items = state.Items(q);
  std::string label = std::string(trace::QueueDisplayName(q)) + " (" + std::to_string(items.size()) + ")";
  draw->AddRectFilled(ImVec2(pos.x, pos.y + 2), ImVec2(pos.x + 5, pos.y + chip_h - 2), VocabColour(trace::QueueColour(q)));
  draw->AddText(ImVec2(pos.x + 12, pos.y + (chip_h - ImGui::GetFontSize()) / 2),
                items.empty() ? env.palette->text_dim : env.palette->text, label.c_str());
  float x = pos.x + label_w, right = pos.x + width, gap = chip_h * 0.2f;
  uint64_t hovered = 0;
  for (size_t k = 0; k < items.size(); ++k) {
    std::string text = ItemText(log, items[k], state.time_ns);
    float w = ImGui::CalcTextSize(text.c_str()).x + chip_h * 0.9f;
    // A chip that would not fit is shortened when it is the first of its row; later ones
    // become a "+N" count so the row never overflows.
    if (k == 0) w = std::min(w, right - x);
    bool last_room = x + w > right - chip_h * 1.6f && k + 1 < items.size();
    if (k > 0 && (x + w > right || last_room)) {
      std::string more = "+" + std::to_string(items.size() - k);
      draw->AddText(ImVec2(x, pos.y + (chip_h - ImGui::GetFontSize()) / 2), env.palette->text_dim, more.c_str());
      break;
    }
    bool fresh = !WasQueued(env.previous, q, items[k].id);
    float slide = fresh ? (1.0f - t) * chip_h * 2 : 0.0f;
    ChipStyle style{VocabColour(trace::QueueColour(q)), env.hover_in.item == items[k].id, fresh ? 0.25f + 0.75f * t : 1.0f};
    if (DrawChip(draw, env, ImVec2(x - slide, pos.y), ImVec2(w, chip_h), text, style)) hovered = items[k].id;
    x += w + gap;
  }
  return hovered;
}

}  // namespace

void DrawQueuesPanel(const trace::LoopState& state, QueuesPanelState& panel, float anim_t) {
  const PanelEnv& env = panel.env;
  if (!BeginPanel("Queues###queues", env) || !env.doc) return EndPanel();
  ImDrawList* draw = ImGui::GetWindowDrawList();
  ImVec2 origin = ImGui::GetCursorScreenPos();
  ImVec2 avail = ImGui::GetContentRegionAvail();
  float label_w = ImGui::CalcTextSize("promise microtasks (00)").x + 24;
  // Rows share the panel's height but never get thinner than a line of text: at large
  // font sizes the panel scrolls instead of overlapping rows.
  float row_h = std::max(ImGui::GetFontSize() * 1.35f,
                         std::min(ImGui::GetFrameHeight() * 1.5f, avail.y / static_cast<float>(kShown.size())));
  float chip_h = row_h * 0.8f;
  float t = Ease(anim_t);
  for (size_t r = 0; r < kShown.size(); ++r) {
    ImVec2 pos(origin.x, origin.y + static_cast<float>(r) * row_h);
    uint64_t h = DrawQueueRow(draw, pos, label_w, avail.x, chip_h, kShown[r], state, env, t);
    if (h) {
      env.hover_out->item = h;
      for (const auto& item : state.Items(kShown[r])) if (item.id == h) env.hover_out->line = item.from.line;
    }
  }
  ImGui::Dummy(ImVec2(avail.x, row_h * static_cast<float>(kShown.size())));
  EndPanel();
}

}  // namespace loopscope::app
