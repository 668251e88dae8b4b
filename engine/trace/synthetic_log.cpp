// engine/trace/synthetic_log.cpp — the generator behind MakeSyntheticLog. It keeps its own
// model of what is queued so every dequeue, job and callback it records is consistent with
// what was scheduled (Apply never sees an impossible log). The random source is a fixed
// 64-bit LCG so logs are identical on every platform. Where to look next: synthetic_log.h.
#include "engine/trace/synthetic_log.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <deque>
#include <string>
#include <vector>

namespace loopscope::trace {
namespace {

struct Pending {
  uint64_t id = 0;
  uint32_t label = 0;
  int64_t due_ns = 0;  // timers: due time; pool jobs: work duration
};

struct Job {
  uint64_t id = 0;
  uint32_t label = 0;
  int64_t finish_ns = 0;
};

class Generator {
 public:
  explicit Generator(const SyntheticOptions& o)
      : options_(o), rng_(o.seed * 0x9E3779B97F4A7C15ull + 1) {
    threads_.resize(static_cast<size_t>(std::max(o.pool_size, 1)));
  }

  StepLog Run() {
    log_.set_info(RunInfo{"synthetic.js", "// synthetic program\n", options_.pool_size, 4});
    Emit(EventKind::kRunStart, {.value = options_.pool_size, .text = log_.Intern("synthetic.js")});
    Phase(Phase::kMain, true);
    CallbackBody("<main>", Loc{1, 1}, 0, 0);
    Drain();
    Phase(Phase::kMain, false);
    while (log_.size() < options_.events) Iteration();
    Emit(EventKind::kProcessExit, {});
    return std::move(log_);
  }

 private:
  uint64_t Next() {
    rng_ = rng_ * 6364136223846793005ull + 1442695040888963407ull;
    return rng_ >> 33;
  }
  uint32_t Below(uint32_t n) { return static_cast<uint32_t>(Next() % n); }
  bool Chance(uint32_t percent) { return Below(100) < percent; }

  void Emit(EventKind kind, Event e) {
    e.kind = kind;
    e.time_ns = now_;
    log_.Append(e);
  }
  void Phase(trace::Phase p, bool enter) {
    Emit(enter ? EventKind::kPhaseEnter : EventKind::kPhaseLeave,
         {.value = iteration_, .phase = p});
  }
  void Cpu(int64_t ns) { now_ += ns; }
  Loc Line() { return Loc{2 + Below(60), 3}; }
  uint32_t Text(const std::string& s) { return log_.Intern(s); }

  size_t QueuedCount() const {
    size_t n = timers_.size() + immediates_.size() + pool_waiting_.size() + ready_.size() +
               ticks_.size() + microtasks_.size();
    for (const Job& j : threads_) n += j.id != 0;
    return n;
  }

  void Schedule(int depth);
  void CallbackBody(const std::string& name, Loc fn, int depth, uint64_t item);
  void RunCallback(Queue q, const Pending& item, const std::string& name);
  void Drain();
  void RunTimers();
  void Poll();
  void Check();
  void Close();
  void StartPoolJobs();
  void Iteration();

  SyntheticOptions options_;
  uint64_t rng_;
  StepLog log_;
  int64_t now_ = 0;
  int64_t iteration_ = 0;
  bool in_drain_ = false;
  std::vector<Pending> timers_;  // kept sorted by due time, then insertion
  std::deque<Pending> immediates_, ticks_, microtasks_, pool_waiting_, ready_, closing_;
  std::vector<Job> threads_;
};

// Queues one new piece of work from the running code, more eagerly when little is queued so
// the program neither dies out nor explodes.
void Generator::Schedule(int depth) {
  const bool starving = QueuedCount() < 4;
  // Drained callbacks schedule rarely, so a drain stays a short burst as in real programs.
  const uint32_t percent = in_drain_ ? 8 : depth > 0 ? 15 : 40;
  if (QueuedCount() > 40 || (!starving && !Chance(percent))) return;
  const Loc from = Line();
  const uint64_t id = log_.NewId();
  switch (Below(starving ? 4 : 7)) {
    case 0: {
      // Node clamps a 0 ms delay to 1 ms, so the smallest delay is 1 ms.
      const int64_t delay = std::array<int64_t, 5>{1, 1, 5, 10, 100}[Below(5)] * 1'000'000;
      Pending p{id, Text("setTimeout " + std::to_string(delay / 1'000'000) + " ms"), now_ + delay};
      auto pos =
          std::upper_bound(timers_.begin(), timers_.end(), p,
                           [](const Pending& a, const Pending& b) { return a.due_ns < b.due_ns; });
      timers_.insert(pos, p);
      Emit(EventKind::kEnqueue,
           {.item = id, .value = p.due_ns, .text = p.label, .from = from, .queue = Queue::kTimers});
      break;
    }
    case 1:
      immediates_.push_back({id, Text("setImmediate"), 0});
      Emit(EventKind::kEnqueue, {.item = id,
                                 .text = immediates_.back().label,
                                 .from = from,
                                 .queue = Queue::kImmediates});
      break;
    case 2:
      pool_waiting_.push_back(
          {id, Text(Chance(50) ? "fs.readFile" : "crypto.pbkdf2"), (1 + Below(20)) * 1'000'000});
      Emit(EventKind::kEnqueue, {.item = id,
                                 .text = pool_waiting_.back().label,
                                 .from = from,
                                 .queue = Queue::kPoolWork});
      break;
    case 3:
      ready_.push_back({id, Text("socket data"), now_ + (1 + Below(30)) * 1'000'000});
      Emit(EventKind::kOsOpStart, {.item = id,
                                   .value = ready_.back().due_ns - now_,
                                   .text = ready_.back().label,
                                   .from = from});
      break;
    case 4:
    case 5:
      ticks_.push_back({id, Text("nextTick"), 0});
      Emit(EventKind::kEnqueue,
           {.item = id, .text = ticks_.back().label, .from = from, .queue = Queue::kNextTick});
      break;
    default:
      microtasks_.push_back({id, Text("promise.then"), 0});
      Emit(
          EventKind::kEnqueue,
          {.item = id, .text = microtasks_.back().label, .from = from, .queue = Queue::kMicrotask});
      break;
  }
}

void Generator::CallbackBody(const std::string& name, Loc fn, int depth, uint64_t item) {
  Emit(EventKind::kFramePush, {.item = item, .text = Text(name), .loc = fn});
  const uint32_t statements = 2 + Below(4);
  for (uint32_t i = 0; i < statements; ++i) {
    Emit(EventKind::kStatement, {.value = 1, .loc = Loc{fn.line + i + 1, 5}});
    Cpu(2'000 + Below(40'000));
    if (Chance(4)) {  // a busy loop: the same two lines many times, folded by the log
      for (int k = 0; k < 50; ++k) {
        Emit(EventKind::kStatement, {.value = 1, .loc = Loc{fn.line + 10, 5}});
        Emit(EventKind::kStatement, {.value = 1, .loc = Loc{fn.line + 11, 7}});
      }
      Cpu(5'000'000);
    }
    if (Chance(25))
      Emit(EventKind::kConsole,
           {.value = Chance(5) ? 2 : 1, .text = Text("line " + std::to_string(Below(5000)))});
    Schedule(depth);
    if (depth < 2 && Chance(15))
      CallbackBody("helper" + std::to_string(Below(8)), Line(), depth + 1, 0);
  }
  if (Chance(1))
    Emit(EventKind::kRaceMark,
         {.text = Text("setTimeout 0 vs setImmediate: the first ms may not have passed"),
          .loc = Line()});
  Emit(EventKind::kFramePop, {});
}

void Generator::RunCallback(Queue q, const Pending& item, const std::string& name) {
  Emit(EventKind::kDequeue, {.item = item.id, .text = item.label, .queue = q});
  Emit(EventKind::kCallbackStart, {.item = item.id, .text = item.label, .queue = q});
  CallbackBody(name, Line(), 0, item.id);
  Emit(EventKind::kCallbackEnd, {.item = item.id});
  if (q != Queue::kNextTick && q != Queue::kMicrotask) Drain();
}

// processTicksAndRejections: all ticks, then all microtasks, until both are empty.
void Generator::Drain() {
  if (ticks_.empty() && microtasks_.empty()) return;
  Emit(EventKind::kDrainStart, {.value = static_cast<int64_t>(trace::DrainKind::kTickQueue)});
  in_drain_ = true;
  while (!ticks_.empty() || !microtasks_.empty()) {
    auto& queue = ticks_.empty() ? microtasks_ : ticks_;
    const Pending item = queue.front();
    queue.pop_front();
    RunCallback(&queue == &ticks_ ? Queue::kNextTick : Queue::kMicrotask, item, "onTick");
  }
  in_drain_ = false;
  Emit(EventKind::kDrainEnd, {});
}

void Generator::RunTimers() {
  Phase(Phase::kTimers, true);
  const int64_t fixed_now = now_;  // RunTimers' `now` stays fixed for the whole phase
  while (!timers_.empty() && timers_.front().due_ns <= fixed_now) {
    const Pending t = timers_.front();
    timers_.erase(timers_.begin());
    RunCallback(Queue::kTimers, t, "onTimeout");
  }
  Phase(Phase::kTimers, false);
}

void Generator::StartPoolJobs() {
  for (size_t i = 0; i < threads_.size() && !pool_waiting_.empty(); ++i) {
    if (threads_[i].id != 0) continue;
    const Pending job = pool_waiting_.front();
    pool_waiting_.pop_front();
    threads_[i] = Job{job.id, job.label, now_ + job.due_ns};
    Event start{.item = job.id, .value = static_cast<int64_t>(i), .text = job.label};
    SetPoolJobExpectedNs(start, job.due_ns);
    Emit(EventKind::kPoolJobStart, start);
  }
}

void Generator::Poll() {
  Phase(Phase::kPoll, true);
  StartPoolJobs();
  // libuv's poll timeout: 0 while immediates or closing handles wait, else until the
  // earliest timer, pool completion or OS readiness.
  int64_t wake = immediates_.empty() && closing_.empty() ? INT64_MAX : now_;
  if (!timers_.empty()) wake = std::min(wake, timers_.front().due_ns);
  for (const Job& j : threads_)
    if (j.id != 0) wake = std::min(wake, j.finish_ns);
  for (const Pending& op : ready_) wake = std::min(wake, op.due_ns);
  if (wake != INT64_MAX && wake > now_) {
    Emit(EventKind::kClockAdvance,
         {.value = wake - now_, .text = Text("poll waits for the next timer or I/O")});
    now_ = wake;
  }
  for (size_t i = 0; i < threads_.size(); ++i) {
    if (threads_[i].id == 0 || threads_[i].finish_ns > now_) continue;
    const Job job = threads_[i];
    threads_[i] = Job{};
    Emit(EventKind::kPoolJobFinish, {.item = job.id, .value = static_cast<int64_t>(i)});
    Emit(EventKind::kEnqueue, {.item = job.id, .text = job.label, .queue = Queue::kPollReady});
    RunCallback(Queue::kPollReady, {job.id, job.label, 0}, "onComplete");
  }
  // One epoll batch: what is ready now. Callbacks may start new operations, so the batch is
  // taken out of ready_ before any of them runs.
  std::vector<Pending> batch;
  std::erase_if(
      ready_, [&](const Pending& op) { return op.due_ns <= now_ && (batch.push_back(op), true); });
  for (const Pending& op : batch) {
    Emit(EventKind::kOsOpReady, {.item = op.id});
    Emit(EventKind::kEnqueue, {.item = op.id, .text = op.label, .queue = Queue::kPollReady});
    RunCallback(Queue::kPollReady, op, "onData");
    Emit(EventKind::kOsOpDone, {.item = op.id});
    if (Chance(30)) {
      const uint64_t handle = log_.NewId();
      Emit(
          EventKind::kHandle,
          {.item = handle, .value = static_cast<int64_t>(HandleOp::kOpen), .text = Text("socket")});
      Emit(EventKind::kHandle, {.item = handle, .value = static_cast<int64_t>(HandleOp::kClose)});
      closing_.push_back({handle, Text("socket close"), 0});
      Emit(EventKind::kEnqueue,
           {.item = handle, .text = closing_.back().label, .queue = Queue::kClose});
    }
  }
  StartPoolJobs();
  Phase(Phase::kPoll, false);
}

void Generator::Check() {
  Phase(Phase::kCheck, true);
  std::deque<Pending> snapshot;  // processImmediate runs only what was queued before the phase
  snapshot.swap(immediates_);
  for (const Pending& item : snapshot) RunCallback(Queue::kImmediates, item, "onImmediate");
  Phase(Phase::kCheck, false);
}

void Generator::Close() {
  Phase(Phase::kClose, true);
  while (!closing_.empty()) {  // LIFO, like uv__run_closing_handles
    const Pending item = closing_.back();
    closing_.pop_back();
    RunCallback(Queue::kClose, item, "onClose");
  }
  Phase(Phase::kClose, false);
}

void Generator::Iteration() {
  ++iteration_;
  RunTimers();
  Phase(Phase::kPending, true);
  Phase(Phase::kPending, false);
  Phase(Phase::kIdlePrepare, true);
  Phase(Phase::kIdlePrepare, false);
  Poll();
  Check();
  Close();
  if (QueuedCount() == 0) Schedule(0);  // keep a long log alive until it is big enough
}

}  // namespace

StepLog MakeSyntheticLog(const SyntheticOptions& options) {
  return Generator(options).Run();
}

}  // namespace loopscope::trace
