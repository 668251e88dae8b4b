// tests/gui/headless_ui.h — whole app frames without a window (imgui's example_null
// approach): an ImGui context with fonts built and no renderer, so frames produce draw
// lists only, followed by what the app does between frames.
#pragma once

#include <string>

#include <imgui.h>

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
    unsigned char* pixels = nullptr;
    int w = 0, h = 0;
    io.Fonts->GetTexDataAsRGBA32(&pixels, &w, &h);
    ApplyTheme(state.prefs.theme, state.fonts.size);
  }
  ~HeadlessUi() { ImGui::DestroyContext(); }

  void Frame() {
    ImGui::GetIO().DeltaTime = 1.0f / 60.0f;
    ImGui::NewFrame();
    DrawFrame(state_);
    ImGui::Render();
    ApplyCommands(state_);
    RefreshStates(state_);
  }

 private:
  AppState& state_;
};

}  // namespace loopscope::app
