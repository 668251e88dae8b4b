// tests/gui/window_test.cpp — a real on-screen window (under Xvfb in CTest) opens inside the
// monitor's work area even when a bigger size is wanted, and carries the app icon
// (_NET_WM_ICON, the X11 property glfwSetWindowIcon writes).
#include <gtest/gtest.h>

#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>
#define GLFW_EXPOSE_NATIVE_X11
#include <GLFW/glfw3native.h>
#include <X11/Xatom.h>

#include "app/ui/window.h"
#include "app/ui/window_icon.h"
#include "tests/gui/screens.h"

namespace loopscope::app {
namespace {

// The number of 32-bit values in the window's _NET_WM_ICON: per image, width, height and
// width * height ARGB pixels.
unsigned long IconPropertyLength(GLFWwindow* window) {
  Display* display = glfwGetX11Display();
  Atom icon = XInternAtom(display, "_NET_WM_ICON", False);
  Atom type = None;
  int format = 0;
  unsigned long items = 0, after = 0;
  unsigned char* data = nullptr;
  XGetWindowProperty(display, glfwGetX11Window(window), icon, 0, 1 << 24, False, XA_CARDINAL, &type,
                     &format, &items, &after, &data);
  if (data) XFree(data);
  return items;
}

TEST(Window, OpensInsideTheWorkAreaWithTheIcon) {
  if (!screens::HaveDisplay()) GTEST_SKIP() << screens::kNoDisplay;
  std::string error;
  // Far bigger than any screen CTest's Xvfb has: the window must be fitted, not cut off.
  auto window = Window::Create({.width = 5000, .height = 4000}, &error);
  ASSERT_TRUE(window) << error;
  window->PollEvents(false, 0);
  int area_x = 0, area_y = 0, area_w = 0, area_h = 0;
  glfwGetMonitorWorkarea(glfwGetPrimaryMonitor(), &area_x, &area_y, &area_w, &area_h);
  ASSERT_GT(area_w, 0);
  int x = 0, y = 0, w = 0, h = 0;
  window->GetPos(&x, &y);
  window->GetSize(&w, &h);
  EXPECT_GE(x, area_x);
  EXPECT_GE(y, area_y);
  EXPECT_LE(x + w, area_x + area_w);
  EXPECT_LE(y + h, area_y + area_h);
  EXPECT_GT(w, 0);

  unsigned long expected = 0;
  for (const IconImage& icon : DecodeWindowIcons()) expected += 2 + icon.width * icon.height;
  EXPECT_EQ(IconPropertyLength(glfwGetCurrentContext()), expected);
}

}  // namespace
}  // namespace loopscope::app
