// tests/gui/image_checks.cpp — pixel statistics and PNG loading for the GUI tests.
#include "tests/gui/image_checks.h"

#include <stb_image.h>
#include <stb_image_write.h>

#include <algorithm>
#include <cstdlib>
#include <unordered_set>

namespace loopscope::testing {

uint32_t Image::Pixel(int x, int y) const {
  size_t i = (static_cast<size_t>(y) * width + x) * 4;
  return (uint32_t{rgba[i]} << 16) | (uint32_t{rgba[i + 1]} << 8) | rgba[i + 2];
}

size_t DistinctColours(const Image& image, Region r) {
  std::unordered_set<uint32_t> colours;
  int x1 = std::min(image.width, r.x + r.w), y1 = std::min(image.height, r.y + r.h);
  for (int y = std::max(0, r.y); y < y1; ++y)
    for (int x = std::max(0, r.x); x < x1; ++x) colours.insert(image.Pixel(x, y));
  return colours.size();
}

double CoverageOf(const Image& image, uint32_t rgb) {
  if (image.width == 0 || image.height == 0) return 0;
  size_t hits = 0;
  for (int y = 0; y < image.height; ++y)
    for (int x = 0; x < image.width; ++x) hits += image.Pixel(x, y) == rgb;
  return static_cast<double>(hits) / (static_cast<double>(image.width) * image.height);
}

Image LoadPng(const std::string& path) {
  Image image;
  int channels = 0;
  unsigned char* data = stbi_load(path.c_str(), &image.width, &image.height, &channels, 4);
  if (!data) return Image{};
  image.rgba.assign(data, data + static_cast<size_t>(image.width) * image.height * 4);
  stbi_image_free(data);
  return image;
}

void MaybeSavePng(const Image& image, const std::string& name) {
  const char* dir = std::getenv("LOOPSCOPE_TEST_PNG_DIR");
  if (!dir || !*dir) return;
  std::string path = std::string(dir) + "/" + name + ".png";
  stbi_write_png(path.c_str(), image.width, image.height, 4, image.rgba.data(), image.width * 4);
}

}  // namespace loopscope::testing
