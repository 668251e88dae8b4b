// app/ui/frame.h — one frame of the app: keys, layout, and the flat list of panels.
//
// Called between ImGui::NewFrame() and ImGui::Render() by app.cpp (interactive) and
// screenshot.cpp (offscreen), and by the headless smoke test. Reads AppState; all changes
// are posted as UiCommands and applied by the caller between frames.
#pragma once

#include "app/ui/app_state.h"

namespace loopscope::app {

void DrawFrame(AppState& state);

}  // namespace loopscope::app
