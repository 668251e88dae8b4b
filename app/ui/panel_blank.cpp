// app/ui/panel_blank.cpp — the blank screen a presenter switches to with B: the window in
// the background colour and the scenario's title in the middle, nothing else, until B or
// Escape brings the panels back (frame.cpp).
#include <string>

#include "app/ui/panels.h"

namespace loopscope::app {

void DrawBlankScreen(const std::string& title, const Palette& palette) {
  ImGuiIO& io = ImGui::GetIO();
  ImGui::SetNextWindowPos(ImVec2(0, 0));
  ImGui::SetNextWindowSize(io.DisplaySize);
  ImGui::PushStyleColor(ImGuiCol_WindowBg, palette.background);
  constexpr ImGuiWindowFlags kFlags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                      ImGuiWindowFlags_NoSavedSettings |
                                      ImGuiWindowFlags_NoBringToFrontOnFocus;
  ImGui::Begin("###blank", nullptr, kFlags);
  const char* text = title.empty() ? "Loopscope" : title.c_str();
  float font = ImGui::GetFontSize() * 2;  // read from the back of the room
  ImVec2 size = ImGui::GetFont()->CalcTextSizeA(font, io.DisplaySize.x * 0.9f, 0.0f, text);
  ImGui::GetWindowDrawList()->AddText(
      ImGui::GetFont(), font,
      ImVec2((io.DisplaySize.x - size.x) * 0.5f, (io.DisplaySize.y - size.y) * 0.5f), palette.text,
      text, nullptr, io.DisplaySize.x * 0.9f);
  ImGui::End();
  ImGui::PopStyleColor();
}

}  // namespace loopscope::app
