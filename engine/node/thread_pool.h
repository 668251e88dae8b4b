// engine/node/thread_pool.h — libuv's thread pool and the CPU cores it shares.
//
// Mirrors libuv 1.46 src/threadpool.c: `threadpool_size` workers take work from one FIFO
// queue (slow I/O such as getaddrinfo at most (threads + 1) / 2 at a time); a finished item
// is appended to the loop's completed list, whose eventfd wakes the poll phase, where
// uv__work_done runs every completed item's callback in completion order. Work is modelled
// as latency (waiting that uses no core) followed by CPU time; CPU work and the main thread
// share `cpu_cores` cores (processor sharing), so with more runnable threads than cores
// everything slows down and throughput plateaus at the core count. docs/semantics.md §6.
#pragma once

#include <cstdint>
#include <deque>
#include <functional>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "engine/js/vm.h"
#include "engine/node/clock.h"
#include "engine/node/recorder.h"

namespace loopscope::node {

class Process;

struct PoolWork {
  uint64_t id = 0;
  std::string label;              // "fs.open note.txt", "crypto.pbkdf2"
  Loc from;                       // the statement that submitted it
  int64_t latency_ns = 0;         // disk / resolver wait: occupies a thread, not a core
  int64_t cpu_ns = 0;             // CPU work: occupies a thread and competes for a core
  bool slow_io = false;           // UV__WORK_SLOW_IO (getaddrinfo)
  std::vector<js::Value> values;  // JavaScript values `done` uses (traced for the GC)
  // The After* callback, run on the loop thread in the poll phase.
  std::function<void(PoolWork&)> done;
  Process* process = nullptr;  // for `done` closures that need the process
};

// The simulated pool. A real-time run (engine/live) derives from it and overrides Submit,
// threads and Trace with libuv's own pool; the rest is the simulator's machinery.
class ThreadPool {
 public:
  ThreadPool(Process& process, int threads, int cores);
  virtual ~ThreadPool() = default;

  // uv__work_submit: queue `work` (FIFO); an idle worker takes it at once.
  virtual void Submit(PoolWork work);

  // Background progress, driven by Process::AdvanceTo. `main_busy`: the main thread wants a
  // core too (it is running JavaScript or a *Sync call).
  int64_t NextEventTime(bool main_busy) const;
  // Spend CPU up to t (no state changes). Inline: the clock calls it per statement, and
  // with no job in the pool only the time moves.
  void Progress(int64_t t, bool main_busy) {
    if (t <= progressed_to_) return;
    if (AnyWorkerBusy()) SpendCpuUntil(t, main_busy);
    progressed_to_ = t;
    main_busy_ = main_busy;
  }
  void FireEventsAt(int64_t t);   // finish / advance jobs due at t
  double MainThreadRate() const;  // share of a core the main thread gets
  // Threads of the run's other Processes that want a core now (WorkerHub::BusyBeside): they
  // share the same `cpu_cores` with this thread and its pool.
  void SetBusyBeside(int n) { busy_beside_ = n; }
  int busy_beside() const { return busy_beside_; }
  int cpu_jobs() const { return runnable_cpu_; }  // workers in their CPU part
  // No worker has a job: no event to reach, and the main thread has a core to itself.
  bool idle() const { return !AnyWorkerBusy(); }

  // The loop side (uv__work_done): completed work waiting for the poll phase.
  bool has_completed() const { return !completed_.empty(); }
  int64_t first_completion_time() const { return completed_.front().second; }
  // uv__work_done: runs the callback of every item completed so far, in completion order.
  void RunCompletedCallbacks();
  size_t active_requests() const { return active_requests_; }  // submitted, cb not yet run

  // The pool's size: the configured one until it starts, then the one it started with.
  virtual int threads() const { return started_ ? static_cast<int>(workers_.size()) : configured_; }
  virtual void Trace(js::RootTracer& tracer) const;

 protected:
  Process& p_;
  int configured_;

 private:
  struct Running {
    PoolWork work;
    int64_t latency_end = 0;
    double cpu_left_ns = 0;
    bool in_cpu = false;
  };
  struct Queued {
    uint64_t seq;  // submission order across both queues
    PoolWork work;
  };
  void SetInCpu(Running& r, bool in_cpu);
  void SpendCpuUntil(int64_t t, bool main_busy);  // Progress's busy case
  int RunnableCpuJobs() const;
  double Rate(bool main_busy) const;
  void StartThreads();
  bool StartNext(int worker);  // false when nothing in the queue may run now
  void StartOn(int worker, PoolWork work);
  void Finish(int worker);
  bool SlowIoAllowed() const;
  // Some worker has a job: only then can the pool have an event or CPU work to advance.
  // The clock asks on every charge of main-thread time, so an idle pool answers at once.
  bool AnyWorkerBusy() const { return idle_.size() < workers_.size(); }

  bool started_ = false;
  int cores_;
  std::vector<std::optional<Running>> workers_;
  std::set<int> idle_;  // workers without a job
  // The FIFO, split by kind so the first runnable item is always at a front.
  std::deque<Queued> fast_queue_, slow_queue_;
  uint64_t next_seq_ = 0;
  int running_slow_ = 0;                                // slow I/O items on workers
  int runnable_cpu_ = 0;                                // workers in their CPU part
  std::deque<std::pair<PoolWork, int64_t>> completed_;  // loop->wq, with completion times
  std::deque<PoolWork> dispatching_;  // taken by uv__work_done, callbacks not yet run
  int64_t progressed_to_ = 0;
  size_t active_requests_ = 0;
  bool main_busy_ = false;
  int busy_beside_ = 0;
};

}  // namespace loopscope::node
