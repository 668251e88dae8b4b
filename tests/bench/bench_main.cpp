// tests/bench/bench_main.cpp — the benchmarks' main(): Google Benchmark's, after the same
// allocator policy the app sets at start (engine/node/memory_reuse.h), so that repeated
// simulations in this process cost what they cost in the app.
#include <benchmark/benchmark.h>

#include "engine/node/memory_reuse.h"

int main(int argc, char** argv) {
  loopscope::node::KeepFreedMemoryForNextRun();
  benchmark::Initialize(&argc, argv);
  if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
