// tests/bench/simulation_bench.cpp — whole programs through node::Simulate, and the speed
// target: simulating tests/bench/programs/promise_storm.js (200,000 promise reactions,
// 20,000 nextTicks) must take no longer than real `node` takes to run it.
// Counters: events and bytes_per_event of the recorded step log; node_ms and
// loopscope_over_node (below 1.0 meets the target). The Node comparison skips itself when
// `node` v20 is not on PATH. Node is timed as a whole process (startup included, as a user
// sees it); loopscope in-process, with the step log recorded, as the app runs it. Both wall
// and CPU time are compared (the *_cpu_* counters): on a shared machine the CPU ratio is
// the steadier figure.
// Run: loopscope_bench --benchmark_filter=Simulate
#include <benchmark/benchmark.h>
#include <sys/resource.h>

#include <algorithm>
#include <array>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>

#include "engine/node/simulation.h"
#include "engine/scenario/loader.h"

namespace loopscope::node {
namespace {

// tests/bench/CMakeLists.txt defines LOOPSCOPE_BENCH_PROGRAMS as the programs' folder.
const std::string kPromiseStorm =
    (std::filesystem::path(LOOPSCOPE_BENCH_PROGRAMS) / "promise_storm.js").string();

using Clock = std::chrono::steady_clock;

// Loads the program once; a load failure skips the benchmark with the loader's message.
const scenario::LoadResult& PromiseStorm() {
  static const scenario::LoadResult loaded = scenario::LoadFile(kPromiseStorm);
  return loaded;
}

// Runs the promise storm once; returns its wall time in ms, or a negative number after
// reporting an error to `state`.
double SimulateOnce(benchmark::State& state, bool record_log) {
  const scenario::LoadResult& loaded = PromiseStorm();
  if (!loaded.ok()) {
    state.SkipWithError(
        (kPromiseStorm + " does not load: " + loaded.errors.front().ToString()).c_str());
    return -1;
  }
  const Clock::time_point start = Clock::now();
  const RunResult r = Simulate(*loaded.scenario, RunOptions{.record_log = record_log});
  const double ms = std::chrono::duration<double, std::milli>(Clock::now() - start).count();
  if (r.outcome != RunResult::Outcome::kExited || r.exit_code != 0) {
    state.SkipWithError(("promise_storm.js did not exit cleanly: " + r.stderr_text).c_str());
    return -1;
  }
  if (r.log) {
    state.counters["events"] = static_cast<double>(r.log->size());
    state.counters["bytes_per_event"] =
        static_cast<double>(r.log->MemoryBytes()) / static_cast<double>(r.log->size());
  }
  return ms;
}

void SimulatePromiseStormWithLog(benchmark::State& state) {
  for (auto _ : state) {
    if (SimulateOnce(state, true) < 0) return;
  }
}
BENCHMARK(SimulatePromiseStormWithLog)->Unit(benchmark::kMillisecond);

void SimulatePromiseStormWithoutLog(benchmark::State& state) {
  for (auto _ : state) {
    if (SimulateOnce(state, false) < 0) return;
  }
}
BENCHMARK(SimulatePromiseStormWithoutLog)->Unit(benchmark::kMillisecond);

// Start-up alone: a one-line program, so nearly all of the time is building the process
// (compiling Node's library ports, installing the globals), which every run pays.
void SimulateStartUp(benchmark::State& state) {
  static const scenario::LoadResult loaded =
      scenario::LoadFromText("console.log(1);\n", "start_up.js");
  if (!loaded.ok()) return state.SkipWithError(loaded.errors.front().ToString().c_str());
  for (auto _ : state) {
    const RunResult r = Simulate(*loaded.scenario, RunOptions{.record_log = true});
    if (r.outcome != RunResult::Outcome::kExited || r.exit_code != 0)
      return state.SkipWithError(("start_up.js did not exit cleanly: " + r.stderr_text).c_str());
  }
}
BENCHMARK(SimulateStartUp)->Unit(benchmark::kMillisecond);

// The output of a shell command, or "" when it cannot run.
std::string Capture(const std::string& command) {
  std::string out;
  std::FILE* pipe = popen(command.c_str(), "r");
  if (!pipe) return out;
  std::array<char, 256> buf{};
  while (std::fgets(buf.data(), buf.size(), pipe)) out += buf.data();
  pclose(pipe);
  return out;
}

// CPU time (user + system) in ms of this process (`who` RUSAGE_SELF) or of its waited-for
// children (RUSAGE_CHILDREN).
double CpuMs(int who) {
  rusage u{};
  getrusage(who, &u);
  return (u.ru_utime.tv_sec + u.ru_stime.tv_sec) * 1e3 +
         (u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e3;
}

struct Timing {
  double wall_ms = 1e300, cpu_ms = 1e300;  // best of the runs (the least disturbed)
};

// `node promise_storm.js`, best of `runs`; wall_ms is negative when node fails.
Timing BestNode(int runs) {
  Timing best;
  for (int i = 0; i < runs; ++i) {
    const double cpu_before = CpuMs(RUSAGE_CHILDREN);
    const Clock::time_point start = Clock::now();
    if (std::system(("node " + kPromiseStorm + " >/dev/null 2>&1").c_str()) != 0) return {-1, -1};
    best.wall_ms = std::min(
        best.wall_ms, std::chrono::duration<double, std::milli>(Clock::now() - start).count());
    best.cpu_ms = std::min(best.cpu_ms, CpuMs(RUSAGE_CHILDREN) - cpu_before);
  }
  return best;
}

void SimulatePromiseStormVersusNode(benchmark::State& state) {
  const std::string version = Capture("node --version 2>/dev/null");
  if (version.rfind("v20.", 0) != 0) {
    state.SkipWithError("node v20 is not on PATH; the Node comparison needs it");
    return;
  }
  const Timing node = BestNode(5);
  if (node.wall_ms < 0) {
    state.SkipWithError("node could not run promise_storm.js");
    return;
  }
  Timing ours;
  for (auto _ : state) {
    const double cpu_before = CpuMs(RUSAGE_SELF);
    const double ms = SimulateOnce(state, true);
    if (ms < 0) return;
    ours.wall_ms = std::min(ours.wall_ms, ms);
    ours.cpu_ms = std::min(ours.cpu_ms, CpuMs(RUSAGE_SELF) - cpu_before);
  }
  state.counters["node_ms"] = node.wall_ms;
  state.counters["loopscope_ms"] = ours.wall_ms;
  state.counters["loopscope_over_node"] = ours.wall_ms / node.wall_ms;
  state.counters["node_cpu_ms"] = node.cpu_ms;
  state.counters["loopscope_cpu_ms"] = ours.cpu_ms;
  state.counters["loopscope_over_node_cpu"] = ours.cpu_ms / node.cpu_ms;
}
BENCHMARK(SimulatePromiseStormVersusNode)->Iterations(5)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace loopscope::node
