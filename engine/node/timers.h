// engine/node/timers.h — Node's JavaScript timers over libuv's single uv_timer_t.
//
// Mirrors lib/internal/timers.js: one TimersList per duration (a FIFO of Timeouts that share
// it), a priority queue of lists ordered by (expiry, list id), `insert`, `processTimers` and
// `listOnTimeout` (with runNextTicks between timers), the 1 ms minimum, setInterval's
// rescheduling from the callback's start, ref/unref counting, and the one uv timer that
// Environment::RunTimers (src/env.cc) re-arms after every batch. docs/semantics.md §2.
#pragma once

#include <cstdint>
#include <list>
#include <map>
#include <memory>
#include <set>
#include <span>
#include <string>
#include <vector>

#include "engine/js/vm.h"
#include "engine/node/host_record.h"

namespace loopscope::node {

class Process;
struct TimersList;

struct Timeout : HostRecord {
  static constexpr HostKind kKind = HostKind::kTimeout;
  Timeout() : HostRecord(kKind) {}
  uint64_t id = 0;
  js::Value on_timeout;  // _onTimeout; undefined once cleared
  js::Value object;      // the JavaScript Timeout object (`this` of the cb)
  std::vector<js::Value> args;
  double idle_timeout = 1;  // _idleTimeout in ms; -1 after clearTimeout
  double repeat = 0;        // _repeat in ms; 0 = not an interval
  int64_t idle_start = 0;   // _idleStart: loop ms when (re)inserted
  bool refed = true;
  bool destroyed = false;
  TimersList* list = nullptr;  // the list it is linked in (null = unlinked)
  std::list<std::shared_ptr<Timeout>>::iterator position;
  std::string label;
};

struct TimersList {
  int64_t msecs = 0;
  int64_t expiry = 0;
  int64_t id = 0;
  std::list<std::shared_ptr<Timeout>> items;
};

class Timers {
 public:
  explicit Timers(Process& process);

  // setTimeout / setInterval (lib/timers.js): returns the Timeout object.
  js::Value Create(js::Value fn, js::Value after, std::vector<js::Value> args, bool repeat);
  // clearTimeout / clearInterval.
  void Clear(js::Value timer);
  void Ref(Timeout& t);
  void Unref(Timeout& t);
  void Refresh(const std::shared_ptr<Timeout>& t);

  // The fields lib/internal/timers.js keeps on a Timeout, read and written by the accessors
  // of lib/timer_objects.js (timer_fields.cpp): _idleTimeout, _onTimeout, _repeat, _destroyed.
  js::Value Field(js::Value timer, std::string_view name);
  void SetField(js::Value timer, std::string_view name, js::Value value);
  // Timeout.prototype[Symbol.toPrimitive]: the id, after which clearTimeout(id) finds it.
  js::Value PrimitiveId(js::Value timer);
  void set_prototype(js::Value prototype) { prototype_ = prototype; }
  // ref, unref, hasRef, refresh, close: lib/timer_objects.js puts them on the prototype.
  std::span<const js::Value> methods() const { return methods_; }

  // The uv timer: active (in libuv's heap, counted by the poll timeout even when unref'd),
  // its due time in loop ms, and whether it keeps the loop alive (a ref'd Timeout exists).
  bool uv_timer_active() const { return uv_active_; }
  int64_t uv_timer_due() const { return uv_due_ms_; }
  bool keeps_loop_alive() const { return uv_active_ && ref_count_ > 0; }
  bool has_timers() const { return !lists_.empty(); }
  int64_t ref_count() const { return ref_count_; }  // timeoutInfo[0]: ref'd live Timeouts

  // One uv__run_timers at loop time `loop_ms`: Environment::RunTimers if the uv timer is due.
  void RunDue(int64_t loop_ms);
  void Trace(js::RootTracer& tracer) const;

 private:
  struct ListOrder {
    bool operator()(const TimersList* a, const TimersList* b) const {
      return a->expiry != b->expiry ? a->expiry < b->expiry : a->id < b->id;
    }
  };

  void WarnOverflow(double after);
  void Insert(const std::shared_ptr<Timeout>& t, double msecs, int64_t start);
  void Unlink(Timeout& t);
  void Unenroll(Timeout& t);
  void Destroy(Timeout& t);
  void DeleteList(TimersList* list);
  void ScheduleUvTimer(int64_t duration_ms);
  void IncRef();
  void DecRef();
  void RunTimersCallback();
  // Returns the next expiry (+ ref'd / - unref'd) or 0; `threw` when a callback threw.
  int64_t ProcessTimers(int64_t now, bool* threw);
  bool ListOnTimeout(TimersList* list, int64_t now);
  bool CallTimer(const std::shared_ptr<Timeout>& t);
  void MaybeMarkRace(int64_t loop_ms);
  js::Value NewTimeoutObject(const std::shared_ptr<Timeout>& t);

  Process& p_;
  std::map<int64_t, std::shared_ptr<TimersList>> lists_;  // timerListMap
  std::set<TimersList*, ListOrder> queue_;                // timerListQueue
  int64_t next_list_id_ = 0;                              // timerListId
  double next_expiry_;                                    // nextExpiry (Infinity)
  int64_t ref_count_ = 0;                                 // timeoutInfo[0]
  bool first_timer_created_ = false;
  bool uv_active_ = false;
  int64_t uv_due_ms_ = 0;
  js::Value methods_[5];  // ref, unref, hasRef, refresh, close: shared by every Timeout
  js::Value prototype_;   // lib/timer_objects.js's Timeout prototype
  // knownTimersById: Timeouts converted to their id, until they are destroyed.
  std::map<uint64_t, std::shared_ptr<Timeout>> known_by_id_;
};

}  // namespace loopscope::node
