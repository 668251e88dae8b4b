// app/ui/markdown.h — the small Markdown subset scenario descriptions use, parsed into
// blocks of styled spans for markdown_view.h to draw.
//
// Blocks: paragraphs (soft line breaks become spaces), ATX headings (# .. ######), bullet
// lists (-, *, +) and numbered lists (1. or 1)) with nesting by indentation, fenced code
// blocks (```), and thematic breaks (---). Spans: `code`, **strong** / __strong__,
// *emphasis* / _emphasis_ (an underscore inside a word, as in UV_THREADPOOL_SIZE, stays
// literal), and backslash escapes. Anything else is plain text. Pure: no ImGui, tested in
// tests/gui/markdown_test.cpp.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace loopscope::app {

enum SpanStyle : uint8_t { kSpanPlain = 0, kSpanStrong = 1, kSpanEmphasis = 2, kSpanCode = 4 };

struct MdSpan {
  std::string text;
  uint8_t style = kSpanPlain;  // SpanStyle flags
  bool operator==(const MdSpan&) const = default;
};

enum class MdBlockKind { kParagraph, kHeading, kBullet, kNumbered, kCode, kRule };

struct MdBlock {
  MdBlockKind kind = MdBlockKind::kParagraph;
  int level = 0;              // heading: 1..6; list items: nesting depth from 0
  int number = 0;             // numbered list items
  std::vector<MdSpan> spans;  // everything but code blocks
  std::string code;           // code blocks: the lines, joined with '\n'
  bool operator==(const MdBlock&) const = default;
};

std::vector<MdBlock> ParseMarkdown(std::string_view text);

// The inline part alone (for tests and single lines).
std::vector<MdSpan> ParseInline(std::string_view text);

}  // namespace loopscope::app
