// engine/node/real_time.h — the seam where a real libuv loop replaces the simulator.
//
// A Process normally owns the simulator's parts: the virtual clock, the loop (EventLoop),
// the thread pool (ThreadPool), kernel I/O readiness (OsIo) and the scenario's files
// (VirtualFs). Everything above them — nextTick and the microtask queue, Node's timer lists,
// immediates, the modules — is Node's own logic and stays the same whatever drives it.
// A RealTimeBackend (engine/live) supplies real parts instead: a uv_loop_t, libuv's thread
// pool, files in a temporary directory, and the monotonic clock. With one installed, the
// Process stops charging modelled CPU costs (the CPU is really spent) and reads the real
// clock whenever it would have advanced the virtual one. `net` asks the backend for its
// TCP network too: the simulator's loopback wire unless the backend has real sockets.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <string>

#include "engine/scenario/scenario.h"

namespace loopscope::node {

class Process;
class EventLoop;
class ThreadPool;
class OsIo;
class VirtualFs;
class TcpNetwork;

class RealTimeBackend {
 public:
  virtual ~RealTimeBackend() = default;

  virtual std::unique_ptr<EventLoop> MakeLoop(Process& process) = 0;
  virtual std::unique_ptr<ThreadPool> MakePool(Process& process, int threads, int cores) = 0;
  virtual std::unique_ptr<OsIo> MakeOsIo(Process& process) = 0;
  virtual std::unique_ptr<VirtualFs> MakeFiles(const scenario::Scenario& scenario,
                                               const std::string& program_path,
                                               const std::string& cwd) = 0;
  // The network under lib/net.js. By default the simulator's in-process wire
  // (modules/tcp_wire.h), whose readiness still goes through MakeOsIo's parts.
  virtual std::shared_ptr<TcpNetwork> MakeTcp(Process& process);

  // Nanoseconds of real time since the run started.
  virtual int64_t Now() const = 0;
  // Called on the loop thread whenever the Process reads the clock: the place to log what
  // other threads did meanwhile (pool jobs starting and finishing), in time order.
  virtual void OnClockRead(Process& process) = 0;
  // Work the scenario describes for the main thread (a *Sync call's CPU cost or its I/O
  // wait), done for real: spin the CPU, or sleep.
  virtual void SpendCpu(int64_t cpu_ns) = 0;
  virtual void Wait(int64_t wait_ns) = 0;
  // The wall-clock limit of a real run, in seconds.
  virtual double wall_limit_seconds() const = 0;

  // ---- worker_threads in a real run (worker_hub.h) ----
  // A backend for a worker's thread: its own real loop and pool, on the same clock, files
  // and limits as this one. Called on the worker's thread; reads only what never changes.
  virtual std::unique_ptr<RealTimeBackend> MakeWorkerBackend() const = 0;
  // Thread-safe: `fn` runs on this backend's loop thread, in its poll phase — a uv_async_send
  // to the receiving loop, as node's MessagePort wakes it (src/node_messaging.cc). Nothing
  // runs once Shutdown has begun.
  virtual void Post(std::function<void()> fn) = 0;
  // Ends the run's real parts: background work stops, every handle closes. Before the
  // Process goes (its parts own the handles).
  virtual void Shutdown() = 0;
};

}  // namespace loopscope::node
