// engine/node/os_io.cpp — readiness of simulated kernel I/O.
#include "engine/node/os_io.h"

#include <algorithm>

#include "engine/node/async_context.h"
#include "engine/node/process.h"

namespace loopscope::node {

uint64_t OsIo::Start(OsOperation op) {
  if (op.id == 0) op.id = p_.rec().NewId();
  p_.rec().OsOpStart(op.id, op.label, op.from, std::max<int64_t>(op.ready_at - p_.now(), 0));
  p_.async_contexts().CreateRequest(op.id, op.label);
  uint64_t id = op.id;
  op.seq = next_seq_++;
  op.ready = false;
  if (op.keeps_alive) ++keeping_alive_;
  waiting_.push({op.ready_at, op.seq});
  ops_.push_back(std::move(op));
  by_seq_[ops_.back().seq] = std::prev(ops_.end());
  return id;
}

int64_t OsIo::NextEventTime() {
  while (!waiting_.empty()) {
    auto it = by_seq_.find(waiting_.top().second);
    if (it != by_seq_.end() && !it->second->ready) return waiting_.top().first;
    waiting_.pop();  // made ready meanwhile (a live notification)
  }
  return kNeverTime;
}

void OsIo::FireEventsAt(int64_t t) {
  while (!waiting_.empty() && waiting_.top().first <= t) {
    auto it = by_seq_.find(waiting_.top().second);
    waiting_.pop();
    if (it != by_seq_.end() && !it->second->ready) MarkReady(*it->second);
  }
}

void OsIo::MarkReady(OsOperation& op) {
  op.ready = true;
  ready_.push({op.ready_at, op.seq});
  p_.rec().OsOpReady(op.id);
  p_.rec().Enqueue(Queue::kPollReady, op.id, op.label, op.from, 0,
                   ForTrace(p_.async_contexts().IdsOf(op.id)));
}

bool OsIo::has_ready() const {
  return !ready_.empty();
}

int64_t OsIo::first_ready_time() const {
  return ready_.empty() ? kNeverTime : ready_.top().first;
}

// uv__io_poll dispatches the events one epoll_pwait returned, in the order the kernel
// reported them (here: the order they became ready, then the start order). Operations that
// become ready while these callbacks run belong to the next poll.
void OsIo::RunReadyCallbacks() {
  while (!ready_.empty()) {
    auto it = by_seq_.find(ready_.top().second);
    ready_.pop();
    if (it == by_seq_.end()) continue;
    if (it->second->keeps_alive) --keeping_alive_;
    dispatching_.push_back(std::move(*it->second));
    ops_.erase(it->second);
    by_seq_.erase(it);
  }
  while (!dispatching_.empty() && !p_.stopping()) {
    OsOperation& op = dispatching_.front();
    p_.rec().Dequeue(Queue::kPollReady, op.id);
    p_.rec().OsOpDone(op.id);
    {
      AsyncContexts::Scope scope = p_.async_contexts().Enter(op.id);
      if (op.on_ready) op.on_ready(op);
    }
    p_.async_contexts().Forget(op.id);
    dispatching_.pop_front();
  }
}

void OsIo::Trace(js::RootTracer& tracer) const {
  for (const auto& op : ops_)
    for (js::Value v : op.values) tracer.Mark(v);
  for (const auto& op : dispatching_)
    for (js::Value v : op.values) tracer.Mark(v);
}

}  // namespace loopscope::node
