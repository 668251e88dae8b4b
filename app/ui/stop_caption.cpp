// app/ui/stop_caption.cpp — the stop row of the controls bar (stop_caption.h). At a stop
// the caption sits on an accent band in the large title font; between stops the row says
// where Page Down goes next, in the same size, so the bar keeps its height while stepping.
#include "app/ui/stop_caption.h"

#include <algorithm>
#include <string>

#include "app/ui/panel_common.h"
#include "app/ui/stop_nav.h"

namespace loopscope::app {
namespace {

void Post(const PanelEnv& env, UiCommand::Kind kind) {
  env.commands->push_back({kind});
}

bool KeyedButton(const char* label, const char* tip) {
  bool pressed = ImGui::Button(label);
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tip);
  return pressed;
}

// What the row says: the caption at a stop, else where the clicker goes next.
std::string RowText(const Document& doc, size_t step, bool* at_stop) {
  const size_t count = doc.stops.size();
  std::optional<size_t> here = StopAt(doc.stops, step);
  *at_stop = here.has_value();
  if (here)
    return std::to_string(*here + 1) + "/" + std::to_string(count) + "  " +
           doc.stops[*here].caption;
  if (std::optional<size_t> next = NextStop(doc.stops, step))
    return "Page Down: stop " + std::to_string(*next + 1) + " of " + std::to_string(count);
  return "After the last stop (" + std::to_string(count) + " of " + std::to_string(count) + ")";
}

// The wrapped height of the tallest caption (in the current font) at `wrap` pixels.
float TallestCaption(const Document& doc, float wrap) {
  float h = 0;
  for (size_t k = 0; k < doc.stops.size(); ++k) {
    const std::string text = std::to_string(k + 1) + "/" + std::to_string(doc.stops.size()) + "  " +
                             doc.stops[k].caption;
    h = std::max(h, ImGui::CalcTextSize(text.c_str(), nullptr, false, wrap).y);
  }
  return h;
}

void DrawButtons(const ControlsPanelState& panel) {
  const PanelEnv& env = panel.env;
  using K = UiCommand::Kind;
  if (KeyedButton("< Stop", "Previous stop (Page Up)")) Post(env, K::kPrevStop);
  ImGui::SameLine();
  if (KeyedButton("Stop >", "Next stop (Page Down)")) Post(env, K::kNextStop);
  ImGui::SameLine();
  bool on = panel.stops_on;
  if (ImGui::Checkbox("Stops", &on)) Post(env, K::kToggleStops);
  if (ImGui::IsItemHovered())
    ImGui::SetTooltip(
        "On: Page Down/Page Up jump from stop to stop. Off: they step like the "
        "arrow keys.");
}

}  // namespace

void DrawStopCaption(ControlsPanelState& panel) {
  const PanelEnv& env = panel.env;
  panel.caption_px = 0, panel.caption_at_stop = false;
  if (!env.doc || env.doc->stops.empty()) return;
  DrawButtons(panel);
  ImGui::SameLine(0, ImGui::GetFontSize());
  bool at_stop = false;
  std::string text = RowText(*env.doc, panel.step, &at_stop);
  if (env.doc->unreached_stops > 0 && !at_stop)
    text += " · " + std::to_string(env.doc->unreached_stops) + " not reached in this run";
  ImGui::PushFont(env.fonts->title);
  ImGui::SetWindowFontScale(kCaptionScale);
  const ImVec2 pos = ImGui::GetCursorScreenPos();
  const float right = ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x;
  const float pad = ImGui::GetStyle().FramePadding.x;
  const float wrap = std::max(right - pos.x - 2 * pad, ImGui::GetFontSize() * 4);
  const ImVec2 size = ImGui::CalcTextSize(text.c_str(), nullptr, false, wrap);
  // The band goes behind the text, around where the text really landed (the row's
  // buttons give it a baseline offset): text on channel 1, band on channel 0.
  ImDrawList* draw = ImGui::GetWindowDrawList();
  draw->ChannelsSplit(2);
  draw->ChannelsSetCurrent(1);
  ImGui::SetCursorScreenPos(ImVec2(pos.x + pad, pos.y));
  ImGui::PushTextWrapPos(right - pad);
  ImGui::PushStyleColor(ImGuiCol_Text, at_stop ? env.palette->text : env.palette->text_dim);
  ImGui::TextUnformatted(text.c_str());
  ImGui::PopStyleColor();
  ImGui::PopTextWrapPos();
  draw->ChannelsSetCurrent(0);
  if (at_stop) {
    const ImVec2 lo = ImGui::GetItemRectMin(), hi = ImGui::GetItemRectMax();
    const ImU32 tint = (env.palette->accent & ~IM_COL32_A_MASK) | (0x38u << IM_COL32_A_SHIFT);
    draw->AddRectFilled(ImVec2(lo.x - pad, lo.y - pad * 0.5f),
                        ImVec2(hi.x + pad, hi.y + pad * 0.5f), tint,
                        ImGui::GetStyle().FrameRounding);
  }
  draw->ChannelsMerge();
  // The row keeps the height of the longest caption, so the panels below do not move as
  // the clicker goes from stop to stop.
  const float row_h = TallestCaption(*env.doc, wrap);
  if (const float top = ImGui::GetItemRectMin().y; row_h > size.y) {
    ImGui::SetCursorScreenPos(ImVec2(pos.x, top + size.y));
    ImGui::Dummy(ImVec2(1, row_h - size.y));
  }
  panel.caption_px = ImGui::GetFontSize(), panel.caption_at_stop = at_stop;
  ImGui::SetWindowFontScale(1.0f);
  ImGui::PopFont();
}

}  // namespace loopscope::app
