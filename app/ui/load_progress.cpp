// app/ui/load_progress.cpp — wording of a background load's progress (load_progress.h).
#include "app/ui/load_progress.h"

#include <cstdio>
#include <filesystem>

#include "engine/trace/explain.h"

namespace loopscope::app {

std::string EventCountText(uint64_t events) {
  char buf[32];
  if (events >= 1'000'000) {
    std::snprintf(buf, sizeof buf, "%.1fM", static_cast<double>(events) / 1e6);
    return buf;
  }
  std::string digits = std::to_string(events), out;
  for (size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out += ',';
    out += digits[i];
  }
  return out;
}

std::string LoadingText(std::string_view path, const LoadControl& control) {
  const std::string name = std::filesystem::path(path).filename().string();
  const uint64_t events = control.progress.events.load(std::memory_order_relaxed);
  const std::string count = EventCountText(events) + (events == 1 ? " event" : " events");
  if (control.preparing.load(std::memory_order_relaxed))
    return "Simulated " + name + " · " + count + " · preparing the view…";
  const int64_t ns = control.progress.virtual_ns.load(std::memory_order_relaxed);
  return "Simulating " + name + " · " + count + " · t = " + trace::FormatMs(ns);
}

}  // namespace loopscope::app
