// app/ui/panel_loop_wheel.cpp — the event loop as a ring of libuv's six phases, in uv_run's
// order (libuv src/unix/core.c): timers, pending, idle/prepare, poll, check, close. The
// current phase is lit, a marker travels to it, and the centre shows the iteration, the
// virtual time, and a badge while a microtask checkpoint is draining. The phase names are
// placed by FitRing (ring_labels.h) so they never touch one another or leave the panel.
#include <array>
#include <cfloat>
#include <cmath>
#include <string>

#include "app/ui/panel_common.h"
#include "app/ui/ring_labels.h"
#include "engine/trace/explain.h"

namespace loopscope::app {
namespace {

constexpr std::array<trace::Phase, 6> kRing = {trace::Phase::kTimers,      trace::Phase::kPending,
                                               trace::Phase::kIdlePrepare, trace::Phase::kPoll,
                                               trace::Phase::kCheck,       trace::Phase::kClose};
constexpr float kPi = 3.14159265f;
constexpr float kSegment = 2 * kPi / kRingPhases;
constexpr float kTop = -kPi / 2;

// Ring slot of a phase, or -1 for the phases outside the loop (main script, exit...).
int RingIndex(trace::Phase phase) {
  for (size_t i = 0; i < kRing.size(); ++i)
    if (kRing[i] == phase) return static_cast<int>(i);
  return -1;
}

float MarkerAngle(trace::Phase phase) {
  int i = RingIndex(phase);
  return i < 0 ? kTop : kTop + (static_cast<float>(i) + 0.5f) * kSegment;
}

void DrawSegment(ImDrawList* draw, ImVec2 c, float r, float thick, int i, bool lit,
                 const Palette& p) {
  float a0 = kTop + static_cast<float>(i) * kSegment + 0.03f, a1 = a0 + kSegment - 0.06f;
  ImU32 colour = VocabColour(trace::PhaseColour(kRing[i]), lit ? 1.0f : 0.28f);
  draw->PathArcTo(c, r, a0, a1, 24);
  draw->PathStroke(colour, 0, lit ? thick * 1.25f : thick);
}

// "pending callbacks" as two lines, so labels stay narrow and the ring can be large.
std::string WheelLabel(trace::Phase phase) {
  std::string name(trace::PhaseDisplayName(phase));
  size_t space = name.find(' ');
  if (space != std::string::npos) name[space] = '\n';
  return name;
}

// Each phase name's size at a type size of 1 px (ring_labels.h), measured at the interface
// size for precision.
std::array<ImVec2, kRingPhases> UnitLabelSizes(float font) {
  std::array<ImVec2, kRingPhases> unit;
  for (int i = 0; i < kRingPhases; ++i) {
    ImVec2 s = ImGui::GetFont()->CalcTextSizeA(font, FLT_MAX, 0.0f, WheelLabel(kRing[i]).c_str());
    unit[i] = ImVec2(s.x / font, s.y / font);
  }
  return unit;
}

// The phase and the time inside the ring, in type small enough that both lines fit within
// the ring's inner edge (`inner` across), so the phase names around it stay clear; never
// below half the interface size.
void DrawCentre(ImDrawList* draw, ImVec2 c, float inner, const trace::LoopState& state,
                const PanelEnv& env) {
  std::string line1 = RingIndex(state.phase) < 0 ? std::string(trace::PhaseDisplayName(state.phase))
                                                 : "iteration " + std::to_string(state.iteration);
  std::string line2 = "t = " + trace::FormatMs(state.time_ns);
  ImFont* title = env.fonts->title;
  ImFont* body = ImGui::GetFont();
  float title_px = title->FontSize, body_px = ImGui::GetFontSize();
  float widest = std::max(title->CalcTextSizeA(title_px, FLT_MAX, 0, line1.c_str()).x,
                          body->CalcTextSizeA(body_px, FLT_MAX, 0, line2.c_str()).x);
  float scale = std::clamp(inner / std::max(widest, 1.0f), 0.5f, 1.0f);
  title_px *= scale, body_px *= scale;
  ImVec2 s1 = title->CalcTextSizeA(title_px, FLT_MAX, 0, line1.c_str());
  draw->AddText(title, title_px, ImVec2(c.x - s1.x / 2, c.y - s1.y), env.palette->text,
                line1.c_str());
  ImVec2 s2 = body->CalcTextSizeA(body_px, FLT_MAX, 0, line2.c_str());
  draw->AddText(body, body_px, ImVec2(c.x - s2.x / 2, c.y + 2), env.palette->text_dim,
                line2.c_str());
  if (state.drain_depth > 0) {
    // The drain badge in the same reduced type, under the time.
    const std::string badge(trace::DrainKindDisplayName(state.drain_kind));
    ImVec2 s3 = body->CalcTextSizeA(body_px, FLT_MAX, 0, badge.c_str());
    ImVec2 at(c.x - s3.x / 2, c.y + s2.y + 8 * scale);
    float pad = 4 * scale;
    draw->AddRectFilled(ImVec2(at.x - pad, at.y - pad / 2),
                        ImVec2(at.x + s3.x + pad, at.y + s3.y + pad / 2),
                        VocabColour(trace::QueueColour(trace::Queue::kMicrotask)), 4);
    draw->AddText(body, body_px, at, IM_COL32(20, 20, 20, 255), badge.c_str());
  }
}

}  // namespace

void DrawLoopWheelPanel(const trace::LoopState& state, LoopWheelPanelState& panel, float anim_t) {
  const PanelEnv& env = panel.env;
  // The ring is sized to the panel, so it never needs a scrollbar.
  if (!BeginPanel("Event loop###loop", env, ImGuiWindowFlags_NoScrollbar)) return EndPanel();
  ImVec2 origin = ImGui::GetCursorScreenPos();
  ImVec2 avail = ImGui::GetContentRegionAvail();
  float font = ImGui::GetFontSize();
  // The phase names stay around the ring at every size, never touching one another or
  // leaving the panel: with little room they get smaller type before the ring gets too
  // small to read (FitRing).
  RingFit fit = FitRing(avail, font, UnitLabelSizes(font));
  float r = std::max(fit.r, font * 0.5f);
  ImVec2 c(origin.x + fit.centre.x, origin.y + fit.centre.y);
  float thick = r * 0.2f;
  ImDrawList* draw = ImGui::GetWindowDrawList();
  int lit = RingIndex(state.phase);
  for (int i = 0; i < kRingPhases; ++i) {
    DrawSegment(draw, c, r, thick, i, i == lit, *env.palette);
    const LabelBox& box = fit.labels[i];
    panel.labels[i] = {ImVec2(origin.x + box.min.x, origin.y + box.min.y),
                       ImVec2(origin.x + box.max.x, origin.y + box.max.y)};
    draw->AddText(ImGui::GetFont(), fit.label_px, panel.labels[i].min,
                  i == lit ? env.palette->text : env.palette->text_dim,
                  WheelLabel(kRing[i]).c_str());
  }
  panel.labels_drawn = true;
  // The marker moves along the ring from the previous phase to this one (clockwise).
  float from = MarkerAngle(env.previous ? env.previous->phase : state.phase);
  float to = MarkerAngle(state.phase);
  if (to < from) to += 2 * kPi;
  float a = from + (to - from) * Ease(anim_t);
  ImVec2 m(c.x + std::cos(a) * r, c.y + std::sin(a) * r);
  draw->AddCircleFilled(m, thick * 0.55f, env.palette->accent);
  draw->AddCircle(m, thick * 0.55f, env.palette->panel, 0, 2.0f);
  DrawCentre(draw, c, 2 * (r - thick), state, env);
  ImGui::Dummy(avail);
  EndPanel();
}

}  // namespace loopscope::app
