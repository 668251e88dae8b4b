// app/ui/panel_what_if.cpp — the What if panel's frame: the machine's sliders on the left,
// the comparison or the sweep chart on the right (panel_what_if.h).
#include "app/ui/panel_what_if.h"

#include <algorithm>
#include <string>

#include "app/ui/panel_common.h"

namespace loopscope::app {
namespace {

using K = UiCommand::Kind;

void Post(const PanelEnv& env, K kind, size_t step = 0) {
  env.commands->push_back({kind, step});
}

// A slider re-simulates when it is let go (not on every frame of a drag): one run per change.
void RunWhenReleased(const PanelEnv& env) {
  if (ImGui::IsItemDeactivatedAfterEdit()) Post(env, K::kRunWhatIf);
}

// Where the captions go: in a column `width` wide left of the sliders where every caption
// fits in it, else each on its own lines (wrapped) above its slider, so none is cut.
struct LabelColumn {
  float width = 0;
  bool above = false;
  int* clipped = nullptr;  // counts captions wider than their room (WhatIfPanelState)
};

void LabelRow(const char* label, const char* tip, const LabelColumn& column) {
  float right = ImGui::GetCursorScreenPos().x +
                (column.above ? ImGui::GetContentRegionAvail().x : column.width);
  if (column.above) {
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextUnformatted(label);
    ImGui::PopTextWrapPos();
  } else {
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(label);
  }
  // One pixel of slack: ImGui floors text widths.
  if (ImGui::GetItemRectMax().x > right + 1.0f) ++*column.clipped;
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tip);
  if (!column.above) ImGui::SameLine(column.width);
}

void IntSlider(const PanelEnv& env, const char* label, const char* id, int* value, int max,
               const char* tip, const LabelColumn& column) {
  LabelRow(label, tip, column);
  ImGui::SetNextItemWidth(-1);
  ImGui::SliderInt(id, value, 1, max, "%d", ImGuiSliderFlags_AlwaysClamp);
  RunWhenReleased(env);
}

// One I/O kind's latency and CPU cost, in milliseconds on a logarithmic scale (a cost of
// 0.05 ms and one of 500 ms both need room).
void IoSliders(const PanelEnv& env, const std::string& key, scenario::IoCost& cost,
               const scenario::IoCost& base, const LabelColumn& column) {
  const float top = std::max(
      {1000.0f, static_cast<float>(base.latency_ms) * 4, static_cast<float>(base.cpu_ms) * 4});
  const ImGuiSliderFlags flags = ImGuiSliderFlags_Logarithmic | ImGuiSliderFlags_AlwaysClamp;
  for (int cpu = 0; cpu <= 1; ++cpu) {
    double& ms = cpu ? cost.cpu_ms : cost.latency_ms;
    double was = cpu ? base.cpu_ms : base.latency_ms;
    if (ms == 0 && was == 0) continue;  // a part the scenario does not use
    std::string label = key + (cpu ? " CPU" : " latency");
    std::string tip = label + (cpu ? ": CPU work per operation, which competes for the cores"
                                   : ": waiting per operation that uses no CPU (disk, network)");
    LabelRow(label.c_str(), tip.c_str(), column);
    float value = static_cast<float>(ms);
    ImGui::SetNextItemWidth(-1);
    if (ImGui::SliderFloat(("##" + label).c_str(), &value, 0.0f, top, "%.3g ms", flags)) ms = value;
    RunWhenReleased(env);
  }
}

void DrawSliders(const PanelEnv& env, WhatIfState& w, int* clipped_labels) {
  int pool = w.settings.threadpool_size.value_or(w.base.threadpool_size);
  int cores = w.settings.cpu_cores.value_or(w.base.cpu_cores);
  // The captions' column: as wide as the longest caption, if that leaves the sliders half.
  float widest = ImGui::CalcTextSize("pool threads").x;
  for (const auto& [key, cost] : w.settings.io)
    widest = std::max(widest, ImGui::CalcTextSize((key + " latency").c_str()).x);
  widest += ImGui::GetStyle().ItemSpacing.x * 2;
  const LabelColumn column{widest, widest > ImGui::GetContentRegionAvail().x * 0.5f,
                           clipped_labels};
  IntSlider(env, "pool threads", "##pool", &pool, 16,
            "UV_THREADPOOL_SIZE: how many libuv pool jobs run at once", column);
  IntSlider(env, "CPU cores", "##cores", &cores, 16,
            "Cores the main thread and the pool's CPU work share", column);
  w.settings.threadpool_size = pool, w.settings.cpu_cores = cores;
  for (auto& [key, cost] : w.settings.io) {
    auto base = w.base.io.find(key);
    IoSliders(env, key, cost, base == w.base.io.end() ? cost : base->second, column);
  }
  if (w.base.io.empty())
    DimTextWrapped(env, "This scenario sets no I/O costs: the built-in ones apply.");
  if (ImGui::Button("Reset")) Post(env, K::kResetWhatIf);
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("Back to the scenario's own machine");
}

void DrawModeButtons(const WhatIfPanelState& panel) {
  const PanelEnv& env = panel.env;
  const WhatIfState& w = *panel.what_if;
  const char* labels[] = {"Both runs", "Pool size 1-8"};
  for (size_t i = 0; i < 2; ++i) {
    bool on = w.show_chart == (i == 1);
    if (on) ImGui::PushStyleColor(ImGuiCol_Button, env.palette->accent);
    if (on) ImGui::PushStyleColor(ImGuiCol_Text, env.palette->card);
    if (ImGui::Button(labels[i])) Post(env, K::kShowWhatIfChart, i);
    if (on) ImGui::PopStyleColor(2);
    ImGui::SameLine();
  }
  ImGui::AlignTextToFramePadding();
  if (panel.running)
    DimText(env, "simulating the what-if run …");
  else if (panel.sweeping)
    DimText(env, "sweeping pool sizes 1 to 8 …");
  else if (!w.errors.empty())
    DimText(env, w.errors.front());
  else if (w.show_chart && !w.sweep_points.empty())
    ImGui::TextUnformatted(kSweepCaption);
  else
    ImGui::NewLine();
}

void DrawChartView(const WhatIfPanelState& panel) {
  const PanelEnv& env = panel.env;
  const WhatIfState& w = *panel.what_if;
  if (w.sweep_points.empty()) {
    if (panel.sweeping) return;
    DimTextWrapped(env,
                   "Simulate this program with pools of 1 to 8 threads and chart how many pool "
                   "jobs finish per second of virtual time.");
    if (ImGui::Button("Sweep pool sizes")) Post(env, K::kSweepPools);
    return;
  }
  bool any_jobs = std::any_of(w.sweep_points.begin(), w.sweep_points.end(),
                              [](const SweepPoint& p) { return p.per_second > 0; });
  if (!any_jobs)
    return DimTextWrapped(env, "No job ran on the thread pool in this program: nothing to chart.");
  DrawSweepChart(env, w.sweep_points, w.base.cpu_cores, ImGui::GetContentRegionAvail());
}

}  // namespace

void DrawWhatIfPanel(const trace::LoopState& state, WhatIfPanelState& panel) {
  const PanelEnv& env = panel.env;
  if (!BeginPanel("What if###whatif", env) || !env.doc || !panel.what_if) return EndPanel();
  WhatIfState& w = *panel.what_if;
  float sliders_w = std::clamp(ImGui::GetContentRegionAvail().x * 0.32f, ImGui::GetFontSize() * 10,
                               ImGui::GetFontSize() * 20);
  panel.clipped_labels = 0;
  if (ImGui::BeginChild("##whatif_sliders", ImVec2(sliders_w, 0)))
    DrawSliders(env, w, &panel.clipped_labels);
  ImGui::EndChild();
  ImGui::SameLine();
  if (ImGui::BeginChild("##whatif_view", ImVec2(0, 0))) {
    DrawModeButtons(panel);
    if (w.show_chart)
      DrawChartView(panel);
    else if (w.run)
      DrawWhatIfComparison(env, w, state.time_ns);
    else
      DimTextWrapped(env,
                     "Move a slider: the program is simulated again on that machine and "
                     "shown here beside this run.");
  }
  ImGui::EndChild();
  EndPanel();
}

}  // namespace loopscope::app
