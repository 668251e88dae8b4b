// engine/node/os_io.h — I/O the kernel does for the loop: sockets and c-ares DNS queries.
//
// Unlike the thread pool, network I/O uses no thread: libuv asks epoll which file
// descriptors are ready, and the poll phase runs their callbacks. An OsOperation is
// something in flight that becomes ready at a virtual time (a connection accepted, data
// arriving, a DNS answer); once ready it waits for the next poll phase, where its callback
// runs as one MakeCallback. docs/semantics.md §1.2, §6.4, §9.
#pragma once

#include <cstdint>
#include <deque>
#include <functional>
#include <list>
#include <queue>
#include <string>
#include <unordered_map>
#include <vector>

#include "engine/js/vm.h"
#include "engine/node/clock.h"
#include "engine/node/recorder.h"

namespace loopscope::node {

class Process;

struct OsOperation {
  uint64_t id = 0;
  std::string label;  // "dns.resolve4 example.com", "data on socket #3"
  Loc from;
  int64_t ready_at = 0;
  bool ready = false;
  bool keeps_alive = true;                     // an active request or ref'd handle waits for it
  std::vector<js::Value> values;               // JavaScript values `on_ready` uses (traced)
  std::function<void(OsOperation&)> on_ready;  // runs in the poll phase
  uint64_t seq = 0;                            // set by Start: the start order
};

// The simulated kernel. A real-time run (engine/live) derives from it: Start then also arms a
// real readiness notification, and MarkReady runs when it arrives.
class OsIo {
 public:
  explicit OsIo(Process& process) : p_(process) {}
  virtual ~OsIo() = default;

  // Starts an operation that becomes ready at `op.ready_at`. Returns its id.
  virtual uint64_t Start(OsOperation op);

  int64_t NextEventTime();       // earliest not-yet-ready operation
  void FireEventsAt(int64_t t);  // marks operations ready at t
  // No operation is waiting to become ready: NextEventTime would answer kNeverTime.
  bool has_waiting() const { return !waiting_.empty(); }
  bool has_ready() const;
  int64_t first_ready_time() const;
  // Runs the callbacks of the operations ready now, oldest readiness first (one epoll batch).
  void RunReadyCallbacks();
  size_t keeping_alive() const { return keeping_alive_; }  // in flight, keeping the loop alive
  void Trace(js::RootTracer& tracer) const;

 protected:
  void MarkReady(OsOperation& op);
  Process& p_;
  std::list<OsOperation> ops_;  // in flight and ready, in start order
  std::deque<OsOperation> dispatching_;

 private:
  // (ready_at, seq): heaps of the operations waiting to become ready and of those ready for
  // the next poll, so each event costs O(log n) however many operations are in flight (a
  // flood of 20,000 dns.resolve calls rescanned every operation per event).
  using Due = std::pair<int64_t, uint64_t>;
  using DueHeap = std::priority_queue<Due, std::vector<Due>, std::greater<Due>>;
  DueHeap waiting_;  // entries of operations already ready are skipped when met
  DueHeap ready_;
  std::unordered_map<uint64_t, std::list<OsOperation>::iterator> by_seq_;
  uint64_t next_seq_ = 1;
  size_t keeping_alive_ = 0;
};

}  // namespace loopscope::node
