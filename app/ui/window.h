// app/ui/window.h — one GLFW window with an OpenGL 3.3 core context and Dear ImGui on it.
//
// Owns the GLFW window, the app's GL loader (glad), the ImGui context and its GLFW/OpenGL3
// backends (from Debian's libimgui.a, which uses its own embedded loader). In offscreen mode
// (screenshots) frames go to a framebuffer object of exactly the requested size, so the
// picture does not depend on the X screen's size; an on-screen window opens fitted to the
// monitor's work area (window_fit.h) with the app icon (window_icon.h). Where to look next:
// app.cpp (the interactive loop), screenshot.cpp (the offscreen one).
#pragma once

#include <imgui.h>

#include <functional>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "app/ui/key_tap.h"
#include "app/ui/startup_timing.h"

struct GLFWwindow;

namespace loopscope::app {

struct WindowOptions {
  // The wanted client size and position (x or y < 0: let the window manager place it). An
  // on-screen window is fitted to the monitor's work area (window_fit.h); an offscreen one
  // is exactly this size.
  int width = 1600, height = 900;
  int x = -1, y = -1;
  bool offscreen = false;  // invisible window, frames rendered into an FBO of width x height
  std::string title = "Loopscope";
  StartupTimer* timer = nullptr;      // marks each start-up stage when set (--frame-timing)
  ImFontAtlas* font_atlas = nullptr;  // built beforehand (fonts.h), outlives the window;
                                      // null: ImGui's own empty atlas
};

class Window {
 public:
  // Returns null and sets `*error` to one line when there is no display or no GL 3.3.
  static std::unique_ptr<Window> Create(const WindowOptions& options, std::string* error);
  ~Window();
  Window(const Window&) = delete;
  Window& operator=(const Window&) = delete;

  bool ShouldClose() const;
  void RequestClose();
  // Processes input; with `wait`, sleeps until an event or `timeout_s` passes (idle app).
  void PollEvents(bool wait, double timeout_s);
  void BeginFrame();
  void EndFrame(ImU32 clear_colour);
  // Re-uploads the font atlas texture after LoadFonts() rebuilt it (between frames).
  void UploadFonts();
  // The last rendered frame as RGBA rows, top row first (offscreen mode).
  std::vector<unsigned char> ReadPixels(int* width, int* height) const;

  void SetFullscreen(bool on);
  bool fullscreen() const { return fullscreen_; }
  void GetSize(int* width, int* height) const;
  void GetPos(int* x, int* y) const;
  // The key presses since the last call, in order (key_tap.h).
  KeyTaps TakeKeyTaps() { return std::exchange(keys_, {}); }
  // Called with each path dropped onto the window.
  void OnDrop(std::function<void(const std::string&)> callback) { on_drop_ = std::move(callback); }

 private:
  Window() = default;
  bool InitGl(const WindowOptions& options, std::string* error);
  static void DropCallback(GLFWwindow* window, int count, const char** paths);
  static void KeyCallback(GLFWwindow* window, int key, int scancode, int action, int mods);

  GLFWwindow* window_ = nullptr;
  bool offscreen_ = false;
  int fb_width_ = 0, fb_height_ = 0;
  unsigned fbo_ = 0, colour_rb_ = 0;
  bool fullscreen_ = false;
  int windowed_x_ = 0, windowed_y_ = 0, windowed_w_ = 0, windowed_h_ = 0;
  bool imgui_ready_ = false;
  std::function<void(const std::string&)> on_drop_;
  KeyTaps keys_;
};

}  // namespace loopscope::app
