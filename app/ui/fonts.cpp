// app/ui/fonts.cpp — finds the DejaVu TTF files and adds them to the ImGui font atlas.
//
// The files come from Debian's fonts-dejavu-core; LOOPSCOPE_FONT_DIR overrides the folder
// (for other systems, and for the test of the fallback path).
#include "app/ui/fonts.h"

#include <algorithm>
#include <cstdlib>
#include <filesystem>

namespace loopscope::app {
namespace {

constexpr const char* kDefaultFontDir = "/usr/share/fonts/truetype/dejavu";

std::string FontDir() {
  const char* dir = std::getenv("LOOPSCOPE_FONT_DIR");
  return dir && *dir ? dir : kDefaultFontDir;
}

// Latin-1 plus the dashes, quotes, arrows and marks the panels and explanations use. Kept
// short on purpose: the atlas is uploaded to the GPU before the first frame, and with Mesa's
// software GL its size is on the start-up path (these ranges give 512x512 at 18 px).
const ImWchar* GlyphRanges() {
  static constexpr ImWchar kRanges[] = {0x0020, 0x00FF, 0x2010, 0x2027, 0x2030, 0x203A,
                                        0x2190, 0x2195, 0x21D0, 0x21D4, 0x2212, 0x2212,
                                        0x25A0, 0x25A1, 0x25B2, 0x25BC, 0x25CF, 0x25CF,
                                        0x2713, 0x2713, 0x2717, 0x2717, 0};
  return kRanges;
}

// Rasterises now (GetTexDataAsRGBA32 caches its result) so the backend's upload is a copy.
void BuildTexture(ImFontAtlas* atlas) {
  unsigned char* pixels = nullptr;
  int width = 0, height = 0;
  atlas->GetTexDataAsRGBA32(&pixels, &width, &height);
}

}  // namespace

Fonts LoadFonts(ImFontAtlas* atlas, float size, std::string* message) {
  Fonts fonts;
  fonts.size = std::clamp(size, kMinFontSize, kMaxFontSize);
  atlas->Clear();
  std::string dir = FontDir();
  std::string sans = dir + "/DejaVuSans.ttf", mono = dir + "/DejaVuSansMono.ttf";
  std::error_code ec;
  if (!std::filesystem::exists(sans, ec) || !std::filesystem::exists(mono, ec)) {
    ImFontConfig cfg;
    cfg.SizePixels = fonts.size;
    fonts.ui = fonts.mono = fonts.title = atlas->AddFontDefault(&cfg);
    fonts.fallback = true;
    BuildTexture(atlas);
    *message = "loopscope: DejaVu fonts not found in " + dir +
               " (install fonts-dejavu-core); using ImGui's built-in font";
    return fonts;
  }
  message->clear();
  // Two horizontal samples instead of ImGui 1.86's three: the same sharpness at these sizes
  // for half the rasterising, which is on the start-up path.
  ImFontConfig cfg;
  cfg.OversampleH = 2;
  fonts.ui = atlas->AddFontFromFileTTF(sans.c_str(), fonts.size, &cfg, GlyphRanges());
  fonts.mono = atlas->AddFontFromFileTTF(mono.c_str(), fonts.size, &cfg, GlyphRanges());
  fonts.title = atlas->AddFontFromFileTTF(sans.c_str(), fonts.size * 1.25f, &cfg, GlyphRanges());
  BuildTexture(atlas);
  return fonts;
}

}  // namespace loopscope::app
