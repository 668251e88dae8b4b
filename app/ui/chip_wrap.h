// app/ui/chip_wrap.h — where a queue's cards go when they may wrap onto several lines: in
// order, left to right, a new line when the next card does not fit, and past the last line
// allowed a "+N" count after the last card that still fits beside it.
//
// Pure arithmetic over card widths (tested in tests/gui/chip_wrap_test.cpp); the queues
// panel (panel_queues.cpp) measures the texts and draws.
#pragma once

#include <cstddef>
#include <vector>

namespace loopscope::app {

struct ChipWrap {
  struct Chip {
    size_t index;  // into the widths laid out
    size_t line;   // 0-based
    float x, w;    // a card wider than a line is shortened to the line
  };
  std::vector<Chip> chips;
  size_t lines = 1;   // lines used (at least one, even with no cards)
  size_t hidden = 0;  // cards beyond the last line, counted by "+N"
  size_t more_line = 0;
  float more_x = 0;  // where "+N" goes
};

// Lines run from `left` to `right`; `gap` between cards; `more_w` is the room "+N" needs.
// `max_lines` 0 means no limit.
ChipWrap WrapChips(const std::vector<float>& widths, float left, float right, float gap,
                   size_t max_lines, float more_w);

}  // namespace loopscope::app
