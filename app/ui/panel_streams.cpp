// app/ui/panel_streams.cpp — Node's streams as buffers: one row per stream side, its name and
// state on one line and, below, a bar that fills and drains with the step. The bar spans twice
// the highWaterMark, so the mark sits in its middle; a buffer past twice the mark fills the
// bar in the warning colour and says how many marks it holds (a producer that ignored
// write()'s false). A writable side waiting for 'drain' says so in the warning colour.
// Reads LoopState::streams (engine/trace/stream_state.cpp); the words come from
// engine/trace/stream_explain.h so the panel and the Why sentences agree.
#include <algorithm>
#include <string>

#include "app/ui/panel_common.h"
#include "engine/trace/stream_explain.h"

namespace loopscope::app {
namespace {

// The bar shows 0 .. kBarMarks × highWaterMark.
constexpr float kBarMarks = 2.0f;

// The length the bar shows during the motion from the previous step.
float AnimatedLength(const trace::StreamInfo& s, const PanelEnv& env, float anim_t) {
  float now = static_cast<float>(s.length);
  if (!env.previous) return now;
  for (const trace::StreamInfo& before : env.previous->streams)
    if (before.id == s.id)
      return static_cast<float>(before.length) + (now - static_cast<float>(before.length)) * anim_t;
  return now;
}

// The one word (or few) for the stream's state, most final first; `warn` when the program
// should notice (a drain wait).
std::string StateText(const trace::StreamInfo& s, bool* warn) {
  *warn = false;
  if (s.destroyed) return "destroyed";
  if (s.finished) return s.writable_side ? "finished" : "ended ('end' emitted)";
  if (s.waiting_drain) {
    *warn = true;
    return s.drain_waits > 1 ? "write() false ×" + std::to_string(s.drain_waits) + ", no 'drain'"
                             : "waiting for 'drain'";
  }
  if (s.ended) return s.writable_side ? "end() called" : "push(null) done";
  if (s.writable_side) return "writable";
  if (s.flowing) return "flowing";
  if (s.paused) return "paused";
  return "not read yet";
}

void DrawBar(ImDrawList* draw, const PanelEnv& env, const trace::StreamInfo& s, float length,
             ImVec2 pos, ImVec2 size) {
  const Palette& p = *env.palette;
  const float rounding = size.y * 0.2f;
  ImVec2 end(pos.x + size.x, pos.y + size.y);
  draw->AddRectFilled(pos, end, p.card, rounding);
  const float hwm = static_cast<float>(std::max<int64_t>(s.high_water_mark, 1));
  const float fraction = std::clamp(length / (hwm * kBarMarks), 0.0f, 1.0f);
  const bool over = length > hwm * kBarMarks;
  // A readable side's buffer in the poll phase's blue (data arriving), a writable side's in
  // the thread pool's teal (data on its way out): vocabulary.h's colours.
  const ImU32 fill = over              ? p.stderr_text
                     : s.writable_side ? VocabColour(trace::QueueColour(trace::Queue::kPoolWork))
                                       : VocabColour(trace::PhaseColour(trace::Phase::kPoll));
  if (fraction > 0)
    draw->AddRectFilled(pos, ImVec2(pos.x + size.x * fraction, end.y), fill, rounding);
  // The highWaterMark: where write() starts returning false and push() asks to stop.
  const float mark_x = pos.x + size.x / kBarMarks;
  draw->AddLine(ImVec2(mark_x, pos.y - 2), ImVec2(mark_x, end.y + 2), p.text, 2.0f);
  std::string text = trace::StreamAmount(static_cast<int64_t>(length + 0.5f), s.object_mode) +
                     " / HWM " + trace::StreamAmount(s.high_water_mark, s.object_mode);
  if (over) text += "  (" + std::to_string(static_cast<int64_t>(length / hwm)) + "× HWM)";
  ImVec2 text_size = ImGui::CalcTextSize(text.c_str());
  // The text sits on the bar's empty half when it fits there, else at its start.
  float text_x = mark_x + ImGui::GetFontSize() * 0.4f;
  if (text_x + text_size.x > end.x || fraction > 0.5f) text_x = pos.x + ImGui::GetFontSize() * 0.3f;
  draw->PushClipRect(pos, end, true);
  draw->AddText(ImVec2(text_x, pos.y + (size.y - text_size.y) / 2), p.card_text, text.c_str());
  draw->PopClipRect();
}

void DrawRow(ImDrawList* draw, const PanelEnv& env, const trace::StreamInfo& s, float anim_t) {
  const Palette& p = *env.palette;
  const float width = ImGui::GetContentRegionAvail().x;
  const float line_h = ImGui::GetTextLineHeight();
  const float bar_h = ImGui::GetFrameHeight();
  ImVec2 pos = ImGui::GetCursorScreenPos();
  ImGui::Dummy(ImVec2(width, line_h + bar_h + ImGui::GetStyle().ItemSpacing.y * 0.5f));
  bool warn = false;
  const std::string state = StateText(s, &warn);
  const float state_w = ImGui::CalcTextSize(state.c_str()).x;
  const float state_x = std::max(pos.x, pos.x + width - state_w);
  draw->PushClipRect(pos, ImVec2(state_x - ImGui::GetFontSize() * 0.5f, pos.y + line_h), true);
  const std::string_view label = env.doc->log->Text(s.label);
  draw->AddText(pos, s.destroyed ? p.text_dim : p.text, label.data(), label.data() + label.size());
  draw->PopClipRect();
  draw->AddText(ImVec2(state_x, pos.y), warn ? p.stderr_text : p.text_dim, state.c_str());
  const float y = pos.y + line_h + ImGui::GetStyle().ItemSpacing.y * 0.25f;
  DrawBar(draw, env, s, AnimatedLength(s, env, Ease(anim_t)), ImVec2(pos.x, y),
          ImVec2(width, bar_h));
}

}  // namespace

void DrawStreamsPanel(const trace::LoopState& state, StreamsPanelState& panel, float anim_t) {
  const PanelEnv& env = panel.env;
  panel.rows_drawn = 0;
  if (!BeginPanel("Streams###streams", env) || !env.doc) return EndPanel();
  ImDrawList* draw = ImGui::GetWindowDrawList();
  if (state.streams.empty()) DimText(env, "(no stream yet)");
  for (const trace::StreamInfo& s : state.streams) {
    DrawRow(draw, env, s, anim_t);
    ++panel.rows_drawn;
  }
  EndPanel();
}

}  // namespace loopscope::app
