// app/ui/render.cpp — real frames in an offscreen window, read back as pixels.
#include "app/ui/render.h"

#include <cstdio>

#include "app/ui/frame.h"
#include "app/ui/layout_report.h"
#include "app/ui/window.h"

namespace loopscope::app {
namespace {

void InitLook(AppState& state) {
  std::string message;
  state.fonts = LoadFonts(ImGui::GetIO().Fonts, state.prefs.font_size, &message);
  if (!message.empty()) std::fprintf(stderr, "%s\n", message.c_str());
  ApplyTheme(state.prefs.theme, state.fonts.size);
}

}  // namespace

bool RenderFrames(AppState& state, int width, int height, int frames,
                  std::vector<unsigned char>* rgba, std::string* error) {
  std::unique_ptr<Window> window =
      Window::Create({.width = width, .height = height, .offscreen = true}, error);
  if (!window) return false;
  InitLook(state);
  // Settling frames build ImGui's draw lists but skip the GL drawing, which under a software
  // renderer costs most of the time; the frame read back is drawn once they agree.
  auto draw = [&] {
    window->PollEvents(false, 0);
    window->BeginFrame();
    DrawFrame(state);
    state.commands.clear();  // a screenshot shows one step; nothing may move it
  };
  int same = 0;
  for (int i = 0; i + 1 < kMostSettleFrames && (i + 1 < frames || same < 2); ++i) {
    const PanelMeasures before = state.measured;
    draw();
    ImGui::Render();
    same = SameMeasures(before, state.measured) ? same + 1 : 0;
  }
  draw();
  window->EndFrame(GetPalette(state.prefs.theme).background);
  int w = 0, h = 0;
  *rgba = window->ReadPixels(&w, &h);
  return true;
}

}  // namespace loopscope::app
