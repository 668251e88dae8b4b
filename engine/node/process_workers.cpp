// engine/node/process_workers.cpp — the Process's side of worker_threads: which thread it
// is, the hub it shares with the others, and how a worker's stdio and uncaught errors reach
// its parent instead of the terminal (lib/internal/worker.js: a worker's process.stdout
// is a stream whose chunks the parent writes when its loop receives them).
// Where to look next: worker_hub.h (the scheduling), modules/worker_threads.cpp.
#include <algorithm>
#include <cmath>

#include "engine/node/process.h"
#include "engine/node/thread_pool.h"
#include "engine/node/worker_hub.h"

namespace loopscope::node {

WorkerHub& Process::hub() {
  if (!hub_) {
    own_hub_ = std::make_unique<WorkerHub>(*this);
    hub_ = own_hub_.get();
  }
  return *hub_;
}

void Process::AttachToHub(WorkerHub* hub, int thread_id, int64_t start_ns,
                          std::shared_ptr<trace::StepLog> log) {
  hub_ = hub;
  thread_id_ = thread_id;
  start_ns_ = start_ns;
  now_ns_ = start_ns;
  // Only one thread runs at a time (the hub's baton), so the threads append in turn and the
  // log's order is the run's global order; each event carries its thread (StepLog::AppendOn).
  log_ = std::move(log);
  rec_.AttachLog(log_.get(), static_cast<uint32_t>(thread_id));
}

// CPU time charged while other threads may want the cores (worker_cores.h): in pieces, each
// at the sharing of its own time (a piece ends where another thread starts or stops wanting
// a core), handing the baton over once this thread is a slice past the others. A long
// charge (a folded loop, a pbkdf2Sync) thus interleaves with the threads beside it.
void Process::ChargeBesideWorkers(int64_t cpu_ns) {
  double left = static_cast<double>(cpu_ns);
  while (left > 0 && !stopping()) {
    pool_->SetBusyBeside(hub_->BusyBeside(*this));
    const double rate = pool_->idle() && pool_->busy_beside() == 0 ? 1.0 : pool_->MainThreadRate();
    int64_t wall = std::max<int64_t>(1, static_cast<int64_t>(std::ceil(left / rate)));
    if (const int64_t until = hub_->NextChange(*this); until > now_ns_)
      wall = std::min(wall, until - now_ns_);
    AdvanceTo(now_ns_ + wall, true);
    left -= static_cast<double>(wall) * rate;
    if (left > 0) hub_->Slice(*this);
  }
  StopSoonIfPastVirtualLimit();
}

// Worker::Exit (src/node_worker.cc) stops the isolate wherever it is; the thread's exit
// code is 1 and its 'exit' listeners do not run.
void Process::StopForTerminate() {
  if (stopping()) return;
  exit_code_ = 1;
  exit_emitted_ = true;
  stop_ = StopReason::kExit;
  vm_->SetStepBudget(vm_->steps());
}

// A worker's stdout/stderr text goes to its parent, which writes it in its own poll phase.
bool Process::ForwardStdio(int fd, std::string_view text) {
  if (thread_id_ == 0 || !hub_) return false;
  SyncClock();
  ChargeMainThread(costs_.per_console_write);
  Delivery d{fd == 1 ? DeliveryKind::kStdout : DeliveryKind::kStderr};
  d.text = std::string(text);
  hub_->SendToParent(*this, std::move(d));
  // Not a kConsole event: the parent records the write when its loop receives the text.
  return true;
}

// lib/internal/main/worker_thread.js workerOnGlobalUncaughtException: the error is
// serialized to the parent (an 'error' event on the Worker) and the worker exits with 1.
bool Process::ForwardUncaught(js::Value error) {
  if (thread_id_ == 0 || !hub_) return false;
  Delivery d{DeliveryKind::kError};
  std::string uncloneable;
  js::Completion c = EncodeMessage(*vm_, error, d.value, uncloneable);
  if (!c.ok() || !uncloneable.empty()) {
    // A thrown value that cannot be cloned reaches the parent as its inspection.
    d.value = MessageNode{MessageNode::Kind::kString};
    d.value.text = vm_->Inspect(error);
  }
  if (error.IsObject()) {
    // Own properties such as `code` travel with the error (node's serializeError).
    for (const char* key : {"code", "errno", "syscall", "path"}) {
      js::Value v = vm_->GetOwn(error, key);
      if (v.IsString() || v.IsNumber()) {
        MessageNode n{v.IsString() ? MessageNode::Kind::kString : MessageNode::Kind::kNumber};
        if (v.IsString())
          n.text = std::string(vm_->StringView(v));
        else
          n.number = v.AsNumber();
        d.value.props.emplace_back(key, n);
      }
    }
  }
  hub_->SendToParent(*this, std::move(d));
  return true;
}

js::Completion Process::Refuse(std::string_view what) {
  const Loc at = call_site();
  std::string line = scenario_.source_name + ":" + std::to_string(at.line) + ":" +
                     std::to_string(at.col) + ": error: " + std::string(what);
  if (!stopping()) {
    stderr_ += line + "\n";
    rec_.Uncaught(line, at);
    exit_code_ = 1;
    stop_ = StopReason::kFatal;
  }
  return {js::Completion::Type::kTerminated, js::Value::Undefined()};
}

}  // namespace loopscope::node
