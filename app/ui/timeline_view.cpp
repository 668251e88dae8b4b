// app/ui/timeline_view.cpp — the clamp arithmetic behind timeline_view.h.
#include "app/ui/timeline_view.h"

#include <algorithm>
#include <cmath>

namespace loopscope::app {
namespace {

double Total(double total_ns) {
  return std::isfinite(total_ns) ? std::max(total_ns, kMinViewSpanNs) : kMinViewSpanNs;
}

}  // namespace

TimelineView FitView(double total_ns) {
  return {0, Total(total_ns)};
}

TimelineView ClampView(TimelineView view, double total_ns) {
  double total = Total(total_ns);
  double span =
      std::isfinite(view.span_ns) ? std::clamp(view.span_ns, kMinViewSpanNs, total) : total;
  double start = std::isfinite(view.start_ns) ? std::clamp(view.start_ns, 0.0, total - span) : 0;
  return {start, span};
}

TimelineView ZoomView(TimelineView view, double at_ns, double factor, double total_ns) {
  view = ClampView(view, total_ns);
  TimelineView zoomed = view;
  zoomed.span_ns = std::clamp(view.span_ns * factor, kMinViewSpanNs, Total(total_ns));
  zoomed.start_ns = at_ns - (at_ns - view.start_ns) * (zoomed.span_ns / view.span_ns);
  return ClampView(zoomed, total_ns);
}

TimelineView PanView(TimelineView view, double delta_ns, double total_ns) {
  view = ClampView(view, total_ns);
  view.start_ns += delta_ns;
  return ClampView(view, total_ns);
}

}  // namespace loopscope::app
