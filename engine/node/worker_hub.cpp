// engine/node/worker_hub.cpp — the threads of one run and their messages (see the header).
#include "engine/node/worker_hub.h"

#include <algorithm>
#include <filesystem>

#include "engine/node/clock.h"
#include "engine/node/event_loop.h"
#include "engine/node/os_io.h"
#include "engine/node/process.h"
#include "engine/node/thread_pool.h"
#include "engine/node/worker_cores.h"

namespace loopscope::node {

// What the step log calls each delivery while it waits in the receiver's poll queue.
std::string DeliveryLabel(const Delivery& d) {
  const std::string worker = "worker " + std::to_string(d.worker);
  switch (d.kind) {
    case DeliveryKind::kOnline:
      return "'online' from " + worker;
    case DeliveryKind::kMessage:
      return "message from " + (d.worker == 0 ? std::string("the main thread") : worker) +
             " (port " + std::to_string(d.port) + ")";
    case DeliveryKind::kError:
      return "uncaught error in " + worker;
    case DeliveryKind::kExit:
      return "'exit' of " + worker;
    case DeliveryKind::kPortClose:
      return "close of port " + std::to_string(d.port);
    case DeliveryKind::kStdout:
      return "stdout of " + worker;
    case DeliveryKind::kStderr:
      return "stderr of " + worker;
  }
  return worker;
}

WorkerHub::WorkerHub(Process& main)
    : live_(main.real_time()), main_backend_(main.real_time_backend()) {
  auto t = std::make_unique<Thread>();
  t->state = State::kRunning;
  t->process = &main;
  threads_.push_back(std::move(t));
  ports_.emplace_back();  // port ids start at 1
}

// Every worker has ended by now (EndThread of the main thread terminated them); their OS
// threads only have to be joined.
WorkerHub::~WorkerHub() {
  for (auto& t : threads_)
    if (t->os_thread.joinable()) t->os_thread.join();
}

int WorkerHub::Spawn(Process& parent, WorkerStart start, int* parent_port, int* child_port) {
  if (live_) return SpawnLive(parent, std::move(start), parent_port, child_port);
  if (static_cast<int>(threads_.size()) > kMaxWorkers) return -1;
  auto t = std::make_unique<Thread>();
  t->id = static_cast<int>(threads_.size());
  t->parent = parent.thread_id();
  t->start_ns = parent.now() + kWorkerStartupNs;
  t->scenario = WorkerScenario(parent, start);
  NewChannel(parent.thread_id(), parent_port, child_port);
  ports_[*child_port].owner = t->id;
  t->child_port = *child_port;
  const bool missing = !start.missing.empty();
  t->start = std::move(start);
  const int id = t->id;
  threads_.push_back(std::move(t));
  ++epoch_;
  if (missing) {
    ReportMissingFile(*threads_.back());
    return id;
  }
  threads_.back()->os_thread = std::thread([this, id] { ThreadMain(id); });
  return id;
}

// lib/internal/main/worker_thread.js: the worker starts, its loader cannot find the file,
// and the error reaches the parent as an 'error' event, then 'exit' with 1.
void WorkerHub::ReportMissingFile(Thread& thread) {
  const int id = thread.id;
  thread.state = State::kDone;
  Deliver(thread.parent, Delivery{DeliveryKind::kOnline, id}, thread.start_ns);
  Delivery error{DeliveryKind::kError, id};
  error.value.kind = MessageNode::Kind::kError;
  error.value.text = "Error";
  error.value.has_message = true;
  error.value.text2 = "Cannot find module '" + thread.start.missing + "'";
  // The stack node 20.20.2 prints for it: the worker's loader, then its message port.
  error.value.text3 =
      "Error: " + error.value.text2 +
      "\n    at Function._resolveFilename (node:internal/modules/cjs/loader:1207:15)"
      "\n    at Function._load (node:internal/modules/cjs/loader:1038:27)"
      "\n    at Function.executeUserEntryPoint [as runMain] "
      "(node:internal/modules/run_main:164:12)"
      "\n    at MessagePort.<anonymous> (node:internal/main/worker_thread:192:26)"
      "\n    at [nodejs.internal.kHybridDispatch] (node:internal/event_target:831:20)"
      "\n    at MessagePort.<anonymous> (node:internal/per_context/messageport:23:28)";
  MessageNode code{MessageNode::Kind::kString};
  code.text = "MODULE_NOT_FOUND";
  error.value.props.emplace_back("code", code);
  error.value.props.emplace_back("requireStack", MessageNode{MessageNode::Kind::kArray});
  Deliver(thread.parent, std::move(error), thread.start_ns + kMessageLatencyNs);
  Deliver(thread.parent, Delivery{DeliveryKind::kExit, id, 0, {}, {}, 1},
          thread.start_ns + 2 * kMessageLatencyNs);
}

// The worker's program: its file (an ES module when it is a .mjs, as node's loader decides
// by extension), the parent's files, and a share of the run's heap limit (or the worker's
// resourceLimits.maxOldGenerationSizeMb, when smaller).
std::unique_ptr<scenario::Scenario> WorkerHub::WorkerScenario(const Process& parent,
                                                              const WorkerStart& start) const {
  auto s = std::make_unique<scenario::Scenario>(parent.scenario());
  s->source = start.source;
  s->is_module = std::filesystem::path(start.filename).extension() == ".mjs";
  s->expected.reset();
  s->stops.clear();
  s->file_path = start.filename;
  s->limits.max_heap_mb = threads_[0]->process->scenario().limits.max_heap_mb * kWorkerHeapShare;
  if (start.max_old_generation_mb > 0)
    s->limits.max_heap_mb = std::min(s->limits.max_heap_mb, start.max_old_generation_mb);
  s->source_name = std::filesystem::path(start.filename).filename().string();
  return s;
}

void WorkerHub::NewChannel(int owner, int* port1, int* port2) {
  auto lock = LiveLock();
  *port1 = static_cast<int>(ports_.size());
  *port2 = *port1 + 1;
  ports_.push_back({owner, *port2});
  ports_.push_back({owner, *port1});
}

void WorkerHub::PostMessage(Process& from, int port, MessageNode value,
                            const std::vector<int>& transfer) {
  auto lock = LiveLock();
  if (port <= 0 || port >= static_cast<int>(ports_.size())) return;
  const int peer = ports_[port].peer;
  if (peer == 0) return;  // closed
  for (int moved : transfer)
    if (moved > 0 && moved < static_cast<int>(ports_.size()))
      ports_[moved].owner = ports_[peer].owner;
  Delivery d{DeliveryKind::kMessage, from.thread_id(), peer};
  d.value = std::move(value);
  Deliver(ports_[peer].owner, std::move(d), from.now() + kMessageLatencyNs);
}

void WorkerHub::SendToParent(Process& from, Delivery d) {
  auto lock = LiveLock();
  const Thread& me = *threads_.at(from.thread_id());
  d.worker = me.id;
  Deliver(me.parent, std::move(d), from.now() + kMessageLatencyNs);
}

void WorkerHub::ClosePort(Process& from, int port) {
  auto lock = LiveLock();
  if (port <= 0 || port >= static_cast<int>(ports_.size())) return;
  const int peer = ports_[port].peer;
  if (peer == 0) return;
  ports_[port].peer = 0;
  ports_[peer].peer = 0;
  Deliver(ports_[peer].owner, Delivery{DeliveryKind::kPortClose, from.thread_id(), peer},
          from.now() + kMessageLatencyNs);
}

void WorkerHub::RequestTerminate(int worker) {
  auto lock = LiveLock();
  if (live_ && worker > 0 && worker < static_cast<int>(threads_.size()))
    return TerminateLive(*threads_[worker]);
  if (worker > 0 && worker < static_cast<int>(threads_.size())) threads_[worker]->terminate = true;
  ++epoch_;
}

// The receiver's loop sees the delivery as I/O that becomes ready at `at` (never in its past).
void WorkerHub::Deliver(int to, Delivery d, int64_t at) {
  if (to < 0 || to >= static_cast<int>(threads_.size())) return;
  Thread& t = *threads_[to];
  if (t.state == State::kDone || t.ending) return;
  if (!t.process) {
    t.early.emplace_back(std::move(d), at);
    return;
  }
  if (live_) return DeliverLive(t, std::move(d));
  ++epoch_;
  Process& p = *t.process;
  OsOperation op;
  op.label = DeliveryLabel(d);
  op.ready_at = at;
  op.on_ready = [&p, d = std::move(d)](OsOperation& o) { DispatchDelivery(p, d, o); };
  p.os().Start(std::move(op));
  // Sent while the receiver was busy past `at` (its clock runs ahead of the sender's): it is
  // ready already, ordered by when it was sent. The receiver's clock only fires what is ahead.
  if (at <= p.now()) p.os().FireEventsAt(p.now());
}

// A thread that is not running wants to run at its next event: its start, a delivery, a
// timer, or right away when it was told to terminate (or a worker's limit ends the run).
int64_t WorkerHub::Wanted(const Thread& t) const {
  if (t.state == State::kDone) return kNeverTime;
  if (t.terminate || (t.id == 0 && !worker_limit_.empty())) return -1;
  if (t.state == State::kStarting) return t.start_ns;
  Process& p = *t.process;
  if (t.state == State::kSliced) return p.now();
  if (p.os().has_ready() || p.pool().has_completed()) return p.now();
  int64_t next = std::min({t.parked_next, p.os().NextEventTime(), p.pool().NextEventTime(false)});
  return next == kNeverTime ? kNeverTime : std::max(next, p.now());
}

// The thread to run next: the earliest wanted time, the lower id on a tie; -1 if none.
int WorkerHub::Earliest(int except) const {
  int best = -1;
  int64_t best_t = kNeverTime;
  for (const auto& t : threads_) {
    if (t->id == except) continue;
    int64_t w = Wanted(*t);
    if (w < best_t) {
      best = t->id;
      best_t = w;
    }
  }
  return best;
}

bool WorkerHub::YieldBefore(Process& self, int64_t next) {
  if (live_) {
    CheckStops(self);
    return false;
  }
  Thread& me = *threads_.at(self.thread_id());
  if (me.terminate) self.StopForTerminate();
  if (me.id == 0 && !worker_limit_.empty()) self.StopForLimit(worker_limit_);
  if (self.stopping()) return false;
  int other = Earliest(me.id);
  if (other < 0) return false;
  int64_t w = Wanted(*threads_[other]);
  if (w > next || (w == next && other > me.id)) return false;
  me.state = State::kParked;
  me.parked_next = next;
  HandTo(other, me.id);
  me.state = State::kRunning;
  if (me.terminate) self.StopForTerminate();
  if (me.id == 0 && !worker_limit_.empty()) self.StopForLimit(worker_limit_);
  return true;
}

void WorkerHub::Slice(Process& self) {
  if (live_ || self.stopping()) return;
  Thread& me = *threads_.at(self.thread_id());
  RefreshBeside(me);
  // Cheap while nobody else is runnable within a slice: no OS thread is woken.
  if (me.beside.first == kNeverTime || self.now() <= me.beside.first + kSliceNs) return;
  int other = Earliest(me.id);
  if (other < 0) return;
  me.state = State::kSliced;
  HandTo(other, me.id);
  me.state = State::kRunning;
  if (me.terminate) self.StopForTerminate();
  if (me.id == 0 && !worker_limit_.empty()) self.StopForLimit(worker_limit_);
}

int WorkerHub::BusyBeside(const Process& self) {
  if (live_) return 0;
  Thread& me = *threads_.at(self.thread_id());
  RefreshBeside(me);
  Beside& b = me.beside;
  // The thread's clock only moves forward while it holds the baton.
  while (b.reached < b.waking.size() && b.waking[b.reached] <= self.now()) ++b.reached;
  return b.sliced + static_cast<int>(b.reached) + b.pool_jobs;
}

int64_t WorkerHub::NextChange(const Process& self) {
  if (live_) return kNeverTime;
  Thread& me = *threads_.at(self.thread_id());
  RefreshBeside(me);
  const Beside& b = me.beside;
  if (b.first == kNeverTime) return kNeverTime;
  int64_t next = b.first + kSliceNs + 1;
  if (b.reached < b.waking.size()) next = std::min(next, b.waking[b.reached]);
  return next;
}

// A sliced thread is busy: it was running JavaScript through its own time, which a thread
// holding the baton is never past by more than a slice. Any other thread is busy from the
// time it wants to run (its start, a delivery, a timer).
void WorkerHub::RefreshBeside(Thread& me) {
  Beside& b = me.beside;
  if (b.epoch == epoch_) return;
  b.epoch = epoch_;
  b.sliced = 0;
  b.waking.clear();
  b.reached = 0;
  b.first = kNeverTime;
  b.pool_jobs = 0;
  for (const auto& t : threads_) {
    if (t->id == me.id || t->state == State::kDone) continue;
    const int64_t w = Wanted(*t);
    b.first = std::min(b.first, w);
    if (t->state == State::kSliced)
      ++b.sliced;
    else if (w != kNeverTime)
      b.waking.push_back(w);
    if (t->process) b.pool_jobs += t->process->pool().cpu_jobs();
  }
  std::sort(b.waking.begin(), b.waking.end());
}

bool WorkerHub::Descends(const Thread& t, int ancestor) const {
  for (int p = t.parent; p >= 0; p = threads_[p]->parent)
    if (p == ancestor) return true;
  return false;
}

void WorkerHub::EndThread(Process& self) {
  if (live_) return EndThreadLive(self);
  Thread& me = *threads_.at(self.thread_id());
  me.ending = true;
  auto descends = [this, &me](const Thread& t) { return Descends(t, me.id); };
  for (;;) {
    int next = -1;
    for (auto& t : threads_) {
      if (t->state == State::kDone || !descends(*t)) continue;
      t->terminate = true;
      if (next < 0) next = t->id;
    }
    if (next < 0) break;
    me.state = State::kParked;
    me.parked_next = self.now();
    HandTo(next, me.id);
    me.state = State::kRunning;
  }
}

void WorkerHub::ThreadMain(int id) {
  WaitTurn(id);
  Thread& t = *threads_[id];
  int exit_code = 1;  // terminated before it started
  int64_t end_ns = t.start_ns;
  if (!t.terminate) {
    t.state = State::kRunning;
    RunOptions options;
    options.record_log = false;  // one step log per run: the worker records into the main one
    t.owned = std::make_unique<Process>(*t.scenario, options);
    t.process = t.owned.get();
    t.process->AttachToHub(this, id, t.start_ns, threads_[0]->process->step_log());
    // lib/internal/main/worker_thread.js posts UP_AND_RUNNING before it loads the script.
    SendToParent(*t.process, Delivery{DeliveryKind::kOnline});
    for (auto& [d, at] : t.early) Deliver(id, std::move(d), at);
    t.early.clear();
    RunResult r = t.process->Run();
    if (r.outcome == RunResult::Outcome::kLoadError) ReportLoadError(*t.process, r);
    const bool out_of_memory = ReportOutOfMemory(*t.process, r);
    if (r.outcome == RunResult::Outcome::kLimit && !out_of_memory && worker_limit_.empty())
      worker_limit_ = "in worker " + std::to_string(id) + ": " + r.limit_message;
    exit_code = r.outcome == RunResult::Outcome::kLoadError || out_of_memory ? 1 : r.exit_code;
    end_ns = t.process->now();
  }
  t.state = State::kDone;
  Deliver(t.parent, Delivery{DeliveryKind::kExit, id, 0, {}, {}, exit_code},
          end_ns + kWorkerExitNs);
  std::lock_guard lock(mu_);
  int next = Earliest(id);
  turn_ = next < 0 ? 0 : next;
  cv_.notify_all();
}

// A worker whose script does not compile: node's worker throws the SyntaxError while loading
// it, so the parent sees an 'error' event (then 'exit' with 1). The message is the first
// diagnostic's, without Loopscope's `file:line:col: error: ` prefix.
void WorkerHub::ReportLoadError(Process& worker, const RunResult& r) {
  std::string message = r.stderr_text.substr(0, r.stderr_text.find('\n'));
  const std::string marker = ": error: ";
  if (size_t at = message.find(marker); at != std::string::npos)
    message = message.substr(at + marker.size());
  Delivery d{DeliveryKind::kError};
  d.value.kind = MessageNode::Kind::kError;
  d.value.text = "SyntaxError";
  d.value.has_message = true;
  d.value.text2 = message;
  d.value.text3 = "SyntaxError: " + message;
  SendToParent(worker, std::move(d));
}

// src/node_worker.cc: a worker with its own resourceLimits that runs out of heap is ended
// by node alone; its parent gets ERR_WORKER_OUT_OF_MEMORY as an 'error', then 'exit' with 1.
// Without resourceLimits the heap limit is the run's (it stops the whole run).
bool WorkerHub::ReportOutOfMemory(Process& worker, const RunResult& r) {
  if (r.outcome != RunResult::Outcome::kLimit || !r.limit_message.starts_with("heap limit") ||
      At(worker.thread_id()).start.max_old_generation_mb <= 0)
    return false;
  Delivery d{DeliveryKind::kError};
  d.value.kind = MessageNode::Kind::kError;
  d.value.text = "Error";
  d.value.has_message = true;
  d.value.text2 = "Worker terminated due to reaching memory limit: JS heap out of memory";
  d.value.text3 = "Error [ERR_WORKER_OUT_OF_MEMORY]: " + d.value.text2;
  MessageNode code{MessageNode::Kind::kString};
  code.text = "ERR_WORKER_OUT_OF_MEMORY";
  d.value.props.emplace_back("code", code);
  SendToParent(worker, std::move(d));
  return true;
}

void WorkerHub::HandTo(int next, int me) {
  std::unique_lock lock(mu_);
  turn_ = next;
  cv_.notify_all();
  cv_.wait(lock, [&] { return turn_ == me; });
  ++epoch_;  // the threads that ran meanwhile have moved on
}

const WorkerHub::Thread& WorkerHub::At(int id) const {
  std::unique_lock<std::mutex> lock =
      live_ ? std::unique_lock(state_mu_) : std::unique_lock<std::mutex>();
  return *threads_.at(id);
}

void WorkerHub::WaitTurn(int me) {
  std::unique_lock lock(mu_);
  cv_.wait(lock, [&] { return turn_ == me; });
}

}  // namespace loopscope::node
