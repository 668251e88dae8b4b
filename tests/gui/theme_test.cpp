// tests/gui/theme_test.cpp — both themes stay readable on a projector: body text at WCAG
// AAA contrast (7:1) on panels, dim text and syntax colours at least AA (4.5:1).
#include "app/ui/theme.h"

#include <gtest/gtest.h>

#include <cmath>

namespace loopscope::app {
namespace {

double Luminance(ImU32 c) {
  auto channel = [](unsigned v) {
    double s = v / 255.0;
    return s <= 0.03928 ? s / 12.92 : std::pow((s + 0.055) / 1.055, 2.4);
  };
  return 0.2126 * channel((c >> IM_COL32_R_SHIFT) & 0xFF) +
         0.7152 * channel((c >> IM_COL32_G_SHIFT) & 0xFF) +
         0.0722 * channel((c >> IM_COL32_B_SHIFT) & 0xFF);
}

double Contrast(ImU32 a, ImU32 b) {
  double la = Luminance(a), lb = Luminance(b);
  return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

class ThemeContrast : public ::testing::TestWithParam<ThemeKind> {};

TEST_P(ThemeContrast, TextIsReadableOnPanelsAndCards) {
  const Palette& p = GetPalette(GetParam());
  EXPECT_GE(Contrast(p.text, p.panel), 7.0);
  EXPECT_GE(Contrast(p.card_text, p.card), 7.0);
  EXPECT_GE(Contrast(p.text, p.line_highlight), 7.0);
  for (ImU32 c : {p.text_dim, p.syn_keyword, p.syn_string, p.syn_number, p.syn_comment, p.syn_call,
                  p.stderr_text})
    EXPECT_GE(Contrast(c, p.panel), 4.5) << std::hex << c;
}

TEST_P(ThemeContrast, BackgroundDiffersFromPanels) {
  const Palette& p = GetPalette(GetParam());
  EXPECT_NE(p.background, p.panel);
}

INSTANTIATE_TEST_SUITE_P(Themes, ThemeContrast,
                         ::testing::Values(ThemeKind::kLight, ThemeKind::kDark));

TEST(Theme, NamesRoundTrip) {
  ThemeKind k = ThemeKind::kLight;
  EXPECT_TRUE(ThemeFromName("dark", &k));
  EXPECT_EQ(ThemeName(k), "dark");
  EXPECT_FALSE(ThemeFromName("solarized", &k));
}

}  // namespace
}  // namespace loopscope::app
