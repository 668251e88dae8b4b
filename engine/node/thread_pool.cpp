// engine/node/thread_pool.cpp — workers, the FIFO queue and processor sharing.
#include "engine/node/thread_pool.h"

#include <algorithm>
#include <cmath>

#include "engine/node/process.h"

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
  p_.rec().PoolStart(threads());
}

int ThreadPool::RunnableCpuJobs() const {
  int n = 0;
  for (const auto& w : workers_) n += (w && w->in_cpu) ? 1 : 0;
  return n;
}

// Processor sharing: every thread that wants a core gets min(1, cores / wanting).
double ThreadPool::Rate(bool main_busy) const {
  int wanting = RunnableCpuJobs() + (main_busy ? 1 : 0);
  return wanting <= cores_ ? 1.0 : static_cast<double>(cores_) / wanting;
}

double ThreadPool::MainThreadRate() const { return Rate(true); }

// threadpool.c: at most (nthreads + 1) / 2 slow I/O items run at once, so DNS cannot take
// every thread away from file system work.
bool ThreadPool::SlowIoAllowed() const {
  int running_slow = 0;
  for (const auto& w : workers_) running_slow += (w && w->work.slow_io) ? 1 : 0;
  return running_slow < (threads() + 1) / 2;
}

void ThreadPool::Submit(PoolWork work) {
  if (!started_) StartThreads();
  ++active_requests_;
  p_.rec().Enqueue(Queue::kPoolWork, work.id, work.label, work.from);
  queue_.push_back(std::move(work));
  for (int i = 0; i < static_cast<int>(workers_.size()) && !queue_.empty(); ++i) {
    if (!workers_[i]) StartNext(i);
  }
}

// worker(): take the first item it may run (a slow item over the limit waits its turn).
void ThreadPool::StartNext(int worker) {
  for (auto it = queue_.begin(); it != queue_.end(); ++it) {
    if (it->slow_io && !SlowIoAllowed()) continue;
    PoolWork work = std::move(*it);
    queue_.erase(it);
    StartOn(worker, std::move(work));
    return;
  }
}

void ThreadPool::StartOn(int worker, PoolWork work) {
  p_.rec().Dequeue(Queue::kPoolWork, work.id);
  // What the job would take on a free core; sharing cores can make it take longer.
  p_.rec().PoolJobStart(work.id, worker, work.label, work.latency_ns + work.cpu_ns);
  Running r;
  r.latency_end = p_.now() + work.latency_ns;
  r.cpu_left_ns = static_cast<double>(work.cpu_ns);
  r.in_cpu = work.latency_ns <= 0 && work.cpu_ns > 0;
  r.work = std::move(work);
  workers_[worker] = std::move(r);
}

int64_t ThreadPool::NextEventTime(bool main_busy) const {
  int64_t next = kNeverTime;
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

void ThreadPool::Progress(int64_t t, bool main_busy) {
  if (t <= progressed_to_) return;
  double done = static_cast<double>(t - progressed_to_) * Rate(main_busy);
  for (auto& w : workers_) {
    if (w && w->in_cpu) w->cpu_left_ns = std::max(0.0, w->cpu_left_ns - done);
  }
  progressed_to_ = t;
  main_busy_ = main_busy;
}

void ThreadPool::FireEventsAt(int64_t t) {
  progressed_to_ = std::max(progressed_to_, t);
  for (int i = 0; i < static_cast<int>(workers_.size()); ++i) {
    auto& w = workers_[i];
    if (!w) continue;
    if (!w->in_cpu && w->latency_end <= t) {
      if (w->cpu_left_ns > 0.5) {
        w->in_cpu = true;  // the wait is over; now it needs a core
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
  PoolWork work = std::move(workers_[worker]->work);
  workers_[worker].reset();
  p_.rec().PoolJobFinish(work.id, worker);
  p_.rec().Enqueue(Queue::kPollReady, work.id, work.label + " (done)", work.from);
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
    if (work.done) work.done(work);
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
  for (const auto& w : queue_) mark(w);
  for (const auto& [w, at] : completed_) mark(w);
  for (const auto& w : dispatching_) mark(w);
}

}  // namespace loopscope::node
