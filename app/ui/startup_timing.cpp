// app/ui/startup_timing.cpp — start-up stage marks and the process's age from /proc.
#include "app/ui/startup_timing.h"

#include <unistd.h>

#include <cstdio>
#include <ctime>
#include <fstream>
#include <sstream>

namespace loopscope::app {

double ProcessAgeMs() {
  std::ifstream in("/proc/self/stat");
  std::string stat((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  // Field 2 (the command name) may hold spaces and parentheses: count from the last ')'.
  size_t close = stat.rfind(')');
  if (close == std::string::npos) return 0;
  std::istringstream fields(stat.substr(close + 2));
  std::string field;
  for (int i = 3; i < 22 && fields >> field; ++i) {
  }  // fields 3..21
  unsigned long long start_ticks = 0;
  if (!(fields >> start_ticks)) return 0;
  timespec now{};
  clock_gettime(CLOCK_BOOTTIME, &now);
  double now_ms = static_cast<double>(now.tv_sec) * 1e3 + static_cast<double>(now.tv_nsec) / 1e6;
  double start_ms =
      static_cast<double>(start_ticks) * 1e3 / static_cast<double>(sysconf(_SC_CLK_TCK));
  return now_ms > start_ms ? now_ms - start_ms : 0;
}

StartupTimer::StartupTimer() : main_entered_(Clock::now()), exec_to_main_ms_(ProcessAgeMs()) {}

void StartupTimer::Mark(std::string stage) {
  marks_.emplace_back(std::move(stage), Clock::now());
}

double StartupTimer::SinceProcessStartMs() const {
  return exec_to_main_ms_ +
         std::chrono::duration<double, std::milli>(Clock::now() - main_entered_).count();
}

std::string StartupTimer::Report() const {
  char buf[96];
  std::snprintf(buf, sizeof buf, "startup: before main %.0f ms", exec_to_main_ms_);
  std::string out = buf;
  Clock::time_point last = main_entered_;
  for (const auto& [stage, at] : marks_) {
    std::snprintf(buf, sizeof buf, ", %s %.1f ms", stage.c_str(),
                  std::chrono::duration<double, std::milli>(at - last).count());
    out += buf;
    last = at;
  }
  return out;
}

}  // namespace loopscope::app
