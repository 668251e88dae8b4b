// app/ui/source_wrap.h — soft-wrapping source lines for the source view, so a long line is
// read whole on a projector instead of disappearing past the panel's edge.
//
// Pure (tested in tests/gui/source_wrap_test.cpp). Columns count characters (UTF-8 code
// points): the view uses a monospace font. A line breaks after a space or after , ; ( when
// one falls in the second half of the row, else at the edge; continuation rows are indented
// two columns past the line's own indentation so they read as part of it.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

namespace loopscope::app {

struct WrappedLine {
  std::vector<size_t> starts;  // byte offset where each visual row starts; starts[0] == 0
  size_t indent = 0;           // columns continuation rows are shifted right by
};

WrappedLine WrapSourceLine(std::string_view line, size_t columns);

}  // namespace loopscope::app
