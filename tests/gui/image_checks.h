// tests/gui/image_checks.h — questions the GUI tests ask of a rendered frame: how many
// distinct colours a region holds, and how much of it is one colour.
//
// Used to tell "the panel was really drawn" (several colours: text, cards, rings) from
// "blank" or "a single fill". Images are RGBA, top row first, as render.h returns them.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace loopscope::testing {

struct Image {
  int width = 0, height = 0;
  std::vector<unsigned char> rgba;
  uint32_t Pixel(int x, int y) const;  // 0xRRGGBB
};

struct Region {
  int x, y, w, h;
};

// Distinct 0xRRGGBB colours inside `r` (clipped to the image).
size_t DistinctColours(const Image& image, Region r);
// Fraction (0..1) of pixels of the whole image equal to `rgb`.
double CoverageOf(const Image& image, uint32_t rgb);

// Loads a PNG with stb_image (libstb-dev); empty image on failure.
Image LoadPng(const std::string& path);
// Writes `image` to $LOOPSCOPE_TEST_PNG_DIR/<name>.png when that variable is set, so a
// failing GUI test can be looked at; does nothing otherwise.
void MaybeSavePng(const Image& image, const std::string& name);

}  // namespace loopscope::testing
