// app/ui/panel_thread_pool.cpp — libuv's thread pool: one lane per thread with its job and
// its progress (elapsed against the expected duration, progress.h), then one row with the
// FIFO work queue waiting for a free thread and how many of the machine's CPU cores are busy
// (main thread plus pool threads that do CPU work).
#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

#include "app/ui/panel_common.h"
#include "app/ui/progress.h"
#include "engine/trace/explain.h"

namespace loopscope::app {
namespace {

struct PoolRows {
  float x, width, chip_h, step;  // step: from one row's top to the next
};

// "CPU cores 2 / 4" and one box per core, ending at the right edge of the row at `y`; returns
// where it starts. Where the words would leave the waiting jobs' chips less than about seven
// characters of room (projector fonts), the numbers stand alone and the tooltip names them.
float DrawCores(ImDrawList* draw, const trace::LoopState& state, const PanelEnv& env,
                const PoolRows& rows, float y) {
  int cores = std::clamp(env.doc->log->info().cpu_cores, 1, 64);
  int busy = state.stack.empty() ? 0 : 1;
  for (const auto& t : state.pool) busy += t.job != 0 ? 1 : 0;
  std::string counts = std::to_string(std::min(busy, cores)) + " / " + std::to_string(cores);
  std::string label = "CPU cores " + counts;
  float font = ImGui::GetFontSize(), box = font * 0.8f, pitch = box * 1.3f;
  float boxes_x = rows.x + rows.width - static_cast<float>(cores) * pitch;
  float label_x = boxes_x - ImGui::CalcTextSize(label.c_str()).x - box * 0.5f;
  const size_t waiting = state.Items(trace::Queue::kPoolWork).size();
  const std::string waiting_label = "waiting (" + std::to_string(waiting) + ")";
  const float chips_least =
      rows.x + ImGui::CalcTextSize(waiting_label.c_str()).x + rows.chip_h * 0.5f + font * 7.0f;
  if (waiting > 0 && label_x < chips_least)
    label = counts, label_x = boxes_x - ImGui::CalcTextSize(label.c_str()).x - box * 0.5f;
  float text_y = y + (rows.chip_h - font) / 2;
  draw->AddText(ImVec2(label_x, text_y), env.palette->text, label.c_str());
  for (int i = 0; i < cores; ++i) {
    ImVec2 a(boxes_x + static_cast<float>(i) * pitch, y + (rows.chip_h - box) / 2);
    draw->AddRectFilled(a, ImVec2(a.x + box, a.y + box),
                        i < busy ? env.palette->accent : env.palette->card, 3);
  }
  if (ImGui::IsMouseHoveringRect(ImVec2(label_x, y), ImVec2(rows.x + rows.width, y + rows.chip_h)))
    ImGui::SetTooltip("CPU cores busy: the main thread and the pool threads doing CPU work.");
  return label_x;
}

// One thread's lane: its name, then its job with progress, or "idle".
void DrawLane(ImDrawList* draw, size_t i, const trace::PoolThread& t, int64_t now,
              const PanelEnv& env, const PoolRows& rows, float y) {
  float name_w = ImGui::CalcTextSize("thread 00").x + 12;
  float text_y = y + (rows.chip_h - ImGui::GetFontSize()) / 2;
  std::string name = "thread " + std::to_string(i + 1);
  draw->AddText(ImVec2(rows.x, text_y), env.palette->text_dim, name.c_str());
  if (!t.job) return draw->AddText(ImVec2(rows.x + name_w, text_y), env.palette->text_dim, "idle");
  ImVec2 at(rows.x + name_w, y), size(rows.width - name_w, rows.chip_h);
  if (env.motion) env.motion->anchors.targets[t.job] = {at, ImVec2(at.x + size.x, at.y + size.y)};
  if (env.motion && env.motion->Arriving(t.job)) return;  // the flight draws it
  Progress progress = ProgressAt(t.since_ns, t.expected_ns, now);
  std::string detail = ProgressText(progress);
  ChipStyle style{VocabColour(trace::QueueColour(trace::Queue::kPoolWork)),
                  env.hover_in.item == t.job,
                  1.0f,
                  progress.known ? progress.fraction : -1.0f,
                  progress.over_ns > 0,
                  detail};
  if (!DrawChip(draw, env, at, size, env.doc->log->Text(t.label), style)) return;
  env.hover_out->item = t.job, env.hover_out->line = t.from.line;
  if (progress.over_ns > 0)
    ImGui::SetTooltip(
        "Expected %s on a free core; more threads want the CPU than there are cores,\n"
        "so every one of them runs slower.",
        trace::FormatMs(progress.expected_ns).c_str());
}

std::vector<std::string> JobTexts(const std::vector<trace::QueueItem>& items,
                                  const trace::StepLog& log) {
  std::vector<std::string> texts;
  for (const trace::QueueItem& item : items) texts.emplace_back(log.Text(item.label));
  return texts;
}

// The FIFO work queue as a row of chips between its label and the cores. Jobs that left it
// for a thread fly from the chip they had before the move (motion.h).
void DrawWaiting(ImDrawList* draw, const trace::LoopState& state, const PanelEnv& env,
                 const PoolRows& rows, float y, float right) {
  const trace::StepLog& log = *env.doc->log;
  const auto& waiting = state.Items(trace::Queue::kPoolWork);
  std::string label = "waiting (" + std::to_string(waiting.size()) + ")";
  ImVec2 label_at(rows.x, y + (rows.chip_h - ImGui::GetFontSize()) / 2);
  draw->AddText(label_at, waiting.empty() ? env.palette->text_dim : env.palette->text,
                label.c_str());
  ImVec2 label_size = ImGui::CalcTextSize(label.c_str());
  if (ImGui::IsMouseHoveringRect(label_at,
                                 ImVec2(label_at.x + label_size.x, label_at.y + label_size.y)))
    ImGui::SetTooltip("Jobs waiting for a free thread: libuv's FIFO work queue (threadpool.c).");
  float x = rows.x + label_size.x + rows.chip_h * 0.5f;
  ImU32 tab = VocabColour(trace::QueueColour(trace::Queue::kPoolWork));
  if (env.motion && env.motion->Active()) {
    const auto& before = env.previous->Items(trace::Queue::kPoolWork);
    ChipRow row = LayoutChips(JobTexts(before, log), x, right, rows.chip_h);
    for (const ChipRow::Chip& c : row.chips)
      if (env.motion->LeavesSlot(before[c.index].id))
        env.motion->anchors.origins[before[c.index].id] = {ImVec2(c.x, y),
                                                           ImVec2(c.x + c.w, y + rows.chip_h)};
  }
  std::vector<std::string> texts = JobTexts(waiting, log);
  ChipRow row = LayoutChips(texts, x, right, rows.chip_h);
  for (const ChipRow::Chip& c : row.chips) {
    const trace::QueueItem& item = waiting[c.index];
    if (env.motion)
      env.motion->anchors.targets[item.id] = {ImVec2(c.x, y), ImVec2(c.x + c.w, y + rows.chip_h)};
    if (env.motion && env.motion->Arriving(item.id)) continue;
    if (DrawChip(draw, env, ImVec2(c.x, y), ImVec2(c.w, rows.chip_h), texts[c.index],
                 {tab, env.hover_in.item == item.id}))
      env.hover_out->item = item.id, env.hover_out->line = item.from.line;
  }
  DrawMoreCount(draw, env, row, y, rows.chip_h, texts);
}

}  // namespace

void DrawThreadPoolPanel(const trace::LoopState& state, ThreadPoolPanelState& panel, float anim_t) {
  const PanelEnv& env = panel.env;
  if (!BeginPanel("Thread pool###pool", env) || !env.doc) return EndPanel();
  ImDrawList* draw = ImGui::GetWindowDrawList();
  ImVec2 origin = ImGui::GetCursorScreenPos(), avail = ImGui::GetContentRegionAvail();
  // One row per thread plus the waiting row. Many threads (or a short panel at a projector
  // size) make the rows thinner, down to a line of text; past that the panel scrolls. Whole
  // pixels, so rows that fit never round up into a scroll bar.
  float rows_n = static_cast<float>(state.pool.size() + 1), gap = 2;
  const float font = ImGui::GetFontSize();
  float chip_h = std::clamp(std::floor((avail.y - gap * (rows_n - 1)) / rows_n), std::ceil(font),
                            ImGui::GetFrameHeight());
  // The want: every row a little over a line high, measured here (ImGui's content size, a
  // fraction of a pixel off, would swing the layout between two heights and a scroll bar); a
  // column short of it by a few pixels thins the rows to the line instead of scrolling.
  panel.want_h = env.size.y - avail.y + rows_n * (std::ceil(font * 1.05f) + gap) - gap;
  PoolRows rows{origin.x, avail.x, chip_h, chip_h + gap};
  int64_t now = AnimatedTime(env.previous ? env.previous->time_ns : state.time_ns, state.time_ns,
                             Ease(anim_t));
  for (size_t i = 0; i < state.pool.size(); ++i)
    DrawLane(draw, i, state.pool[i], now, env, rows, origin.y + static_cast<float>(i) * rows.step);
  float y = origin.y + static_cast<float>(state.pool.size()) * rows.step;
  float cores_x = DrawCores(draw, state, env, rows, y);
  DrawWaiting(draw, state, env, rows, y, cores_x - chip_h * 0.5f);
  ImGui::Dummy(ImVec2(avail.x, rows_n * rows.step - gap));  // no gap under the last row
  EndPanel();
}

}  // namespace loopscope::app
