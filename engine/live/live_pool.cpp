// engine/live/live_pool.cpp — see live_pool.h.
#include "engine/live/live_pool.h"

#include <sys/syscall.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <string>

#include "engine/live/live_backend.h"
#include "engine/live/live_loop.h"
#include "engine/node/async_context.h"
#include "engine/node/process.h"

namespace loopscope::live {

namespace {
// libuv reads UV_THREADPOOL_SIZE once per process, when its pool first starts; a second
// live run in the same process gets the first run's pool.
std::atomic<int> g_libuv_pool_size{0};
}  // namespace

LivePool::LivePool(node::Process& process, LiveBackend& backend, int threads)
    : node::ThreadPool(process, threads, 1), backend_(backend) {}

// uv__work_submit's init_once reads UV_THREADPOOL_SIZE now: process.env's value as the
// simulator reads it, put into the real environment before libuv's pool starts.
void LivePool::Submit(node::PoolWork work) {
  if (size_ == 0) {
    int wanted = std::clamp(p_.PoolSizeFromEnvironment(configured_), 1, 1024);
    int expected = 0;
    if (g_libuv_pool_size.compare_exchange_strong(expected, wanted)) {
      setenv("UV_THREADPOOL_SIZE", std::to_string(wanted).c_str(), 1);
    }
    size_ = std::min(wanted, g_libuv_pool_size.load());
    p_.rec().PoolStart(size_);
  }
  node::AsyncIds ids = p_.async_contexts().CreateRequest(work.id, work.label);
  p_.rec().Enqueue(node::Queue::kPoolWork, work.id, work.label, work.from, 0, node::ForTrace(ids));
  auto request = std::make_unique<Request>();
  request->pool = this;
  request->req.data = request.get();
  request->work = std::move(work);
  uv_work_t* req = &request->req;
  in_flight_.emplace(request->work.id, std::move(request));
  if (queued_ < size_) {
    Queue(req);
  } else {
    waiting_.push_back(req);
  }
}

void LivePool::Queue(uv_work_t* req) {
  ++queued_;
  uv_queue_work(backend_.uv(), req, Work, AfterWork);
}

// On a pool thread: the request's latency as a real wait, then its CPU time spent.
void LivePool::Work(uv_work_t* req) {
  auto* request = static_cast<Request*>(req->data);
  LivePool& pool = *request->pool;
  pool.Note(true, request->work.id);
  pool.backend_.Wait(request->work.latency_ns);
  pool.backend_.SpendCpu(request->work.cpu_ns);
  pool.Note(false, request->work.id);
}

void LivePool::Note(bool started, uint64_t job) {
  ThreadEvent e{backend_.Now(), started, job, std::this_thread::get_id(),
                static_cast<long>(syscall(SYS_gettid))};
  std::lock_guard<std::mutex> lock(mutex_);
  events_.push_back(e);
  has_events_.store(true, std::memory_order_release);
}

// uv__work_done: on the loop thread, in the poll phase.
void LivePool::AfterWork(uv_work_t* req, int /*status*/) {
  auto* request = static_cast<Request*>(req->data);
  LivePool& pool = *request->pool;
  --pool.queued_;
  if (!pool.waiting_.empty()) {
    uv_work_t* next = pool.waiting_.front();
    pool.waiting_.pop_front();
    pool.Queue(next);
  }
  bool run = !pool.backend_.shutting_down() && !pool.p_.stopping();
  LiveLoop& loop = pool.backend_.loop();
  if (run) {
    loop.Observe(node::Phase::kPoll);
    pool.p_.SyncClock();  // logs the job's start and finish before its callback
  }
  auto node = pool.in_flight_.extract(request->work.id);
  if (!run) return;
  node::PoolWork& work = node.mapped()->work;
  pool.p_.rec().Dequeue(node::Queue::kPollReady, work.id);
  {
    node::AsyncContexts::Scope scope = pool.p_.async_contexts().Enter(work.id);
    if (work.done) work.done(work);
  }
  pool.p_.async_contexts().Forget(work.id);
  loop.AfterCallback();
}

int LivePool::WorkerIndex(std::thread::id thread, long os_thread) {
  auto [it, inserted] = workers_.emplace(thread, static_cast<int>(workers_.size()));
  if (inserted) {
    p_.rec().Note("pool thread " + std::to_string(it->second + 1) + " is operating-system thread " +
                  std::to_string(os_thread));
  }
  return it->second;
}

void LivePool::LogThreadEvents() {
  if (!has_events_.load(std::memory_order_acquire)) return;
  std::vector<ThreadEvent> events;
  {
    std::lock_guard<std::mutex> lock(mutex_);
    events.swap(events_);
    has_events_.store(false, std::memory_order_relaxed);
  }
  std::stable_sort(events.begin(), events.end(), [](const ThreadEvent& a, const ThreadEvent& b) {
    return a.time_ns < b.time_ns;
  });
  for (const ThreadEvent& e : events) {
    auto it = in_flight_.find(e.job);
    if (it == in_flight_.end()) continue;
    const node::PoolWork& work = it->second->work;
    p_.SetRealClock(std::max(p_.now(), e.time_ns));
    int worker = WorkerIndex(e.thread, e.os_thread);
    if (e.started) {
      p_.rec().Dequeue(node::Queue::kPoolWork, work.id);
      p_.rec().PoolJobStart(work.id, worker, work.label, 0);  // real work: no modelled duration
    } else {
      p_.rec().PoolJobFinish(work.id, worker);
      p_.rec().Enqueue(node::Queue::kPollReady, work.id, work.label + " (done)", work.from);
    }
  }
}

void LivePool::Trace(js::RootTracer& tracer) const {
  for (const auto& [id, request] : in_flight_) {
    for (js::Value v : request->work.values) tracer.Mark(v);
  }
}

}  // namespace loopscope::live
