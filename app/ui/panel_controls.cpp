// app/ui/panel_controls.cpp — the controls bar: the scenario title with the view buttons
// (theme, font size, panels, open), then step buttons, play/pause, the step slider,
// granularity and speed, and the classroom stops' buttons (stop_caption.h). Every action is a
// UiCommand; the same actions have keys (frame.cpp): Space, ←/→, Page Down/Up, Home/End,
// Ctrl +/-.
#include <algorithm>
#include <string>

#include "app/ui/layout.h"
#include "app/ui/load_progress.h"
#include "app/ui/panel_common.h"
#include "app/ui/playback.h"
#include "app/ui/stop_caption.h"

namespace loopscope::app {
namespace {

void Post(const PanelEnv& env, UiCommand::Kind kind, size_t step = 0, float number = 0) {
  env.commands->push_back({kind, step, number});
}

float ButtonWidth(const char* label) {
  return ImGui::CalcTextSize(label, nullptr, true).x + ImGui::GetStyle().FramePadding.x * 2;
}

float RowRight() {
  return ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x;
}

// Continues the row when `w` more pixels fit on it, else starts the next one: at projector
// font sizes the toolbar wraps instead of running off the window.
void SameLineIfFits(float w, float spacing = -1) {
  float gap = spacing < 0 ? ImGui::GetStyle().ItemSpacing.x : spacing;
  if (ImGui::GetItemRectMax().x + gap + w <= RowRight()) ImGui::SameLine(0, gap);
}

// A button whose tooltip names what it does and its key.
bool KeyedButton(const char* label, const char* tip, ImVec2 size = ImVec2(0, 0)) {
  bool pressed = ImGui::Button(label, size);
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tip);
  return pressed;
}

// The granularity combo as wide as its longest entry.
float GranularityWidth() {
  float w = 0;
  for (int g = 0; g < kGranularityCount; ++g) {
    std::string name(trace::GranularityDisplayName(static_cast<Granularity>(g)));
    w = std::max(w, ImGui::CalcTextSize(name.c_str()).x);
  }
  return w + ImGui::GetFrameHeight() + ImGui::GetStyle().FramePadding.x * 2;
}

// At projector sizes (a toolbar fewer than 55 font heights wide) the settings' captions
// give way to tooltips, so the transport fits one row.
bool Terse() {
  return ImGui::GetWindowContentRegionMax().x - ImGui::GetWindowContentRegionMin().x <
         ImGui::GetFontSize() * 55;
}

// A caption before a setting, or nothing when Terse().
void Caption(const char* text) {
  if (Terse()) return;
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted(text);
  ImGui::SameLine();
}

float CaptionWidth(const char* text) {
  return Terse() ? 0 : ImGui::CalcTextSize(text).x + ImGui::GetStyle().ItemSpacing.x;
}

// The playback settings after the slider: "step by [combo]" and "speed [slider] 2.0/s".
float SettingsWidths(float* step_by_w, float* speed_w) {
  float font = ImGui::GetFontSize(), spacing = ImGui::GetStyle().ItemSpacing.x;
  *step_by_w = CaptionWidth("step by") + GranularityWidth();
  *speed_w = CaptionWidth("speed") + font * 4 + ImGui::CalcTextSize("200/s").x + spacing;
  return *step_by_w + *speed_w + font * 1.5f + spacing;
}

// The room the stop buttons take after the settings (with their gap), 0 without stops.
float StopsRoom(const ControlsPanelState& panel) {
  float w = StopButtonsWidth(panel);
  return w > 0 ? w + ImGui::GetFontSize() : 0;
}

// `speed_first`: the speed is on the title row, so this row need not leave room for it.
void DrawTransport(ControlsPanelState& panel, bool speed_first) {
  const PanelEnv& env = panel.env;
  using K = UiCommand::Kind;
  if (KeyedButton("|<", "First step (Home)")) Post(env, K::kHome);
  ImGui::SameLine();
  if (KeyedButton("< Back", "Step back (Left arrow, Page Up)")) Post(env, K::kStepBack);
  ImGui::SameLine();
  if (KeyedButton(panel.playing ? "Pause" : "Play", "Play or pause (Space)",
                  ImVec2(ImGui::GetFontSize() * 4, 0)))
    Post(env, K::kTogglePlay);
  ImGui::SameLine();
  if (KeyedButton("Step >", "Step forward (Right arrow, Page Down)")) Post(env, K::kStepForward);
  ImGui::SameLine();
  if (KeyedButton(">|", "Last step (End)")) Post(env, K::kEnd);
  int step = static_cast<int>(panel.step);
  int last = panel.step_count > 0 ? static_cast<int>(panel.step_count - 1) : 0;
  // The numbers go beside the slider, not on it, where the grab would cover them. The
  // slider takes what the row has left, within bounds; the group wraps when even the
  // narrowest slider does not fit.
  float font = ImGui::GetFontSize(), spacing = ImGui::GetStyle().ItemSpacing.x;
  std::string count = "step " + std::to_string(last) + " of " + std::to_string(last);
  float count_w = ImGui::CalcTextSize(count.c_str()).x;
  SameLineIfFits(font * 4 + spacing + count_w);
  float room = RowRight() - ImGui::GetCursorScreenPos().x - spacing - count_w;
  float step_by_w = 0, speed_w = 0, settings_w = SettingsWidths(&step_by_w, &speed_w);
  if (speed_first) settings_w -= speed_w;
  settings_w += StopsRoom(panel);
  // The slider shrinks before the settings after it wrap.
  if (room - settings_w >= font * 4) room -= settings_w;
  ImGui::SetNextItemWidth(std::clamp(room, font * 4, font * 8));
  if (ImGui::SliderInt("##step", &step, 0, last, ""))
    Post(env, K::kJumpTo, static_cast<size_t>(step));
  ImGui::SameLine();
  ImGui::AlignTextToFramePadding();
  ImGui::Text("step %d of %d", step, last);
}

void DrawPlaybackSettings(ControlsPanelState& panel) {
  const PanelEnv& env = panel.env;
  using K = UiCommand::Kind;
  float step_by_w = 0, speed_w = 0;
  SettingsWidths(&step_by_w, &speed_w);
  SameLineIfFits(step_by_w, ImGui::GetFontSize() * 1.5f);
  Caption("step by");
  ImGui::SetNextItemWidth(GranularityWidth());
  std::string current(trace::GranularityDisplayName(static_cast<Granularity>(panel.granularity)));
  if (ImGui::BeginCombo("##granularity", current.c_str())) {
    for (int g = 0; g < kGranularityCount; ++g) {
      std::string name(trace::GranularityDisplayName(static_cast<Granularity>(g)));
      if (ImGui::Selectable(name.c_str(), g == panel.granularity))
        Post(env, K::kSetGranularity, static_cast<size_t>(g));
    }
    ImGui::EndCombo();
  }
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("Step by");
}

void DrawSpeed(ControlsPanelState& panel, float speed_w, float gap) {
  const PanelEnv& env = panel.env;
  using K = UiCommand::Kind;
  SameLineIfFits(speed_w, gap);
  Caption("speed");
  ImGui::SetNextItemWidth(ImGui::GetFontSize() * 4);
  float speed = panel.speed;
  if (ImGui::SliderFloat("##speed", &speed, kMinSpeed, kMaxSpeed, "", ImGuiSliderFlags_Logarithmic))
    Post(env, K::kSetSpeed, 0, speed);
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("Play speed, steps per second");
  ImGui::SameLine();
  ImGui::Text(speed < 10 ? "%.1f/s" : "%.0f/s", speed);
}

// "Run live" beside the title: the same program on a real libuv loop, compared with the
// simulation when it finishes (live_compare.h).
void DrawLiveButton(ControlsPanelState& panel) {
  const PanelEnv& env = panel.env;
  using K = UiCommand::Kind;
  if (!panel.live_running && !panel.live_available) return;
  SameLineIfFits(ButtonWidth("Run live again"), ImGui::GetFontSize() * 1.5f);
  if (panel.live_running) {
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted("running on a real libuv loop…");
    ImGui::SameLine();
    if (ImGui::Button("Cancel")) Post(env, K::kCancelLive);
    return;
  }
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

// "What if" beside "Run live": the same program on a changed machine (panel_what_if.h).
void DrawWhatIfButton(ControlsPanelState& panel) {
  if (!panel.what_if_available) return;
  const PanelEnv& env = panel.env;
  SameLineIfFits(ButtonWidth("What if"), ImGui::GetStyle().ItemSpacing.x);
  if (panel.what_if_open) ImGui::PushStyleColor(ImGuiCol_Button, env.palette->accent);
  if (panel.what_if_open) ImGui::PushStyleColor(ImGuiCol_Text, env.palette->card);
  bool pressed =
      KeyedButton("What if", "Change the pool, the cores or I/O costs and run again (W)");
  if (panel.what_if_open) ImGui::PopStyleColor(2);
  if (pressed) Post(env, UiCommand::Kind::kToggleWhatIf);
}

// "Compare" beside "What if": a menu of the two-way comparisons (two_way_compare.h), the
// open program in Node and in a browser, or as CommonJS and as an ES module.
void DrawCompareButton(ControlsPanelState& panel) {
  if (!panel.live_available && !panel.what_if_available) return;
  const PanelEnv& env = panel.env;
  using K = UiCommand::Kind;
  SameLineIfFits(ButtonWidth("Compare"), ImGui::GetStyle().ItemSpacing.x);
  if (KeyedButton("Compare", "Run this program two ways, side by side (N, M)"))
    ImGui::OpenPopup("##compare_menu");
  if (!ImGui::BeginPopup("##compare_menu")) return;
  if (ImGui::MenuItem("Compare: Node vs browser", "N")) Post(env, K::kCompareHosts);
  if (ImGui::MenuItem("Compare: CommonJS vs ES module", "M")) Post(env, K::kCompareModules);
  ImGui::EndPopup();
}

// While a scenario simulates on a worker: how far it has got and a Cancel (the document
// on screen, if any, stays and can be stepped meanwhile). On the title row when it fits.
void DrawLoadingStrip(ControlsPanelState& panel) {
  const PanelEnv& env = panel.env;
  if (env.loading.empty()) return;
  const std::string text = LoadingText(env.loading, *env.load);
  SameLineIfFits(ImGui::CalcTextSize(text.c_str()).x + ButtonWidth("Cancel"), ImGui::GetFontSize());
  ImGui::AlignTextToFramePadding();
  DimText(env, text);
  ImGui::SameLine();
  if (KeyedButton("Cancel##load", "Stop simulating; keep what is on screen"))
    Post(env, UiCommand::Kind::kCancelLoad);
}

float ViewButtonsWidth(const ControlsPanelState& panel) {
  return ButtonWidth(panel.dark ? "Light" : "Dark") + ButtonWidth("Panels") + ButtonWidth("Open…") +
         ButtonWidth("A-") + ButtonWidth("A+") + 4 * ImGui::GetStyle().ItemSpacing.x;
}

// Theme, panels, Open and the font size, right-aligned on the title row (on a row of their
// own when the title leaves no room). A- and A+ come last, against the window's edge, so
// a size change keeps them under the pointer.
void DrawViewButtons(ControlsPanelState& panel) {
  const PanelEnv& env = panel.env;
  using K = UiCommand::Kind;
  const char* theme = panel.dark ? "Light" : "Dark";
  float buttons_w = ViewButtonsWidth(panel);
  SameLineIfFits(buttons_w, ImGui::GetFontSize());
  float x = RowRight() - buttons_w;
  if (x > ImGui::GetCursorScreenPos().x)
    ImGui::SetCursorScreenPos(ImVec2(x, ImGui::GetCursorScreenPos().y));
  if (KeyedButton(theme, "Switch the colour theme")) Post(env, K::kSetTheme, panel.dark ? 0 : 1);
  ImGui::SameLine();
  if (KeyedButton("Panels", "Show or hide panels")) ImGui::OpenPopup("##panels");
  if (ImGui::BeginPopup("##panels")) {
    for (const ToggleablePanel& t : kToggleablePanels) {
      bool on = *PanelFlag(panel.shown, t.id);
      if (ImGui::Checkbox(t.name, &on)) Post(env, K::kTogglePanel, static_cast<size_t>(t.id));
    }
    ImGui::EndPopup();
  }
  ImGui::SameLine();
  if (KeyedButton("Open…", "Open a scenario (Ctrl+O)")) Post(env, K::kShowBrowser);
  ImGui::SameLine();
  if (KeyedButton("A-", "Smaller text (-)")) Post(env, K::kSetFontSize, 0, panel.font_size - 2);
  ImGui::SameLine();
  if (KeyedButton("A+", "Larger text (+)")) Post(env, K::kSetFontSize, 0, panel.font_size + 2);
}

// The scenario's title in the title font, cut to `room` pixels with an ellipsis when longer
// (never below six font heights, where the row wraps instead).
void DrawTitle(const ControlsPanelState& panel, float room) {
  const PanelEnv& env = panel.env;
  std::string title = panel.title.empty()
                          ? (env.loading.empty() ? "No scenario loaded" : "Loopscope")
                          : panel.title;
  ImGui::PushFont(env.fonts->title);
  room = std::max(room, ImGui::GetFontSize() * 6);
  bool cut = ImGui::CalcTextSize(title.c_str()).x > room;
  if (cut) title = FitTextToWidth(title, room);
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted(title.c_str());
  ImGui::PopFont();
  if (cut && ImGui::IsItemHovered()) ImGui::SetTooltip("%s", panel.title.c_str());
}

}  // namespace

void DrawControlsPanel(const trace::LoopState& state, ControlsPanelState& panel, float anim_t) {
  const PanelEnv& env = panel.env;
  if (!BeginPanel("Loopscope###controls", env, ImGuiWindowFlags_NoTitleBar)) return EndPanel();
  // The speed goes on the title row when it fits there beside the view buttons: at
  // projector sizes that saves the toolbar a row. A title too long to leave it room is cut
  // short (its whole text in a tooltip; the source panel names the file too).
  float step_by_w = 0, speed_w = 0, font = ImGui::GetFontSize();
  SettingsWidths(&step_by_w, &speed_w);
  float spacing = ImGui::GetStyle().ItemSpacing.x;
  // Every button DrawTitle's row holds after the title (Compare rides with What if and Run
  // live): a title left room for the speed that a button then takes pushes the speed, and
  // the stop buttons after it, to a third row at 1280x720 with font 24.
  const bool compare = panel.live_available || panel.what_if_available;
  float buttons_w = (panel.what_if_available ? ButtonWidth("What if") + spacing : 0) +
                    (compare ? ButtonWidth("Compare") + spacing : 0) +
                    (panel.live_available ? ButtonWidth("Run live again") + font * 1.5f : 0);
  DrawTitle(panel, RowRight() - ImGui::GetCursorScreenPos().x - buttons_w - font * 2.5f - speed_w -
                       ViewButtonsWidth(panel));
  DrawLiveButton(panel);
  DrawWhatIfButton(panel);
  DrawCompareButton(panel);
  DrawLoadingStrip(panel);
  bool speed_first =
      ImGui::GetItemRectMax().x + font * 2.5f + speed_w + ViewButtonsWidth(panel) <= RowRight();
  if (speed_first) DrawSpeed(panel, speed_w, font * 1.5f);
  DrawViewButtons(panel);
  DrawTransport(panel, speed_first);
  DrawPlaybackSettings(panel);
  if (!speed_first) DrawSpeed(panel, speed_w, ImGui::GetStyle().ItemSpacing.x);
  if (float stops_w = StopButtonsWidth(panel); stops_w > 0) {
    SameLineIfFits(stops_w, font);
    DrawStopButtons(panel);
  }
  EndPanel();
}

}  // namespace loopscope::app
