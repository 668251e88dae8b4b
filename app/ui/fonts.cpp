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

// Latin-1 plus the arrows, bullets and box-drawing glyphs the panels use.
const ImWchar* GlyphRanges() {
  static constexpr ImWchar kRanges[] = {0x0020, 0x00FF, 0x2010, 0x205E, 0x2190, 0x21FF,
                                        0x2500, 0x25FF, 0x2700, 0x27BF, 0};
  return kRanges;
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
    *message = "loopscope: DejaVu fonts not found in " + dir +
               " (install fonts-dejavu-core); using ImGui's built-in font";
    return fonts;
  }
  message->clear();
  fonts.ui = atlas->AddFontFromFileTTF(sans.c_str(), fonts.size, nullptr, GlyphRanges());
  fonts.mono = atlas->AddFontFromFileTTF(mono.c_str(), fonts.size, nullptr, GlyphRanges());
  fonts.title = atlas->AddFontFromFileTTF(sans.c_str(), fonts.size * 1.25f, nullptr, GlyphRanges());
  return fonts;
}

}  // namespace loopscope::app
