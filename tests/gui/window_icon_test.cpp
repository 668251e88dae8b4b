// tests/gui/window_icon_test.cpp — the icon embedded for glfwSetWindowIcon decodes, at every
// size, into a picture with transparent rounded corners and an opaque body.
#include "app/ui/window_icon.h"

#include <gtest/gtest.h>

namespace loopscope::app {
namespace {

unsigned char AlphaAt(const IconImage& image, int x, int y) {
  return image.rgba[(static_cast<size_t>(y) * image.width + x) * 4 + 3];
}

TEST(WindowIcon, EveryEmbeddedSizeDecodes) {
  std::vector<IconImage> icons = DecodeWindowIcons();
  ASSERT_EQ(icons.size(), WindowIconPngs().size());
  ASSERT_GE(icons.size(), 3u);
  int previous = 0;
  for (size_t i = 0; i < icons.size(); ++i) {
    const IconImage& icon = icons[i];
    SCOPED_TRACE(icon.width);
    EXPECT_EQ(icon.width, WindowIconPngs()[i].size);
    EXPECT_EQ(icon.height, icon.width);
    EXPECT_GT(icon.width, previous) << "sizes go smallest first";
    previous = icon.width;
    EXPECT_EQ(icon.rgba.size(), static_cast<size_t>(icon.width) * icon.height * 4);
    EXPECT_EQ(AlphaAt(icon, 0, 0), 0) << "the corner is transparent";
    EXPECT_EQ(AlphaAt(icon, icon.width / 2, icon.height / 2), 255) << "the body is opaque";
  }
  EXPECT_EQ(icons.front().width, 16) << "the title bar's size is embedded";
}

}  // namespace
}  // namespace loopscope::app
