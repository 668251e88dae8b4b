// app/ui/source_wrap.cpp — row breaks for one source line.
#include "app/ui/source_wrap.h"

#include <algorithm>

namespace loopscope::app {
namespace {

bool IsContinuationByte(char c) {
  return (static_cast<unsigned char>(c) & 0xC0) == 0x80;
}

// The byte offset `cols` characters after `from` (or the end of the line).
size_t AdvanceColumns(std::string_view line, size_t from, size_t cols) {
  size_t i = from;
  for (size_t n = 0; i < line.size() && n < cols; ++n) {
    ++i;
    while (i < line.size() && IsContinuationByte(line[i])) ++i;
  }
  return i;
}

// Where the row [from, limit) is best broken: just after the last space or , ; ( in its
// second half, else at `limit`.
size_t BreakPoint(std::string_view line, size_t from, size_t limit) {
  size_t half = from + (limit - from) / 2;
  for (size_t i = limit; i > half; --i) {
    char c = line[i - 1];
    if (c == ' ' || c == ',' || c == ';' || c == '(') return i;
  }
  return limit;
}

}  // namespace

WrappedLine WrapSourceLine(std::string_view line, size_t columns) {
  WrappedLine w;
  w.starts.push_back(0);
  if (columns < 8) return w;  // too narrow to wrap usefully
  size_t leading = std::min(line.find_first_not_of(' '), line.size());
  w.indent = std::min(leading + 2, columns / 2);
  size_t row_cols = columns;
  for (size_t start = 0;;) {
    size_t limit = AdvanceColumns(line, start, row_cols);
    if (limit >= line.size()) break;
    size_t next = BreakPoint(line, start, limit);
    while (next < line.size() && line[next] == ' ') ++next;  // a row never starts with spaces
    if (next >= line.size()) break;
    w.starts.push_back(next);
    start = next;
    row_cols = columns - w.indent;
  }
  return w;
}

}  // namespace loopscope::app
