// tests/gui/headless_ui.h — whole app frames without a window (imgui's example_null
// approach): an ImGui context with fonts built and no renderer, so frames produce draw
// lists only, followed by what the app does between frames. Tests then look at what a
// panel's window drew: its vertices and their colours.
#pragma once

#include <imgui.h>
#include <imgui_internal.h>

#include <algorithm>
#include <string>

#include "app/ui/app_state.h"
#include "app/ui/frame.h"
#include "app/ui/theme.h"

namespace loopscope::app {

class HeadlessUi {
 public:
  explicit HeadlessUi(AppState& state, ImVec2 display = ImVec2(1600, 900)) : state_(state) {
    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;
    io.DisplaySize = display;
    std::string message;
    state.fonts = LoadFonts(io.Fonts, state.prefs.font_size, &message);
    ApplyTheme(state.prefs.theme, state.fonts.size);
  }
  ~HeadlessUi() { ImGui::DestroyContext(); }
  HeadlessUi(const HeadlessUi&) = delete;
  HeadlessUi& operator=(const HeadlessUi&) = delete;

  // One frame: draw, then apply its commands and refresh the cursor's states.
  void Frame() {
    DrawOnly();
    ApplyCommands(state_);
    RefreshStates(state_);
  }
  // Draws one frame and applies nothing afterwards (to inspect it as drawn).
  void DrawOnly() {
    ImGui::GetIO().DeltaTime = 1.0f / 60.0f;
    ImGui::NewFrame();
    DrawFrame(state_);
    ImGui::Render();
  }

 private:
  AppState& state_;
};

// The draw list of the window named `name` in the last frame (null when not drawn).
inline const ImDrawList* WindowDrawList(const char* name) {
  ImGuiWindow* w = ImGui::FindWindowByName(name);
  return w && w->WasActive ? w->DrawList : nullptr;
}

// The draw list of the first child window of the window named `name` (the timeline draws
// its lanes in one), or null.
inline const ImDrawList* ChildDrawList(const char* name) {
  ImGuiWindow* w = ImGui::FindWindowByName(name);
  if (!w || !w->WasActive || w->DC.ChildWindows.empty()) return nullptr;
  return w->DC.ChildWindows[0]->DrawList;
}

// Vertices of a draw list whose colour is exactly `colour`, and their horizontal extent.
struct ColourExtent {
  int vertices = 0;
  float min_x = 0, max_x = 0;
};

inline ColourExtent FindColour(const ImDrawList& list, ImU32 colour) {
  ColourExtent e;
  for (const ImDrawVert& v : list.VtxBuffer) {
    if (v.col != colour) continue;
    e.min_x = e.vertices == 0 ? v.pos.x : std::min(e.min_x, v.pos.x);
    e.max_x = e.vertices == 0 ? v.pos.x : std::max(e.max_x, v.pos.x);
    ++e.vertices;
  }
  return e;
}

}  // namespace loopscope::app
