// app/ui/window_icon.h — the app icon for the window's title bar and task switcher.
//
// The PNGs in assets/icons/ are embedded into the executable at build time
// (app/ui/embed_icons.cmake), so the icon shows whether or not the app is installed, and
// decoded with stb_image into the RGBA pixels glfwSetWindowIcon takes (window.cpp). The
// installed copies for the desktop's own menus come from the same files
// (cmake/LoopscopeInstall.cmake).
#pragma once

#include <span>
#include <vector>

namespace loopscope::app {

struct IconPng {
  int size;  // width = height, in pixels
  std::span<const unsigned char> png;
};

struct IconImage {
  int width = 0, height = 0;
  std::vector<unsigned char> rgba;  // width * height * 4 bytes, top row first
};

// The embedded icon PNGs, smallest first (generated code).
std::span<const IconPng> WindowIconPngs();

// Every embedded PNG decoded; one that does not decode is left out (a build defect the tests
// catch, never a reason to refuse to open the window).
std::vector<IconImage> DecodeWindowIcons();

}  // namespace loopscope::app
