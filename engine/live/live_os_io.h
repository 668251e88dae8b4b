// engine/live/live_os_io.h — kernel readiness delivered through a real wake-up of poll.
//
// The Node layer's modelled kernel I/O (dns.resolve's answers; in a simulation also the
// loopback wire of net and http, which a live run replaces with real sockets, live_tcp.h)
// says when an operation becomes ready. Live, a small timer thread waits for that moment in
// real time and then wakes the loop through a uv_async_t — an eventfd that epoll reports —
// so the operation's callback runs in the real poll phase, in readiness order, exactly
// where libuv runs a socket's. The async handle is ref'd only while an operation that
// keeps the loop alive is in flight.
#pragma once

#include <uv.h>

#include <condition_variable>
#include <cstdint>
#include <map>
#include <mutex>
#include <thread>
#include <vector>

#include "engine/node/os_io.h"

namespace loopscope::live {

class LiveBackend;

class LiveOsIo final : public node::OsIo {
 public:
  LiveOsIo(node::Process& process, LiveBackend& backend);
  ~LiveOsIo() override;

  uint64_t Start(node::OsOperation op) override;
  // Stops the timer thread (before the loop's handles are closed).
  void StopTimerThread();

 private:
  static void OnWake(uv_async_t* handle);
  void TimerThread();
  void UpdateRef();

  LiveBackend& backend_;
  uv_async_t wake_{};
  std::mutex mutex_;
  std::condition_variable changed_;
  std::multimap<int64_t, uint64_t> armed_;  // real ready time -> operation (guarded)
  std::vector<uint64_t> ready_;             // ready, not yet seen by the loop (guarded)
  bool stop_ = false;                       // guarded
  std::thread thread_;
};

}  // namespace loopscope::live
