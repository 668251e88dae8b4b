// engine/live/live_os_io.cpp — see live_os_io.h.
#include "engine/live/live_os_io.h"

#include <chrono>

#include "engine/live/live_backend.h"
#include "engine/live/live_loop.h"
#include "engine/node/process.h"

namespace loopscope::live {

LiveOsIo::LiveOsIo(node::Process& process, LiveBackend& backend)
    : node::OsIo(process), backend_(backend) {
  uv_async_init(backend_.uv(), &wake_, OnWake);
  wake_.data = this;
  uv_unref(reinterpret_cast<uv_handle_t*>(&wake_));
  thread_ = std::thread([this] { TimerThread(); });
}

LiveOsIo::~LiveOsIo() {
  StopTimerThread();
}

void LiveOsIo::StopTimerThread() {
  {
    std::lock_guard<std::mutex> lock(mutex_);
    stop_ = true;
  }
  changed_.notify_all();
  if (thread_.joinable()) thread_.join();
}

// An operation ready at once (a loopback peer's bytes, a refused connection) is signalled
// from here, so the very next epoll sees it as the kernel's would; later ones wait on the
// timer thread.
uint64_t LiveOsIo::Start(node::OsOperation op) {
  int64_t ready_at = op.ready_at;
  uint64_t id = node::OsIo::Start(std::move(op));
  bool now = ready_at <= backend_.Now();
  {
    std::lock_guard<std::mutex> lock(mutex_);
    if (now) {
      ready_.push_back(id);
    } else {
      armed_.emplace(ready_at, id);
    }
  }
  if (now) {
    uv_async_send(&wake_);
  } else {
    changed_.notify_all();
  }
  UpdateRef();
  return id;
}

// Sleeps until the earliest armed operation is due, moves it to ready_ and wakes the loop.
void LiveOsIo::TimerThread() {
  std::unique_lock<std::mutex> lock(mutex_);
  while (!stop_) {
    if (armed_.empty()) {
      changed_.wait(lock);
      continue;
    }
    int64_t due = armed_.begin()->first;
    int64_t now = backend_.Now();
    if (due > now) {
      changed_.wait_for(lock, std::chrono::nanoseconds(due - now));
      continue;
    }
    while (!armed_.empty() && armed_.begin()->first <= now) {
      ready_.push_back(armed_.begin()->second);
      armed_.erase(armed_.begin());
    }
    uv_async_send(&wake_);
  }
}

// In the poll phase: the operations that became ready, oldest first, as one epoll batch.
void LiveOsIo::OnWake(uv_async_t* handle) {
  auto& self = *static_cast<LiveOsIo*>(handle->data);
  if (self.backend_.shutting_down() || self.p_.stopping()) return;
  std::vector<uint64_t> ready;
  {
    std::lock_guard<std::mutex> lock(self.mutex_);
    ready.swap(self.ready_);
  }
  self.backend_.loop().Observe(node::Phase::kPoll);
  for (uint64_t id : ready) {
    for (node::OsOperation& op : self.ops_) {
      if (op.id == id && !op.ready) self.MarkReady(op);
    }
  }
  self.RunReadyCallbacks();
  self.UpdateRef();
  self.backend_.loop().AfterCallback();
}

void LiveOsIo::UpdateRef() {
  auto* h = reinterpret_cast<uv_handle_t*>(&wake_);
  if (keeping_alive() > 0) {
    uv_ref(h);
  } else {
    uv_unref(h);
  }
}

}  // namespace loopscope::live
