// engine/trace/loop_state.cpp — the step function: what each event kind does to LoopState.
// One small handler per family of kinds; the explanation is written separately (explain.cpp)
// from the state *before* the event. Where to look next: loop_state.h, explain.h.
#include "engine/trace/loop_state.h"

#include <algorithm>

#include "engine/trace/explain.h"

namespace loopscope::trace {
namespace {

std::vector<QueueItem>& ItemsOf(LoopState& s, Queue q) {
  return s.queues[static_cast<size_t>(q)];
}

// Removes item `id` from queue `q`; returns it (id 0 when it was not there).
QueueItem Take(LoopState& s, Queue q, uint64_t id) {
  auto& items = ItemsOf(s, q);
  auto it =
      std::find_if(items.begin(), items.end(), [&](const QueueItem& x) { return x.id == id; });
  if (it == items.end()) return {};
  QueueItem taken = *it;
  items.erase(it);
  return taken;
}

void EraseOsOp(LoopState& s, uint64_t id) {
  std::erase_if(s.os_ops, [&](const OsOperation& op) { return op.id == id; });
}

void Enqueue(LoopState& s, const Event& e) {
  QueueItem item{e.item, e.text, e.from, 0, e.time_ns, s.next_seq++, e.queue};
  auto& items = ItemsOf(s, e.queue);
  if (e.queue != Queue::kTimers) {
    items.push_back(item);
    return;
  }
  // The timer view is ordered like libuv's heap (timer_less_than): due time, then start order.
  item.due_ns = e.value;
  auto pos = std::upper_bound(items.begin(), items.end(), item,
                              [](const QueueItem& a, const QueueItem& b) {
                                return a.due_ns != b.due_ns ? a.due_ns < b.due_ns : a.seq < b.seq;
                              });
  items.insert(pos, item);
}

// A callback starts: it leaves its queue if it is still listed, and becomes `running`.
void StartCallback(LoopState& s, const Event& e) {
  QueueItem taken = Take(s, e.queue, e.item);
  if (taken.id != 0) {
    s.running = taken;
  } else if (s.running.id != e.item) {
    s.running = QueueItem{e.item, e.text, {}, 0, e.time_ns, 0, e.queue};
  }
  if (e.text != 0) s.running.label = e.text;
  ++s.callbacks_run;
}

// The pool thread an event names, growing the pool if a log did not size it; null for an
// index libuv could never have (a damaged or hand-written log must not allocate without bound).
PoolThread* PoolSlot(LoopState& s, int64_t index) {
  if (index < 0 || index >= RunInfo::kMaxPoolSize) return nullptr;
  const auto i = static_cast<size_t>(index);
  if (i >= s.pool.size()) s.pool.resize(i + 1);
  return &s.pool[i];
}

void StartPoolJob(LoopState& s, const Event& e) {
  QueueItem waiting = Take(s, Queue::kPoolWork, e.item);
  // The engine dequeues the job just before starting it; the dequeue left it in `running`.
  if (waiting.id == 0 && s.running.id == e.item) waiting = s.running;
  if (PoolThread* thread = PoolSlot(s, e.value))
    *thread = PoolThread{e.item, e.text != 0 ? e.text : waiting.label, e.time_ns,
                         PoolJobExpectedNs(e), waiting.from};
}

void FinishPoolJob(LoopState& s, const Event& e) {
  if (PoolThread* thread = PoolSlot(s, e.value)) *thread = PoolThread{0, 0, e.time_ns};
}

void ApplyHandle(LoopState& s, const Event& e) {
  auto it = std::find_if(s.handles.begin(), s.handles.end(),
                         [&](const HandleInfo& h) { return h.id == e.item; });
  switch (static_cast<HandleOp>(e.value)) {
    case HandleOp::kOpen:
      if (it == s.handles.end()) s.handles.push_back({e.item, e.text, true});
      break;
    case HandleOp::kRef:
    case HandleOp::kUnref:
      if (it != s.handles.end()) it->ref = static_cast<HandleOp>(e.value) == HandleOp::kRef;
      break;
    case HandleOp::kClose:
      if (it != s.handles.end()) s.handles.erase(it);
      break;
  }
}

// An async function parks at `await`: its frame leaves the stack but is remembered.
void SuspendFrame(LoopState& s, const Event& e) {
  if (s.stack.empty()) return;
  const Frame top = s.stack.back();
  s.stack.pop_back();
  s.parked.push_back(ParkedFrame{e.text ? e.text : top.name, top.function, e.loc,
                                 static_cast<uint64_t>(e.value), e.time_ns});
}

// It comes back where it parked: the await's line is lit until its next statement runs.
void ResumeFrame(LoopState& s, const Event& e) {
  std::erase_if(s.parked, [&](const ParkedFrame& p) {
    return p.activation == static_cast<uint64_t>(e.value);
  });
  s.stack.push_back(Frame{e.text, e.loc, e.from, 0, e.item});
  if (e.from.line != 0) s.statement = e.from;
}

void ApplyStatement(LoopState& s, const Event& e) {
  s.statement = e.loc;
  if (s.stack.empty()) return;
  s.stack.back().statement = e.loc;
  s.stack.back().repeats = static_cast<uint32_t>(std::max<int64_t>(e.value, 1));
}

// Another thread's events follow: the one that ran so far is put aside with its clock, and
// the named one's state (empty on its first event) takes the ThreadLoop fields.
void SwitchThread(LoopState& s, int64_t value) {
  const auto to = static_cast<uint32_t>(std::clamp<int64_t>(value, 0, StepLog::kMaxThreads - 1));
  if (to == s.thread) return;
  const size_t needed = std::max(to, s.thread) + size_t{1};
  if (s.threads.size() < needed) s.threads.resize(needed);
  ThreadLoop& active = s;
  std::swap(active, s.threads[s.thread]);
  std::swap(active, s.threads[to]);
  s.thread = to;
}

}  // namespace

LoopState ThreadView(const LoopState& state, uint32_t thread) {
  LoopState view = state;
  if (thread == state.thread) return view;
  ThreadLoop& active = view;
  if (thread >= view.threads.size()) view.threads.resize(thread + size_t{1});
  std::swap(active, view.threads[view.thread]);
  std::swap(active, view.threads[thread]);
  view.thread = thread;
  return view;
}

void ApplyEvent(LoopState& s, const Event& e, size_t index) {
  s.step = index;
  if (e.kind == EventKind::kThread) SwitchThread(s, e.value);
  s.time_ns = e.time_ns;
  switch (e.kind) {
    case EventKind::kRunStart:
      s.pool.assign(static_cast<size_t>(std::clamp<int64_t>(e.value, 1, RunInfo::kMaxPoolSize)),
                    PoolThread{});
      break;
    case EventKind::kPhaseEnter:
      s.phase = e.phase;
      s.iteration = e.value;
      s.in_phase = true;
      break;
    case EventKind::kPhaseLeave:
      s.in_phase = false;
      break;
    case EventKind::kClockAdvance:
      break;
    case EventKind::kFramePush:
      s.stack.push_back(Frame{e.text, e.loc, e.loc, 0, e.item});
      break;
    case EventKind::kFramePop:
      if (!s.stack.empty()) s.stack.pop_back();
      break;
    case EventKind::kFrameSuspend:
      SuspendFrame(s, e);
      break;
    case EventKind::kFrameResume:
      ResumeFrame(s, e);
      break;
    case EventKind::kStatement:
      ApplyStatement(s, e);
      break;
    case EventKind::kEnqueue:
      Enqueue(s, e);
      break;
    case EventKind::kDequeue: {
      QueueItem taken = Take(s, e.queue, e.item);
      s.running = taken.id != 0 ? taken : QueueItem{e.item, e.text, {}, 0, e.time_ns, 0, e.queue};
      break;
    }
    case EventKind::kCancel:
      Take(s, e.queue, e.item);
      break;
    case EventKind::kCallbackStart:
      StartCallback(s, e);
      break;
    case EventKind::kCallbackEnd:
      s.running = QueueItem{};
      break;
    case EventKind::kDrainStart:
      if (s.drain_depth++ == 0) s.drain_kind = DrainKindFromValue(e.value);
      break;
    case EventKind::kDrainEnd:
      s.drain_depth = std::max(s.drain_depth - 1, 0);
      break;
    case EventKind::kPoolStart:
      s.pool.assign(static_cast<size_t>(std::clamp<int64_t>(e.value, 1, RunInfo::kMaxPoolSize)),
                    PoolThread{});
      break;
    case EventKind::kPoolJobStart:
      StartPoolJob(s, e);
      break;
    case EventKind::kPoolJobFinish:
      FinishPoolJob(s, e);
      break;
    case EventKind::kOsOpStart:
      s.os_ops.push_back(
          OsOperation{e.item, e.text, e.from, e.time_ns, std::max<int64_t>(e.value, 0), false});
      break;
    case EventKind::kOsOpReady:
      for (OsOperation& op : s.os_ops) op.ready = op.ready || op.id == e.item;
      break;
    case EventKind::kOsOpDone:
      EraseOsOp(s, e.item);
      break;
    case EventKind::kConsole:
      ++s.console_count;
      break;
    case EventKind::kHandle:
      ApplyHandle(s, e);
      break;
    case EventKind::kRaceMark:
      s.race = RaceMark{e.text, e.loc, index};
      break;
    case EventKind::kStream:
      ApplyStreamEvent(s, e);
      break;
    case EventKind::kNote:
    case EventKind::kRenderStep:
    case EventKind::kThread:  // switched above, before the clock is read
      break;
    case EventKind::kLimit:
      s.limit = e.text;
      break;
    case EventKind::kUncaught:
      s.uncaught = e.text;
      s.uncaught_at = e.loc;
      break;
    case EventKind::kProcessExit:
      s.exited = true;
      s.exit_code = e.value;
      break;
  }
}

void Apply(LoopState& state, const StepLog& log, size_t index) {
  const Event& event = log.At(index);
  std::string explanation = Explain(state, event, log);
  ApplyEvent(state, event, index);
  state.explanation = std::move(explanation);
}

size_t LoopState::MemoryBytes() const {
  size_t bytes = sizeof(LoopState) + explanation.capacity() + ThreadLoop::MemoryBytes();
  bytes += threads.capacity() * sizeof(ThreadLoop);
  for (const ThreadLoop& t : threads) bytes += t.MemoryBytes();
  return bytes;
}

size_t ThreadLoop::MemoryBytes() const {
  size_t bytes = stack.capacity() * sizeof(Frame);
  bytes += parked.capacity() * sizeof(ParkedFrame);
  for (const auto& items : queues) bytes += items.capacity() * sizeof(QueueItem);
  bytes += pool.capacity() * sizeof(PoolThread);
  bytes += os_ops.capacity() * sizeof(OsOperation);
  bytes += handles.capacity() * sizeof(HandleInfo);
  bytes += streams.capacity() * sizeof(StreamInfo);
  return bytes;
}

}  // namespace loopscope::trace
