// app/ui/panel_queues.cpp — the six queues a callback waits in before it runs: nextTick,
// promise microtasks, timers (by due time, with the clock's distance to each), immediates,
// pending and close callbacks. Items queued by this move fly in from the line that
// scheduled them, items leaving for the call stack fly from their slot (motion.h).
#include <algorithm>
#include <array>
#include <string>
#include <vector>

#include "app/ui/panel_common.h"
#include "engine/trace/explain.h"

namespace loopscope::app {
namespace {

constexpr std::array<trace::Queue, 6> kShown = {trace::Queue::kNextTick, trace::Queue::kMicrotask,
                                                trace::Queue::kTimers,   trace::Queue::kImmediates,
                                                trace::Queue::kPending,  trace::Queue::kClose};

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

std::vector<std::string> ItemTexts(const std::vector<trace::QueueItem>& items,
                                   const trace::StepLog& log, int64_t now_ns) {
  std::vector<std::string> texts;
  for (const trace::QueueItem& item : items) texts.push_back(ItemText(log, item, now_ns));
  return texts;
}

// The slots that items leaving this row for a flight had before the move (motion.h).
void RecordDepartures(trace::Queue q, ImVec2 pos, float label_w, float width, float chip_h,
                      const PanelEnv& env) {
  const auto& items = env.previous->Items(q);
  ChipRow row = LayoutChips(ItemTexts(items, *env.doc->log, env.previous->time_ns), pos.x + label_w,
                            pos.x + width, chip_h);
  for (size_t k = 0; k < items.size(); ++k) {
    if (!env.motion->LeavesSlot(items[k].id)) continue;
    auto chip = std::find_if(row.chips.begin(), row.chips.end(),
                             [&](const ChipRow::Chip& c) { return c.index == k; });
    float x = chip != row.chips.end() ? chip->x : row.more_x;
    float w = chip != row.chips.end() ? chip->w : chip_h * 1.5f;
    env.motion->anchors.origins[items[k].id] = {ImVec2(x, pos.y), ImVec2(x + w, pos.y + chip_h)};
  }
}

// One queue as a row of chips after its label; returns the hovered item id (0 if none).
// A chip still flying in (motion.h) keeps its place but is drawn by the flight.
uint64_t DrawQueueRow(ImDrawList* draw, ImVec2 pos, float label_w, float width, float chip_h,
                      trace::Queue q, const trace::LoopState& state, const PanelEnv& env, float t) {
  const auto& items = state.Items(q);
  std::string label =
      std::string(trace::QueueDisplayName(q)) + " (" + std::to_string(items.size()) + ")";
  draw->AddRectFilled(ImVec2(pos.x, pos.y + 2), ImVec2(pos.x + 5, pos.y + chip_h - 2),
                      VocabColour(trace::QueueColour(q)));
  draw->AddText(ImVec2(pos.x + 12, pos.y + (chip_h - ImGui::GetFontSize()) / 2),
                items.empty() ? env.palette->text_dim : env.palette->text, label.c_str());
  if (env.motion && env.motion->Active()) RecordDepartures(q, pos, label_w, width, chip_h, env);
  std::vector<std::string> texts = ItemTexts(items, *env.doc->log, state.time_ns);
  ChipRow row = LayoutChips(texts, pos.x + label_w, pos.x + width, chip_h);
  uint64_t hovered = 0;
  for (const ChipRow::Chip& chip : row.chips) {
    const trace::QueueItem& item = items[chip.index];
    Box box{ImVec2(chip.x, pos.y), ImVec2(chip.x + chip.w, pos.y + chip_h)};
    if (env.motion) env.motion->anchors.targets[item.id] = box;
    if (env.motion && env.motion->Arriving(item.id)) continue;
    // Without a flight (no known origin), a new chip slides in from the left and fades in.
    bool fresh = !WasQueued(env.previous, q, item.id);
    float slide = fresh ? (1.0f - t) * chip_h * 2 : 0.0f;
    ChipStyle style{VocabColour(trace::QueueColour(q)), env.hover_in.item == item.id,
                    fresh ? 0.25f + 0.75f * t : 1.0f};
    if (DrawChip(draw, env, ImVec2(chip.x - slide, pos.y), ImVec2(chip.w, chip_h),
                 texts[chip.index], style))
      hovered = item.id;
  }
  DrawMoreCount(draw, env, row, pos.y, chip_h);
  if (row.more > 0) {
    // Items beyond the visible chips land on the count.
    if (env.motion)
      for (size_t k = row.chips.size(); k < items.size(); ++k)
        env.motion->anchors.targets[items[k].id] = {
            ImVec2(row.more_x, pos.y), ImVec2(row.more_x + chip_h * 1.5f, pos.y + chip_h)};
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
  float row_h = std::max(
      ImGui::GetFontSize() * 1.35f,
      std::min(ImGui::GetFrameHeight() * 1.5f, avail.y / static_cast<float>(kShown.size())));
  float chip_h = row_h * 0.8f;
  float t = Ease(anim_t);
  for (size_t r = 0; r < kShown.size(); ++r) {
    ImVec2 pos(origin.x, origin.y + static_cast<float>(r) * row_h);
    uint64_t h = DrawQueueRow(draw, pos, label_w, avail.x, chip_h, kShown[r], state, env, t);
    if (h) {
      env.hover_out->item = h;
      for (const auto& item : state.Items(kShown[r]))
        if (item.id == h) env.hover_out->line = item.from.line;
    }
  }
  ImGui::Dummy(ImVec2(avail.x, row_h * static_cast<float>(kShown.size())));
  EndPanel();
}

}  // namespace loopscope::app
