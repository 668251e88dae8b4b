// engine/node/os_io.cpp — readiness of simulated kernel I/O.
#include "engine/node/os_io.h"

#include <algorithm>

#include "engine/node/process.h"

namespace loopscope::node {

uint64_t OsIo::Start(OsOperation op) {
  if (op.id == 0) op.id = p_.rec().NewId();
  p_.rec().OsOpStart(op.id, op.label, op.from, std::max<int64_t>(op.ready_at - p_.now(), 0));
  uint64_t id = op.id;
  ops_.push_back(std::move(op));
  return id;
}

int64_t OsIo::NextEventTime() const {
  int64_t next = kNeverTime;
  for (const auto& op : ops_) {
    if (!op.ready) next = std::min(next, op.ready_at);
  }
  return next;
}

void OsIo::FireEventsAt(int64_t t) {
  for (auto& op : ops_) {
    if (!op.ready && op.ready_at <= t) MarkReady(op);
  }
}

void OsIo::MarkReady(OsOperation& op) {
  op.ready = true;
  p_.rec().OsOpReady(op.id);
  p_.rec().Enqueue(Queue::kPollReady, op.id, op.label, op.from);
}

bool OsIo::has_ready() const {
  return std::any_of(ops_.begin(), ops_.end(), [](const OsOperation& op) { return op.ready; });
}

int64_t OsIo::first_ready_time() const {
  int64_t first = kNeverTime;
  for (const auto& op : ops_) {
    if (op.ready) first = std::min(first, op.ready_at);
  }
  return first;
}

// uv__io_poll dispatches the events one epoll_pwait returned, in the order the kernel
// reported them (here: the order they became ready). Operations that become ready while
// these callbacks run belong to the next poll.
void OsIo::RunReadyCallbacks() {
  std::stable_sort(ops_.begin(), ops_.end(), [](const OsOperation& a, const OsOperation& b) {
    if (a.ready != b.ready) return a.ready;
    return a.ready && a.ready_at < b.ready_at;
  });
  while (!ops_.empty() && ops_.front().ready) {
    dispatching_.push_back(std::move(ops_.front()));
    ops_.pop_front();
  }
  while (!dispatching_.empty() && !p_.stopping()) {
    OsOperation& op = dispatching_.front();
    p_.rec().Dequeue(Queue::kPollReady, op.id);
    p_.rec().OsOpDone(op.id);
    if (op.on_ready) op.on_ready(op);
    dispatching_.pop_front();
  }
}

size_t OsIo::keeping_alive() const {
  size_t n = 0;
  for (const auto& op : ops_) n += op.keeps_alive ? 1 : 0;
  return n;
}

void OsIo::Trace(js::RootTracer& tracer) const {
  for (const auto* q : {&ops_, &dispatching_}) {
    for (const auto& op : *q) {
      for (js::Value v : op.values) tracer.Mark(v);
    }
  }
}

}  // namespace loopscope::node
