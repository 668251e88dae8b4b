// app/ui/fonts.h — the app's fonts: DejaVu Sans for the interface, DejaVu Sans Mono for code.
//
// LoadFonts() fills and rasterises a font atlas at one pixel size. It needs no ImGui context
// or GL, so at start-up the app runs it on a worker thread while Mesa creates the GL context
// (app.cpp). Changing the size rebuilds the atlas between frames (window.cpp re-uploads the
// texture). When the DejaVu files are missing the app falls back to ImGui's built-in font
// and says so once on stderr.
#pragma once

#include <imgui.h>

#include <string>

namespace loopscope::app {

inline constexpr float kMinFontSize = 12.0f;
inline constexpr float kMaxFontSize = 40.0f;
inline constexpr float kDefaultFontSize = 18.0f;

struct Fonts {
  ImFont* ui = nullptr;     // DejaVu Sans (the default font)
  ImFont* mono = nullptr;   // DejaVu Sans Mono: source, console, labels in queues
  ImFont* title = nullptr;  // DejaVu Sans at 1.25x: panel headings and the wheel's centre
  float size = kDefaultFontSize;
  bool fallback = false;  // true when the DejaVu files were not found
};

// Clears `atlas`, adds the three fonts at `size` pixels and builds the RGBA texture data the
// OpenGL backend uploads. Returns what it loaded; when a file is missing, `*message`
// explains the fallback (empty otherwise).
Fonts LoadFonts(ImFontAtlas* atlas, float size, std::string* message);

}  // namespace loopscope::app
