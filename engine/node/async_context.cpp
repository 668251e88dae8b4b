// engine/node/async_context.cpp — async ids and AsyncLocalStorage frames per queued item.
//
// The ids follow lib/internal/async_hooks.js: newAsyncId() counts up, a resource's trigger
// is the executionAsyncId() of the code (or the request completion) that made it. The frame is
// js::Vm::ContinuationData, the same value promise reactions capture, so one AsyncLocalStorage
// frame flows through both.
#include "engine/node/async_context.h"

#include <algorithm>
#include <utility>

namespace loopscope::node {

namespace {
// One row per request kind: the label's prefix, the AsyncWrap provider Node names it by
// (src/async_wrap.h NODE_ASYNC_PROVIDER_TYPES) and, for a ReqWrap, the name
// process.getActiveResourcesInfo() lists it by (its MemoryInfoName). The crypto and zlib jobs
// are ThreadPoolWork without a ReqWrap; fs.watch's inotify events and fs.watchFile's stats
// belong to the watchers' handles.
struct RequestType {
  std::string_view label_prefix;
  std::string_view type;
  std::string_view req_wrap;
};
constexpr RequestType kRequestTypes[] = {
    {"fs.watch", "FSREQCALLBACK", ""},
    {"fs.", "FSREQCALLBACK", "FSReqCallback"},
    {"crypto.pbkdf2", "PBKDF2REQUEST", ""},
    {"crypto.scrypt", "SCRYPTREQUEST", ""},
    {"crypto.hkdf", "HKDFREQUEST", ""},
    {"crypto.random", "RANDOMBYTESREQUEST", ""},
    {"dns.lookup", "GETADDRINFOREQWRAP", "GetAddrInfoReqWrap"},
    {"dns.", "QUERYWRAP", "QueryReqWrap"},
    {"zlib.", "ZLIB", ""},
};

const RequestType* FindRequestType(std::string_view label) {
  for (const RequestType& row : kRequestTypes) {
    if (label.substr(0, row.label_prefix.size()) == row.label_prefix) return &row;
  }
  return nullptr;
}
}  // namespace

std::string_view AsyncResourceType(std::string_view label) {
  const RequestType* row = FindRequestType(label);
  return row ? row->type : "PROVIDER_NONE";
}

AsyncIds AsyncContexts::CreateRequest(uint64_t item, std::string_view label) {
  const RequestType* row = FindRequestType(label);
  AsyncIds ids = Create(item, row ? row->type : "PROVIDER_NONE");
  if (row && !row->req_wrap.empty()) items_.at(item).req_wrap = row->req_wrap;
  return ids;
}

void AsyncContexts::NamePromiseRequest(uint64_t item) {
  if (auto it = items_.find(item); it != items_.end()) it->second.req_wrap = "FSReqPromise";
}

// src/node_process_methods.cc GetActiveResourcesInfo walks env->req_wrap_queue(), where a
// request is appended when made and leaves once its callback returned: creation order, which
// the items' ids (the recorder's, counting up) keep.
std::vector<std::string_view> AsyncContexts::ActiveRequests() const {
  std::vector<std::pair<uint64_t, std::string_view>> active;
  for (const auto& [item, record] : items_) {
    if (!record.req_wrap.empty()) active.emplace_back(item, record.req_wrap);
  }
  std::sort(active.begin(), active.end());
  std::vector<std::string_view> names;
  for (const auto& [item, name] : active) names.push_back(name);
  return names;
}

AsyncIds AsyncContexts::Create(uint64_t item, std::string_view type, js::Value resource) {
  if (auto it = items_.find(item); it != items_.end()) return it->second.ids;
  Record record;
  record.frame = vm_.ContinuationData();
  record.ids = {NewId(), execution_.async_id};
  if (type == "TickObject") record.tick_seq = ++ticks_queued_;
  items_.emplace(item, record);
  if (hooks_enabled()) {
    if (resource.IsUndefined()) resource = vm_.NewObject();
    Dispatch("init", record.ids.async_id, type, record.ids.trigger_id, resource);
  }
  return record.ids;
}

void AsyncContexts::Forget(uint64_t item) {
  auto it = items_.find(item);
  if (it == items_.end()) return;
  double id = it->second.ids.async_id;
  items_.erase(it);
  if (hooks_enabled() && destroy_hooks_) QueueDestroy(id);
}

void AsyncContexts::QueueDestroy(double async_id) {
  if (async_id == 0) return;
  pending_destroys_.push_back(async_id);
  if (pending_destroys_.size() == 1 && on_destroy_queued_) on_destroy_queued_(true);
}

// The dispatcher catches a hook's throw itself (lib/internal/async_hooks.js fatalError:
// the stack on stderr, then process.exit(1)), so the completion says nothing more.
void AsyncContexts::Dispatch(const char* kind, double async_id, std::string_view type,
                             double trigger_id, js::Value resource) {
  js::Value fn = dispatch_;
  js::Value args[] = {vm_.NewString(kind), js::Value::Number(async_id),
                      type.empty() ? js::Value::Undefined() : vm_.NewString(type),
                      js::Value::Number(trigger_id), resource};
  (void)vm_.Call(fn, js::Value::Undefined(), args);
}

double AsyncContexts::EmitBefore(uint64_t item) {
  if (!hooks_enabled() || item == 0 || execution_.async_id == 0) return 0;
  if (!items_.contains(item)) return 0;
  Dispatch("before", execution_.async_id);
  return execution_.async_id;
}

void AsyncContexts::EmitAfter(double async_id) {
  if (async_id != 0 && hooks_enabled()) Dispatch("after", async_id);
}

void AsyncContexts::OweAfter(double async_id) {
  if (async_id != 0) owed_after_.push_back(execution_);
}

AsyncContexts::Scope AsyncContexts::EnterThrown() {
  Scope scope(*this);
  if (!owed_after_.empty()) execution_ = owed_after_.back();
  return scope;
}

void AsyncContexts::EmitOwedAfters() {
  std::vector<AsyncIds> owed = std::exchange(owed_after_, {});
  for (auto it = owed.rbegin(); it != owed.rend(); ++it) EmitAfter(it->async_id);
}

// src/async_wrap.cc DestroyAsyncIdsCallback: the whole batch, in the order it was queued;
// destroys queued by the hooks themselves wait for the next batch.
void AsyncContexts::EmitDestroys() {
  if (pending_destroys_.empty()) return;
  std::vector<double> batch = std::exchange(pending_destroys_, {});
  if (on_destroy_queued_) on_destroy_queued_(false);
  Scope scope = EnterExplicit({}, js::Value::Undefined());
  for (double id : batch) {
    if (hooks_enabled()) Dispatch("destroy", id);
  }
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

void AsyncContexts::PushAsyncContext(AsyncIds ids) {
  pushed_.push_back(execution_);
  execution_ = ids;
}

void AsyncContexts::PopAsyncContext() {
  if (pushed_.empty()) return;
  execution_ = pushed_.back();
  pushed_.pop_back();
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
  tracer.Mark(dispatch_);
  for (const auto& [item, record] : items_) tracer.Mark(record.frame);
  for (js::Value frame : saved_frames_) tracer.Mark(frame);
}

}  // namespace loopscope::node
