// engine/live/live_pool.h — work on libuv's own thread pool (uv_queue_work).
//
// Submit hands the request to uv_queue_work. On a pool thread the work does what the
// scenario says it costs, for real: it waits out the request's latency (a disk or a
// resolver) and then keeps the CPU busy for its CPU time, so threads compete for the
// machine's real cores. libuv calls the after-work callback on the loop thread in the poll
// phase, where the request's completion runs as in the simulator. The pool threads log
// nothing themselves: they note when each job started and finished on which thread, and
// the loop thread writes those notes into the step log, in time order, the next time it
// reads the clock. Pool threads are numbered in the order they first took a job, and the
// log says which operating-system thread each number is.
#pragma once

#include <uv.h>

#include <atomic>
#include <cstdint>
#include <deque>
#include <map>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

#include "engine/node/thread_pool.h"

namespace loopscope::live {

class LiveBackend;

class LivePool final : public node::ThreadPool {
 public:
  LivePool(node::Process& process, LiveBackend& backend, int threads);

  void Submit(node::PoolWork work) override;
  int threads() const override { return size_ > 0 ? size_ : configured_; }
  void Trace(js::RootTracer& tracer) const override;

  // Loop thread: writes what the pool threads did since the last call into the step log.
  void LogThreadEvents();

 private:
  struct Request {
    uv_work_t req{};
    LivePool* pool = nullptr;
    node::PoolWork work;
  };
  struct ThreadEvent {
    int64_t time_ns;
    bool started;
    uint64_t job;
    std::thread::id thread;
    long os_thread;
  };
  static void Work(uv_work_t* req);
  static void AfterWork(uv_work_t* req, int status);
  void Note(bool started, uint64_t job);
  int WorkerIndex(std::thread::id thread, long os_thread);

  void Queue(uv_work_t* req);

  LiveBackend& backend_;
  // The run's pool size: what it asked for, at most the size libuv started with (libuv's
  // pool is per process, so a run in the same process may want fewer threads than it has).
  int size_ = 0;
  // At most size_ requests are in libuv's queue at once; the rest wait here, FIFO, as they
  // would in a libuv pool of size_ threads.
  int queued_ = 0;
  std::deque<uv_work_t*> waiting_;
  std::map<uint64_t, std::unique_ptr<Request>> in_flight_;
  std::mutex mutex_;
  std::vector<ThreadEvent> events_;  // guarded by mutex_
  std::atomic<bool> has_events_{false};
  std::map<std::thread::id, int> workers_;  // loop thread only
};

}  // namespace loopscope::live
