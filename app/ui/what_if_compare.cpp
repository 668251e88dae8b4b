// app/ui/what_if_compare.cpp — the original run and the what-if run side by side: one strip
// per run on a shared time axis (the main thread's callbacks over its pool threads' jobs, so
// a longer or shorter run shows as a longer or shorter strip), then both consoles with the
// first line that differs marked (trace::FirstDivergence, as the live comparison does).
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <string>

#include "app/ui/panel_common.h"
#include "app/ui/panel_what_if.h"
#include "engine/trace/explain.h"

namespace loopscope::app {
namespace {

// The index of the first console line printed at or after `event` (count if none).
size_t FirstLineFrom(const Document& doc, size_t event) {
  size_t k = 0;
  while (k < doc.console_lines.size() && doc.console_lines[k].step < event) ++k;
  return k;
}

// At most one rectangle per pixel column: after a span, the next one drawn is the first that
// reaches past the pixel just filled (binary search), so a million-span run stays cheap.
void DrawSpans(ImDrawList* draw, const std::vector<TimelineSpan>& spans, double ns_per_px,
               ImVec2 at, float width, float h, ImU32 colour) {
  size_t i = 0;
  while (i < spans.size()) {
    const TimelineSpan& s = spans[i];
    float a = at.x + static_cast<float>(static_cast<double>(s.start_ns) / ns_per_px);
    float b = at.x + static_cast<float>(static_cast<double>(s.end_ns) / ns_per_px);
    a = std::min(a, at.x + width - 1), b = std::clamp(b, a + 1, at.x + width);
    draw->AddRectFilled(ImVec2(a, at.y), ImVec2(b, at.y + h),
                        colour ? colour : VocabColour(trace::PhaseColour(s.phase)));
    double next_ns = (std::floor(b - at.x) + 1.0) * ns_per_px;
    i = std::max(i + 1, FirstVisibleSpan(spans, static_cast<int64_t>(next_ns)));
  }
}

// One run's strip: its name, a track as long as the run (main thread on top, one thin lane
// per pool thread below), and its end time.
// `cursor_ns` >= 0 marks the time on screen in the other panels.
void DrawStrip(const PanelEnv& env, const Document& doc, const char* name, double ns_per_px,
               float label_w, float track_w, int64_t cursor_ns) {
  ImDrawList* draw = ImGui::GetWindowDrawList();
  float h = ImGui::GetFrameHeight();
  ImVec2 origin = ImGui::GetCursorScreenPos();
  draw->AddText(ImVec2(origin.x, origin.y + (h - ImGui::GetFontSize()) / 2), env.palette->text,
                name);
  ImVec2 track(origin.x + label_w, origin.y);
  draw->AddRectFilled(track, ImVec2(track.x + track_w, track.y + h), env.palette->card);
  const TimelineModel& t = doc.timeline;
  size_t lanes = t.pool.size();
  float main_h = lanes ? h * 0.5f : h;
  DrawSpans(draw, t.main, ns_per_px, track, track_w, main_h, 0);
  float lane_h = lanes ? (h - main_h) / static_cast<float>(lanes) : 0;
  ImU32 job = VocabColour(trace::QueueColour(trace::Queue::kPoolWork));
  for (size_t i = 0; i < lanes; ++i)
    DrawSpans(draw, t.pool[i], ns_per_px,
              ImVec2(track.x, track.y + main_h + lane_h * static_cast<float>(i)), track_w,
              std::max(1.0f, lane_h - 1), job);
  if (cursor_ns >= 0) {
    float x = track.x + static_cast<float>(static_cast<double>(cursor_ns) / ns_per_px);
    draw->AddLine(ImVec2(x, track.y), ImVec2(x, track.y + h), env.palette->accent, 2);
  }
  float end_x = track.x + static_cast<float>(static_cast<double>(t.end_ns) / ns_per_px);
  std::string end = trace::FormatMs(t.end_ns);
  float end_w = ImGui::CalcTextSize(end.c_str()).x;
  float text_x = std::min(end_x + 4, track.x + track_w - end_w);
  draw->AddText(ImVec2(text_x, origin.y + (h - ImGui::GetFontSize()) / 2), env.palette->text,
                end.c_str());
  ImGui::Dummy(ImVec2(label_w + track_w, h));
  if (ImGui::IsItemHovered())
    ImGui::SetTooltip(
        "%s: %s of virtual time, exit code %d%s", name, end.c_str(), doc.exit_code,
        lanes ? "\nTop: the main thread's callbacks. Below: each pool thread's jobs." : "");
}

void DrawVerdict(const PanelEnv& env, const WhatIfState& w) {
  ImGui::PushTextWrapPos(0);
  if (!w.divergence) {
    ImGui::TextUnformatted("Same output, same callback order.");
  } else {
    ImGui::PushStyleColor(ImGuiCol_Text, env.palette->stderr_text);
    ImGui::TextUnformatted(("First difference: " + w.divergence->summary + ".").c_str());
    ImGui::PopStyleColor();
  }
  ImGui::PopTextWrapPos();
}

// One run's console; lines from the first difference on are dimmed and the first of them is
// marked. Only the lines in view are laid out (ImGuiListClipper): a run may print 100,000.
void DrawConsole(const PanelEnv& env, const Document& doc, size_t diff_line) {
  ImGui::PushFont(env.fonts->mono);
  ImGuiListClipper clipper;
  clipper.Begin(static_cast<int>(doc.console_lines.size()), ImGui::GetTextLineHeightWithSpacing());
  while (clipper.Step()) {
    for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
      size_t k = static_cast<size_t>(i);
      const ConsoleLine& line = doc.console_lines[k];
      ImU32 colour = line.is_stderr ? env.palette->stderr_text
                                    : (k > diff_line ? env.palette->text_dim : env.palette->text);
      if (k == diff_line) {
        ImVec2 at = ImGui::GetCursorScreenPos();
        ImGui::GetWindowDrawList()->AddRectFilled(
            at, ImVec2(at.x + ImGui::GetContentRegionAvail().x, at.y + ImGui::GetTextLineHeight()),
            VocabColour(0xE57373, 0.45f));
      }
      ImGui::PushStyleColor(ImGuiCol_Text, colour);
      if (line.text.empty())
        ImGui::TextUnformatted(" ");  // a blank line keeps its height
      else
        ImGui::TextUnformatted(line.text.data(), line.text.data() + line.text.size());
      ImGui::PopStyleColor();
    }
  }
  ImGui::PopFont();
}

}  // namespace

void DrawWhatIfComparison(const PanelEnv& env, const WhatIfState& w, int64_t now_ns) {
  const Document& now = *env.doc;
  const Document& what_if = *w.run;
  DrawVerdict(env, w);
  float label_w = ImGui::CalcTextSize("what if ").x;
  float track_w = std::max(ImGui::GetContentRegionAvail().x - label_w, 1.0f);
  // Both strips share one scale, with room after the longer run for its end time.
  int64_t longest = std::max({now.timeline.end_ns, what_if.timeline.end_ns, int64_t{1}});
  double ns_per_px = static_cast<double>(longest) / (track_w * 0.8);
  DrawStrip(env, now, "now", ns_per_px, label_w, track_w, now_ns);
  DrawStrip(env, what_if, "what if", ns_per_px, label_w, track_w, -1);
  size_t diff_now = w.divergence ? FirstLineFrom(now, w.divergence->event_a) : SIZE_MAX;
  size_t diff_if = w.divergence ? FirstLineFrom(what_if, w.divergence->event_b) : SIZE_MAX;
  if (ImGui::BeginTable("##whatif_runs", 2, ImGuiTableFlags_BordersInnerV | ImGuiTableFlags_ScrollY,
                        ImGui::GetContentRegionAvail())) {
    ImGui::TableSetupScrollFreeze(0, 1);
    ImGui::TableSetupColumn("Now");
    ImGui::TableSetupColumn(("What if: " + w.run_label).c_str());
    ImGui::TableHeadersRow();
    ImGui::TableNextRow();
    ImGui::TableSetColumnIndex(0);
    DrawConsole(env, now, diff_now);
    ImGui::TableSetColumnIndex(1);
    DrawConsole(env, what_if, diff_if);
    ImGui::EndTable();
  }
}

}  // namespace loopscope::app
