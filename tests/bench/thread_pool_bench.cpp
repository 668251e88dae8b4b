// tests/bench/thread_pool_bench.cpp — the simulator's thread-pool scheduler under a flood:
// N dns.lookup calls (slow I/O, at most half the threads at once) on a pool of T threads.
// Time should grow about linearly with N whatever T is; the scheduler once rescanned the
// queue and every worker per item, and 5,000 lookups on 1,024 threads took minutes.
// Run: loopscope_bench --benchmark_filter=DnsFlood
#include <benchmark/benchmark.h>

#include <string>

#include "engine/node/simulation.h"
#include "engine/scenario/loader.h"

namespace loopscope::node {
namespace {

std::string FloodProgram(int64_t lookups, int64_t threads) {
  return "process.env.UV_THREADPOOL_SIZE = '" + std::to_string(threads) + "';\n" +
         "const dns = require('dns');\nlet done = 0;\n" + "for (let i = 0; i < " +
         std::to_string(lookups) + "; i++)\n" + "  dns.lookup('localhost', () => { ++done; });\n" +
         "process.on('exit', () => console.log(done));\n";
}

void BM_DnsFlood(benchmark::State& state) {
  const scenario::LoadResult loaded =
      scenario::LoadFromText(FloodProgram(state.range(0), state.range(1)), "dns_flood.js");
  if (!loaded.ok()) {
    state.SkipWithError(loaded.errors.front().ToString().c_str());
    return;
  }
  for (auto _ : state) {
    RunResult r = Simulate(*loaded.scenario, RunOptions{.record_log = false});
    if (r.exit_code != 0 || r.stdout_text != std::to_string(state.range(0)) + "\n") {
      state.SkipWithError(("the flood did not complete: " + r.stderr_text).c_str());
      return;
    }
  }
}
BENCHMARK(BM_DnsFlood)->ArgsProduct({{1000, 2500, 5000}, {4, 1024}})->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace loopscope::node
