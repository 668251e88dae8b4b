// engine/scenario/what_if.cpp — see what_if.h.
#include "engine/scenario/what_if.h"

#include <algorithm>
#include <cstdio>

#include "engine/scenario/validate.h"

namespace loopscope::scenario {
namespace {

bool IsIoKind(const std::string& key) {
  return std::find(kIoKinds.begin(), kIoKinds.end(), key) != kIoKinds.end();
}

double ClampMs(double ms) {
  return std::clamp(ms, 0.0, kMaxDurationMs);
}

std::string Ms(double ms) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%g", ms);
  return buf;
}

void Append(std::string& out, const std::string& part) {
  if (!out.empty()) out += ", ";
  out += part;
}

// "fs 10 ms (was 2)" / "crypto.pbkdf2 cpu 50 ms (was 100)": the parts of one cost that change.
void DescribeIo(std::string& out, const std::string& key, const IoCost& now, const IoCost* was) {
  IoCost before = was ? *was : IoCost{};
  if (!was || now.latency_ms != before.latency_ms)
    Append(out, key + " " + Ms(now.latency_ms) + " ms" +
                    (was ? " (was " + Ms(before.latency_ms) + ")" : " (was built-in)"));
  if (!was || now.cpu_ms != before.cpu_ms)
    Append(out, key + " cpu " + Ms(now.cpu_ms) + " ms" +
                    (was ? " (was " + Ms(before.cpu_ms) + ")" : " (was built-in)"));
}

}  // namespace

Scenario ApplyWhatIf(Scenario base, const WhatIf& what_if) {
  Environment& env = base.environment;
  if (what_if.threadpool_size)
    env.threadpool_size = std::clamp(*what_if.threadpool_size, 1, kMaxThreadpoolSize);
  if (what_if.cpu_cores) env.cpu_cores = std::clamp(*what_if.cpu_cores, 1, kMaxCpuCores);
  for (const auto& [key, cost] : what_if.io)
    if (IsIoKind(key)) env.io[key] = IoCost{ClampMs(cost.latency_ms), ClampMs(cost.cpu_ms)};
  return base;
}

std::string DescribeWhatIf(const WhatIf& what_if, const Environment& base) {
  std::string out;
  if (what_if.threadpool_size && *what_if.threadpool_size != base.threadpool_size)
    Append(out, "pool " + std::to_string(*what_if.threadpool_size) + " (was " +
                    std::to_string(base.threadpool_size) + ")");
  if (what_if.cpu_cores && *what_if.cpu_cores != base.cpu_cores)
    Append(out, "cores " + std::to_string(*what_if.cpu_cores) + " (was " +
                    std::to_string(base.cpu_cores) + ")");
  for (const auto& [key, cost] : what_if.io) {
    if (!IsIoKind(key)) continue;
    auto it = base.io.find(key);
    DescribeIo(out, key, cost, it == base.io.end() ? nullptr : &it->second);
  }
  return out.empty() ? "no change" : out;
}

}  // namespace loopscope::scenario
