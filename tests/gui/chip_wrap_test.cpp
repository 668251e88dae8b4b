// tests/gui/chip_wrap_test.cpp — queue cards wrap in order onto more lines; only past the
// lines allowed does a "+N" count stand for the rest, with room kept for it.
#include "app/ui/chip_wrap.h"

#include <gtest/gtest.h>

namespace loopscope::app {
namespace {

TEST(ChipWrap, ThreeCardsWrapInOrderInsteadOfHidingBehindACount) {
  ChipWrap wrap = WrapChips({60, 60, 60}, 0, 100, 5, 0, 20);
  ASSERT_EQ(wrap.chips.size(), 3u);
  EXPECT_EQ(wrap.hidden, 0u);
  EXPECT_EQ(wrap.lines, 3u);
  for (size_t k = 0; k < 3; ++k) {
    EXPECT_EQ(wrap.chips[k].index, k);
    EXPECT_EQ(wrap.chips[k].line, k);
  }
}

TEST(ChipWrap, CardsShareALineWhenTheyFit) {
  ChipWrap wrap = WrapChips({30, 30, 30}, 10, 100, 5, 0, 20);
  EXPECT_EQ(wrap.lines, 2u);
  EXPECT_EQ(wrap.chips[1].line, 0u);
  EXPECT_FLOAT_EQ(wrap.chips[1].x, 45);
  EXPECT_EQ(wrap.chips[2].line, 1u);
  EXPECT_FLOAT_EQ(wrap.chips[2].x, 10);
}

TEST(ChipWrap, PastTheLastLineACountKeepsItsRoom) {
  ChipWrap wrap = WrapChips({40, 40, 40, 40, 40}, 0, 100, 5, 2, 20);
  EXPECT_EQ(wrap.lines, 2u);
  EXPECT_EQ(wrap.hidden, 5u - wrap.chips.size());
  EXPECT_GT(wrap.hidden, 0u);
  EXPECT_EQ(wrap.more_line, 1u);
  EXPECT_LE(wrap.more_x + 20, 100.0f);
  for (const ChipWrap::Chip& c : wrap.chips) EXPECT_LE(c.x + c.w, 100.0f);
}

TEST(ChipWrap, ACardWiderThanTheLineIsShortened) {
  ChipWrap wrap = WrapChips({500}, 0, 100, 5, 0, 20);
  ASSERT_EQ(wrap.chips.size(), 1u);
  EXPECT_FLOAT_EQ(wrap.chips[0].w, 100);
  EXPECT_EQ(WrapChips({}, 0, 100, 5, 1, 20).lines, 1u);
}

}  // namespace
}  // namespace loopscope::app
