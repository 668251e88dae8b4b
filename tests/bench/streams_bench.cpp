// tests/bench/streams_bench.cpp — what recording streams costs: tests/bench/programs/
// stream_backpressure.js (4,000 chunks through a Transform into a slow Writable, waiting for
// 'drain') simulated with and without the step log. Without a log lib/stream.js skips every
// recording call (lib/stream_trace.js is null), so the difference is the recording itself;
// the counters give the log's events and how many of them are stream events.
// Run: loopscope_bench --benchmark_filter=Streams
#include <benchmark/benchmark.h>

#include <filesystem>
#include <string>

#include "engine/node/simulation.h"
#include "engine/scenario/loader.h"

namespace loopscope::node {
namespace {

// tests/bench/CMakeLists.txt defines LOOPSCOPE_BENCH_PROGRAMS as the programs' folder.
const std::string kBackpressure =
    (std::filesystem::path(LOOPSCOPE_BENCH_PROGRAMS) / "stream_backpressure.js").string();

void SimulateStreams(benchmark::State& state, bool record_log) {
  const scenario::LoadResult loaded = scenario::LoadFile(kBackpressure);
  if (!loaded.ok()) {
    state.SkipWithError((kBackpressure + " does not load").c_str());
    return;
  }
  for (auto _ : state) {
    const RunResult r = Simulate(*loaded.scenario, RunOptions{.record_log = record_log});
    if (r.outcome != RunResult::Outcome::kExited || r.exit_code != 0) {
      state.SkipWithError(
          ("stream_backpressure.js did not exit cleanly: " + r.stderr_text).c_str());
      return;
    }
    if (!r.log) continue;
    size_t streams = 0;
    for (size_t i = 0; i < r.log->size(); ++i)
      streams += r.log->At(i).kind == trace::EventKind::kStream;
    state.counters["events"] = static_cast<double>(r.log->size());
    state.counters["stream_events"] = static_cast<double>(streams);
  }
}

void SimulateStreamsWithLog(benchmark::State& state) {
  SimulateStreams(state, true);
}
BENCHMARK(SimulateStreamsWithLog)->Unit(benchmark::kMillisecond);

void SimulateStreamsWithoutLog(benchmark::State& state) {
  SimulateStreams(state, false);
}
BENCHMARK(SimulateStreamsWithoutLog)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace loopscope::node
