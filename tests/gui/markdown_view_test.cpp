// tests/gui/markdown_view_test.cpp — the description as drawn in the Why strip: code in the
// monospace font on a card, strong text drawn twice, words wrapped inside the column.
#include <gtest/gtest.h>

#include <string>

#include "app/ui/markdown.h"
#include "tests/gui/headless_ui.h"
#include "tests/gui/log_builder.h"

namespace loopscope::app {
namespace {

// The draw list of the Why strip's description column.
const ImDrawList* AboutDrawList() {
  for (ImGuiWindow* w : ImGui::GetCurrentContext()->Windows)
    if (std::string(w->Name).find("###explanation/##about") != std::string::npos && w->WasActive)
      return w->DrawList;
  return nullptr;
}

// How many quads of `list` show glyph `c` of `font` (matched by the glyph's texture corner).
int GlyphQuads(const ImDrawList& list, const ImFont* font, ImWchar c) {
  const ImFontGlyph* g = font->FindGlyph(c);
  int n = 0;
  for (const ImDrawVert& v : list.VtxBuffer) n += v.uv.x == g->U0 && v.uv.y == g->V0 ? 1 : 0;
  return n;
}

class MarkdownView : public ::testing::Test {
 protected:
  void Show(const std::string& markdown) {
    auto doc = testing::LogBuilder().Build();
    doc->description = ParseMarkdown(markdown);
    SetDocument(state_, std::move(doc), 0);
    // Without pool jobs the timeline folds and the "why" strip is shorter than these
    // checks need; opened, the strip keeps its usual height.
    state_.unfolded[static_cast<size_t>(PanelId::kTimeline)] = true;
    ui_ = std::make_unique<HeadlessUi>(state_);
    ui_->Frame();
    ui_->DrawOnly();
  }
  AppState state_;
  std::unique_ptr<HeadlessUi> ui_;
};

TEST_F(MarkdownView, CodeUsesTheMonospaceFontOnACard) {
  Show("Call `q` now.");
  const ImDrawList* about = AboutDrawList();
  ASSERT_NE(about, nullptr);
  EXPECT_EQ(GlyphQuads(*about, state_.fonts.mono, 'q'), 1);
  EXPECT_EQ(GlyphQuads(*about, state_.fonts.ui, 'q'), 0);
  EXPECT_EQ(GlyphQuads(*about, state_.fonts.ui, 'w'), 1) << "'now' is in the interface font";
  EXPECT_GT(FindColour(*about, GetPalette(state_.prefs.theme).card).vertices, 0)
      << "no card behind the code";
}

TEST_F(MarkdownView, StrongTextIsDrawnTwiceAPixelApart) {
  Show("plain **xz** plain");
  const ImDrawList* about = AboutDrawList();
  ASSERT_NE(about, nullptr);
  EXPECT_EQ(GlyphQuads(*about, state_.fonts.ui, 'x'), 2);
  EXPECT_EQ(GlyphQuads(*about, state_.fonts.ui, 'p'), 2) << "once per plain word";
}

TEST_F(MarkdownView, LongParagraphsWrapInsideTheColumn) {
  std::string words;
  for (int i = 0; i < 120; ++i) words += "word ";
  Show(words);
  ImGuiWindow* about = nullptr;
  for (ImGuiWindow* w : ImGui::GetCurrentContext()->Windows)
    if (std::string(w->Name).find("###explanation/##about") != std::string::npos) about = w;
  ASSERT_NE(about, nullptr);
  float right = about->WorkRect.Max.x, max_x = 0;
  int rows = 0;
  float last_y = -1;
  const ImFontGlyph* w = state_.fonts.ui->FindGlyph('w');
  for (const ImDrawVert& v : about->DrawList->VtxBuffer) {
    max_x = std::max(max_x, v.pos.x);
    if (v.uv.x == w->U0 && v.uv.y == w->V0 && v.pos.y > last_y + 1) ++rows, last_y = v.pos.y;
  }
  EXPECT_LE(max_x, right + 1.0f);
  EXPECT_GT(rows, 3) << "120 words in one column take several lines";
}

}  // namespace
}  // namespace loopscope::app
