// app/ui/syntax.h — a small JavaScript colouriser for the source view.
//
// Splits one line into coloured runs (keywords, strings, numbers, comments, calls). It is a
// display aid, not a parser: it only needs to carry block comments and template literals
// across lines, which `SyntaxCarry` does. The real lexer lives in engine/js.
#pragma once

#include <string_view>
#include <vector>

namespace loopscope::app {

enum class TokenClass { kPlain, kKeyword, kString, kNumber, kComment, kCall };

struct SyntaxRun {
  size_t begin = 0, end = 0;  // byte offsets into the line
  TokenClass cls = TokenClass::kPlain;
};

// What an unfinished construct at the end of a line leaves open for the next one.
enum class SyntaxCarry { kNone, kBlockComment, kTemplate };

std::vector<SyntaxRun> ColourLine(std::string_view line, SyntaxCarry* carry);

}  // namespace loopscope::app
