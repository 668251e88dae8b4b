// app/ui/startup_timing.h — where the time to the first frame goes (`--frame-timing`).
//
// The app marks each start-up stage (window, GL context, fonts, first frame, first swap);
// Report() prints them as milliseconds since the process started, which Linux records
// in /proc/self/stat (to 10 ms; the kernel counts in clock ticks), so the time spent
// loading shared libraries before main() is counted too.
#pragma once

#include <chrono>
#include <string>
#include <vector>

namespace loopscope::app {

class StartupTimer {
 public:
  StartupTimer();
  // Records that `stage` has just finished.
  void Mark(std::string stage);
  // Milliseconds from process start to now.
  double SinceProcessStartMs() const;
  // "startup: exec→main 40 ms, glfwInit 12 ms, ..." — each stage's own duration.
  std::string Report() const;

 private:
  using Clock = std::chrono::steady_clock;
  Clock::time_point main_entered_;
  double exec_to_main_ms_ = 0;  // before main(): dynamic linking, static constructors
  std::vector<std::pair<std::string, Clock::time_point>> marks_;
};

// Milliseconds between the kernel starting this process and now (CLOCK_BOOTTIME against
// /proc/self/stat's start time); 0 when /proc is unavailable.
double ProcessAgeMs();

}  // namespace loopscope::app
