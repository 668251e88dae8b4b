// engine/node/thread_pool.cpp — workers, the FIFO queue and processor sharing.
#include "engine/node/thread_pool.h"

#include <algorithm>
#include <cmath>

#include "engine/node/async_context.h"
#include "engine/node/process.h"
#include "engine/node/worker_cores.h"

namespace loopscope::node {

ThreadPool::ThreadPool(Process& process, int threads, int cores)
    : p_(process), configured_(std::clamp(threads, 1, 1024)), cores_(std::max(1, cores)) {}

// threadpool.c init_once, on the first uv__work_submit: the size comes from
// UV_THREADPOOL_SIZE as it is *now* (atoi; 0 means 1; at most 1024), so a program that sets
// process.env.UV_THREADPOOL_SIZE before its first pool request gets that many threads.
void ThreadPool::StartThreads() {
  started_ = true;
  int n = p_.PoolSizeFromEnvironment(configured_);
  workers_.resize(static_cast<size_t>(std::clamp(n, 1, 1024)));
  for (int i = 0; i < static_cast<int>(workers_.size()); ++i) idle_.insert(i);
  p_.rec().PoolStart(threads());
}

void ThreadPool::SetInCpu(Running& r, bool in_cpu) {
  if (r.in_cpu != in_cpu) runnable_cpu_ += in_cpu ? 1 : -1;
  r.in_cpu = in_cpu;
}

int ThreadPool::RunnableCpuJobs() const {
  return runnable_cpu_;
}

// Processor sharing: every thread that wants a core gets min(1, cores / wanting); the
// run's other threads that want one too (worker_cores.h) count beside this pool's jobs.
double ThreadPool::Rate(bool main_busy) const {
  return CoreShare(RunnableCpuJobs() + (main_busy ? 1 : 0) + busy_beside_, cores_);
}

double ThreadPool::MainThreadRate() const {
  return Rate(true);
}

// threadpool.c: at most (nthreads + 1) / 2 slow I/O items run at once, so DNS cannot take
// every thread away from file system work.
bool ThreadPool::SlowIoAllowed() const {
  return running_slow_ < (threads() + 1) / 2;
}

// The counters, the idle set and the split queue keep every step here O(log threads): a
// flood of 5,000 lookups on 1,024 threads used to rescan queue and workers per item.
void ThreadPool::Submit(PoolWork work) {
  if (!started_) StartThreads();
  ++active_requests_;
  AsyncIds ids = p_.async_contexts().CreateRequest(work.id, work.label);
  p_.rec().Enqueue(Queue::kPoolWork, work.id, work.label, work.from, 0, ForTrace(ids));
  (work.slow_io ? slow_queue_ : fast_queue_).push_back({next_seq_++, std::move(work)});
  // The lowest-numbered idle workers take work first; once one finds nothing it may run,
  // the others would not either.
  while (!idle_.empty() && StartNext(*idle_.begin())) {
  }
}

// worker(): take the first item it may run (a slow item over the limit waits its turn):
// the older of the two queue heads, or the fast head while slow I/O is at its limit.
bool ThreadPool::StartNext(int worker) {
  bool slow_ok = !slow_queue_.empty() && SlowIoAllowed();
  bool fast_ok = !fast_queue_.empty();
  if (!slow_ok && !fast_ok) return false;
  bool take_slow = slow_ok && (!fast_ok || slow_queue_.front().seq < fast_queue_.front().seq);
  auto& from = take_slow ? slow_queue_ : fast_queue_;
  PoolWork work = std::move(from.front().work);
  from.pop_front();
  StartOn(worker, std::move(work));
  return true;
}

void ThreadPool::StartOn(int worker, PoolWork work) {
  p_.rec().Dequeue(Queue::kPoolWork, work.id);
  // What the job would take on a free core; sharing cores can make it take longer.
  p_.rec().PoolJobStart(work.id, worker, work.label, work.latency_ns + work.cpu_ns);
  Running r;
  r.latency_end = p_.now() + work.latency_ns;
  r.cpu_left_ns = static_cast<double>(work.cpu_ns);
  SetInCpu(r, work.latency_ns <= 0 && work.cpu_ns > 0);
  if (work.slow_io) ++running_slow_;
  r.work = std::move(work);
  workers_[worker] = std::move(r);
  idle_.erase(worker);
}

int64_t ThreadPool::NextEventTime(bool main_busy) const {
  int64_t next = kNeverTime;
  if (!AnyWorkerBusy()) return next;
  double rate = Rate(main_busy);
  for (const auto& w : workers_) {
    if (!w) continue;
    if (!w->in_cpu) {
      next = std::min(next, w->latency_end);
    } else {
      auto left = static_cast<int64_t>(std::ceil(w->cpu_left_ns / rate));
      next = std::min(next, progressed_to_ + left);
    }
  }
  return next;
}

void ThreadPool::SpendCpuUntil(int64_t t, bool main_busy) {
  double done = static_cast<double>(t - progressed_to_) * Rate(main_busy);
  for (auto& w : workers_) {
    if (w && w->in_cpu) w->cpu_left_ns = std::max(0.0, w->cpu_left_ns - done);
  }
}

void ThreadPool::FireEventsAt(int64_t t) {
  progressed_to_ = std::max(progressed_to_, t);
  for (int i = 0; i < static_cast<int>(workers_.size()); ++i) {
    auto& w = workers_[i];
    if (!w) continue;
    if (!w->in_cpu && w->latency_end <= t) {
      if (w->cpu_left_ns > 0.5) {
        SetInCpu(*w, true);  // the wait is over; now it needs a core
      } else {
        Finish(i);
      }
    } else if (w->in_cpu && w->cpu_left_ns <= 0.5) {
      Finish(i);
    }
  }
}

// The worker appends the item to loop->wq and signals the loop's eventfd; then it takes
// the next item from the queue.
void ThreadPool::Finish(int worker) {
  SetInCpu(*workers_[worker], false);
  PoolWork work = std::move(workers_[worker]->work);
  if (work.slow_io) --running_slow_;
  workers_[worker].reset();
  idle_.insert(worker);
  p_.rec().PoolJobFinish(work.id, worker);
  p_.rec().Enqueue(Queue::kPollReady, work.id, work.label + " (done)", work.from, 0,
                   ForTrace(p_.async_contexts().IdsOf(work.id)));
  completed_.emplace_back(std::move(work), p_.now());
  StartNext(worker);
}

// threadpool.c uv__work_done: the whole completed list is taken at once; each request
// stops counting as active just before its callback (uv__req_unregister), and each
// callback is a MakeCallback of its own, drained before the next.
void ThreadPool::RunCompletedCallbacks() {
  for (auto& [work, at] : completed_) dispatching_.push_back(std::move(work));
  completed_.clear();
  while (!dispatching_.empty() && !p_.stopping()) {
    PoolWork& work = dispatching_.front();
    --active_requests_;
    p_.rec().Dequeue(Queue::kPollReady, work.id);
    {
      // Requests the completion queues continue this operation (fs_support.h FsChain).
      AsyncContexts::Scope scope = p_.async_contexts().Enter(work.id);
      if (work.done) work.done(work);
    }
    p_.async_contexts().Forget(work.id);
    dispatching_.pop_front();
  }
}

void ThreadPool::Trace(js::RootTracer& tracer) const {
  auto mark = [&](const PoolWork& w) {
    for (js::Value v : w.values) tracer.Mark(v);
  };
  for (const auto& w : workers_) {
    if (w) mark(w->work);
  }
  for (const auto* q : {&fast_queue_, &slow_queue_})
    for (const auto& w : *q) mark(w.work);
  for (const auto& [w, at] : completed_) mark(w);
  for (const auto& w : dispatching_) mark(w);
}

}  // namespace loopscope::node
