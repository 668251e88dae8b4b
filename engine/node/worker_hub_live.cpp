// engine/node/worker_hub_live.cpp — worker_threads in a live run: every thread at once.
//
// src/node_worker.cc starts each Worker on an OS thread with its own isolate and uv_loop_t,
// and the threads really run side by side. Here each worker is a Process over a backend of
// its own (RealTimeBackend::MakeWorkerBackend: its own real loop, the run's files and clock),
// and what one thread sends another (messages, 'online', 'error', 'exit', stdio) is posted
// to the receiver's loop (RealTimeBackend::Post, a uv_async_send as node's MessagePort
// does), where it becomes an OS operation read in poll, one MakeCallback each, as in the
// simulator. terminate() posts a stop to the worker's loop and sets a flag its interpreter
// sees at its next limit check (node's Worker::Exit: TerminateExecution + uv_stop).
// state_mu_ guards the hub's tables; no lock is held while JavaScript runs.
#include <filesystem>

#include "engine/node/clock.h"
#include "engine/node/os_io.h"
#include "engine/node/process.h"
#include "engine/node/worker_hub.h"

namespace loopscope::node {

std::unique_lock<std::mutex> WorkerHub::LiveLock() {
  return live_ ? std::unique_lock(state_mu_) : std::unique_lock<std::mutex>();
}

int WorkerHub::SpawnLive(Process& parent, WorkerStart start, int* parent_port, int* child_port) {
  std::unique_lock lock(state_mu_);
  if (static_cast<int>(threads_.size()) > kMaxWorkers) return -1;
  auto t = std::make_unique<Thread>();
  t->id = static_cast<int>(threads_.size());
  t->parent = parent.thread_id();
  t->scenario = WorkerScenario(parent, start);
  *parent_port = static_cast<int>(ports_.size());
  *child_port = *parent_port + 1;
  ports_.push_back({parent.thread_id(), *child_port});
  ports_.push_back({t->id, *parent_port});
  t->child_port = *child_port;
  t->start = std::move(start);
  const int id = t->id;
  const bool missing = !t->start.missing.empty();
  threads_.push_back(std::move(t));
  if (missing) {
    ReportMissingFile(*threads_.back());
    return id;
  }
  threads_.back()->os_thread = std::thread([this, id] { ThreadMainLive(id); });
  return id;
}

// A missing file, a compile error, an uncaught exception or process.exit all end here the
// way they end in the simulator's ThreadMain: the parent sees 'error' (if any) then 'exit'.
void WorkerHub::ThreadMainLive(int id) {
  Thread* t = nullptr;
  {
    std::lock_guard lock(state_mu_);
    t = threads_[id].get();
  }
  int exit_code = 1;  // terminated before it started
  std::unique_ptr<RealTimeBackend> backend;
  std::unique_ptr<Process> process;
  if (!t->terminate) {
    backend = main_backend_->MakeWorkerBackend();
    RunOptions options;
    options.record_log = false;  // one step log per run: the workers' loops are not in it
    process = std::make_unique<Process>(*t->scenario, options, backend.get());
    process->AttachToHub(this, id, backend->Now(), nullptr);
  }
  bool run = false;
  {
    std::lock_guard lock(state_mu_);
    if (process && !t->terminate) {
      t->process = process.get();
      t->state = State::kRunning;
      run = true;
      // lib/internal/main/worker_thread.js posts UP_AND_RUNNING before it loads the script.
      Delivery online{DeliveryKind::kOnline};
      online.worker = id;
      Deliver(t->parent, std::move(online), 0);
      for (auto& [d, at] : t->early) DeliverLive(*t, std::move(d));
      t->early.clear();
    }
  }
  if (run) {
    RunResult r = process->Run();
    if (r.outcome == RunResult::Outcome::kLoadError) ReportLoadError(*process, r);
    const bool out_of_memory = ReportOutOfMemory(*process, r);
    exit_code = r.outcome == RunResult::Outcome::kLoadError || out_of_memory ? 1 : r.exit_code;
    std::lock_guard lock(state_mu_);
    t->ending = true;
    if (r.outcome == RunResult::Outcome::kLimit && !out_of_memory && worker_limit_.empty()) {
      worker_limit_ = "in worker " + std::to_string(id) + ": " + r.limit_message;
      Process& main = *threads_[0]->process;
      if (!threads_[0]->ending) main.real_time_backend()->Post([this, &main] { CheckStops(main); });
    }
  }
  if (backend) backend->Shutdown();  // before the Process goes: its parts own the handles
  process.reset();
  backend.reset();
  std::lock_guard lock(state_mu_);
  t->process = nullptr;
  t->state = State::kDone;
  Deliver(t->parent, Delivery{DeliveryKind::kExit, id, 0, {}, {}, exit_code}, 0);
  thread_done_.notify_all();
}

// Under state_mu_: the receiver's loop turns the delivery into an OS operation that is ready
// at once, read in its next poll (LiveOsIo).
void WorkerHub::DeliverLive(Thread& to, Delivery d) {
  Process& p = *to.process;
  p.real_time_backend()->Post([&p, d = std::move(d)]() mutable {
    OsOperation op;
    op.label = DeliveryLabel(d);
    op.ready_at = p.now();
    op.on_ready = [&p, d = std::move(d)](OsOperation& o) { DispatchDelivery(p, d, o); };
    p.os().Start(std::move(op));
  });
}

// Under state_mu_. A worker blocked in poll wakes for the posted stop; one running JavaScript
// sees `terminate` at its next limit check (CheckStops).
void WorkerHub::TerminateLive(Thread& t) {
  t.terminate = true;
  if (!t.process || t.ending) return;
  Process& p = *t.process;
  p.real_time_backend()->Post([&p] { p.StopForTerminate(); });
}

void WorkerHub::CheckStops(Process& self) {
  if (!live_) return;
  std::string limit;
  bool terminate = false;
  {
    std::lock_guard lock(state_mu_);
    const Thread& me = *threads_.at(self.thread_id());
    terminate = me.terminate;
    if (me.id == 0) limit = worker_limit_;
  }
  if (terminate) self.StopForTerminate();
  if (!limit.empty()) self.StopForLimit(limit);
}

// Node's Worker::Exit for every worker this thread started (and theirs), then waits until
// their threads are done: nothing is delivered to this thread any more.
void WorkerHub::EndThreadLive(Process& self) {
  std::unique_lock lock(state_mu_);
  Thread& me = *threads_.at(self.thread_id());
  me.ending = true;
  auto descends = [this, &me](const Thread& t) { return Descends(t, me.id); };
  for (;;) {
    bool waiting = false;
    for (auto& t : threads_) {
      if (t->state == State::kDone || !descends(*t)) continue;
      if (!t->terminate) TerminateLive(*t);
      waiting = true;
    }
    if (!waiting) break;
    thread_done_.wait(lock);
  }
}

}  // namespace loopscope::node
