// app/ui/panel_thread_pool.cpp — libuv's thread pool: one lane per thread with its job and
// its progress (elapsed against the expected duration, progress.h), the FIFO work queue
// waiting for a free thread, and how many of the machine's CPU cores are busy (main thread
// plus pool threads that do CPU work).
#include <algorithm>
#include <string>

#include "app/ui/panel_common.h"
#include "app/ui/progress.h"
#include "engine/trace/explain.h"

namespace loopscope::app {
namespace {

// "CPU cores 2 / 4" and one box per core, right-aligned on the current line.
void DrawCores(ImDrawList* draw, const trace::LoopState& state, const PanelEnv& env) {
  int cores = std::clamp(env.doc->log->info().cpu_cores, 1, 64);
  int busy = state.stack.empty() ? 0 : 1;
  for (const auto& t : state.pool) busy += t.job != 0 ? 1 : 0;
  std::string label = "CPU cores " + std::to_string(std::min(busy, cores)) + " / " + std::to_string(cores);
  float box = ImGui::GetFontSize() * 0.8f, boxes_w = static_cast<float>(cores) * box * 1.3f;
  float label_w = ImGui::CalcTextSize(label.c_str()).x;
  float right = ImGui::GetWindowContentRegionMax().x;
  ImGui::SameLine(std::max(ImGui::GetCursorPosX(), right - boxes_w - label_w - 8));
  ImGui::TextUnformatted(label.c_str());
  ImGui::SameLine();
  ImVec2 at = ImGui::GetCursorScreenPos();
  for (int i = 0; i < cores; ++i) {
    ImVec2 a(at.x + static_cast<float>(i) * box * 1.3f, at.y + box * 0.15f);
    draw->AddRectFilled(a, ImVec2(a.x + box, a.y + box), i < busy ? env.palette->accent : env.palette->card, 3);
  }
  ImGui::NewLine();
}

// One thread's lane: its name, then its job with progress, or "idle".
void DrawLane(ImDrawList* draw, size_t i, const trace::PoolThread& t, int64_t now, const PanelEnv& env) {
  const trace::StepLog& log = *env.doc->log;
  float chip_h = ImGui::GetFrameHeight();
  float width = ImGui::GetContentRegionAvail().x;
  float name_w = ImGui::CalcTextSize("thread 00").x + 12;
  ImVec2 pos = ImGui::GetCursorScreenPos();
  std::string name = "thread " + std::to_string(i + 1);
  float text_y = pos.y + (chip_h - ImGui::GetFontSize()) / 2;
  draw->AddText(ImVec2(pos.x, text_y), env.palette->text_dim, name.c_str());
  ImGui::Dummy(ImVec2(width, chip_h));
  if (!t.job) return draw->AddText(ImVec2(pos.x + name_w, text_y), env.palette->text_dim, "idle");
  ImVec2 at(pos.x + name_w, pos.y), size(width - name_w, chip_h);
  if (env.motion) env.motion->anchors.targets[t.job] = {at, ImVec2(at.x + size.x, at.y + size.y)};
  if (env.motion && env.motion->Arriving(t.job)) return;  // the flight draws it
  Progress progress = ProgressAt(t.since_ns, t.expected_ns, now);
  std::string detail = ProgressText(progress);
  ChipStyle style{VocabColour(trace::QueueColour(trace::Queue::kPoolWork)), env.hover_in.item == t.job, 1.0f,
                  progress.known ? progress.fraction : -1.0f, progress.over_ns > 0, detail};
  if (!DrawChip(draw, env, at, size, log.Text(t.label), style)) return;
  env.hover_out->item = t.job, env.hover_out->line = t.from.line;
  if (progress.over_ns > 0)
    ImGui::SetTooltip("Expected %s on a free core; more threads want the CPU than there are cores,\n"
                      "so every one of them runs slower.", trace::FormatMs(progress.expected_ns).c_str());
}

// The FIFO work queue, one chip per job in order. Jobs that left it for a thread fly from
// the slot they had before the move (motion.h).
void DrawWaiting(ImDrawList* draw, const trace::LoopState& state, const PanelEnv& env) {
  const trace::StepLog& log = *env.doc->log;
  float chip_h = ImGui::GetFrameHeight(), step = chip_h + ImGui::GetStyle().ItemSpacing.y;
  float width = ImGui::GetContentRegionAvail().x;
  ImVec2 top = ImGui::GetCursorScreenPos();
  float bottom = env.pos.y + env.size.y;
  if (env.motion && env.motion->Active()) {
    const auto& before = env.previous->Items(trace::Queue::kPoolWork);
    for (size_t k = 0; k < before.size(); ++k) {
      float y = std::min(top.y + static_cast<float>(k) * step, bottom - chip_h);
      if (env.motion->LeavesSlot(before[k].id)) env.motion->anchors.origins[before[k].id] = {ImVec2(top.x, y), ImVec2(top.x + width, y + chip_h)};
    }
  }
  ImU32 tab = VocabColour(trace::QueueColour(trace::Queue::kPoolWork));
  for (const auto& item : state.Items(trace::Queue::kPoolWork)) {
    ImVec2 pos = ImGui::GetCursorScreenPos();
    if (pos.y > bottom) break;
    ImGui::Dummy(ImVec2(width, chip_h));
    if (env.motion) env.motion->anchors.targets[item.id] = {pos, ImVec2(pos.x + width, pos.y + chip_h)};
    if (env.motion && env.motion->Arriving(item.id)) continue;
    if (DrawChip(draw, env, pos, ImVec2(width, chip_h), log.Text(item.label), {tab, env.hover_in.item == item.id}))
      env.hover_out->item = item.id, env.hover_out->line = item.from.line;
  }
}

}  // namespace

void DrawThreadPoolPanel(const trace::LoopState& state, ThreadPoolPanelState& panel, float anim_t) {
  const PanelEnv& env = panel.env;
  if (!BeginPanel("Thread pool###pool", env) || !env.doc) return EndPanel();
  ImDrawList* draw = ImGui::GetWindowDrawList();
  ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(ImGui::GetStyle().ItemSpacing.x, 3));
  int64_t now = AnimatedTime(env.previous ? env.previous->time_ns : state.time_ns, state.time_ns, Ease(anim_t));
  for (size_t i = 0; i < state.pool.size(); ++i) DrawLane(draw, i, state.pool[i], now, env);
  std::string header = "waiting for a thread (" + std::to_string(state.Items(trace::Queue::kPoolWork).size()) + ")";
  ImGui::TextUnformatted(header.c_str());
  DrawCores(draw, state, env);
  DrawWaiting(draw, state, env);
  ImGui::PopStyleVar();
  EndPanel();
}

}  // namespace loopscope::app
