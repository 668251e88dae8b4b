// engine/node/modules/pool_job.h — what crypto, zlib and dns share to put work on the pool.
//
// SubmitJob queues one uv_queue_work-style job whose After callback calls the program's
// callback in the poll phase. BackgroundBytes computes a result on a thread of its own (a
// 200,000-iteration pbkdf2 takes real seconds), so the simulation goes on meanwhile; the
// virtual cost of the job is the pool model's business, never this thread's.
#pragma once

#include <atomic>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include "engine/js/vm.h"

namespace loopscope::node {

class Process;

// The arguments for the callback, or nullopt when the run is stopping (no call then).
using JobResults = std::function<std::optional<std::vector<js::Value>>(Process&)>;

// Submits one pool job of `cpu_ns` CPU (and `latency_ns` wait) whose completion calls
// `callback(...results)` as a MakeCallback in the poll phase.
void SubmitJob(Process& p, std::string label, int64_t cpu_ns, int64_t latency_ns, bool slow_io,
               js::Value callback, JobResults results);

// The last argument (where Node's APIs take their callback), or undefined.
js::Value LastCallable(const js::NativeCall& call);

// A byte string computed on its own thread. The destructor cancels (a cancellable
// computation polls the flag, PBKDF2 does) and joins; a computation that cannot be cancelled
// (OpenSSL's scrypt) and is still running is left to finish on its own, detached, holding
// only its own state, so a run that is over never waits for it.
class BackgroundBytes {
 public:
  using Compute = std::function<std::optional<std::string>(const std::atomic<bool>& cancel)>;
  explicit BackgroundBytes(Compute compute);
  ~BackgroundBytes();
  BackgroundBytes(const BackgroundBytes&) = delete;
  BackgroundBytes& operator=(const BackgroundBytes&) = delete;

  // Waits for the result, checking the run's limits every few milliseconds: nullopt when
  // the run stops first (wall-time limit, cancel) or the computation failed.
  std::optional<std::string> Wait(Process& p);

 private:
  struct State {
    std::atomic<bool> cancel{false};
    std::atomic<bool> done{false};
    std::optional<std::string> result;
  };
  std::shared_ptr<State> state_ = std::make_shared<State>();
  std::thread thread_;
};

}  // namespace loopscope::node
