// tests/bench/trace_bench.cpp — the step log's performance targets: append throughput, bytes
// per event (≤ 32 including strings), checkpoint build time and StateAt(i) for random i on a
// 1,000,000-event log (< 1 ms on average), plus navigation scans.
// Run: loopscope_bench --benchmark_filter=Trace
#include <benchmark/benchmark.h>

#include <random>

#include "engine/trace/checkpoints.h"
#include "engine/trace/navigation.h"
#include "engine/trace/synthetic_log.h"

namespace loopscope::trace {
namespace {

constexpr size_t kMillion = 1'000'000;

// Built once and shared by the benchmarks that only read it.
const StepLog& MillionEventLog() {
  static const StepLog log = MakeSyntheticLog({.events = kMillion, .seed = 1});
  return log;
}

const Checkpoints& MillionEventCheckpoints() {
  static const Checkpoints checkpoints(MillionEventLog());
  return checkpoints;
}

// Re-appends the events of the million-event log into a fresh log (strings included).
void TraceAppend(benchmark::State& state) {
  const StepLog& source = MillionEventLog();
  for (auto _ : state) {
    StepLog log;
    for (size_t i = 0; i < source.size(); ++i) {
      Event e = source.At(i);
      e.text = log.Intern(source.Text(e.text));
      log.Append(e);
    }
    benchmark::DoNotOptimize(log.size());
  }
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * source.size()));
}
BENCHMARK(TraceAppend)->Unit(benchmark::kMillisecond);

void TraceBytesPerEvent(benchmark::State& state) {
  for (auto _ : state) {
    const StepLog log = MakeSyntheticLog({.events = kMillion, .seed = 2});
    state.counters["events"] = static_cast<double>(log.size());
    state.counters["bytes_per_event"] =
        static_cast<double>(log.MemoryBytes()) / static_cast<double>(log.size());
    state.counters["strings"] = static_cast<double>(log.strings().size());
  }
}
BENCHMARK(TraceBytesPerEvent)->Iterations(1)->Unit(benchmark::kMillisecond);

void TraceBuildCheckpoints(benchmark::State& state) {
  const StepLog& log = MillionEventLog();
  for (auto _ : state) {
    const Checkpoints checkpoints(log);
    state.counters["checkpoints"] = static_cast<double>(checkpoints.count());
    state.counters["checkpoint_bytes_per_event"] =
        static_cast<double>(checkpoints.MemoryBytes()) / static_cast<double>(log.size());
  }
}
BENCHMARK(TraceBuildCheckpoints)->Iterations(1)->Unit(benchmark::kMillisecond);

void TraceStateAtRandom(benchmark::State& state) {
  const StepLog& log = MillionEventLog();
  const Checkpoints& checkpoints = MillionEventCheckpoints();
  std::mt19937_64 rng(42);
  for (auto _ : state) {
    LoopState s = checkpoints.StateAt(rng() % log.size());
    benchmark::DoNotOptimize(s.time_ns);
  }
}
BENCHMARK(TraceStateAtRandom)->Unit(benchmark::kMicrosecond);

void TraceNextPhase(benchmark::State& state) {
  const StepLog& log = MillionEventLog();
  std::mt19937_64 rng(7);
  for (auto _ : state)
    benchmark::DoNotOptimize(NextStep(log, rng() % log.size(), Granularity::kPhase));
}
BENCHMARK(TraceNextPhase)->Unit(benchmark::kMicrosecond);

}  // namespace
}  // namespace loopscope::trace
