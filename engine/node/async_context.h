// engine/node/async_context.h — async ids and AsyncLocalStorage's context, per queued item.
//
// Node gives every resource that calls back later (a Timeout, an Immediate, a TickObject, an
// FSREQCALLBACK …) an async id, the id of the resource that was running when it was made (its
// trigger) and, for AsyncLocalStorage, the stores active at that moment
// (lib/internal/async_hooks.js, lib/async_hooks.js). AsyncContexts records the three per
// queue item when the item is queued and puts them back while its callback runs
// (Process::CallInScope). Promise reactions carry the store through the engine's
// continuation data instead (js::Vm::ContinuationData). See docs/engine.md (async_hooks).
#pragma once

#include <cstdint>
#include <functional>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "engine/js/vm.h"
#include "engine/trace/event.h"

namespace loopscope::node {

// One resource as async_hooks reports it.
struct AsyncIds {
  double async_id = 0;
  double trigger_id = 0;
};

// As the step log keeps them (an enqueue event's async ids, engine/trace/event.h).
inline trace::AsyncIdPair ForTrace(AsyncIds ids) {
  return {static_cast<uint32_t>(ids.async_id), static_cast<uint32_t>(ids.trigger_id)};
}

// The async_hooks type of a pool or OS request, from its step-log label ("fs.open x" →
// "FSREQCALLBACK", "crypto.pbkdf2" → "PBKDF2REQUEST").
std::string_view AsyncResourceType(std::string_view label);

class AsyncContexts {
 public:
  explicit AsyncContexts(js::Vm& vm) : vm_(vm) {}

  // Node's newAsyncId(): ids count up from 1 (the main script) in creation order.
  double NewId() { return ++last_id_; }

  // `item` is queued: it takes a new async id triggered by the running resource, and the
  // current AsyncLocalStorage frame. An item already known (an interval re-armed, a
  // refreshed timer) keeps its record. A request queued by the native completion of another
  // (fs.readFile's open → fstat → read → close) is triggered by it, as in Node, where each
  // step's FSReqCallback is made inside the previous one's oncomplete.
  // While a createHook hook is enabled, the init hooks run here with `resource` (a plain
  // object when undefined: the request objects Node makes natively).
  AsyncIds Create(uint64_t item, std::string_view type,
                  js::Value resource = js::Value::Undefined());
  // Create for a pool or OS request queued under the step-log `label` (AsyncResourceType);
  // one Node makes a ReqWrap for stays in ActiveRequests() until Forget.
  AsyncIds CreateRequest(uint64_t item, std::string_view label);
  // The ReqWraps in flight, oldest first, by the names process.getActiveResourcesInfo()
  // gives them ("FSReqCallback", "GetAddrInfoReqWrap").
  std::vector<std::string_view> ActiveRequests() const;
  // fs.promises' requests are FSReqPromise, not the FSReqCallback their label says.
  void NamePromiseRequest(uint64_t item);
  // The ids `item` was given (zero when it has none).
  AsyncIds IdsOf(uint64_t item) const;
  // `item` is done: its record goes, and with a destroy hook enabled its destroy is queued.
  void Forget(uint64_t item);

  // createHook (lib/internal/async_hooks.js emitInit/emitBefore/emitAfter/emitDestroy):
  // lib/async_hooks.js sets its dispatcher, dispatch(kind, asyncId, type, triggerId,
  // resource), while at least one hook is enabled, and undefined when none is.
  // `destroy_hooks`: one of them has a destroy hook (only then are destroys queued, as
  // AsyncWrap::EmitDestroy checks kDestroy).
  void SetHookDispatch(js::Value dispatch, bool destroy_hooks) {
    dispatch_ = dispatch;
    destroy_hooks_ = destroy_hooks;
  }
  bool hooks_enabled() const { return dispatch_.IsObject(); }
  // emitBefore for the running resource, once Enter(item) made it current: its async id, or
  // 0 when no hook is enabled or the item has no ids.
  double EmitBefore(uint64_t item);
  // emitAfter, after the callback returned. A callback that threw owes its after hooks
  // until the uncaught exception was handled (lib/internal/process/execution.js
  // createOnGlobalUncaughtException emits them then; EnterThrown below).
  void EmitAfter(double async_id);
  void OweAfter(double async_id);
  void EmitOwedAfters();
  void DropOwedAfters() { owed_after_.clear(); }
  // src/async_wrap.cc: destroys are batched and run from a native immediate (ref'd, so the
  // loop goes round to the check phase, where they run before JavaScript's immediates).
  // `on_queued` is told when the batch becomes non-empty (true) and once it ran (false).
  void SetDestroyQueueListener(std::function<void(bool)> on_queued) {
    on_destroy_queued_ = std::move(on_queued);
  }
  void QueueDestroy(double async_id);
  bool has_pending_destroys() const { return !pending_destroys_.empty(); }
  void EmitDestroys();

  // What runs now: executionAsyncId(), triggerAsyncId() and the store frame.
  AsyncIds execution() const { return execution_; }
  // The main script and its drain are over: outside callbacks the loop runs as id 0.
  void EndMainScript() { execution_ = {}; }

  // Restores the outer context when a callback's scope ends.
  class Scope {
   public:
    explicit Scope(AsyncContexts& owner);  // saves the context now running
    Scope(Scope&& other) noexcept
        : owner_(std::exchange(other.owner_, nullptr)), ids_(other.ids_) {}
    ~Scope();
    Scope(const Scope&) = delete;
    Scope& operator=(const Scope&) = delete;
    Scope& operator=(Scope&&) = delete;

   private:
    AsyncContexts* owner_;  // null once moved from
    AsyncIds ids_;          // (the saved frame waits on the owner's saved_frames_, rooted)
  };
  // The callback (or the native completion) of `item` runs (item 0: a callback with no
  // resource of its own, which runs in the context around it).
  [[nodiscard]] Scope Enter(uint64_t item);
  // A promise job runs: Node reports ids 0/0 there unless a promise hook is on.
  [[nodiscard]] Scope EnterMicrotask();
  // AsyncResource's scope (runInAsyncScope): explicit ids and frame.
  [[nodiscard]] Scope EnterExplicit(AsyncIds ids, js::Value frame);
  // lib/internal/async_hooks.js pushAsyncContext/popAsyncContext, which the promise hooks
  // call around a reaction job (lib/async_hooks.js promiseBefore/promiseAfter): the job runs
  // as its promise's resource. The microtask's Scope restores the context around it anyway,
  // so a pop the hooks skip (a hook enabled halfway through a job) leaves nothing behind.
  void PushAsyncContext(AsyncIds ids);
  void PopAsyncContext();
  // lib/internal/process/execution.js: the uncaught-exception handler runs while the
  // throwing callback's resource is still the current one (its ids, taken when it threw),
  // and its after hooks are emitted at the end (EmitOwedAfters); EnterThrown()'s scope is that
  // context.
  [[nodiscard]] Scope EnterThrown();

  // A write to stdout (fd 1) or stderr (fd 2). On pipes, as node's output is captured,
  // the first write creates the streams (PIPEWRAP) and every write whose afterWrite tick is
  // not already pending queues one (TickObject): both take async ids.
  void OnStdioWrite(int fd);
  // The first write to stdout or stderr made both streams' Pipe handles.
  bool stdio_open() const { return stdio_open_; }
  // The nextTick queue was drained: no afterWrite tick is pending any more.
  void OnTicksRan() { after_write_pending_[0] = after_write_pending_[1] = false; }

  void Trace(js::RootTracer& tracer) const;

 private:
  struct Record {
    AsyncIds ids;
    js::Value frame;            // AsyncLocalStorage's stores (lib/async_hooks.js), or undefined
    uint64_t tick_seq = 0;      // a TickObject's place in the nextTick queue (1, 2, …)
    std::string_view req_wrap;  // a request's ReqWrap name (a static string), or empty
  };
  friend class Scope;

  void Dispatch(const char* kind, double async_id, std::string_view type = {},
                double trigger_id = 0, js::Value resource = js::Value::Undefined());

  js::Vm& vm_;
  js::Value dispatch_ = js::Value::Undefined();
  bool destroy_hooks_ = false;
  std::vector<AsyncIds> owed_after_;  // the resources whose callbacks threw, innermost last
  std::vector<double> pending_destroys_;
  std::function<void(bool)> on_destroy_queued_;
  double last_id_ = 1;        // 1 is the main script
  AsyncIds execution_{1, 0};  // the main script runs as id 1, triggered by 0
  bool stdio_open_ = false;
  bool after_write_pending_[2] = {false, false};
  uint64_t ticks_queued_ = 0;               // TickObjects ever created
  uint64_t after_write_after_[2] = {0, 0};  // ticks queued before the afterWrite tick
  std::unordered_map<uint64_t, Record> items_;
  std::vector<js::Value> saved_frames_;  // the frames open Scopes restore, innermost last
  std::vector<AsyncIds> pushed_;         // what PushAsyncContext replaced, innermost last
};

}  // namespace loopscope::node
