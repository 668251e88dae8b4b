// engine/node/async_context.cpp — async ids and AsyncLocalStorage frames per queued item.
//
// The ids follow lib/internal/async_hooks.js: newAsyncId() counts up, a resource's trigger
// is the executionAsyncId() of the code (or the request completion) that made it. The frame is
// js::Vm::ContinuationData, the same value promise reactions capture, so one AsyncLocalStorage
// frame flows through both.
#include "engine/node/async_context.h"

#include <utility>

namespace loopscope::node {

namespace {
// One row per request kind: the label's prefix and the AsyncWrap provider Node names it by
// (src/async_wrap.h NODE_ASYNC_PROVIDER_TYPES).
struct RequestType {
  std::string_view label_prefix;
  std::string_view type;
};
constexpr RequestType kRequestTypes[] = {
    {"fs.", "FSREQCALLBACK"},
    {"crypto.pbkdf2", "PBKDF2REQUEST"},
    {"crypto.scrypt", "SCRYPTREQUEST"},
    {"crypto.hkdf", "HKDFREQUEST"},
    {"crypto.random", "RANDOMBYTESREQUEST"},
    {"dns.lookup", "GETADDRINFOREQWRAP"},
    {"dns.", "QUERYWRAP"},
    {"zlib.", "ZLIB"},
};
}  // namespace

std::string_view AsyncResourceType(std::string_view label) {
  for (const RequestType& row : kRequestTypes) {
    if (label.substr(0, row.label_prefix.size()) == row.label_prefix) return row.type;
  }
  return "PROVIDER_NONE";
}

AsyncIds AsyncContexts::Create(uint64_t item, std::string_view type) {
  if (auto it = items_.find(item); it != items_.end()) return it->second.ids;
  Record record;
  record.frame = vm_.ContinuationData();
  record.ids = {NewId(), execution_.async_id};
  if (type == "TickObject") record.tick_seq = ++ticks_queued_;
  items_.emplace(item, record);
  return record.ids;
}

AsyncIds AsyncContexts::IdsOf(uint64_t item) const {
  auto it = items_.find(item);
  return it == items_.end() ? AsyncIds{} : it->second.ids;
}

AsyncContexts::Scope::Scope(AsyncContexts& owner) : owner_(&owner), ids_(owner.execution_) {
  owner.saved_frames_.push_back(owner.vm_.ContinuationData());
}

AsyncContexts::Scope::~Scope() {
  if (!owner_) return;
  owner_->execution_ = ids_;
  owner_->vm_.SetContinuationData(owner_->saved_frames_.back());
  owner_->saved_frames_.pop_back();
}

AsyncContexts::Scope AsyncContexts::Enter(uint64_t item) {
  Scope scope(*this);
  if (item == 0) return scope;
  auto it = items_.find(item);
  // An item queued with no record (a socket's event) runs at the top level: ids 0/0.
  Record record = it == items_.end() ? Record{} : it->second;
  execution_ = record.ids;
  vm_.SetContinuationData(record.frame);
  // lib/internal/streams/writable.js afterWriteTick runs in its place in the nextTick
  // queue: a tick queued after it finds it done.
  for (int fd = 0; fd < 2; ++fd) {
    if (record.tick_seq > after_write_after_[fd]) after_write_pending_[fd] = false;
  }
  return scope;
}

AsyncContexts::Scope AsyncContexts::EnterMicrotask() {
  Scope scope(*this);
  execution_ = {};
  return scope;
}

AsyncContexts::Scope AsyncContexts::EnterExplicit(AsyncIds ids, js::Value frame) {
  Scope scope(*this);
  execution_ = ids;
  vm_.SetContinuationData(frame);
  return scope;
}

// lib/internal/bootstrap/switches/is_main_thread.js createWritableStdioStream (a Pipe:
// new net.Socket → PIPEWRAP) and lib/internal/streams/writable.js onwrite, whose synchronous
// completion queues afterWriteTick once per batch (state.afterWriteTickInfo).
void AsyncContexts::OnStdioWrite(int fd) {
  int i = fd == 2 ? 1 : 0;
  // The global console is made on its first use with both streams, so the first write to
  // either makes both Pipe handles.
  if (!stdio_open_) {
    stdio_open_ = true;
    NewId();
    NewId();
  }
  if (after_write_pending_[i]) return;
  after_write_pending_[i] = true;
  after_write_after_[i] = ticks_queued_;
  NewId();
}

void AsyncContexts::Trace(js::RootTracer& tracer) const {
  for (const auto& [item, record] : items_) tracer.Mark(record.frame);
  for (js::Value frame : saved_frames_) tracer.Mark(frame);
}

}  // namespace loopscope::node
