// engine/node/worker_hub.h — worker_threads: every thread of one run on one virtual clock.
//
// Each Worker is a second Process (its own Vm, heap, globals, module cache, timers,
// immediates, nextTicks and libuv loop), run on an OS thread of its own so its loop can be
// written like the main one. The hub lets exactly one of them run at a time (a baton), always
// the one whose virtual time is earliest: a thread runs until its loop would wait in poll
// past another thread's time (EventLoop::Poll calls YieldBefore), or until its JavaScript
// has run a slice (worker_cores.h) past the earliest other runnable thread (Slice); the
// threads that want a core at once share `cpu_cores` (BusyBeside). A thread can only send at
// or after its own time, so nothing ever arrives in another's past, and the run is as
// deterministic as a single-threaded one. Messages are OsOperations on the
// receiver's loop: they wait for its poll phase, one MakeCallback each (node's MessagePort
// task, src/node_messaging.cc MessagePort::OnMessage). docs/engine.md "worker_threads".
// In a live run (a RealTimeBackend under the main Process) there is no baton: every thread
// runs its own real loop at once, and worker_hub_live.cpp posts deliveries across threads.
// Where to look next: modules/worker_threads.cpp (the binding), lib/worker_threads.js.
#pragma once

#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "engine/node/real_time.h"
#include "engine/node/simulation.h"
#include "engine/node/worker_message.h"
#include "engine/scenario/scenario.h"

namespace loopscope::node {

class Process;
struct OsOperation;

// Modelled costs of node 20's worker machinery (measured on this project's machine with
// `new Worker` → 'online' and a message's round trip; see docs/engine.md).
inline constexpr int64_t kWorkerStartupNs = 20'000'000;  // a new isolate and its bootstrap
inline constexpr int64_t kWorkerExitNs = 2'000'000;      // teardown until 'exit' reaches the parent
inline constexpr int64_t kMessageLatencyNs = 50'000;     // uv_async_send to the other loop
// Threads one run may start (node has no such limit but runs out of memory): a program that
// spawns workers without end stops with this limit's message.
inline constexpr int kMaxWorkers = 32;
// A worker's heap limit is this fraction of limits.max_heap_mb, so all the threads of a run
// together stay within a few times the limit on the host (the main thread keeps all of it).
inline constexpr double kWorkerHeapShare = 1.0 / 8;

// What a thread receives: a closed set, dispatched on the receiving thread.
enum class DeliveryKind : uint8_t {
  kOnline,
  kMessage,
  kError,
  kExit,
  kPortClose,
  kStdout,
  kStderr
};

struct Delivery {
  DeliveryKind kind = DeliveryKind::kMessage;
  int worker = 0;  // the worker the event is about (parent-side events)
  int port = 0;    // kMessage: the receiving port
  MessageNode value;
  std::string text;  // kStdout, kStderr
  int exit_code = 0;
};

struct WorkerStart {
  std::string filename;  // absolute path, or "[worker eval]"
  std::string source;
  MessageNode worker_data;
  bool has_worker_data = false;
  std::string missing;  // non-empty: the file did not exist (the worker fails with this path)
  MessageNode resource_limits;       // node's four resourceLimits numbers, as the worker sees them
  double max_old_generation_mb = 0;  // resourceLimits.maxOldGenerationSizeMb; 0: not given
};

// Runs a delivery on its receiving thread, in its poll phase (modules/worker_threads.cpp):
// stdio is written, the rest goes to lib/worker_threads.js as one MakeCallback.
void DispatchDelivery(Process& p, const Delivery& d, OsOperation& op);
// What the step log calls a delivery while it waits in the receiver's poll queue.
std::string DeliveryLabel(const Delivery& d);

class WorkerHub {
 public:
  explicit WorkerHub(Process& main);
  ~WorkerHub();
  WorkerHub(const WorkerHub&) = delete;
  WorkerHub& operator=(const WorkerHub&) = delete;

  // new Worker() on `parent`'s thread: the new thread's id, or -1 past kMaxWorkers.
  // `parent_port` receives the new port pair's parent side.
  int Spawn(Process& parent, WorkerStart start, int* parent_port, int* child_port);
  // A port pair on one thread (new MessageChannel()).
  void NewChannel(int owner, int* port1, int* port2);
  // Sends through `port` to its peer's thread; the ports in `transfer` move to that thread.
  void PostMessage(Process& from, int port, MessageNode value, const std::vector<int>& transfer);
  // Parent-side events and stdio of a worker (sent to its parent).
  void SendToParent(Process& from, Delivery d);
  void RequestTerminate(int worker);
  // port.close(): the pair is disentangled and the peer's thread closes its side too.
  void ClosePort(Process& from, int port);
  // From EventLoop::Poll: the loop would wait until `next`; true when other threads ran
  // first (the caller must look at its queues again).
  bool YieldBefore(Process& self, int64_t next);
  // From the interpreter's step budget: `self` hands over mid-script once its clock has
  // passed the earliest other runnable thread's time by kSliceNs (it stays runnable, parked
  // inside its JavaScript), so threads that are busy at once interleave.
  void Slice(Process& self);
  // From Process::ChargeMainThread: how many of the other threads (and their pools' jobs)
  // want a core at `self`'s time. O(1) between two changes of the other threads.
  int BusyBeside(const Process& self);
  // Where that count may next change for `self` (another thread's wanted time, or where
  // `self` is a slice past the earliest of them); kNeverTime when alone.
  int64_t NextChange(const Process& self);
  // At the end of a thread's Run: its children are terminated (node ends nested workers).
  void EndThread(Process& self);
  // Live runs, from the interpreter's limit checks on `self`'s thread: a terminate() from
  // another thread, or a worker's limit reaching the main thread, stops it there.
  void CheckStops(Process& self);

  const WorkerStart& start(int id) const { return At(id).start; }
  int port_of(int id) const { return At(id).child_port; }

 private:
  // kParked: waiting in its poll phase; kSliced: runnable, parked inside its JavaScript.
  enum class State : uint8_t { kStarting, kRunning, kParked, kSliced, kDone };
  // What the running thread knows of the others while it holds the baton: how many are
  // sliced (busy inside their JavaScript, so busy now too), when each of the rest wants to
  // run (sorted), the earliest of all, and how many pool jobs they have in their CPU part.
  // Rebuilt when `epoch` is behind the hub's (a handover, a delivery, a new worker, a
  // terminate).
  struct Beside {
    uint64_t epoch = 0;
    int sliced = 0;
    std::vector<int64_t> waking;
    size_t reached = 0;  // waking[0..reached) are at or before the thread's time
    int64_t first = 0;   // the earliest wanted time of all; kNeverTime when alone
    int pool_jobs = 0;
  };
  struct Thread {
    int id = 0;
    int parent = -1;
    State state = State::kStarting;
    Process* process = nullptr;  // the main Process, or owned below
    std::unique_ptr<scenario::Scenario> scenario;
    std::unique_ptr<Process> owned;
    WorkerStart start;
    int64_t start_ns = 0;
    int64_t parked_next = 0;  // where Poll would wake up
    std::atomic<bool> terminate = false;
    bool ending = false;  // its Run is over: deliveries to it are dropped
    int child_port = 0;
    std::vector<std::pair<Delivery, int64_t>> early;  // arrived before its Process existed
    std::thread os_thread;
    Beside beside;
  };
  struct Port {
    int owner = 0;
    int peer = 0;
  };

  void ThreadMain(int id);
  void ReportLoadError(Process& worker, const RunResult& r);
  void ReportMissingFile(Thread& thread);
  bool ReportOutOfMemory(Process& worker, const RunResult& r);
  std::unique_ptr<scenario::Scenario> WorkerScenario(const Process& parent,
                                                     const WorkerStart& start) const;
  void Deliver(int to, Delivery d, int64_t at);
  int64_t Wanted(const Thread& t) const;
  int Earliest(int except) const;
  void HandTo(int next, int me);
  void RefreshBeside(Thread& me);
  void WaitTurn(int me);
  const Thread& At(int id) const;

  // Whether `ancestor` started `t`, directly or through its workers.
  bool Descends(const Thread& t, int ancestor) const;

  // Live runs (worker_hub_live.cpp): every thread at once; state_mu_ guards the hub.
  std::unique_lock<std::mutex> LiveLock();
  int SpawnLive(Process& parent, WorkerStart start, int* parent_port, int* child_port);
  void ThreadMainLive(int id);
  void DeliverLive(Thread& to, Delivery d);
  void TerminateLive(Thread& t);
  void EndThreadLive(Process& self);

  std::vector<std::unique_ptr<Thread>> threads_;  // index = threadId; 0 = the main thread
  std::vector<Port> ports_;                       // index = port id (0 unused)
  std::mutex mu_;
  std::condition_variable cv_;
  int turn_ = 0;
  uint64_t epoch_ = 1;  // bumped whenever another thread's wanted time may have changed
  std::string worker_limit_;
  bool live_ = false;
  RealTimeBackend* main_backend_ = nullptr;
  mutable std::mutex state_mu_;
  std::condition_variable thread_done_;  // live: a thread reached kDone
};

}  // namespace loopscope::node
