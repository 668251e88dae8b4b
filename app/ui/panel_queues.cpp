// app/ui/panel_queues.cpp — the six queues a callback waits in before it runs: nextTick,
// promise microtasks, timers (by due time, with the clock's distance to each), immediates,
// pending and close callbacks. Every item is a card, in queue order, wrapping onto more
// lines (chip_wrap.h); only when the panel has no more lines does a "+N" count stand for
// the rest, listed in its tooltip. Items queued by this move fly in from the line that
// scheduled them, items leaving for the call stack fly from their slot (motion.h). A browser
// run shows the browser's queues instead (docs/browser.md): its task sources, the microtask
// queue and the animation frame callbacks.
#include <imgui_internal.h>

#include <algorithm>
#include <array>
#include <string>
#include <vector>

#include "app/ui/chip_wrap.h"
#include "app/ui/panel_common.h"
#include "engine/trace/explain.h"

namespace loopscope::app {
namespace {

using QueueRows = std::array<trace::Queue, 6>;
constexpr QueueRows kNodeRows = {trace::Queue::kNextTick, trace::Queue::kMicrotask,
                                 trace::Queue::kTimers,   trace::Queue::kImmediates,
                                 trace::Queue::kPending,  trace::Queue::kClose};
// The HTML event loop's task queues (one per task source the host models), then the
// microtask queue and the animation frame callbacks, in the order the loop visits them.
constexpr QueueRows kBrowserRows = {trace::Queue::kTimerTasks, trace::Queue::kMessageTasks,
                                    trace::Queue::kInputTasks, trace::Queue::kNetworkTasks,
                                    trace::Queue::kMicrotask,  trace::Queue::kAnimationFrames};

std::string ItemText(const trace::StepLog& log, const trace::QueueItem& item, int64_t now_ns) {
  std::string text(log.Text(item.label));
  // A browser timer task waits with its due time until the loop finds it due (due_ns 0).
  if (item.queue == trace::Queue::kTimers ||
      (item.queue == trace::Queue::kTimerTasks && item.due_ns > 0)) {
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

// The panel's grid: each queue's label, then its cards on lines of `row_h`. Narrow panels
// (large fonts) put the label on a line of its own (`label_h`) above the cards; an empty
// queue is then just that line.
struct Grid {
  float left = 0, right = 0;  // the panel's content x range
  float cards_x = 0;          // where card lines start
  bool label_above = false;
  float label_h = 0, row_h = 0, chip_h = 0, gap = 0, more_w = 0;
};

ChipWrap Wrap(const Grid& g, const std::vector<std::string>& texts, size_t max_lines) {
  std::vector<float> widths;
  for (const std::string& t : texts)
    widths.push_back(ImGui::CalcTextSize(t.c_str()).x + g.chip_h * 0.9f);
  return WrapChips(widths, g.cards_x, g.right, g.gap, max_lines, g.more_w);
}

// The height of a queue row with `items` on `card_lines` lines.
float RowHeight(const Grid& g, size_t items, size_t card_lines) {
  if (!g.label_above) return static_cast<float>(card_lines) * g.row_h;
  return items == 0 ? g.label_h : g.label_h + static_cast<float>(card_lines) * g.row_h;
}

// Gives every row one line of cards, then more lines in queue order while the panel has
// room for them. Returns the card lines each row may use.
std::array<size_t, 6> AllotLines(const Grid& g, const std::array<size_t, 6>& items,
                                 const std::array<size_t, 6>& natural, float available) {
  std::array<size_t, 6> card_lines{};
  float used = 0;
  for (size_t r = 0; r < 6; ++r) card_lines[r] = 1, used += RowHeight(g, items[r], 1);
  for (size_t r = 0; r < 6; ++r) {
    auto room = static_cast<size_t>(std::max(0.0f, available - used) / g.row_h);
    size_t more = std::min(natural[r] - 1, room);
    card_lines[r] += more, used += static_cast<float>(more) * g.row_h;
  }
  return card_lines;
}

// The slots that items leaving this row for a flight had before the move (motion.h).
void RecordDepartures(trace::Queue q, const Grid& g, float top, size_t max_lines,
                      const PanelEnv& env) {
  const auto& items = env.previous->Items(q);
  ChipWrap wrap = Wrap(g, ItemTexts(items, *env.doc->log, env.previous->time_ns), max_lines);
  for (size_t k = 0; k < items.size(); ++k) {
    if (!env.motion->LeavesSlot(items[k].id)) continue;
    bool shown = k < wrap.chips.size();
    float x = shown ? wrap.chips[k].x : wrap.more_x;
    float w = shown ? wrap.chips[k].w : g.more_w;
    float y = top + static_cast<float>(shown ? wrap.chips[k].line : wrap.more_line) * g.row_h;
    env.motion->anchors.origins[items[k].id] = {ImVec2(x, y), ImVec2(x + w, y + g.chip_h)};
  }
}

// The "+N" count of a row with its tooltip: the hidden items, in queue order.
void DrawMoreItems(ImDrawList* draw, const PanelEnv& env, const ChipWrap& wrap, float y,
                   const std::vector<std::string>& texts, const Grid& g) {
  std::string more = "+" + std::to_string(wrap.hidden);
  ImVec2 at(wrap.more_x, y + (g.chip_h - ImGui::GetFontSize()) / 2);
  draw->AddText(at, env.palette->text, more.c_str());
  ImVec2 size = ImGui::CalcTextSize(more.c_str());
  if (ImGui::IsMouseHoveringRect(ImVec2(at.x, y), ImVec2(at.x + size.x, y + g.chip_h)))
    HiddenItemsTooltip(texts, wrap.chips.size());
}

// One queue: its label, then its cards on up to `max_lines` lines; returns the hovered item
// id (0 if none). A card still flying in (motion.h) keeps its place but is drawn by the
// flight; items behind the count land on it.
uint64_t DrawQueueRow(ImDrawList* draw, const Grid& g, float top, size_t max_lines, trace::Queue q,
                      const trace::LoopState& state, const PanelEnv& env, float t, size_t* hidden) {
  const auto& items = state.Items(q);
  std::string label =
      std::string(trace::QueueDisplayName(q)) + " (" + std::to_string(items.size()) + ")";
  float label_h = g.label_above ? g.label_h : g.chip_h;
  draw->AddRectFilled(ImVec2(g.left, top + 2), ImVec2(g.left + 5, top + label_h - 2),
                      VocabColour(trace::QueueColour(q)));
  draw->AddText(ImVec2(g.left + 12, top + (label_h - ImGui::GetFontSize()) / 2),
                items.empty() ? env.palette->text_dim : env.palette->text, label.c_str());
  float cards_top = g.label_above ? top + g.label_h : top;
  if (env.motion && env.motion->Active()) RecordDepartures(q, g, cards_top, max_lines, env);
  std::vector<std::string> texts = ItemTexts(items, *env.doc->log, state.time_ns);
  ChipWrap wrap = Wrap(g, texts, max_lines);
  uint64_t hovered = 0;
  for (const ChipWrap::Chip& chip : wrap.chips) {
    const trace::QueueItem& item = items[chip.index];
    float y = cards_top + static_cast<float>(chip.line) * g.row_h;
    Box box{ImVec2(chip.x, y), ImVec2(chip.x + chip.w, y + g.chip_h)};
    if (env.motion) env.motion->anchors.targets[item.id] = box;
    if (env.motion && env.motion->Arriving(item.id)) continue;
    // Without a flight (no known origin), a new chip slides in from the left and fades in.
    bool fresh = !WasQueued(env.previous, q, item.id);
    float slide = fresh ? (1.0f - t) * g.chip_h * 2 : 0.0f;
    ChipStyle style{VocabColour(trace::QueueColour(q)), env.hover_in.item == item.id,
                    fresh ? 0.25f + 0.75f * t : 1.0f};
    if (DrawChip(draw, env, ImVec2(chip.x - slide, y), ImVec2(chip.w, g.chip_h), texts[chip.index],
                 style))
      hovered = item.id;
  }
  *hidden += wrap.hidden;
  if (wrap.hidden == 0) return hovered;
  float more_y = cards_top + static_cast<float>(wrap.more_line) * g.row_h;
  DrawMoreItems(draw, env, wrap, more_y, texts, g);
  if (env.motion)
    for (size_t k = wrap.chips.size(); k < items.size(); ++k)
      env.motion->anchors.targets[items[k].id] = {
          ImVec2(wrap.more_x, more_y), ImVec2(wrap.more_x + g.more_w, more_y + g.chip_h)};
  return hovered;
}

Grid MakeGrid(ImVec2 origin, float width, const QueueRows& rows) {
  Grid g;
  float font = ImGui::GetFontSize();
  g.left = origin.x, g.right = origin.x + width;
  float label_w = 0;
  for (trace::Queue q : rows) {
    std::string name(trace::QueueDisplayName(q));
    label_w = std::max(label_w, ImGui::CalcTextSize(name.c_str()).x);
  }
  label_w += ImGui::CalcTextSize(" (00)").x + 24;
  // Cards beside the label only when a line there still holds a few of them.
  g.label_above = width - label_w < font * 10;
  g.cards_x = g.label_above ? origin.x + 12 : origin.x + label_w;
  g.label_h = font * 1.15f;
  g.row_h = font * 1.3f;
  g.chip_h = g.row_h * 0.86f;
  g.gap = g.chip_h * 0.2f;
  g.more_w = ImGui::CalcTextSize("+000").x;
  return g;
}

}  // namespace

void DrawQueuesPanel(const trace::LoopState& state, QueuesPanelState& panel, float anim_t) {
  const PanelEnv& env = panel.env;
  panel.hidden_items = 0;
  if (!BeginPanel("Queues###queues", env) || !env.doc) return EndPanel();
  ImDrawList* draw = ImGui::GetWindowDrawList();
  ImVec2 origin = ImGui::GetCursorScreenPos();
  ImVec2 avail = ImGui::GetContentRegionAvail();
  const QueueRows& rows = env.doc->usage.browser ? kBrowserRows : kNodeRows;
  Grid g = MakeGrid(origin, avail.x, rows);
  // The height that shows every card, for the next frame's layout (layout.h), counted at the
  // width without a scroll bar: a panel given that height has none. (ImGui shows one for a
  // frame after a squeezed frame whose rows passed the panel's foot; counting lines at that
  // narrower width would ask for another row, and the layout would swing between two
  // tilings, layout_pool_room.cpp.)
  const ImGuiWindow* window = ImGui::GetCurrentWindow();
  Grid unscrolled =
      MakeGrid(origin, avail.x + (window->ScrollbarY ? window->ScrollbarSizes.x : 0), rows);
  std::array<size_t, 6> items{}, natural{};
  float want_rows_h = 0, least_rows_h = 0;
  for (size_t r = 0; r < rows.size(); ++r) {
    const auto& row = state.Items(rows[r]);
    items[r] = row.size();
    const std::vector<std::string> texts = ItemTexts(row, *env.doc->log, state.time_ns);
    natural[r] = Wrap(g, texts, 0).lines;
    want_rows_h += RowHeight(unscrolled, items[r], Wrap(unscrolled, texts, 0).lines);
    least_rows_h += RowHeight(unscrolled, items[r], 1);
  }
  panel.want_h = env.size.y - avail.y + want_rows_h;
  panel.least_h = env.size.y - avail.y + least_rows_h;
  std::array<size_t, 6> lines = AllotLines(g, items, natural, avail.y);
  float t = Ease(anim_t), y = origin.y;
  for (size_t r = 0; r < rows.size(); ++r) {
    uint64_t h = DrawQueueRow(draw, g, y, lines[r], rows[r], state, env, t, &panel.hidden_items);
    y += RowHeight(g, items[r], lines[r]);
    if (h) {
      env.hover_out->item = h;
      for (const auto& item : state.Items(rows[r]))
        if (item.id == h) env.hover_out->line = item.from.line;
    }
  }
  ImGui::Dummy(ImVec2(avail.x, y - origin.y));
  EndPanel();
}

}  // namespace loopscope::app
