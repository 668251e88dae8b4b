// app/ui/window.cpp — GLFW window, GL context, glad loader, ImGui backends, offscreen FBO.
//
// glad is included here only: ImGui's OpenGL3 backend (compiled into libimgui.a) loads GL
// through its own embedded loader, and the two must not share a translation unit.
#include "app/ui/window.h"

#include <glad/gl.h>

#include <algorithm>
#include <cstdlib>

#include "app/ui/window_fit.h"
#include "app/ui/window_icon.h"
#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>
#include <backends/imgui_impl_glfw.h>
#include <backends/imgui_impl_opengl3.h>

namespace loopscope::app {
namespace {

// GLFW keeps its last error per thread (glfwGetError, GLFW 3.3), so no callback is needed.
std::string LastGlfwError() {
  const char* description = nullptr;
  glfwGetError(&description);
  return description ? description : "cannot open a window";
}

// The primary monitor's work area (the screen minus panels and docks); empty when GLFW knows
// no monitor.
ScreenRect PrimaryWorkArea() {
  ScreenRect area;
  if (GLFWmonitor* monitor = glfwGetPrimaryMonitor())
    glfwGetMonitorWorkarea(monitor, &area.x, &area.y, &area.width, &area.height);
  return area;
}

// GLFW copies the pixels, so the decoded images need not outlive the call. Wayland has no
// window icons (the desktop file names the icon there); GLFW then reports an error we ignore.
void SetWindowIcon(GLFWwindow* window) {
  std::vector<IconImage> icons = DecodeWindowIcons();
  std::vector<GLFWimage> images;
  for (IconImage& icon : icons) images.push_back({icon.width, icon.height, icon.rgba.data()});
  if (!images.empty()) glfwSetWindowIcon(window, static_cast<int>(images.size()), images.data());
}

bool HasDisplay() {
  const char* x11 = std::getenv("DISPLAY");
  const char* wayland = std::getenv("WAYLAND_DISPLAY");
  return (x11 && *x11) || (wayland && *wayland);
}

}  // namespace

std::unique_ptr<Window> Window::Create(const WindowOptions& options, std::string* error) {
  if (!HasDisplay()) {
    *error = "no display (DISPLAY is not set)";
    return nullptr;
  }
  if (!glfwInit()) {
    *error = LastGlfwError();
    return nullptr;
  }
  if (options.timer) options.timer->Mark("glfwInit");
  std::unique_ptr<Window> w(new Window());
  if (!w->InitGl(options, error)) {
    if (error->empty()) *error = LastGlfwError();
    return nullptr;
  }
  return w;
}

bool Window::InitGl(const WindowOptions& options, std::string* error) {
  auto mark = [&](const char* stage) {
    if (options.timer) options.timer->Mark(stage);
  };
  glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
  glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 3);
  glfwWindowHint(GLFW_OPENGL_PROFILE, GLFW_OPENGL_CORE_PROFILE);
  // Created hidden and shown once placed, so the window never appears at a size or place it
  // does not keep.
  glfwWindowHint(GLFW_VISIBLE, GLFW_FALSE);
  WindowPlacement placement;
  placement.rect = {options.x, options.y, options.width, options.height};
  if (!options.offscreen) placement = FitWindow(placement.rect, PrimaryWorkArea());
  glfwWindowHint(GLFW_MAXIMIZED, placement.maximize ? GLFW_TRUE : GLFW_FALSE);
  window_ = glfwCreateWindow(placement.rect.width, placement.rect.height, options.title.c_str(),
                             nullptr, nullptr);
  if (!window_) return false;
  if (!options.offscreen) {
    SetWindowIcon(window_);
    if (placement.place) glfwSetWindowPos(window_, placement.rect.x, placement.rect.y);
    glfwShowWindow(window_);
  }
  glfwMakeContextCurrent(window_);
  glfwSwapInterval(options.offscreen ? 0 : 1);
  mark("window and GL context");
  if (!gladLoadGL(glfwGetProcAddress)) return *error = "cannot load OpenGL 3.3 functions", false;
  mark("glad");
  glfwSetWindowUserPointer(window_, this);
  glfwSetDropCallback(window_, DropCallback);
  // Before ImGui's backend installs its own: the backend keeps this one and calls it first
  // for every key event (Dear ImGui 1.86 GLFW backend, PrevUserCallbackKey).
  glfwSetKeyCallback(window_, KeyCallback);
  offscreen_ = options.offscreen;
  if (offscreen_) {
    fb_width_ = options.width, fb_height_ = options.height;
    glGenFramebuffers(1, &fbo_);
    glGenRenderbuffers(1, &colour_rb_);
    glBindRenderbuffer(GL_RENDERBUFFER, colour_rb_);
    glRenderbufferStorage(GL_RENDERBUFFER, GL_RGBA8, fb_width_, fb_height_);
    glBindFramebuffer(GL_FRAMEBUFFER, fbo_);
    glFramebufferRenderbuffer(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_RENDERBUFFER, colour_rb_);
    if (glCheckFramebufferStatus(GL_FRAMEBUFFER) != GL_FRAMEBUFFER_COMPLETE)
      return *error = "cannot create an offscreen framebuffer", false;
  }
  IMGUI_CHECKVERSION();
  ImGui::CreateContext(options.font_atlas);
  ImGui::GetIO().IniFilename = nullptr;  // layout lives in preferences.json, not ./imgui.ini
  ImGui_ImplGlfw_InitForOpenGL(window_, true);
  ImGui_ImplOpenGL3_Init("#version 330 core");
  mark("ImGui backends");
  imgui_ready_ = true;
  return true;
}

Window::~Window() {
  if (imgui_ready_) {
    ImGui_ImplOpenGL3_Shutdown();
    ImGui_ImplGlfw_Shutdown();
    ImGui::DestroyContext();
  }
  if (fbo_) glDeleteFramebuffers(1, &fbo_);
  if (colour_rb_) glDeleteRenderbuffers(1, &colour_rb_);
  if (window_) glfwDestroyWindow(window_);
  glfwTerminate();
}

bool Window::ShouldClose() const {
  return glfwWindowShouldClose(window_);
}

void Window::RequestClose() {
  glfwSetWindowShouldClose(window_, GLFW_TRUE);
}

void Window::PollEvents(bool wait, double timeout_s) {
  if (wait)
    glfwWaitEventsTimeout(timeout_s);
  else
    glfwPollEvents();
}

void Window::BeginFrame() {
  ImGui_ImplOpenGL3_NewFrame();
  ImGui_ImplGlfw_NewFrame();
  if (offscreen_) {
    // The backend measured the (invisible) window; the frame is the FBO's size instead.
    ImGuiIO& io = ImGui::GetIO();
    io.DisplaySize = ImVec2(static_cast<float>(fb_width_), static_cast<float>(fb_height_));
    io.DisplayFramebufferScale = ImVec2(1, 1);
  }
  ImGui::NewFrame();
}

void Window::EndFrame(ImU32 clear_colour) {
  ImGui::Render();
  ImVec4 c = ImGui::ColorConvertU32ToFloat4(clear_colour);
  int w = fb_width_, h = fb_height_;
  if (!offscreen_) glfwGetFramebufferSize(window_, &w, &h);
  glViewport(0, 0, w, h);
  glClearColor(c.x, c.y, c.z, 1.0f);
  glClear(GL_COLOR_BUFFER_BIT);
  ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
  if (!offscreen_) glfwSwapBuffers(window_);
}

void Window::UploadFonts() {
  ImGui_ImplOpenGL3_DestroyFontsTexture();
  ImGui_ImplOpenGL3_CreateFontsTexture();
}

std::vector<unsigned char> Window::ReadPixels(int* width, int* height) const {
  *width = fb_width_, *height = fb_height_;
  std::vector<unsigned char> rgba(static_cast<size_t>(fb_width_) * fb_height_ * 4);
  glFinish();
  glPixelStorei(GL_PACK_ALIGNMENT, 1);
  glReadPixels(0, 0, fb_width_, fb_height_, GL_RGBA, GL_UNSIGNED_BYTE, rgba.data());
  // OpenGL's first row is the bottom one; PNG's is the top one.
  size_t row = static_cast<size_t>(fb_width_) * 4;
  std::vector<unsigned char> flipped(rgba.size());
  for (int y = 0; y < fb_height_; ++y)
    std::copy_n(&rgba[(fb_height_ - 1 - y) * row], row, &flipped[y * row]);
  return flipped;
}

void Window::SetFullscreen(bool on) {
  if (on == fullscreen_ || offscreen_) return;
  GLFWmonitor* monitor = glfwGetPrimaryMonitor();
  const GLFWvidmode* mode = monitor ? glfwGetVideoMode(monitor) : nullptr;
  if (on && !mode) return;
  if (on) {
    glfwGetWindowPos(window_, &windowed_x_, &windowed_y_);
    glfwGetWindowSize(window_, &windowed_w_, &windowed_h_);
    glfwSetWindowMonitor(window_, monitor, 0, 0, mode->width, mode->height, mode->refreshRate);
  } else {
    glfwSetWindowMonitor(window_, nullptr, windowed_x_, windowed_y_, windowed_w_, windowed_h_, 0);
  }
  fullscreen_ = on;
}

void Window::GetSize(int* width, int* height) const {
  glfwGetWindowSize(window_, width, height);
}
void Window::GetPos(int* x, int* y) const {
  glfwGetWindowPos(window_, x, y);
}

void Window::KeyCallback(GLFWwindow* window, int key, int /*scancode*/, int action, int mods) {
  auto* self = static_cast<Window*>(glfwGetWindowUserPointer(window));
  if (!self || action == GLFW_RELEASE) return;
  self->keys_.push_back({key, mods, action == GLFW_REPEAT});
}

void Window::DropCallback(GLFWwindow* window, int count, const char** paths) {
  auto* self = static_cast<Window*>(glfwGetWindowUserPointer(window));
  if (!self || !self->on_drop_) return;
  for (int i = 0; i < count; ++i) self->on_drop_(paths[i]);
}

}  // namespace loopscope::app
