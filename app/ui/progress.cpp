// app/ui/progress.cpp — elapsed against expected, in numbers and words.
#include "app/ui/progress.h"

#include <algorithm>
#include <cmath>

#include "engine/trace/explain.h"

namespace loopscope::app {

Progress ProgressAt(int64_t since_ns, int64_t expected_ns, int64_t now_ns) {
  Progress p;
  p.elapsed_ns = std::max<int64_t>(now_ns - since_ns, 0);
  if (expected_ns <= 0) return p;
  p.known = true;
  p.expected_ns = expected_ns;
  p.fraction = static_cast<float>(
      std::min(1.0, static_cast<double>(p.elapsed_ns) / static_cast<double>(expected_ns)));
  p.over_ns = std::max<int64_t>(p.elapsed_ns - expected_ns, 0);
  return p;
}

std::string ProgressText(const Progress& p) {
  if (!p.known) return trace::FormatMs(p.elapsed_ns);
  if (p.over_ns > 0) return "over by " + trace::FormatMs(p.over_ns);
  std::string elapsed = trace::FormatMs(p.elapsed_ns);
  elapsed.resize(elapsed.size() - 3);  // "42.0 ms" -> "42.0": the unit follows once
  return elapsed + " of " + trace::FormatMs(p.expected_ns);
}

int64_t AnimatedTime(int64_t from_ns, int64_t to_ns, float t) {
  if (t >= 1.0f) return to_ns;
  return from_ns + static_cast<int64_t>(
                       std::llround(static_cast<double>(to_ns - from_ns) * std::max(t, 0.0f)));
}

}  // namespace loopscope::app
