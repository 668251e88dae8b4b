// app/ui/markdown_view.cpp — a word-by-word layout of Markdown blocks on a draw list.
#include "app/ui/markdown_view.h"

#include <imgui.h>

#include <algorithm>
#include <string>
#include <string_view>

namespace loopscope::app {
namespace {

constexpr float kShear = 0.2f;  // horizontal shift per pixel of height for emphasis

class Writer {
 public:
  Writer(const Fonts& fonts, const Palette& palette, ImVec2 origin, float width)
      : fonts_(fonts),
        p_(palette),
        draw_(ImGui::GetWindowDrawList()),
        left_(origin.x),
        right_(origin.x + width),
        y_(origin.y) {}

  float Block(const MdBlock& b, bool first) {
    float size = fonts_.ui->FontSize;
    if (!first) y_ += size * (b.kind == MdBlockKind::kHeading ? 0.8f : 0.45f);
    switch (b.kind) {
      case MdBlockKind::kParagraph:
        Spans(b.spans, 0, fonts_.ui, 0);
        break;
      case MdBlockKind::kHeading:
        Spans(b.spans, 0, b.level <= 2 ? fonts_.title : fonts_.ui, b.level <= 2 ? 0 : kSpanStrong);
        break;
      case MdBlockKind::kBullet:
      case MdBlockKind::kNumbered:
        ListItem(b);
        break;
      case MdBlockKind::kCode:
        Code(b.code);
        break;
      case MdBlockKind::kRule:
        y_ += size * 0.5f;
        draw_->AddLine(ImVec2(left_, y_), ImVec2(right_, y_), p_.text_dim, 1.0f);
        y_ += size * 0.5f;
        break;
    }
    return y_;
  }

 private:
  void ListItem(const MdBlock& b) {
    float size = fonts_.ui->FontSize;
    float indent = size * (0.6f + 1.4f * static_cast<float>(b.level));
    std::string marker = b.kind == MdBlockKind::kBullet ? "\u2022" : std::to_string(b.number) + ".";
    float marker_w = fonts_.ui->CalcTextSizeA(size, FLT_MAX, 0, marker.c_str()).x;
    float text_x = indent + std::max(marker_w, size * 0.8f) + size * 0.4f;
    draw_->AddText(fonts_.ui, size, ImVec2(left_ + indent, y_), p_.text, marker.c_str());
    Spans(b.spans, text_x, fonts_.ui, 0);
  }

  void Code(const std::string& code) {
    ImFont* mono = fonts_.mono;
    float size = mono->FontSize, line_h = size * 1.25f, pad = size * 0.4f;
    int lines = 1 + static_cast<int>(std::count(code.begin(), code.end(), '\n'));
    float bottom = y_ + pad * 2 + line_h * static_cast<float>(lines);
    draw_->AddRectFilled(ImVec2(left_, y_), ImVec2(right_, bottom), p_.card, size * 0.3f);
    ImVec4 clip(left_, y_, right_ - pad, bottom);
    float y = y_ + pad;
    for (size_t start = 0; start <= code.size();) {
      size_t nl = std::min(code.find('\n', start), code.size());
      draw_->AddText(mono, size, ImVec2(left_ + pad, y), p_.card_text, code.data() + start,
                     code.data() + nl, 0, &clip);
      y += line_h;
      start = nl + 1;
    }
    y_ = bottom;
  }

  // Lays the spans out from `indent` (wrapped lines start there too), breaking at spaces;
  // a code span breaks nowhere unless it is wider than a whole line.
  void Spans(const std::vector<MdSpan>& spans, float indent, ImFont* base, uint8_t extra_style) {
    line_left_ = left_ + indent;
    x_ = line_left_;
    line_h_ = base->FontSize * 1.3f;
    for (const MdSpan& span : spans) {
      uint8_t style = span.style | extra_style;
      if (style & kSpanCode) {
        Place(span.text, style, fonts_.mono, false);
        continue;
      }
      std::string_view text = span.text;
      for (size_t start = 0; start < text.size();) {
        size_t space = text.find(' ', start);
        size_t end = space == std::string_view::npos ? text.size() : space;
        if (end > start) Place(text.substr(start, end - start), style, base, false);
        if (space != std::string_view::npos) Place(" ", style, base, true);
        start = end + 1;
      }
    }
    y_ += line_h_;
  }

  void Place(std::string_view word, uint8_t style, ImFont* font, bool is_space) {
    float size = font->FontSize;
    float w = font->CalcTextSizeA(size, FLT_MAX, 0, word.data(), word.data() + word.size()).x;
    if (style & kSpanStrong) w += 1;
    if (is_space) {
      if (x_ > line_left_) x_ += w;  // no space at the start of a wrapped line
      return;
    }
    if (x_ + w > right_ && x_ > line_left_) x_ = line_left_, y_ += line_h_;
    float y = y_ + (line_h_ - size) * 0.5f;
    if (style & kSpanCode) {
      float pad = size * 0.15f;
      draw_->AddRectFilled(ImVec2(x_ - pad, y), ImVec2(x_ + w + pad, y + size), p_.card,
                           size * 0.2f);
      x_ += pad;
    }
    ImU32 colour = style & kSpanCode ? p_.card_text : p_.text;
    int first_vertex = draw_->VtxBuffer.Size;
    draw_->AddText(font, size, ImVec2(x_, y), colour, word.data(), word.data() + word.size());
    if (style & kSpanStrong)
      draw_->AddText(font, size, ImVec2(x_ + 1, y), colour, word.data(), word.data() + word.size());
    if (style & kSpanEmphasis) {
      float baseline = y + size * 0.8f;
      for (int i = first_vertex; i < draw_->VtxBuffer.Size; ++i)
        draw_->VtxBuffer[i].pos.x += (baseline - draw_->VtxBuffer[i].pos.y) * kShear;
    }
    x_ += w + ((style & kSpanCode) ? size * 0.15f : 0);
  }

  const Fonts& fonts_;
  const Palette& p_;
  ImDrawList* draw_;
  float left_, right_, y_;
  float line_left_ = 0, x_ = 0, line_h_ = 0;
};

}  // namespace

void DrawMarkdown(const std::vector<MdBlock>& blocks, const Fonts& fonts, const Palette& palette) {
  ImVec2 origin = ImGui::GetCursorScreenPos();
  float width = std::max(ImGui::GetContentRegionAvail().x, 1.0f);
  Writer writer(fonts, palette, origin, width);
  float bottom = origin.y;
  for (size_t i = 0; i < blocks.size(); ++i) bottom = writer.Block(blocks[i], i == 0);
  ImGui::Dummy(ImVec2(width, bottom - origin.y));
}

}  // namespace loopscope::app
