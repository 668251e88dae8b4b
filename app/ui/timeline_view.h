// app/ui/timeline_view.h — the timeline's visible window of virtual time, kept inside the run.
//
// The view is a start and a span in nanoseconds. Zooming (the mouse wheel, around the
// pointer), panning (a drag) and refitting (a double-click, a newly opened run) all go
// through ClampView, so the view never shows time before 0 or after the run's end and never
// zooms out past the whole run or in below kMinViewSpanNs. Pure arithmetic, tested in
// tests/gui/timeline_view_test.cpp; panel_timeline.cpp draws and handles the pointer.
#pragma once

namespace loopscope::app {

inline constexpr double kMinViewSpanNs = 1000.0;  // 1 µs across the whole panel

struct TimelineView {
  double start_ns = 0, span_ns = 0;
  bool operator==(const TimelineView&) const = default;
};

// The whole run (`total_ns` is the run's end; a run shorter than the minimum span gets it).
TimelineView FitView(double total_ns);
// `view` moved and resized as little as possible to lie inside [0, total_ns].
TimelineView ClampView(TimelineView view, double total_ns);
// Zoomed by `factor` (< 1 zooms in) keeping the time `at_ns` under the same pixel.
TimelineView ZoomView(TimelineView view, double at_ns, double factor, double total_ns);
// Moved by `delta_ns` (a drag to the left shows later time: positive delta).
TimelineView PanView(TimelineView view, double delta_ns, double total_ns);

}  // namespace loopscope::app
