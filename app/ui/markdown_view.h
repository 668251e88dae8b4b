// app/ui/markdown_view.h — draws parsed Markdown (markdown.h) with ImGui: word-wrapped
// paragraphs that mix the interface font with the monospace one for `code`, bullets and
// numbers, headings in the title font, code blocks on a card.
//
// ImGui 1.86 has no rich text, so words are placed one by one on the window's draw list.
// Strong text is drawn twice a pixel apart and emphasis is sheared, which saves two more
// fonts in the atlas (their rasterising and upload sit on the start-up path).
#pragma once

#include <vector>

#include "app/ui/fonts.h"
#include "app/ui/markdown.h"
#include "app/ui/theme.h"

namespace loopscope::app {

// Draws `blocks` at the cursor, wrapped to the content region's width, and advances the
// cursor past them (so a scrolling child knows its height).
void DrawMarkdown(const std::vector<MdBlock>& blocks, const Fonts& fonts, const Palette& palette);

}  // namespace loopscope::app
