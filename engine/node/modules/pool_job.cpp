// engine/node/modules/pool_job.cpp — see pool_job.h.
#include "engine/node/modules/pool_job.h"

#include <chrono>

#include "engine/node/process.h"
#include "engine/node/thread_pool.h"

namespace loopscope::node {

void SubmitJob(Process& p, std::string label, int64_t cpu_ns, int64_t latency_ns, bool slow_io,
               js::Value callback, JobResults results) {
  PoolWork work;
  work.id = p.rec().NewId();
  work.label = std::move(label);
  work.from = p.call_site();
  work.cpu_ns = cpu_ns;
  work.latency_ns = latency_ns;
  work.slow_io = slow_io;
  work.values = {callback};
  work.done = [results = std::move(results)](PoolWork& w) {
    Process& proc = *w.process;
    std::optional<std::vector<js::Value>> args = results(proc);
    if (!args) return;
    // An anonymous callback shows on the stack as "crypto.pbkdf2 callback".
    std::string frame = w.label.substr(0, w.label.find(' ')) + " callback";
    CallbackSite site{Queue::kPollReady, w.id, w.label, frame};
    proc.MakeCallback(w.values[0], js::Value::Undefined(), *args, site);
  };
  work.process = &p;
  p.pool().Submit(std::move(work));
}

js::Value LastCallable(const js::NativeCall& call) {
  return call.args.empty() ? js::Value::Undefined() : call.args.back();
}

BackgroundBytes::BackgroundBytes(Compute compute)
    : thread_([state = state_, compute = std::move(compute)] {
        state->result = compute(state->cancel);
        state->done.store(true, std::memory_order_release);
      }) {}

BackgroundBytes::~BackgroundBytes() {
  state_->cancel.store(true);
  // A cancellable computation notices within a few milliseconds; give it that long.
  for (int i = 0; i < 50 && !state_->done.load(std::memory_order_acquire); ++i) {
    std::this_thread::sleep_for(std::chrono::milliseconds(1));
  }
  if (state_->done.load(std::memory_order_acquire)) {
    thread_.join();
  } else {
    thread_.detach();
  }
}

std::optional<std::string> BackgroundBytes::Wait(Process& p) {
  while (!state_->done.load(std::memory_order_acquire)) {
    std::this_thread::sleep_for(std::chrono::milliseconds(2));
    p.CheckLimits();
    if (p.stopping()) return std::nullopt;
  }
  return state_->result;
}

}  // namespace loopscope::node
