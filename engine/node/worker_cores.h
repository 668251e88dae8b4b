// engine/node/worker_cores.h — how the threads of one run share the modelled CPU cores.
//
// Processor sharing, as the pool's jobs already share cores with the main thread
// (thread_pool.cpp): while `wanting` threads want a core on `cores` cores, each progresses at
// min(1, cores / wanting) of a free core's speed, so CPU time stretches by max(1, wanting /
// cores). The main thread, every worker running JavaScript and the pools' jobs in their CPU
// part all count. WorkerHub hands the baton over in slices of kSliceNs of virtual time so
// threads that want a core at once really interleave. docs/engine.md "worker_threads".
#pragma once

#include <cstdint>

namespace loopscope::node {

// How far a thread running JavaScript may pass the earliest other runnable thread's time
// before it hands over: small next to the programs' timers, large next to a handover's cost.
inline constexpr int64_t kSliceNs = 1'000'000;

// The share of a core each of `wanting` threads gets on `cores` cores: min(1, cores / wanting).
double CoreShare(int wanting, int cores);

// The virtual time `cpu_ns` of CPU work takes while `wanting` threads share `cores` cores.
int64_t StretchedNs(int64_t cpu_ns, int wanting, int cores);

}  // namespace loopscope::node
