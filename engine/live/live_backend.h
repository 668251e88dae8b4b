// engine/live/live_backend.h — a real libuv loop, thread pool, clock and files under a Process.
//
// LiveBackend is the RealTimeBackend of engine/node/real_time.h: the Node layer keeps its
// own logic (nextTick, microtasks, Node's timer lists, immediates, modules) and these parts
// replace the simulator's below it:
//   LiveLoop  (live_loop.h)   a uv_loop_t run by uv_run, with Node's handles on it
//   LivePool  (live_pool.h)   uv_queue_work on libuv's own thread pool
//   LiveOsIo  (live_os_io.h)  readiness delivered through a real uv_async_t wake-up
//   DiskFs    (disk_fs.h)     the scenario's files in a private temporary directory
//   LiveTcp   (live_tcp.h)    net and http over real loopback sockets, virtual ports
// The backend owns the uv_loop_t and the temporary directory (PrivateDir), so it must outlive the
// Process; Shutdown() stops everything still running and closes every handle. A worker thread
// gets a backend of its own (MakeWorkerBackend): its own uv_loop_t, the run's directory and
// clock; Post is how another thread's message reaches this loop (a uv_async_t).
#pragma once

#include <uv.h>

#include <atomic>
#include <cstdint>
#include <deque>
#include <filesystem>
#include <functional>
#include <memory>
#include <mutex>
#include <string>

#include "engine/live/private_dir.h"
#include "engine/node/real_time.h"

namespace loopscope::live {

class LiveLoop;
class LivePool;
class LiveOsIo;

class LiveBackend final : public node::RealTimeBackend {
 public:
  explicit LiveBackend(double wall_limit_seconds);
  ~LiveBackend() override;
  LiveBackend(const LiveBackend&) = delete;
  LiveBackend& operator=(const LiveBackend&) = delete;

  std::unique_ptr<node::EventLoop> MakeLoop(node::Process& process) override;
  std::unique_ptr<node::ThreadPool> MakePool(node::Process& process, int threads,
                                             int cores) override;
  std::unique_ptr<node::OsIo> MakeOsIo(node::Process& process) override;
  std::unique_ptr<node::VirtualFs> MakeFiles(const scenario::Scenario& scenario,
                                             const std::string& program_path,
                                             const std::string& cwd) override;
  std::shared_ptr<node::TcpNetwork> MakeTcp(node::Process& process) override;

  int64_t Now() const override;
  void OnClockRead(node::Process& process) override;
  void SpendCpu(int64_t cpu_ns) override;
  void Wait(int64_t wait_ns) override;
  double wall_limit_seconds() const override { return wall_limit_seconds_; }
  std::unique_ptr<node::RealTimeBackend> MakeWorkerBackend() const override;
  void Post(std::function<void()> fn) override;

  // Ends the run: background work stops early, every handle is closed and its callbacks
  // run without calling JavaScript, the loop is drained. Safe to call twice.
  void Shutdown() override;
  bool shutting_down() const { return shutting_down_.load(std::memory_order_relaxed); }

  uv_loop_t* uv() { return &loop_; }
  LiveLoop& loop() { return *live_loop_; }
  const std::filesystem::path& temp_dir() const { return dir_; }

 private:
  // A worker's backend: the run's clock origin and directory (owned by the main backend).
  LiveBackend(double wall_limit_seconds, uint64_t start_ns, std::filesystem::path shared_dir);
  void InitLoop();
  static void OnPosted(uv_async_t* handle);
  int64_t WallDeadlineNs() const;  // the wall-clock limit, on Now()'s clock

  uv_loop_t loop_{};
  uint64_t start_ns_;
  double wall_limit_seconds_;
  std::unique_ptr<PrivateDir> own_dir_;  // the main thread's: removed however the process ends
  std::filesystem::path dir_;            // own_dir_'s path, or the main backend's
  uv_async_t posted_wake_{};             // unref'd: a message alone keeps no loop alive
  std::mutex posted_mutex_;
  std::deque<std::function<void()>> posted_;  // guarded by posted_mutex_
  bool posted_closed_ = false;                // guarded by posted_mutex_
  std::atomic<bool> shutting_down_{false};
  bool shut_down_ = false;
  LiveLoop* live_loop_ = nullptr;  // owned by the Process
  LivePool* live_pool_ = nullptr;
  LiveOsIo* live_os_ = nullptr;
};

}  // namespace loopscope::live
