// engine/node/task_queue.h — process.nextTick, the microtask checkpoint and rejections.
//
// Mirrors lib/internal/process/task_queues.js and lib/internal/process/promises.js:
// the nextTick FIFO, processTicksAndRejections (all ticks, then all microtasks, repeated),
// runNextTicks (between timers and between immediates), the drain that closes every
// InternalCallbackScope (src/api/callback.cc), and the unhandled-rejection bookkeeping that
// V8's PromiseRejectCallback feeds (default mode `throw`). See docs/semantics.md §4.
#pragma once

#include <cstdint>
#include <deque>
#include <string>
#include <unordered_map>
#include <vector>

#include "engine/js/vm.h"
#include "engine/node/recorder.h"

namespace loopscope::node {

class Process;

class TaskQueue {
 public:
  explicit TaskQueue(Process& process) : p_(process) {}

  // process.nextTick(fn, ...args); dropped while the process is exiting.
  void NextTick(js::Value fn, std::vector<js::Value> args);
  void set_exiting(bool exiting) { exiting_ = exiting; }

  // InternalCallbackScope::Close at depth 1 (src/api/callback.cc).
  void DrainAfterCallback();
  // lib/internal/process/task_queues.js runNextTicks().
  void RunNextTicks();
  // lib/internal/process/task_queues.js processTicksAndRejections().
  void ProcessTicksAndRejections();
  // V8 MicrotasksScope::PerformCheckpoint: run jobs one at a time until none is left.
  void RunMicrotasks();

  // HostPromiseRejectionTracker, as lib/internal/process/promises.js records it.
  void OnRejectedUnhandled(js::Value promise, js::Value reason);
  void OnRejectionHandled(js::Value promise);

  bool has_tick_scheduled() const { return !ticks_.empty(); }
  bool has_rejection_to_warn() const { return has_rejection_to_warn_; }
  uint64_t microtasks_in_drain() const { return microtasks_in_drain_; }
  // What a drain is running now ("microtasks", "process.nextTick callbacks"), or null.
  const char* draining() const { return draining_; }
  void Trace(js::RootTracer& tracer) const;

 private:
  struct Tick {
    uint64_t id;
    js::Value fn;
    std::vector<js::Value> args;
    std::string label;
  };
  struct PendingRejection {
    js::Value promise;
    js::Value reason;
    // The AsyncLocalStorage frame where the promise was rejected: Node emits
    // 'unhandledRejection' in the promise's async context (lib/internal/process/promises.js
    // processPromiseRejections), which is how node:test tells which test it came from.
    js::Value frame;
  };
  // Rejections in insertion order (promises.js keeps them in a SafeMap) with O(1) removal
  // by promise: handling each of 100,000 rejected promises must not rescan the list.
  class RejectionList {
   public:
    void Add(PendingRejection r);
    bool Remove(js::Value promise);  // false when it is not in the list
    bool empty() const { return index_.empty(); }
    std::vector<PendingRejection> Take();  // the live entries, in order; the list is emptied
    void Trace(js::RootTracer& tracer) const;

   private:
    std::vector<PendingRejection> items_;         // removed entries stay as tombstones (undefined)
    std::unordered_map<uint64_t, size_t> index_;  // promise bits -> position in items_
  };

  void RunTick(Tick& tick);
  bool ProcessPromiseRejections();

  Process& p_;
  std::deque<Tick> ticks_;
  bool exiting_ = false;
  bool has_rejection_to_warn_ = false;
  RejectionList pending_rejections_;
  // Rejections already reported to an 'unhandledRejection' listener (maybeUnhandledPromises)
  // and those of them that got a handler since (asyncHandledRejections).
  RejectionList reported_rejections_;
  std::vector<PendingRejection> processing_;  // being offered to listeners (GC roots)
  std::vector<js::Value> handled_late_;
  uint64_t microtasks_in_drain_ = 0;
  const char* draining_ = nullptr;
};

}  // namespace loopscope::node
