// app/ui/panel_controls.cpp — the controls bar: the scenario title with the view buttons
// (theme, font size, panels, open), then step buttons, play/pause, the step slider,
// granularity and speed. Every action is a UiCommand;
// the same actions have keys (frame.cpp): Space, ←/→, Home/End, Ctrl +/-.
#include <algorithm>
#include <string>

#include "app/ui/layout.h"
#include "app/ui/panel_common.h"
#include "app/ui/playback.h"

namespace loopscope::app {
namespace {

void Post(const PanelEnv& env, UiCommand::Kind kind, size_t step = 0, float number = 0) {
  env.commands->push_back({kind, step, number});
}

void DrawTransport(ControlsPanelState& panel) {
  const PanelEnv& env = panel.env;
  using K = UiCommand::Kind;
  if (ImGui::Button("|<")) Post(env, K::kHome);
  ImGui::SameLine();
  if (ImGui::Button("< Back")) Post(env, K::kStepBack);
  ImGui::SameLine();
  if (ImGui::Button(panel.playing ? "Pause" : "Play", ImVec2(ImGui::GetFontSize() * 4, 0)))
    Post(env, K::kTogglePlay);
  ImGui::SameLine();
  if (ImGui::Button("Step >")) Post(env, K::kStepForward);
  ImGui::SameLine();
  if (ImGui::Button(">|")) Post(env, K::kEnd);
  ImGui::SameLine();
  int step = static_cast<int>(panel.step);
  int last = panel.step_count > 0 ? static_cast<int>(panel.step_count - 1) : 0;
  // The numbers go beside the sliders, not on them, where the grab would cover them. The
  // step slider takes what the row has left, so projector font sizes still fit one row.
  float font = ImGui::GetFontSize(), spacing = ImGui::GetStyle().ItemSpacing.x;
  float rest = ImGui::CalcTextSize("step 00000 of 00000").x + ImGui::CalcTextSize("step by").x +
               font * 8 + ImGui::CalcTextSize("speed").x + font * 5 +
               ImGui::CalcTextSize("200/s").x + font * 1.5f + spacing * 8;
  ImGui::SetNextItemWidth(std::clamp(ImGui::GetContentRegionAvail().x - rest, font * 4, font * 12));
  if (ImGui::SliderInt("##step", &step, 0, last, ""))
    Post(env, K::kJumpTo, static_cast<size_t>(step));
  ImGui::SameLine();
  ImGui::AlignTextToFramePadding();
  ImGui::Text("step %d of %d", step, last);
}

void DrawPlaybackSettings(ControlsPanelState& panel) {
  const PanelEnv& env = panel.env;
  using K = UiCommand::Kind;
  ImGui::SameLine(0, ImGui::GetFontSize() * 1.5f);
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted("step by");
  ImGui::SameLine();
  ImGui::SetNextItemWidth(ImGui::GetFontSize() * 8);
  std::string current(trace::GranularityDisplayName(static_cast<Granularity>(panel.granularity)));
  if (ImGui::BeginCombo("##granularity", current.c_str())) {
    for (int g = 0; g < kGranularityCount; ++g) {
      std::string name(trace::GranularityDisplayName(static_cast<Granularity>(g)));
      if (ImGui::Selectable(name.c_str(), g == panel.granularity))
        Post(env, K::kSetGranularity, static_cast<size_t>(g));
    }
    ImGui::EndCombo();
  }
  ImGui::SameLine();
  ImGui::TextUnformatted("speed");
  ImGui::SameLine();
  ImGui::SetNextItemWidth(ImGui::GetFontSize() * 5);
  float speed = panel.speed;
  if (ImGui::SliderFloat("##speed", &speed, kMinSpeed, kMaxSpeed, "", ImGuiSliderFlags_Logarithmic))
    Post(env, K::kSetSpeed, 0, speed);
  ImGui::SameLine();
  ImGui::Text(speed < 10 ? "%.1f/s" : "%.0f/s", speed);
}

// "Run live" beside the title: the same program on a real libuv loop, compared with the
// simulation when it finishes (live_compare.h).
void DrawLiveButton(ControlsPanelState& panel) {
  const PanelEnv& env = panel.env;
  using K = UiCommand::Kind;
  ImGui::SameLine(0, ImGui::GetFontSize() * 1.5f);
  if (panel.live_running) {
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted("running on a real libuv loop…");
    ImGui::SameLine();
    if (ImGui::Button("Cancel")) Post(env, K::kCancelLive);
    return;
  }
  if (!panel.live_available) return;
  if (ImGui::Button(panel.comparing ? "Run live again" : "Run live")) Post(env, K::kRunLive);
  if (ImGui::IsItemHovered()) {
    ImGui::SetTooltip(
        "Run this program on a real libuv loop and thread pool, and compare it "
        "with the simulation");
  }
  if (!panel.live_error.empty()) {
    ImGui::SameLine();
    ImGui::PushStyleColor(ImGuiCol_Text, env.palette->stderr_text);
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(panel.live_error.c_str());
    ImGui::PopStyleColor();
  }
}

// Theme, font size, panels and Open, right-aligned on the title row.
void DrawViewButtons(ControlsPanelState& panel) {
  const PanelEnv& env = panel.env;
  using K = UiCommand::Kind;
  const ImGuiStyle& style = ImGui::GetStyle();
  float buttons_w = ImGui::CalcTextSize("LightA-A+PanelsOpen…").x + 5 * style.FramePadding.x * 2 +
                    4 * style.ItemSpacing.x;
  ImGui::SameLine(
      std::max(ImGui::GetCursorPosX(), ImGui::GetWindowContentRegionMax().x - buttons_w));
  if (ImGui::Button(panel.dark ? "Light" : "Dark")) Post(env, K::kSetTheme, panel.dark ? 0 : 1);
  ImGui::SameLine();
  if (ImGui::Button("A-")) Post(env, K::kSetFontSize, 0, panel.font_size - 2);
  ImGui::SameLine();
  if (ImGui::Button("A+")) Post(env, K::kSetFontSize, 0, panel.font_size + 2);
  ImGui::SameLine();
  if (ImGui::Button("Panels")) ImGui::OpenPopup("##panels");
  if (ImGui::BeginPopup("##panels")) {
    for (const ToggleablePanel& t : kToggleablePanels) {
      bool on = *PanelFlag(panel.shown, t.id);
      if (ImGui::Checkbox(t.name, &on)) Post(env, K::kTogglePanel, static_cast<size_t>(t.id));
    }
    ImGui::EndPopup();
  }
  ImGui::SameLine();
  if (ImGui::Button("Open…")) Post(env, K::kShowBrowser);
}

}  // namespace

void DrawControlsPanel(const trace::LoopState& state, ControlsPanelState& panel, float anim_t) {
  const PanelEnv& env = panel.env;
  if (!BeginPanel("Loopscope###controls", env, ImGuiWindowFlags_NoTitleBar)) return EndPanel();
  ImGui::PushFont(env.fonts->title);
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted(panel.title.empty()
                             ? (env.loading.empty() ? "No scenario loaded" : "Loopscope")
                             : panel.title.c_str());
  ImGui::PopFont();
  DrawLiveButton(panel);
  if (!env.loading.empty()) {
    ImGui::SameLine();
    ImGui::AlignTextToFramePadding();
    DimText(env, "simulating " + std::string(env.loading) + " …");
  }
  DrawViewButtons(panel);
  DrawTransport(panel);
  DrawPlaybackSettings(panel);
  EndPanel();
}

}  // namespace loopscope::app
