// app/ui/chip_wrap.cpp — the wrapping arithmetic behind chip_wrap.h.
#include "app/ui/chip_wrap.h"

#include <algorithm>

namespace loopscope::app {

ChipWrap WrapChips(const std::vector<float>& widths, float left, float right, float gap,
                   size_t max_lines, float more_w) {
  ChipWrap wrap;
  float x = left;
  size_t line = 0;
  for (size_t k = 0; k < widths.size(); ++k) {
    float w = std::min(widths[k], right - left);
    if (x > left && x + w > right) ++line, x = left;
    wrap.chips.push_back({k, line, x, w});
    x += w + gap;
  }
  wrap.lines = line + 1;
  if (max_lines == 0 || wrap.lines <= max_lines) return wrap;
  // Keep the lines allowed, then give the count room at the end of the last one.
  size_t last = max_lines - 1;
  while (!wrap.chips.empty() && wrap.chips.back().line > last) wrap.chips.pop_back();
  while (!wrap.chips.empty() && wrap.chips.back().line == last &&
         wrap.chips.back().x + wrap.chips.back().w + gap + more_w > right &&
         wrap.chips.back().x > left)
    wrap.chips.pop_back();
  wrap.lines = max_lines;
  wrap.hidden = widths.size() - wrap.chips.size();
  wrap.more_line = last;
  const bool on_last = !wrap.chips.empty() && wrap.chips.back().line == last;
  wrap.more_x = on_last ? wrap.chips.back().x + wrap.chips.back().w + gap : left;
  // A single card filling the last line: shorten it so the count still shows.
  if (on_last && wrap.more_x + more_w > right) {
    ChipWrap::Chip& c = wrap.chips.back();
    c.w = std::max(0.0f, right - more_w - gap - c.x);
    wrap.more_x = c.x + c.w + gap;
  }
  return wrap;
}

}  // namespace loopscope::app
