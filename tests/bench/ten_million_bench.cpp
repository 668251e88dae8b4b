// tests/bench/ten_million_bench.cpp — the step log at ten million events, from a real run:
// tests/bench/programs/ten_million_events.js simulated with the log recorded, as the app
// loads it. Counters: events, sim_ms (wall time of the simulation), bytes_per_event of the
// log, rss_mb_over_log (resident memory the run added ÷ the log's own bytes), checkpoint
// build time and bytes; then StateAt(i) at random steps (target ≤ 1 ms) and navigation.
// The run is made once and shared; the first benchmark to need it pays for it.
// Run: loopscope_bench --benchmark_filter=TenMillion
#include <benchmark/benchmark.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <random>
#include <string>

#include "engine/node/simulation.h"
#include "engine/scenario/loader.h"
#include "engine/trace/checkpoints.h"
#include "engine/trace/navigation.h"

namespace loopscope::trace {
namespace {

const std::string kProgram =
    (std::filesystem::path(LOOPSCOPE_BENCH_PROGRAMS) / "ten_million_events.js").string();

// Resident set size of this process in bytes (/proc/self/status VmRSS), 0 if unknown.
double RssBytes() {
  std::ifstream status("/proc/self/status");
  for (std::string line; std::getline(status, line);)
    if (line.starts_with("VmRSS:")) return std::stod(line.substr(6)) * 1024.0;
  return 0;
}

struct TenMillionRun {
  std::shared_ptr<const StepLog> log;  // null when the program did not run cleanly
  std::string error;
  double sim_ms = 0;
  double rss_added_bytes = 0;
};

const TenMillionRun& Run() {
  static const TenMillionRun run = [] {
    TenMillionRun r;
    scenario::LoadResult loaded = scenario::LoadFile(kProgram);
    if (!loaded.ok()) return TenMillionRun{nullptr, loaded.errors.front().ToString()};
    const double rss_before = RssBytes();
    const auto start = std::chrono::steady_clock::now();
    node::RunResult result = node::Simulate(*loaded.scenario, {.record_log = true});
    r.sim_ms =
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
    r.rss_added_bytes = RssBytes() - rss_before;
    if (result.outcome != node::RunResult::Outcome::kExited || result.exit_code != 0)
      r.error = "ten_million_events.js did not exit cleanly: " + result.stderr_text;
    else
      r.log = result.log;
    return r;
  }();
  return run;
}

const Checkpoints& TenMillionCheckpoints() {
  static const Checkpoints checkpoints(*Run().log);
  return checkpoints;
}

// Skips `state` with the run's error; true when the log is there.
bool HaveLog(benchmark::State& state) {
  if (!Run().log) state.SkipWithError(Run().error.c_str());
  return Run().log != nullptr;
}

void TenMillionSimulate(benchmark::State& state) {
  for (auto _ : state) {
    if (!HaveLog(state)) return;
  }
  const StepLog& log = *Run().log;
  const double bytes = static_cast<double>(log.MemoryBytes());
  state.counters["events"] = static_cast<double>(log.size());
  state.counters["sim_ms"] = Run().sim_ms;
  state.counters["bytes_per_event"] = bytes / static_cast<double>(log.size());
  state.counters["log_mb"] = bytes / 1e6;
  state.counters["rss_mb_added"] = Run().rss_added_bytes / 1e6;
  state.counters["rss_mb_over_log"] = Run().rss_added_bytes / bytes;
}
BENCHMARK(TenMillionSimulate)->Iterations(1)->Unit(benchmark::kMillisecond);

void TenMillionBuildCheckpoints(benchmark::State& state) {
  if (!HaveLog(state)) return;
  const StepLog& log = *Run().log;
  for (auto _ : state) {
    const Checkpoints checkpoints(log);
    state.counters["checkpoints"] = static_cast<double>(checkpoints.count());
    state.counters["checkpoint_bytes_per_event"] =
        static_cast<double>(checkpoints.MemoryBytes()) / static_cast<double>(log.size());
  }
}
BENCHMARK(TenMillionBuildCheckpoints)->Iterations(1)->Unit(benchmark::kMillisecond);

void TenMillionStateAtRandom(benchmark::State& state) {
  if (!HaveLog(state)) return;
  const StepLog& log = *Run().log;
  const Checkpoints& checkpoints = TenMillionCheckpoints();
  std::mt19937_64 rng(42);
  for (auto _ : state) {
    LoopState s = checkpoints.StateAt(rng() % log.size());
    benchmark::DoNotOptimize(s.time_ns);
  }
}
BENCHMARK(TenMillionStateAtRandom)->Unit(benchmark::kMicrosecond);

void TenMillionNextPhase(benchmark::State& state) {
  if (!HaveLog(state)) return;
  const StepLog& log = *Run().log;
  std::mt19937_64 rng(7);
  for (auto _ : state)
    benchmark::DoNotOptimize(NextStep(log, rng() % log.size(), Granularity::kPhase));
}
BENCHMARK(TenMillionNextPhase)->Unit(benchmark::kMicrosecond);

}  // namespace
}  // namespace loopscope::trace
