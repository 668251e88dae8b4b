// app/ui/theme.h — the light and dark themes, designed for projection.
//
// A Palette holds every colour the panels draw with (backgrounds, text, syntax colours,
// highlights); ApplyTheme() writes the matching ImGuiStyle (colours, generous padding,
// rounding) scaled to the font size. Phase and queue colours are not here: they come from
// engine/trace/vocabulary.h so the app, the exports and the docs agree.
#pragma once

#include <imgui.h>

#include <string_view>

namespace loopscope::app {

enum class ThemeKind { kLight, kDark };

std::string_view ThemeName(ThemeKind kind);  // "light" / "dark"
bool ThemeFromName(std::string_view name, ThemeKind* out);

struct Palette {
  ImU32 background;  // the window behind all panels
  ImU32 panel;       // panel bodies
  ImU32 panel_border;
  ImU32 text;
  ImU32 text_dim;        // labels, line numbers, empty-queue hints
  ImU32 accent;          // the current step, cursor, the lit phase outline
  ImU32 line_highlight;  // the running statement's line
  ImU32 card;            // queue items, stack frames
  ImU32 card_text;
  ImU32 stderr_text;
  // Syntax colours for the source view.
  ImU32 syn_keyword, syn_string, syn_number, syn_comment, syn_call;
};

const Palette& GetPalette(ThemeKind kind);

// Sets ImGui's style for `kind`; padding and rounding grow with `font_size` (pixels).
void ApplyTheme(ThemeKind kind, float font_size);

// Blends `colour` (0xRRGGBB, as in vocabulary.h) into an ImU32 with alpha `alpha` (0..1).
ImU32 VocabColour(unsigned colour, float alpha = 1.0f);

}  // namespace loopscope::app
