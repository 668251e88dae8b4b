// app/ui/progress.h — how far a pool job or an OS operation has got: elapsed time against
// the duration the log says it was expected to take (engine/trace/event.h).
//
// Pure arithmetic and wording, shared by the thread pool and OS I/O panels and tested in
// tests/gui/progress_test.cpp. A job that shares cores can run longer than expected; the
// bar then stays full and the text says by how much it is over, never hides it.
#pragma once

#include <cstdint>
#include <string>

namespace loopscope::app {

struct Progress {
  bool known = false;  // false: no expected duration in the log (elapsed time only)
  float fraction = 0;  // 0..1 of the expected duration
  int64_t elapsed_ns = 0;
  int64_t expected_ns = 0;
  int64_t over_ns = 0;  // > 0 when it has run longer than expected
};

Progress ProgressAt(int64_t since_ns, int64_t expected_ns, int64_t now_ns);

// "42.0 of 100.0 ms", "over by 12.5 ms", or "42.0 ms" when the duration is unknown.
std::string ProgressText(const Progress& p);

// The virtual time the panels draw at animation progress `t` between two steps' clocks, so
// bars grow smoothly and equal the step's own time at t = 1.
int64_t AnimatedTime(int64_t from_ns, int64_t to_ns, float t);

}  // namespace loopscope::app
