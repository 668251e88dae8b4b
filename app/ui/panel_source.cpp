// app/ui/panel_source.cpp — the source view: line numbers, syntax colours, long lines
// wrapped (source_wrap.h), the running statement highlighted, and a marker in the gutter for every
// queued callback at the line that scheduled it (hovering a marker lights its queue item, and the
// other way round). The lines that cards fly from during a move are recorded for the motion overlay
// (motion.h). The line of an `await` where an async function is suspended is outlined, and an
// uncaught error's (or a compile error's) line:col is marked with a caret. The view scrolls by
// whole rows (FollowScroll, PadToWholeRows, and the wheel: TakeTheWheel), so its top row is
// never cut in half; a view that scrolls is whole rows high, so neither is its bottom row.
#include <imgui_internal.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <string>
#include <vector>

#include "app/ui/panel_common.h"
#include "app/ui/source_wrap.h"
#include "app/ui/syntax.h"

namespace loopscope::app {
namespace {

struct Marker {
  uint64_t item;
  ImU32 colour;
};

// Every queued item with a known origin, by source line.
std::map<uint32_t, std::vector<Marker>> CollectMarkers(const trace::LoopState& state) {
  std::map<uint32_t, std::vector<Marker>> markers;
  for (int q = 0; q < trace::kQueueCount; ++q) {
    auto queue = static_cast<trace::Queue>(q);
    for (const trace::QueueItem& item : state.Items(queue))
      if (item.from.line > 0)
        markers[item.from.line].push_back({item.id, VocabColour(trace::QueueColour(queue))});
  }
  return markers;
}

bool ParkedAt(const trace::LoopState& state, uint32_t line) {
  return std::any_of(state.parked.begin(), state.parked.end(),
                     [&](const trace::ParkedFrame& p) { return p.at.line == line; });
}

// The uncaught error's (or compile error's) place: the line underlined in the error colour
// and a caret under its column; hovering it shows the message.
void DrawErrorMark(ImDrawList* draw, ImVec2 code, const trace::LoopState& state,
                   const std::string& line, const WrappedLine& rows, float line_h,
                   const PanelEnv& env) {
  const ImU32 colour = env.palette->stderr_text;
  size_t col = std::min<size_t>(std::max<uint32_t>(state.uncaught_at.col, 1) - 1, line.size());
  size_t row = 0;
  while (row + 1 < rows.starts.size() && rows.starts[row + 1] <= col) ++row;
  float x = code.x + ImGui::CalcTextSize(line.data() + rows.starts[row], line.data() + col).x;
  if (row > 0) x += ImGui::CalcTextSize("M").x * static_cast<float>(rows.indent);
  float bottom = code.y + line_h * static_cast<float>(row + 1) - 1.0f;
  float w = ImGui::CalcTextSize("M").x;
  float rows_h = line_h * static_cast<float>(rows.starts.size());
  draw->AddLine(ImVec2(code.x, code.y + rows_h - 1.0f),
                ImVec2(code.x + ImGui::GetContentRegionAvail().x, code.y + rows_h - 1.0f), colour,
                1.5f);
  draw->AddTriangleFilled(ImVec2(x + w * 0.5f, bottom - line_h * 0.3f), ImVec2(x, bottom),
                          ImVec2(x + w, bottom), colour);
  if (ImGui::IsMouseHoveringRect(ImVec2(x - w, code.y), ImVec2(x + 2 * w, code.y + rows_h)))
    ImGui::SetTooltip("%s (line %u, column %u)",
                      std::string(env.doc->log->Text(state.uncaught)).c_str(),
                      state.uncaught_at.line, state.uncaught_at.col);
}

ImU32 SyntaxColour(const Palette& p, TokenClass cls) {
  switch (cls) {
    case TokenClass::kKeyword:
      return p.syn_keyword;
    case TokenClass::kString:
      return p.syn_string;
    case TokenClass::kNumber:
      return p.syn_number;
    case TokenClass::kComment:
      return p.syn_comment;
    case TokenClass::kCall:
      return p.syn_call;
    case TokenClass::kPlain:
      return p.text;
  }
  return p.text;
}

// Draws a line's coloured runs over its wrapped rows. Within a row each run starts where
// the text before it ends, measured with the font itself, so it lines up exactly as one
// unbroken string would (no assumption about glyph widths).
void DrawColouredRows(ImDrawList* draw, ImVec2 pos, const std::string& line,
                      const WrappedLine& rows, float indent_w, float line_h, SyntaxCarry* carry,
                      const Palette& p) {
  std::vector<SyntaxRun> runs = ColourLine(line, carry);
  for (size_t r = 0; r < rows.starts.size(); ++r) {
    size_t a = rows.starts[r], b = r + 1 < rows.starts.size() ? rows.starts[r + 1] : line.size();
    ImVec2 row(pos.x + (r > 0 ? indent_w : 0.0f), pos.y + static_cast<float>(r) * line_h);
    for (const SyntaxRun& run : runs) {
      size_t begin = std::max(run.begin, a), end = std::min(run.end, b);
      if (begin >= end) continue;
      float x = row.x + ImGui::CalcTextSize(line.data() + a, line.data() + begin).x;
      draw->AddText(ImVec2(x, row.y), SyntaxColour(p, run.cls), line.data() + begin,
                    line.data() + end);
    }
  }
}

// One gutter marker per queued item; returns the id of a hovered one (0 if none).
uint64_t DrawMarkers(ImDrawList* draw, ImVec2 at, float line_h, const std::vector<Marker>& ms,
                     const PanelEnv& env) {
  uint64_t hovered = 0;
  float r = line_h * 0.2f;
  for (size_t k = 0; k < ms.size() && k < 3; ++k) {
    ImVec2 c(at.x + r + static_cast<float>(k) * (r * 2.2f), at.y + line_h * 0.5f);
    bool lit = env.hover_in.item == ms[k].item;
    draw->AddCircleFilled(c, lit ? r * 1.4f : r, ms[k].colour);
    if (lit) draw->AddCircle(c, r * 1.8f, env.palette->accent, 0, 2.0f);
    if (ImGui::IsMouseHoveringRect(ImVec2(c.x - r * 1.5f, c.y - r * 2),
                                   ImVec2(c.x + r * 1.5f, c.y + r * 2)))
      hovered = ms[k].item;
  }
  return hovered;
}

// Where a flight from `line` starts: the line's code, kept inside the visible part of the
// view so a card scheduled from a line scrolled out of sight starts at the nearest edge.
void RecordLine(uint32_t line, float x, float y, float line_h, Motion& motion) {
  ImVec2 min = ImGui::GetWindowPos(),
         max(min.x + ImGui::GetWindowWidth(), min.y + ImGui::GetWindowHeight());
  x = std::clamp(x, min.x, max.x - line_h);
  y = std::clamp(y, min.y, std::max(min.y, max.y - line_h));
  motion.anchors.lines[line] = {ImVec2(x, y), ImVec2(max.x, y + line_h)};
}

// The scroll position that keeps the lit line (`top` to `bottom`, the view's own y) about 0.4
// down a view `view_h` high, on a whole row: the first row in view is never cut in half, and
// a line taller than that room still starts in view.
float FollowScroll(float top, float bottom, float view_h, float line_h) {
  float scroll = std::floor((top - view_h * 0.4f) / line_h) * line_h;
  if (bottom - scroll > view_h) scroll = std::ceil((bottom - view_h) / line_h) * line_h;
  return std::max(0.0f, std::min(scroll, top));
}

// Pads the rows to the next whole row past the view's height, so that the farthest scroll
// position (content less view) is whole rows too: ImGui clamps every scroll to it, and a
// clamp to a part row would cut the first row in view.
void PadToWholeRows(float rows_h, float view_h, float line_h) {
  // The rows' content ends one item spacing short of the cursor (the last row's Dummy).
  if (rows_h - (line_h - ImGui::GetTextLineHeight()) <= view_h + 0.5f) return;
  float below = std::ceil((rows_h - view_h) / line_h) * line_h + view_h - rows_h;
  ImGui::SetCursorPosY(rows_h);
  ImGui::Dummy(ImVec2(0.0f, below));
}

// The wheel over the code view moves it by whole rows, in the frame of the wheel: ImGui 1.86
// scrolls a view by five font sizes in NewFrame, before the panel can snap it, so one frame
// would show a row cut in half. Call before the view's BeginChild (`view_h` high).
void TakeTheWheel(const SourcePanelState& panel, float line_h, float view_h) {
  const float wheel = ImGui::GetIO().MouseWheel;
  const ImVec2 top_left = ImGui::GetCursorScreenPos();
  const ImVec2 bottom_right(top_left.x + ImGui::GetContentRegionAvail().x, top_left.y + view_h);
  if (wheel == 0 || !ImGui::IsWindowHovered(ImGuiHoveredFlags_ChildWindows) ||
      !ImGui::IsMouseHoveringRect(top_left, bottom_right))
    return;
  const float rows_per_notch =
      std::max(1.0f, std::floor(std::min(ImGui::GetFontSize() * 5, view_h * 0.67f) / line_h));
  const float rows = std::max(0.0f, std::round(panel.scroll_rows) - wheel * rows_per_notch);
  ImGui::SetNextWindowScroll(ImVec2(-1.0f, std::round(rows) * line_h));
}

}  // namespace

void DrawSourcePanel(const trace::LoopState& state, SourcePanelState& panel, float anim_t) {
  const PanelEnv& env = panel.env;
  // A long program name ends in an ellipsis rather than at the title bar's edge.
  const std::string prefix = "Source — ";
  const float name_room = env.size.x - ImGui::CalcTextSize(prefix.c_str()).x -
                          ImGui::GetStyle().FramePadding.x * 2 - ImGui::GetStyle().WindowPadding.x;
  std::string title =
      prefix +
      (env.doc ? CutTextToWidth(env.doc->log->info().program_name, name_room) : std::string()) +
      "###source";
  if (!BeginPanel(title.c_str(), env) || !env.doc) return EndPanel();
  const auto& lines = env.doc->source_lines;
  int running = state.stack.empty() ? 0 : static_cast<int>(state.stack.back().statement.line);
  auto markers = CollectMarkers(state);
  ImGui::PushFont(env.fonts->mono);
  // Rows a whole number of pixels high (the spacing under the text takes the fraction), so a
  // scroll or a view of whole rows lands on whole pixels: no row shows a sliver of the next.
  const float line_h = std::ceil(ImGui::GetTextLineHeightWithSpacing());
  ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing,
                      ImVec2(ImGui::GetStyle().ItemSpacing.x, line_h - ImGui::GetTextLineHeight()));
  float char_w = ImGui::CalcTextSize("M").x;
  float number_w = char_w * (std::to_string(lines.size()).size() + 1);
  float marker_w = line_h * 1.4f;
  // When the code scrolls, the view is a whole number of rows high, so that its bottom row is
  // whole too (the pixels left over stay blank below it); the rows' height is last frame's
  // (want_h, the panel's height with every row in view).
  const float avail_h = ImGui::GetContentRegionAvail().y;
  const float whole_rows_h = std::floor(avail_h / line_h) * line_h;
  const bool scrolls = panel.want_h > ImGui::GetWindowHeight() + 0.5f && whole_rows_h >= line_h;
  TakeTheWheel(panel, line_h, scrolls ? whole_rows_h : avail_h);
  ImGui::BeginChild("##code", ImVec2(0, scrolls ? whole_rows_h : 0.0f), false,
                    ImGuiWindowFlags_NoScrollWithMouse);
  const float view_h = ImGui::GetWindowHeight();
  panel.rows_in_view = view_h / line_h;
  // A scroll bar move lands between rows: the next frame starts on the nearest one.
  const float scroll = ImGui::GetScrollY(), snapped = std::round(scroll / line_h) * line_h;
  if (panel.shown != env.doc)
    ImGui::SetScrollY(0), panel.shown = env.doc;
  else if (std::fabs(snapped - scroll) >= 1.0f)
    ImGui::SetScrollY(snapped);
  panel.scroll_rows = scroll / line_h;
  panel.lit_top_rows = panel.lit_bottom_rows = -1;
  float code_x = number_w + marker_w;
  auto columns =
      static_cast<size_t>(std::max(0.0f, (ImGui::GetContentRegionAvail().x - code_x) / char_w));
  bool follow = running > 0 && running != panel.last_line;
  panel.last_line = running;
  const bool resized = std::fabs(view_h - panel.last_view_h) >= 0.5f;
  panel.last_view_h = view_h;
  ImDrawList* draw = ImGui::GetWindowDrawList();
  SyntaxCarry carry = SyntaxCarry::kNone;
  for (size_t i = 0; i < lines.size(); ++i) {
    uint32_t line_no = static_cast<uint32_t>(i + 1);
    WrappedLine rows = WrapSourceLine(lines[i], columns);
    float rows_h = line_h * static_cast<float>(rows.starts.size());
    if (static_cast<int>(line_no) == running) {
      const float top = ImGui::GetCursorPosY();
      panel.lit_top_rows = top / line_h, panel.lit_bottom_rows = (top + rows_h) / line_h;
      // A view that changed height (the layout settling, a resize) follows again if that
      // left the lit line part or all out of sight; a view the reader scrolled stays put.
      const bool whole = top + 0.5f >= scroll && top + rows_h <= scroll + view_h + 0.5f;
      if (follow || (resized && !whole))
        ImGui::SetScrollY(FollowScroll(top, top + rows_h, view_h, line_h));
    }
    ImVec2 pos = ImGui::GetCursorScreenPos();
    float width = ImGui::GetContentRegionAvail().x;
    if (static_cast<int>(line_no) == running || env.hover_in.line == line_no)
      draw->AddRectFilled(pos, ImVec2(pos.x + width, pos.y + rows_h), env.palette->line_highlight);
    if (state.uncaught != 0 && state.uncaught_at.line == line_no)
      DrawErrorMark(draw, ImVec2(pos.x + code_x, pos.y), state, lines[i], rows, line_h, env);
    if (ParkedAt(state, line_no))  // an async function waits at this line's await
      draw->AddRect(pos, ImVec2(pos.x + width, pos.y + rows_h),
                    VocabColour(trace::QueueColour(trace::Queue::kMicrotask)), 0.0f, 0, 2.0f);
    std::string number = std::to_string(line_no);
    draw->AddText(ImVec2(pos.x + number_w - char_w * (number.size() + 0.5f), pos.y),
                  env.palette->text_dim, number.c_str());
    if (auto it = markers.find(line_no); it != markers.end())
      if (uint64_t h = DrawMarkers(draw, ImVec2(pos.x + number_w, pos.y), line_h, it->second, env))
        env.hover_out->item = h;
    DrawColouredRows(draw, ImVec2(pos.x + code_x, pos.y), lines[i], rows,
                     char_w * static_cast<float>(rows.indent), line_h, &carry, *env.palette);
    if (env.motion && env.motion->StartsAtLine(line_no))
      RecordLine(line_no, pos.x + code_x, pos.y, line_h, *env.motion);
    ImGui::Dummy(ImVec2(width, rows_h - (line_h - ImGui::GetTextLineHeight())));
  }
  // The panel's height with every row in view: the rows plus the panel's own chrome.
  const float rows_total = ImGui::GetCursorPosY();
  PadToWholeRows(rows_total, view_h, line_h);
  ImGui::EndChild();
  ImGui::PopStyleVar();
  panel.want_h = rows_total + ImGui::GetWindowHeight() - avail_h;
  ImGui::PopFont();
  EndPanel();
}

}  // namespace loopscope::app
