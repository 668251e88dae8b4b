// app/ui/layout.cpp — the tiling arithmetic behind layout.h.
#include "app/ui/layout.h"

#include <algorithm>
#include <cmath>
#include <string_view>
#include <vector>

#include "app/ui/layout_browser_timeline.h"
#include "app/ui/layout_pool_room.h"

namespace loopscope::app {
namespace {

struct Slot {
  PanelId id;
  bool shown;
  float weight;       // share of what is left once minimums and wants are met
  float min_h;        // below this the panel's picture no longer reads
  float want_h;       // what its content asked for last frame (0: unknown)
  bool keep = false;  // its minimum never shrinks: the others give way (and scroll)
  // Its want is met only after every other slot's in the column: the pool's and OS I/O's
  // rows come after the queues' cards and the Streams panel's sides, but before the sides
  // where the timeline and Why already gave the pool their room (LayoutInput::pool_first).
  bool want_last = false;
};

// A panel folds when its mechanism is unused, or (the timeline and Why) when the pool's
// and OS I/O's rows take their room (LayoutInput::pool_first); unless the user reopened it.
bool Folded(const LayoutInput& in, PanelId id) {
  const bool for_room = in.pool_first && (id == PanelId::kTimeline || id == PanelId::kExplanation);
  return (FoldsWhenUnused(id, in.usage) || for_room) && !in.unfolded[static_cast<size_t>(id)];
}

// Stacks the open slots of one column from `top` down (folded ones go to the strip row):
// each gets its minimum, then its want in column order, then the rest by weight.
// When even the minimums do not fit, those not kept shrink in proportion (they then scroll).
void FillColumn(Layout& layout, const LayoutInput& in, const std::vector<Slot>& slots, float x,
                float w, float top, float height, float gap) {
  std::vector<float> h(slots.size(), 0);
  float open_h = height, min_total = 0, kept = 0, weight_total = 0;
  int shown = 0;
  for (size_t k = 0; k < slots.size(); ++k) {
    const Slot& s = slots[k];
    if (!s.shown || Folded(in, s.id)) continue;
    ++shown;
    min_total += s.min_h, weight_total += s.weight;
    if (s.keep) kept += s.min_h;
  }
  if (shown == 0) return;
  open_h -= gap * static_cast<float>(shown - 1);
  float scale = min_total > open_h && min_total > kept
                    ? std::max(0.0f, open_h - kept) / (min_total - kept)
                    : 1.0f;
  float left = open_h;
  for (size_t k = 0; k < slots.size(); ++k)
    if (slots[k].shown && !Folded(in, slots[k].id))
      h[k] = slots[k].min_h * (slots[k].keep ? 1.0f : scale), left -= h[k];
  for (bool last : {false, true}) {
    for (size_t k = 0; k < slots.size() && left > 0; ++k) {
      if (!slots[k].shown || Folded(in, slots[k].id) || slots[k].want_last != last) continue;
      float grow = std::clamp(slots[k].want_h - h[k], 0.0f, left);
      h[k] += grow, left -= grow;
    }
  }
  // The rest goes by weight to the panels whose content asked for more (or said nothing),
  // or to all of them when every one already has what it asked for: a short program's
  // source leaves its share to the console.
  auto open = [&](size_t k) { return slots[k].shown && !Folded(in, slots[k].id); };
  auto sated = [&](size_t k) { return slots[k].want_h > 0 && h[k] >= slots[k].want_h - 0.5f; };
  float hungry_weight = 0;
  for (size_t k = 0; k < slots.size(); ++k)
    if (open(k) && !sated(k)) hungry_weight += slots[k].weight;
  const bool all = hungry_weight <= 0;
  const float total = all ? weight_total : hungry_weight;
  for (size_t k = 0; k < slots.size() && total > 0; ++k)
    if (open(k) && (all || !sated(k))) h[k] += left * slots[k].weight / total;
  float y = top;
  for (size_t k = 0; k < slots.size(); ++k) {
    if (!slots[k].shown || Folded(in, slots[k].id)) continue;
    layout[slots[k].id] = {ImVec2(x, y), ImVec2(w, h[k]), true};
    y += h[k] + gap;
  }
}

float Want(const LayoutInput& in, PanelId id) {
  return in.want[static_cast<size_t>(id)];
}

// The source's height for kSourceMinRows rows of the mono font, or the whole program's
// when that is shorter (its measured want): the title bar (FramePadding), the window's
// padding and one row per line with ItemSpacing, from theme.cpp's spacing, which is tuned
// at 18 px and scales with the text.
float SourceMinHeight(const LayoutInput& in) {
  float font = in.font_size, u = font / 18.0f;
  float rows = (font + 7 * u) * static_cast<float>(kSourceMinRows);
  float full = rows + font + 2 * 5 * u + 2 * 10 * u + font * 0.25f;
  float want = Want(in, PanelId::kSource);
  return want > 0 ? std::min(full, want) : full;
}

// A folded strip's least width: its name on a button (panel_folded.cpp draws "Show" and the
// reason too where they fit), in DejaVu Sans at about 0.55 em per character, with the
// button's and the window's padding; at least five ems (a short name in wide letters: "Why").
float StripWidth(PanelId id, float font) {
  const float chars = static_cast<float>(std::string_view(FoldedStripName(id)).size());
  return font * std::max(5.0f, 2.2f + 0.55f * chars);
}

// Lays the strips out in rows `w` wide from (x, y), as many to a row as their names fit,
// each row's room left over shared equally (so either every strip of a row has room for its
// "Show" button beside the name, or none); returns the number of rows. With `layout` null
// it only counts them.
int PlaceStrips(Layout* layout, const std::vector<PanelId>& strips, float x, float y, float w,
                float strip_h, float gap, float font) {
  int rows = 0;
  for (size_t first = 0; first < strips.size(); ++rows) {
    size_t end = first + 1;
    float need = StripWidth(strips[first], font);
    while (end < strips.size() && need + gap + StripWidth(strips[end], font) <= w)
      need += gap + StripWidth(strips[end++], font);
    float share = (w - need) / static_cast<float>(end - first);
    float sx = x;
    for (size_t k = first; layout && k < end; ++k) {
      float sw = StripWidth(strips[k], font) + share;
      (*layout)[strips[k]] = {ImVec2(sx, y), ImVec2(sw, strip_h), true, true};
      sx += sw + gap;
    }
    y += strip_h + gap, first = end;
  }
  return rows;
}

float WidestStrip(const std::vector<PanelId>& strips, float font) {
  float widest = 0;
  for (PanelId id : strips) widest = std::max(widest, StripWidth(id, font));
  return widest;
}

// Whether the strips (and the pseudocode's, which a cramped centre column folds), one to a
// row, fit beside a timeline `timeline_h` tall and leave its lanes most of the width `w`.
bool StripsFitBeside(const LayoutInput& in, std::vector<PanelId> strips, float timeline_h, float w,
                     float gap, float strip_h) {
  if (in.show.loop_code && !in.unfolded[static_cast<size_t>(PanelId::kLoopCode)])
    strips.push_back(PanelId::kLoopCode);
  if (strips.empty()) return false;
  float tall = static_cast<float>(strips.size()) * (strip_h + gap) - gap;
  return tall <= timeline_h && WidestStrip(strips, in.font_size) <= w * 0.3f;
}

// The call stack's least height: the frames it held last frame (its measured want), at least
// one and at most three, the frames a class reads (the rest scroll).
float StackLeast(const LayoutInput& in) {
  float one = StackHeight(in.font_size, 1), three = StackHeight(in.font_size, 3);
  return std::clamp(Want(in, PanelId::kStack), one, three);
}

// The centre column: the call stack, the ring and the loop pseudocode. The pseudocode opens
// under the ring where the column holds all three at their minimums; elsewhere (projector
// fonts, small screens) it folds to a strip, and reopened it takes the ring's place (the
// ring gives way: both show the phase, and the pseudocode's "Ring" button brings it back).
// A run that never loops folds it.
struct CentreFolds {
  bool code = false;  // the pseudocode is a strip
  bool ring = false;  // the ring gave its place to the pseudocode
};

CentreFolds FoldCentre(const LayoutInput& in, float height, float gap) {
  const PanelVisibility& show = in.show;
  float font = in.font_size;
  if (!show.loop_code) return {};
  float need = (show.stack ? StackLeast(in) + gap : 0) + (show.loop ? font * kRingLeast + gap : 0) +
               font * kLoopCodeMinHeight;
  bool reopened = in.unfolded[static_cast<size_t>(PanelId::kLoopCode)];
  bool open = (in.usage.loop && need <= height) || reopened;
  return {!open, open && show.loop && need > height};
}

// What the centre column needs at least: the stack's frames above a ring whose phase names
// fit (kRingLeast).
float CentreLeast(const LayoutInput& in, float gap) {
  return (in.show.stack ? StackLeast(in) + gap : 0) +
         (in.show.loop ? in.font_size * kRingLeast : 0);
}

// The stack and the ring keep their shares of the room (0.36 : 0.64) beside the code, which
// first grows towards its full type size.
void FillCentreColumn(Layout& layout, const LayoutInput& in, const CentreFolds& folds, float x,
                      float w, float top, float height, float gap, bool three_frames) {
  const PanelVisibility& show = in.show;
  float font = in.font_size;
  // At a classroom stop with Why beside it the stack keeps room for three frames, whatever
  // it holds: the caption talks about the functions that come and go. Elsewhere it keeps the
  // frames it holds (up to three) and the ring gives way.
  float stack_min = three_frames ? StackHeight(font, 3) : StackLeast(in);
  FillColumn(layout, in,
             {{PanelId::kStack, show.stack, 0.27f, stack_min, Want(in, PanelId::kStack), true},
              {PanelId::kLoop, show.loop && !folds.ring, 0.48f, font * kRingLeast, 0},
              {PanelId::kLoopCode, show.loop_code && !folds.code, 0.25f, font * kLoopCodeMinHeight,
               font * kLoopCodeFullHeight}},
             x, w, top, height, gap);
}

}  // namespace

// The chrome around the lanes, in font sizes: the title bar (FramePadding 5 px at 18 px type,
// theme.cpp; the time range is drawn in it) and the window's padding (10 px).
float TimelineHeight(float font, float display_h, int lanes) {
  const float chrome = 1.0f + 10.0f / 18 + 20.0f / 18 + 0.1f;
  const float n = static_cast<float>(std::max(lanes, 1));
  float comfortable =
      std::min(font * (chrome + kTimelineLane * n), std::min(font * 9.0f, display_h * 0.17f));
  float least = std::min(font * (chrome + kTimelineMinLane * n), display_h * 0.5f);
  return std::max({comfortable, least, font * 4.5f});
}

// The title bar and the window's padding (theme.cpp's spacing, tuned at 18 px) and
// panel_call_stack.cpp's rows, 1.15 frame heights each with 0.18 of a row between them.
float StackHeight(float font, int rows) {
  float u = font / 18.0f, frame_h = font + 2 * 5 * u, row_h = frame_h * 1.15f;
  return frame_h + 2 * 10 * u + static_cast<float>(rows) * row_h * 1.18f + 1.0f;
}

// The title bar (FramePadding 5 px at 18 px type, theme.cpp), the window's padding (10 px),
// the "Predict first" row (a frame's height and ItemSpacing's 7 px) and two output lines of
// a text line and 7 px each: 4 lines and 61 px at 18 px type, a pixel of rounding.
float ConsoleMinHeight(float font) {
  return font * (4.0f + 61.0f / 18) + 1.0f;
}

// The title bar (FramePadding 5 px at 18 px type, theme.cpp), the window's padding (10 px)
// and two lines of wrapped text.
float ExplanationMinHeight(float font) {
  return font * (1.0f + 10.0f / 18 + 20.0f / 18 + 2.0f);
}

const char* FoldedStripName(PanelId id) {
  switch (id) {
    case PanelId::kPool:
      return "Thread pool";
    case PanelId::kOsIo:
      return "OS I/O";
    case PanelId::kTimeline:
      return "Timeline";
    case PanelId::kExplanation:
      return "Why";
    case PanelId::kLoopCode:
      return "Loop pseudocode";
    case PanelId::kStreams:
      return "Streams";
    default:
      return "";
  }
}

bool FoldsWhenUnused(PanelId id, const RunUsage& usage) {
  switch (id) {
    case PanelId::kPool:
      return !usage.pool;
    case PanelId::kOsIo:
      return !usage.os_io;
    case PanelId::kTimeline:
      return !usage.timeline;
    case PanelId::kLoopCode:
      return !usage.loop;
    case PanelId::kStreams:
      return !usage.streams;
    default:
      return false;
  }
}

namespace {

// The title bar, the window's padding and one operation's row (a frame's height, FramePadding
// 5 px at 18 px type): the least OS I/O shows, an operation or its "+N more operations" row.
float OsIoMinHeight(float font) {
  return font * (1.0f + 10.0f / 18 + 20.0f / 18 + 1.0f + 10.0f / 18);
}

// The tiling for `in` once ComputeLayout has settled what folds.
Layout Tile(const LayoutInput& in) {
  Layout layout;
  const PanelVisibility& show = in.show;
  float font = in.font_size;
  ImVec2 display = in.display;
  float gap = std::max(4.0f, font * 0.3f);
  float strip_h = font * 1.9f;  // one framed line (ImGui's frame padding) and the border
  float w = display.x - 2 * gap;
  float left_w = w * 0.33f, centre_w = w * 0.30f, right_w = w - left_w - centre_w - 2 * gap;
  // The title row and the transport row; more when the toolbar wrapped last frame.
  float controls_h = std::max(font * 5.0f, Want(in, PanelId::kControls));
  layout[PanelId::kControls] = {ImVec2(gap, gap), ImVec2(w, controls_h), true};
  const float top = gap + controls_h + gap;
  // Projector font sizes must not squeeze the middle row away: the strips below it give up
  // height first (they scroll) so the panels in the middle keep most of the window. The
  // timeline needs its title, a line of text per lane and the time range below them.
  float bottom_band = std::min(font * 15.0f, display.y * 0.31f);
  // Folded panels share rows of strips at the bottom of the window; the What if panel
  // covers the pool's and the pseudocode's columns, strips included.
  std::vector<PanelId> strips;
  for (PanelId id : {PanelId::kPool, PanelId::kOsIo, PanelId::kTimeline, PanelId::kExplanation,
                     PanelId::kStreams}) {
    // OS I/O follows the pool's flag.
    bool shown = id == PanelId::kTimeline      ? show.timeline
                 : id == PanelId::kExplanation ? show.explanation
                 : id == PanelId::kStreams     ? show.streams && !in.what_if
                                               : show.pool && !in.what_if;
    if (shown && Folded(in, id)) strips.push_back(id);
  }
  // The Streams strip only joins a row that has room for it (counted across the narrower band
  // beside a tall left column): a strip row of its own would take the middle row's height for
  // a panel the program does not use. Without room it is not drawn (the Panels menu keeps it).
  // With the pool first the strips close the centre column instead (strips_centre below);
  // there a Streams strip without room beside the pseudocode's gets another try once the
  // centre column has settled whether the pseudocode folds (streams_strip_late).
  const bool strips_centre = in.pool_first;
  bool streams_strip_late = false;
  if (!strips.empty() && strips.back() == PanelId::kStreams) {
    const float narrow_w = strips_centre ? centre_w : w - w * 0.33f - gap;
    // The loop pseudocode may fold into the same rows later (FoldCentre): count it in.
    auto rows = [&](size_t n) {
      std::vector<PanelId> first(strips.begin(), strips.begin() + static_cast<long>(n));
      if (show.loop_code) first.push_back(PanelId::kLoopCode);
      return PlaceStrips(nullptr, first, 0, 0, narrow_w, strip_h, gap, font);
    };
    if (rows(strips.size()) > rows(strips.size() - 1))
      strips.pop_back(), streams_strip_late = strips_centre;
  }
  bool timeline_folded = show.timeline && Folded(in, PanelId::kTimeline);
  float timeline_h =
      !show.timeline || timeline_folded ? 0 : TimelineHeight(font, display.y, in.timeline_lanes);
  float explanation_h = std::min(font * 6.0f, display.y * 0.14f);
  if (show.timeline && !timeline_folded) explanation_h = bottom_band - timeline_h;
  // Why keeps two lines of its sentence at a classroom stop, and elsewhere what a window 720
  // px tall leaves it beside a full middle row: the middle row gives up the room first.
  explanation_h =
      std::max(explanation_h, in.at_stop ? ExplanationMinHeight(font)
                                         : std::min(ExplanationMinHeight(font), display.y * 0.14f));
  // The strips' rows take their height from the middle row: counted across the window
  // first, then again across the band beside a tall left column.
  bool strips_beside = false;  // the strips stand beside the timeline's lanes (cramped)
  auto strips_h = [&](float band_w) {
    if (strips_beside || strips_centre) return 0.0f;
    return static_cast<float>(PlaceStrips(nullptr, strips, 0, 0, band_w, strip_h, gap, font)) *
           (strip_h + gap);
  };
  // At a stop the caption's band takes the middle row's top. Where the pool's column holds
  // nothing but the queues (the pool and OS I/O folded) and they leave Why its two lines
  // (every queued card stays in view), Why moves under the queues, so the call stack keeps
  // room for three frames beside it on a projector.
  const bool why_open = show.explanation && !Folded(in, PanelId::kExplanation);
  bool why_right = in.at_stop && !in.what_if && why_open && show.queues &&
                   (!show.pool || (Folded(in, PanelId::kPool) && Folded(in, PanelId::kOsIo)));
  if (why_right) {
    float caption_want = Want(in, PanelId::kCaption);
    float right_h = display.y - gap - top - (timeline_h > 0 ? timeline_h + gap : 0) -
                    strips_h(w * 0.67f - gap) - (caption_want > 0 ? caption_want : font * 4.2f) -
                    gap;
    float queues_want = std::max(font * 6.0f, Want(in, PanelId::kQueues));
    why_right = queues_want + gap + ExplanationMinHeight(font) <= right_h;
  }
  // Where the middle row would not hold the stack's frames above a ring whose phase names
  // fit (projector fonts in a run with the pool or the OS at work, whose timeline lanes take
  // the room), Why moves under the queues and the folded strips stand beside the lanes.
  bool cramped = false;
  if (!why_right && !in.what_if) {
    float caption_h = !in.at_stop ? 0 : std::max(Want(in, PanelId::kCaption), font * 2.5f) + gap;
    float middle_guess = display.y - gap - top - caption_h - (why_open ? explanation_h + gap : 0) -
                         (timeline_h > 0 ? timeline_h + gap : 0) - strips_h(w);
    cramped = middle_guess < CentreLeast(in, gap);
    if (cramped) {
      // A run that leaves the pool and the OS alone keeps the queues' column to itself:
      // every queued card stays in view (the ring gives way instead).
      why_right = why_open && show.queues && (in.usage.pool || in.usage.os_io);
      strips_beside = timeline_h > 0 && StripsFitBeside(in, strips, timeline_h, w, gap, strip_h);
    }
  }
  if (!why_open || why_right) explanation_h = 0;
  // The lanes never take the middle row's least room (a stack frame, the ring's labels, a
  // stop's caption): past that they scroll (panel_timeline.cpp) instead of squeezing the ring.
  if (timeline_h > 0) {
    float caption_h = !in.at_stop                       ? 0
                      : Want(in, PanelId::kCaption) > 0 ? Want(in, PanelId::kCaption) + gap
                                                        : font * 3.5f + gap;
    // (The What if panel in the middle row keeps its sliders and chart: tested at 10 lines.)
    float middle_least = in.what_if ? font * 10.5f : std::max(CentreLeast(in, gap), font * 6.0f);
    float room = display.y - gap - top - (explanation_h > 0 ? explanation_h + gap : 0) -
                 strips_h(w) - caption_h - middle_least - gap;
    timeline_h = std::max(std::min(timeline_h, room), std::min(timeline_h, font * 4.5f));
  }
  float below =
      (timeline_h > 0 ? timeline_h + gap : 0) + (explanation_h > 0 ? explanation_h + gap : 0);
  float middle_h = std::max(font * 6, display.y - gap - top - below - strips_h(w));
  // The left column runs to the foot of the window when the middle row leaves the source
  // fewer than kSourceMinRows rows above the console's minimum.
  float console_min = in.predicting ? font * 9.5f : ConsoleMinHeight(font);
  float source_min = SourceMinHeight(in);
  float left_need = (show.source ? source_min : 0) + (show.console ? console_min : 0) +
                    (show.source && show.console ? gap : 0);
  layout.tall_left = left_need > middle_h || strips_centre;
  float rest_x = gap + left_w + gap, rest_w = display.x - gap - rest_x;
  float band_x = layout.tall_left ? rest_x : gap, band_w = layout.tall_left ? rest_w : w;
  if (layout.tall_left) middle_h = std::max(font * 6, middle_h + strips_h(w) - strips_h(band_w));
  // A stop's caption heads the columns beside the source, at the height it measured.
  float mid_top = top;
  if (in.at_stop) {
    float want = Want(in, PanelId::kCaption);
    float caption_h = std::min(want > 0 ? want : font * 4.2f, middle_h * 0.4f);
    layout[PanelId::kCaption] = {ImVec2(rest_x, top), ImVec2(rest_w, caption_h), true};
    mid_top += caption_h + gap, middle_h -= caption_h + gap;
  }
  // With the pool first the strips' rows close the centre column, whose ring gives them the
  // room: the source keeps its rows and the pool's column all of its height.
  auto centre_strips_h = [&] {
    if (!strips_centre) return 0.0f;
    return static_cast<float>(PlaceStrips(nullptr, strips, 0, 0, centre_w, strip_h, gap, font)) *
           (strip_h + gap);
  };
  if (in.what_if) {
    layout.what_if = {ImVec2(rest_x, mid_top), ImVec2(rest_w, middle_h), true};
  } else {
    CentreFolds centre = FoldCentre(in, middle_h - centre_strips_h(), gap);
    if (centre.code) {
      // A new strip row takes its height from the middle (or, with the pool first, from the
      // centre column, counted where it is filled).
      float before = strips_h(band_w);
      strips.push_back(PanelId::kLoopCode);
      middle_h = std::max(font * 6, middle_h - (strips_h(band_w) - before));
    }
    // Its second try: a row under the ring with room for it (never a row of its own, which
    // would take the ring's room for a panel the program does not use).
    if (streams_strip_late) {
      const float before = centre_strips_h();
      strips.push_back(PanelId::kStreams);
      if (centre_strips_h() > before) strips.pop_back();
    }
    // The Streams panel folds where the right column cannot hold it beside every queued card,
    // every pool thread and OS operation, as the pseudocode does; reopened, it scrolls.
    const bool streams_open = show.streams && !Folded(in, PanelId::kStreams);
    // The queues' measured want with a card row of slack: below its want the panel starts
    // hiding cards behind a count, and the Streams panel must never cause that.
    const float queues_want = Want(in, PanelId::kQueues) +
                              (streams_open && Want(in, PanelId::kQueues) > 0 ? font * 1.5f : 0);
    const float right_need = std::max(font * 6.0f, queues_want) + gap + font * kStreamsMinHeight +
                             (show.pool && !Folded(in, PanelId::kPool)
                                  ? std::max(font * 4.5f, Want(in, PanelId::kPool)) + gap
                                  : 0) +
                             (show.pool && !Folded(in, PanelId::kOsIo)
                                  ? std::max(OsIoMinHeight(font), Want(in, PanelId::kOsIo)) + gap
                                  : 0) +
                             (why_right ? ExplanationMinHeight(font) + gap : 0);
    const bool streams_no_room = streams_open &&
                                 !in.unfolded[static_cast<size_t>(PanelId::kStreams)] &&
                                 right_need > middle_h;
    // Its strip only takes a row that already exists (else it is not drawn this time).
    if (streams_no_room) {
      float before = strips_h(band_w) + centre_strips_h();
      strips.push_back(PanelId::kStreams);
      if (strips_h(band_w) + centre_strips_h() > before) strips.pop_back();
    }
    // The ring keeps room for its phase labels; the stack grows with its frames.
    const float centre_h = middle_h - centre_strips_h();
    FillCentreColumn(layout, in, centre, rest_x, centre_w, mid_top, centre_h, gap,
                     why_right && !cramped);
    if (strips_centre)
      PlaceStrips(&layout, strips, rest_x, mid_top + centre_h + gap, centre_w, strip_h, gap, font);
    layout.ring_replaced = centre.ring;
    // With the pool first, every pool thread and OS operation is met before the queues' cards
    // beyond a line per queue: a long queue still shows its first cards and counts the rest
    // (panel_queues.cpp), where the pool's and OS I/O's rows would scroll out of view.
    const float queues_least =
        in.pool_first ? std::max(font * 6.0f, in.least[static_cast<size_t>(PanelId::kQueues)])
                      : font * 6.0f;
    FillColumn(
        layout, in,
        {{PanelId::kQueues, show.queues, 0.42f, queues_least, queues_want, false, in.pool_first},
         {PanelId::kPool, show.pool, 0.37f, font * 4.5f, Want(in, PanelId::kPool), false,
          !in.pool_first},
         {PanelId::kOsIo, show.pool, 0.21f, OsIoMinHeight(font), Want(in, PanelId::kOsIo), false,
          !in.pool_first},
         {PanelId::kStreams, streams_open && !streams_no_room, 0.37f, font * kStreamsMinHeight,
          Want(in, PanelId::kStreams), false, in.pool_first},
         {PanelId::kExplanation, why_right, 0.4f, ExplanationMinHeight(font), 0, true}},
        rest_x + centre_w + gap, right_w, mid_top, middle_h, gap);
  }
  // A prediction box needs its checkbox row, a hint and a few lines to type in.
  float left_h = layout.tall_left ? display.y - gap - top : mid_top + middle_h - top;
  // With the pool first the console keeps its least room (asking no more, so the source gets
  // the rest).
  FillColumn(layout, in,
             {{PanelId::kSource, show.source, 0.6f, source_min, Want(in, PanelId::kSource)},
              {PanelId::kConsole, show.console, 0.4f, console_min, strips_centre ? console_min : 0,
               strips_centre}},
             gap, left_w, top, left_h, gap);
  // Below the middle row: Why, the timeline and the strips, across the window or beside a
  // tall left column.
  float y = mid_top + middle_h + gap;
  if (explanation_h > 0)
    layout[PanelId::kExplanation] = {ImVec2(band_x, y), ImVec2(band_w, explanation_h), true},
    y += explanation_h + gap;
  if (timeline_h > 0) {
    float timeline_w = band_w;
    if (strips_beside) {
      // Beside the lanes the strips stack in one column: the Streams strip (of a panel the
      // program does not use) gives way when they would pass the lanes' height.
      auto stacked = [&] { return static_cast<float>(strips.size()) * (strip_h + gap) - gap; };
      if (stacked() > timeline_h) std::erase(strips, PanelId::kStreams);
      float strip_w = WidestStrip(strips, font);
      timeline_w -= strip_w + gap;
      PlaceStrips(&layout, strips, band_x + timeline_w + gap, y, strip_w, strip_h, gap, font);
    }
    layout[PanelId::kTimeline] = {ImVec2(band_x, y), ImVec2(timeline_w, timeline_h), true};
    y += timeline_h + gap;
  }
  if (!strips_beside && !strips_centre)
    PlaceStrips(&layout, strips, band_x, y, band_w, strip_h, gap, font);
  return layout;
}

// Whole pixels for every rectangle: ImGui floors a window's position, so a fractional one
// moves its content by a fraction of a pixel from frame to frame, and the wants measured off it
// creep (a stop's caption and the queues below it swung between two heights, a card hiding
// behind a count every fifth frame). Heights round up, past a want's float noise too (a want
// of 230.00001 given 230 showed a scroll bar over nothing), so a panel given its want is never
// short of it; the gaps between panels (at least 4 px) take the difference.
void SnapToPixels(Rect& r) {
  const float x0 = std::round(r.pos.x), x1 = std::round(r.pos.x + r.size.x);
  const float y0 = std::round(r.pos.y), h = std::ceil(r.size.y + 0.01f);
  r.pos = ImVec2(x0, y0), r.size = ImVec2(x1 - x0, h);
}

Layout TileFor(const LayoutInput& input) {
  if (input.comparing && input.show.console) return ComputeCompareLayout(input);
  // A browser page has no thread pool, no OS I/O panel and no uv_run to write as
  // pseudocode: those panels are not shown at all (a folded strip would still name them), and
  // the loop panel draws the HTML event loop instead of the ring (panel_browser_loop.cpp).
  LayoutInput in = input;
  if (in.usage.browser) in.show.pool = false, in.show.loop_code = false, in.show.streams = false;
  // Its timeline opens by itself where the screen has room (layout_browser_timeline.cpp).
  if (in.usage.browser && in.show.timeline && Folded(in, PanelId::kTimeline) &&
      BrowserTimelineFits(in))
    in.unfolded[static_cast<size_t>(PanelId::kTimeline)] = true;
  Layout layout = Tile(in);
  // Where the queues, the pool or OS I/O would scroll, the timeline and Why give them their
  // room (layout_pool_room.cpp).
  if (!in.pool_first && PoolWantsRoom(in, layout)) {
    in.pool_first = true;
    layout = Tile(in);
    layout.pool_first = true;
  }
  return layout;
}

}  // namespace

Layout ComputeLayout(const LayoutInput& input) {
  Layout layout = TileFor(input);
  for (Rect& r : layout.rects) SnapToPixels(r);
  SnapToPixels(layout.what_if);
  return layout;
}

Layout ComputeLayout(ImVec2 display, float font_size, const PanelVisibility& show,
                     int timeline_lanes) {
  LayoutInput in;
  in.display = display, in.font_size = font_size, in.show = show;
  in.timeline_lanes = timeline_lanes;
  return ComputeLayout(in);
}

bool* PanelFlag(PanelVisibility& show, PanelId id) {
  for (const ToggleablePanel& t : kToggleablePanels) {
    if (t.id == id) return &(show.*t.flag);
  }
  return nullptr;
}

void TogglePanel(PanelVisibility& show, PanelId id) {
  if (bool* flag = PanelFlag(show, id)) *flag = !*flag;
}

}  // namespace loopscope::app
