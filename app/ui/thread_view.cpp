// app/ui/thread_view.cpp — the shown thread's views and the selector (see the header).
#include "app/ui/thread_view.h"

#include <imgui.h>

namespace loopscope::app {
namespace {
// A thread as a sentence names it: "the main thread", "worker 1".
std::string Noun(uint32_t thread) {
  return thread == 0 ? "the " + ThreadName(0) : ThreadName(thread);
}
}  // namespace

std::string ThreadName(uint32_t thread) {
  return thread == 0 ? std::string("main thread") : "worker " + std::to_string(thread);
}

int NextThreadChoice(int chosen, uint32_t thread_count) {
  if (thread_count <= 1) return ThreadSelection::kFollow;
  const int next = chosen + 1;
  return next >= static_cast<int>(thread_count) ? ThreadSelection::kFollow : next;
}

void RefreshThreadView(ThreadSelection& sel, const trace::LoopState& current,
                       const trace::LoopState& previous, size_t step, uint32_t thread_count) {
  if (sel.chosen >= static_cast<int>(thread_count)) sel.chosen = ThreadSelection::kFollow;
  const uint32_t shown =
      sel.chosen == ThreadSelection::kFollow ? current.thread : static_cast<uint32_t>(sel.chosen);
  if (sel.step == step && sel.shown == shown) return;
  sel.shown = shown;
  sel.step = step;
  // The move's start is seen from the same thread, so nothing flies between two threads.
  sel.active = shown != current.thread || shown != previous.thread;
  sel.current = sel.active ? trace::ThreadView(current, shown) : trace::LoopState{};
  // The Why panel explains the step, which another thread ran: it says so first.
  if (shown != current.thread)
    sel.current.explanation = "Showing " + Noun(shown) + "; this step ran on " +
                              Noun(current.thread) + ": " + current.explanation;
  sel.previous = sel.active ? trace::ThreadView(previous, shown) : trace::LoopState{};
  sel.main_view = shown != 0 && current.thread != 0;
  sel.main = sel.main_view ? trace::ThreadView(current, 0) : trace::LoopState{};
}

void DrawThreadSelector(ThreadSelection& sel, uint32_t thread_count) {
  if (thread_count <= 1) return;
  const std::string preview = sel.chosen == ThreadSelection::kFollow
                                  ? "follow the step: " + ThreadName(sel.shown)
                                  : ThreadName(sel.shown);
  ImGui::SetNextItemWidth(ImGui::GetContentRegionAvail().x);
  if (ImGui::BeginCombo("##thread", preview.c_str())) {
    if (ImGui::Selectable("follow the step's thread", sel.chosen == ThreadSelection::kFollow))
      sel.chosen = ThreadSelection::kFollow;
    for (uint32_t t = 0; t < thread_count; ++t)
      if (ImGui::Selectable(ThreadName(t).c_str(), sel.chosen == static_cast<int>(t)))
        sel.chosen = static_cast<int>(t);
    ImGui::EndCombo();
  }
  if (ImGui::IsItemHovered())
    ImGui::SetTooltip(
        "Which thread the call stack, queues, loop and explanation show (T: next thread).\n"
        "Each worker has its own event loop; stepping follows the order the threads ran.");
}

}  // namespace loopscope::app
