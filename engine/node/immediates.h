// engine/node/immediates.h — setImmediate and the check phase.
//
// Mirrors lib/timers.js setImmediate/clearImmediate and lib/internal/timers.js
// processImmediate: one FIFO queue; the check phase takes a *snapshot* of it, so immediates
// queued while it runs wait for the next iteration; runNextTicks between two immediates;
// the MakeCallback around the whole batch drains afterwards. Ref'd immediates keep the
// loop alive and make the poll phase not block (src/env.cc ToggleImmediateRef starts the
// idle handle). docs/semantics.md §3.
#pragma once

#include <cstdint>
#include <deque>
#include <memory>
#include <span>
#include <string>
#include <vector>

#include "engine/js/vm.h"
#include "engine/node/host_record.h"

namespace loopscope::node {

class Process;

struct Immediate : HostRecord {
  static constexpr HostKind kKind = HostKind::kImmediate;
  Immediate() : HostRecord(kKind) {}
  uint64_t id = 0;
  js::Value on_immediate;
  js::Value object;
  std::vector<js::Value> args;
  bool refed = true;
  bool destroyed = false;
  std::string label;
};

class Immediates {
 public:
  explicit Immediates(Process& process);

  js::Value Create(js::Value fn, std::vector<js::Value> args);  // setImmediate
  void Clear(js::Value immediate);                              // clearImmediate
  void Ref(Immediate& im);
  void Unref(Immediate& im);

  size_t count() const { return count_; }          // immediateInfo[kCount]
  size_t ref_count() const { return ref_count_; }  // immediateInfo[kRefCount]
  void set_prototype(js::Value prototype) { prototype_ = prototype; }
  // ref, unref, hasRef: lib/timer_objects.js puts them on the prototype.
  std::span<const js::Value> methods() const { return methods_; }

  // src/env.cc CheckImmediate: the check phase's work.
  void RunCheck();
  // A native immediate (env->SetImmediate, ref'd) is queued or has run: it keeps the idle
  // handle on like a JavaScript immediate (async_hooks destroys, async_context.h).
  void NativeImmediateRef(bool queued) { AddRef(queued ? +1 : -1); }
  void Trace(js::RootTracer& tracer) const;

 private:
  void ProcessImmediate();
  void AddRef(int delta);
  js::Value NewImmediateObject(const std::shared_ptr<Immediate>& im);

  Process& p_;
  std::deque<std::shared_ptr<Immediate>> queue_;        // immediateQueue
  std::deque<std::shared_ptr<Immediate>> outstanding_;  // outstandingQueue (after a throw)
  std::deque<std::shared_ptr<Immediate>> running_;      // the snapshot being processed
  size_t count_ = 0;
  size_t ref_count_ = 0;
  js::Value methods_[3];  // ref, unref, hasRef
  js::Value prototype_;   // lib/timer_objects.js's Immediate prototype
};

}  // namespace loopscope::node
