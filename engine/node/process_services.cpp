// engine/node/process_services.cpp — small services the modules share: I/O costs, held
// values, file descriptors.
#include <cstdlib>

#include "engine/node/process.h"
#include "engine/node/real_time.h"
#include "engine/node/virtual_fs.h"

namespace loopscope::node {

void Process::BlockMainThread(int64_t wait_ns) {
  if (wait_ns <= 0) return;
  if (!real_time_) {
    AdvanceTo(now_ns_ + wait_ns, false);
    return StopSoonIfPastVirtualLimit();
  }
  real_time_->Wait(wait_ns);
  SyncClock();
  CheckLimitsNow();
}

scenario::IoCost Process::IoCostFor(std::string_view key, scenario::IoCost fallback) const {
  const auto& io = scenario_.environment.io;
  auto it = io.find(std::string(key));
  if (it == io.end()) {
    // "crypto.pbkdf2" falls back to "crypto", "dns.lookup" to "dns".
    size_t dot = key.find('.');
    if (dot != std::string_view::npos) it = io.find(std::string(key.substr(0, dot)));
  }
  return it == io.end() ? fallback : it->second;
}

double Process::FsLatencyMs(const std::string& path) const {
  if (auto own = vfs_->FileLatencyMs(path)) return *own;
  return IoCostFor("fs", {0.05, 0}).latency_ms;
}

int Process::PoolSizeFromEnvironment(int fallback) {
  if (!process_object_.IsObject()) return fallback;
  js::Value env = vm_->GetOwn(process_object_, "env");
  js::Value size = env.IsObject() ? vm_->GetOwn(env, "UV_THREADPOOL_SIZE") : js::Value::Undefined();
  if (size.IsUndefined()) return fallback;
  std::string text = vm_->ToDisplayString(size);
  int n = std::atoi(text.c_str());
  return n <= 0 ? 1 : n;
}

uint64_t Process::Hold(std::vector<js::Value> values) {
  uint64_t id = next_hold_++;
  held_.emplace(id, std::move(values));
  return id;
}

int Process::OpenFd(const std::string& path) {
  int fd = next_fd_++;
  fds_[fd] = {path, 0};
  return fd;
}

std::string Process::FdPath(int fd) {
  if (fd == 0) {
    if (!LoadStdin()) return std::string();
    ChargeFirstStdinRead();
  }
  auto it = fds_.find(fd);
  return it == fds_.end() ? std::string() : it->second.path;
}

bool Process::CloseFd(int fd) {
  return fds_.erase(fd) > 0;
}

size_t Process::FdPosition(int fd) const {
  auto it = fds_.find(fd);
  return it == fds_.end() ? 0 : it->second.position;
}

void Process::SetFdPosition(int fd, size_t pos) {
  auto it = fds_.find(fd);
  if (it != fds_.end()) it->second.position = pos;
}

}  // namespace loopscope::node
