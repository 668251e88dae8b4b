// app/ui/window_icon.cpp — decodes the embedded icon PNGs with stb_image (libstb-dev).
#include "app/ui/window_icon.h"

#include <stb_image.h>

namespace loopscope::app {

std::vector<IconImage> DecodeWindowIcons() {
  std::vector<IconImage> icons;
  for (const IconPng& icon : WindowIconPngs()) {
    IconImage image;
    int channels = 0;
    unsigned char* pixels =
        stbi_load_from_memory(icon.png.data(), static_cast<int>(icon.png.size()), &image.width,
                              &image.height, &channels, 4);
    if (!pixels) continue;
    image.rgba.assign(pixels, pixels + static_cast<size_t>(image.width) * image.height * 4);
    stbi_image_free(pixels);
    icons.push_back(std::move(image));
  }
  return icons;
}

}  // namespace loopscope::app
