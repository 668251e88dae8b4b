// engine/live/live_backend.cpp — see live_backend.h.
#include "engine/live/live_backend.h"

#include <time.h>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <thread>

#include "engine/live/disk_fs.h"
#include "engine/live/live_loop.h"
#include "engine/live/live_os_io.h"
#include "engine/live/live_pool.h"
#include "engine/live/live_tcp.h"
#include "engine/node/process.h"

namespace loopscope::live {

namespace {
int64_t ThreadCpuNs() {
  timespec ts{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return static_cast<int64_t>(ts.tv_sec) * 1'000'000'000 + ts.tv_nsec;
}
}  // namespace

// The run's clock starts on a millisecond boundary of the monotonic clock, so Date.now()
// and libuv's millisecond loop time tick over together, as the simulator's clocks do: a
// 60 ms timer then never looks 1 ms early to a program that measures it with Date.now().
LiveBackend::LiveBackend(double wall_limit_seconds)
    : start_ns_(uv_hrtime() / 1'000'000 * 1'000'000),
      wall_limit_seconds_(wall_limit_seconds),
      own_dir_(std::make_unique<PrivateDir>("loopscope-live")),
      dir_(own_dir_->path()) {
  InitLoop();
}

LiveBackend::LiveBackend(double wall_limit_seconds, uint64_t start_ns,
                         std::filesystem::path shared_dir)
    : start_ns_(start_ns), wall_limit_seconds_(wall_limit_seconds), dir_(std::move(shared_dir)) {
  InitLoop();
}

void LiveBackend::InitLoop() {
  uv_loop_init(&loop_);
  // Node turns idle-time metrics on; it changes how poll waits (uv__io_poll polls once
  // without blocking before it waits).
  uv_loop_configure(&loop_, UV_METRICS_IDLE_TIME);
  uv_async_init(&loop_, &posted_wake_, OnPosted);
  posted_wake_.data = this;
  uv_unref(reinterpret_cast<uv_handle_t*>(&posted_wake_));
}

// src/node_worker.cc Worker::Worker: a new isolate on a new loop; the worker sees the same
// files (node's workers share the process's file system) and the same wall-clock limit.
std::unique_ptr<node::RealTimeBackend> LiveBackend::MakeWorkerBackend() const {
  return std::unique_ptr<node::RealTimeBackend>(
      new LiveBackend(wall_limit_seconds_, start_ns_, dir_));
}

void LiveBackend::Post(std::function<void()> fn) {
  std::lock_guard<std::mutex> lock(posted_mutex_);
  if (posted_closed_) return;
  posted_.push_back(std::move(fn));
  uv_async_send(&posted_wake_);
}

// In the poll phase, on this loop's thread: what other threads posted, in the order posted.
void LiveBackend::OnPosted(uv_async_t* handle) {
  auto& self = *static_cast<LiveBackend*>(handle->data);
  if (self.shutting_down()) return;
  std::deque<std::function<void()>> batch;
  {
    std::lock_guard<std::mutex> lock(self.posted_mutex_);
    batch.swap(self.posted_);
  }
  if (self.live_loop_) self.live_loop_->Observe(node::Phase::kPoll);
  for (auto& fn : batch) fn();
  if (self.live_loop_) self.live_loop_->AfterCallback();
}

LiveBackend::~LiveBackend() {
  Shutdown();
  uv_loop_close(&loop_);
}

std::unique_ptr<node::EventLoop> LiveBackend::MakeLoop(node::Process& process) {
  auto loop = std::make_unique<LiveLoop>(process, *this);
  live_loop_ = loop.get();
  return loop;
}

std::unique_ptr<node::ThreadPool> LiveBackend::MakePool(node::Process& process, int threads,
                                                        int /*cores*/) {
  auto pool = std::make_unique<LivePool>(process, *this, threads);
  live_pool_ = pool.get();
  return pool;
}

std::unique_ptr<node::OsIo> LiveBackend::MakeOsIo(node::Process& process) {
  auto os = std::make_unique<LiveOsIo>(process, *this);
  live_os_ = os.get();
  return os;
}

std::unique_ptr<node::VirtualFs> LiveBackend::MakeFiles(const scenario::Scenario& scenario,
                                                        const std::string& program_path,
                                                        const std::string& cwd) {
  // A worker's backend does not write the scenario's files again: the main thread did, and
  // the program may have changed them since.
  return std::make_unique<DiskFs>(scenario, program_path, cwd, dir_, kDiskQuotaBytes,
                                  own_dir_ != nullptr);
}

std::shared_ptr<node::TcpNetwork> LiveBackend::MakeTcp(node::Process& process) {
  return std::make_shared<LiveTcp>(process, *this);
}

int64_t LiveBackend::Now() const {
  return static_cast<int64_t>(uv_hrtime() - start_ns_);
}

void LiveBackend::OnClockRead(node::Process& /*process*/) {
  if (live_pool_) live_pool_->LogThreadEvents();
}

// Busy work on the calling thread's own CPU time, so a thread that shares a core with
// others takes longer, as real computation does. Gives up when the run is shutting down or
// its wall-clock limit has passed: a blocking native (pbkdf2Sync with a huge count) then
// returns, and the interpreter's next limit check stops the run.
void LiveBackend::SpendCpu(int64_t cpu_ns) {
  if (cpu_ns <= 0) return;
  int64_t end = ThreadCpuNs() + cpu_ns;
  volatile uint64_t sink = 0;
  while (!shutting_down() && Now() < WallDeadlineNs()) {
    for (int i = 0; i < 20'000; ++i) sink = sink * 6364136223846793005ULL + 1;
    if (ThreadCpuNs() >= end) break;
  }
}

// A wait (a *Sync call on a slow modelled disk) ends at the wall-clock limit too.
void LiveBackend::Wait(int64_t wait_ns) {
  int64_t now = Now();
  int64_t end = wait_ns < WallDeadlineNs() - now ? now + wait_ns : WallDeadlineNs();
  for (int64_t left = end - Now(); left > 0 && !shutting_down(); left = end - Now()) {
    std::this_thread::sleep_for(std::chrono::nanoseconds(std::min<int64_t>(left, 20'000'000)));
  }
}

int64_t LiveBackend::WallDeadlineNs() const {
  return static_cast<int64_t>(std::min(wall_limit_seconds_, 1e9) * 1e9);
}

// Background work gives up, every handle closes (close callbacks see shutting_down and
// call no JavaScript), and the loop runs until the pool's last after-work callback.
void LiveBackend::Shutdown() {
  if (shut_down_) return;
  shut_down_ = true;
  shutting_down_.store(true);
  {
    std::lock_guard<std::mutex> lock(posted_mutex_);
    posted_closed_ = true;
    posted_.clear();
  }
  if (live_os_) live_os_->StopTimerThread();
  uv_walk(
      &loop_,
      [](uv_handle_t* handle, void*) {
        if (!uv_is_closing(handle)) uv_close(handle, nullptr);
      },
      nullptr);
  uv_run(&loop_, UV_RUN_DEFAULT);
}

}  // namespace loopscope::live
