// app/ui/panel_loop_code.cpp — uv_run's loop as twelve lines of pseudocode (loop_code.h),
// the line the run is on lit in the source panel's highlight, each phase's line tabbed in
// the ring's colour, and in the poll phase the timeout uv__backend_timeout computed and why.
// The type shrinks to fit the rectangle (like the ring's labels), so the panel never scrolls;
// a footer of two lines says what the lit line means when the loop is not simply in a phase.
#include <algorithm>
#include <cfloat>
#include <string>

#include "app/ui/panel_common.h"

namespace loopscope::app {
namespace {

constexpr float kLineSpacing = 1.15f;  // line height as a multiple of the type size
constexpr float kFooterLines = 2.0f;
constexpr float kMinScale = 0.5f;

std::string TimeoutText(const PollTimeout& t) {
  return t.ms < 0 ? "-1 (block)" : std::to_string(t.ms) + " ms";
}

// What the footer says at `at` (empty: the lit line says it all).
std::string Footer(const trace::LoopState& state, const LoopPosition& at,
                   const PollTimeout* timeout) {
  if (timeout) return "poll timeout " + TimeoutText(*timeout) + ": " + timeout->why + ".";
  if (at.fed_pending)
    return "Callbacks fed to the pending queue during poll run right after it (core.c).";
  switch (state.phase) {
    case trace::Phase::kNone:
    case trace::Phase::kMain:
      return "The main script runs first; uv_run starts when it ends.";
    case trace::Phase::kBeforeExit:
      return "Not alive: uv_run returns and Node emits 'beforeExit'.";
    case trace::Phase::kExit:
      return "uv_run has returned: the process exits.";
    default:
      return "";
  }
}

// The poll timeout of the current poll phase, computed once per phase (a checkpoint lookup).
const PollTimeout* CurrentTimeout(const trace::LoopState& state, const LoopPosition& at,
                                  LoopCodePanelState& panel) {
  if (state.phase != trace::Phase::kPoll || at.phase_enter == kNoEnter) return nullptr;
  if (panel.doc != panel.env.doc || panel.poll_enter != at.phase_enter) {
    panel.doc = panel.env.doc, panel.poll_enter = at.phase_enter;
    panel.timeout = ComputePollTimeout(panel.env.doc->checkpoints->StateAt(at.phase_enter));
  }
  return &panel.timeout;
}

// In the ring's place (no room for both): a button at the right of the title bar swaps back.
void DrawRingButton(const PanelEnv& env) {
  const char* label = "Ring";
  const ImGuiStyle& style = ImGui::GetStyle();
  ImVec2 pos = ImGui::GetWindowPos(), size = ImGui::GetWindowSize();
  ImVec2 cursor = ImGui::GetCursorScreenPos();
  float title_h = cursor.y - pos.y - style.WindowPadding.y;
  float w = ImGui::CalcTextSize(label).x + style.FramePadding.x * 2;
  float h = ImGui::GetFontSize();
  ImGui::PushClipRect(pos, ImVec2(pos.x + size.x, pos.y + size.y), false);
  ImGui::SetCursorScreenPos(
      ImVec2(pos.x + size.x - w - style.WindowPadding.x, pos.y + (title_h - h) * 0.5f));
  if (ImGui::SmallButton(label))
    env.commands->push_back({UiCommand::Kind::kUnfoldPanel, static_cast<size_t>(PanelId::kLoop)});
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("Show the event loop ring here instead");
  ImGui::PopClipRect();
  ImGui::SetCursorScreenPos(cursor);
}

}  // namespace

void DrawLoopCodePanel(const trace::LoopState& state, LoopCodePanelState& panel, float /*anim_t*/) {
  const PanelEnv& env = panel.env;
  if (!BeginPanel("Loop pseudocode###loopcode", env,
                  ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse) ||
      !env.doc)
    return EndPanel();
  const Palette& p = *env.palette;
  if (panel.ring_replaced) DrawRingButton(env);
  LoopPosition at = FindLoopPosition(state, *env.doc->log, env.doc->phase_enters);
  const PollTimeout* timeout = CurrentTimeout(state, at, panel);
  std::string annotation = timeout ? "  → " + TimeoutText(*timeout) : "";
  ImVec2 origin = ImGui::GetCursorScreenPos();
  ImVec2 avail = ImGui::GetContentRegionAvail();
  ImFont* font = env.fonts->mono ? env.fonts->mono : ImGui::GetFont();
  float size = ImGui::GetFontSize();
  // The widest line at full size (the timeout line with its widest annotation).
  float widest = font->CalcTextSizeA(size, FLT_MAX, 0, "  t = backend_timeout();  → -1 (block)").x;
  for (const LoopCodeRow& row : kLoopCode)
    widest = std::max(widest, font->CalcTextSizeA(size, FLT_MAX, 0, row.code.data(),
                                                  row.code.data() + row.code.size())
                                  .x);
  float tab_w = size * 0.3f;
  float rows = static_cast<float>(std::size(kLoopCode)) + kFooterLines;
  float scale = std::min({1.0f, avail.y / (rows * size * kLineSpacing),
                          (avail.x - tab_w * 2) / std::max(widest, 1.0f)});
  scale = std::max(scale, kMinScale);
  float type = size * scale, line_h = type * kLineSpacing;
  ImDrawList* draw = ImGui::GetWindowDrawList();
  float x = origin.x + tab_w * 2;
  for (size_t i = 0; i < std::size(kLoopCode); ++i) {
    const LoopCodeRow& row = kLoopCode[i];
    float y = origin.y + static_cast<float>(i) * line_h;
    bool lit = row.line == at.line;
    if (lit)
      draw->AddRectFilled(ImVec2(origin.x, y), ImVec2(origin.x + avail.x, y + line_h),
                          p.line_highlight, type * 0.2f);
    if (row.phase != trace::Phase::kNone)
      draw->AddRectFilled(ImVec2(origin.x, y + line_h * 0.15f),
                          ImVec2(origin.x + tab_w, y + line_h * 0.85f),
                          VocabColour(trace::PhaseColour(row.phase), lit ? 1.0f : 0.45f));
    float text_y = y + (line_h - type) * 0.5f;
    const char* code = row.code.data();
    draw->AddText(font, type, ImVec2(x, text_y), lit ? p.text : p.text_dim, code,
                  code + row.code.size());
    if (row.line == LoopLine::kTimeout && timeout) {
      float code_w = font->CalcTextSizeA(type, FLT_MAX, 0, code, code + row.code.size()).x;
      draw->AddText(font, type, ImVec2(x + code_w, text_y), p.accent, annotation.c_str());
    }
  }
  std::string footer = Footer(state, at, timeout);
  if (!footer.empty()) {
    float y = origin.y + static_cast<float>(std::size(kLoopCode)) * line_h + line_h * 0.2f;
    draw->AddText(ImGui::GetFont(), type, ImVec2(origin.x, y), p.text, footer.c_str(), nullptr,
                  avail.x);
  }
  ImGui::Dummy(avail);
  EndPanel();
}

}  // namespace loopscope::app
