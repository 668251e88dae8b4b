// engine/trace/explain.cpp — one sentence per event kind (and per phase / queue where the rule
// differs). Sentences name Node's and libuv's own functions so users can look them up. Where
// to look next: explain.h; docs/semantics.md §1–§7 for the rules quoted here.
#include "engine/trace/explain.h"

#include <algorithm>
#include <cstdio>
#include <iterator>

#include "engine/trace/explain_await.h"
#include "engine/trace/explain_browser.h"
#include "engine/trace/explain_labels.h"
#include "engine/trace/stream_explain.h"

namespace loopscope::trace {

std::string FormatMs(int64_t ns) {
  char buf[48];
  const double ms = static_cast<double>(ns) / 1e6;
  const bool tiny = ns != 0 && ns % 100'000 != 0 && ms < 0.1 && ms > -0.1;
  std::snprintf(buf, sizeof buf, tiny ? "%.3f ms" : "%.1f ms", ms);
  return buf;
}

bool IsSimulatedCost(const Event& e, const StepLog& log) {
  return e.kind == EventKind::kClockAdvance && log.Text(e.text).starts_with(kSimulatedCostPrefix);
}

std::string FormatLoc(Loc loc) {
  return loc.line == 0 ? std::string() : "L" + std::to_string(loc.line);
}

namespace {

// "timers queue", but "thread-pool queue" rather than "thread-pool queue queue".
std::string QueueNoun(Queue q) {
  std::string name(QueueDisplayName(q));
  return name.ends_with(" queue") ? name : name + " queue";
}

// Whether anything could end a poll wait: libuv's uv__backend_timeout is 0 when the loop has
// no active handles and no active requests.
bool AnythingPending(const LoopState& s) {
  const auto busy = [](const PoolThread& t) { return t.job != 0; };
  const auto ref = [](const HandleInfo& h) { return h.ref; };
  return !s.Items(Queue::kTimers).empty() || !s.os_ops.empty() ||
         !s.Items(Queue::kPoolWork).empty() || std::any_of(s.pool.begin(), s.pool.end(), busy) ||
         std::any_of(s.handles.begin(), s.handles.end(), ref);
}

std::string PollEnter(const LoopState& s) {
  std::string base = "Poll phase: libuv waits for I/O and runs the callbacks of what is ready. ";
  if (!s.Items(Queue::kImmediates).empty())
    return base +
           "It will not block: immediates are queued, so the poll timeout is 0 "
           "(uv__backend_timeout).";
  if (!s.Items(Queue::kPollReady).empty())
    return base + "Some I/O is already ready, so it does not block.";
  if (!s.Items(Queue::kTimers).empty())
    return base + "With no immediates queued it may block until the next timer is due, at " +
           FormatMs(s.Items(Queue::kTimers).front().due_ns) + " (uv__next_timeout).";
  if (!AnythingPending(s))
    return base +
           "Nothing is pending (no timer, no I/O in flight, no ref'd handle), so the poll "
           "timeout is 0: it does not wait (uv__backend_timeout).";
  return base + "No timer is pending, so it may block until some I/O completes.";
}

std::string PhaseEnter(const LoopState& s, const Event& e) {
  const std::string iter = " (loop iteration " + std::to_string(e.value) + ")";
  switch (e.phase) {
    case Phase::kNone:
      return "The run begins.";
    case Phase::kMain:
      return "The main script runs first, top to bottom, before the event loop starts.";
    case Phase::kTimers:
      return "Timers phase" + iter + ": libuv updates the clock to " + FormatMs(e.time_ns) +
             " and Node's RunTimers keeps that \"now\" fixed while it runs every timer due by "
             "then, "
             "earliest due time first.";
    case Phase::kPending:
      return "Pending callbacks phase" + iter +
             ": I/O callbacks that libuv deferred from the previous iteration run here; usually "
             "there are none.";
    case Phase::kIdlePrepare:
      return "Idle and prepare handles run" + iter +
             ": Node uses them internally (to keep poll from blocking while immediates wait); no "
             "user code runs.";
    case Phase::kPoll:
      return PollEnter(s);
    case Phase::kCheck:
      return "Check phase" + iter +
             ": setImmediate callbacks run right after poll. processImmediate works on a snapshot "
             "of the queue, "
             "so immediates queued from now on wait for the next iteration.";
    case Phase::kClose:
      return "Close callbacks phase" + iter +
             ": 'close' callbacks of handles closed during this iteration run, most recently "
             "closed first "
             "(uv__run_closing_handles).";
    case Phase::kBeforeExit:
      return "The loop has nothing left to keep it alive, so Node emits 'beforeExit'; if a "
             "listener schedules "
             "more work the loop starts again.";
    case Phase::kExit:
      return "Node is exiting: 'exit' listeners run synchronously, and anything they schedule "
             "never runs.";
    case Phase::kTask:
    case Phase::kRendering:
      return BrowserPhaseEnter(e);
  }
  return {};
}

std::string PhaseLeave(const Event& e) {
  static constexpr const char* kNext[] = {
      "the main script",
      "the event loop",
      "pending callbacks",
      "idle/prepare",
      "poll",
      "check",
      "close callbacks",
      "the end of the iteration (timers run again if the loop is still alive)",
      "the event loop or exit",
      "process exit",
      "the microtask checkpoint, then the next task or a rendering opportunity",
      "the next task"};
  static_assert(std::size(kNext) == kPhaseCount, "one 'next' phase per row of LOOPSCOPE_PHASES");
  if (e.phase == Phase::kMain)
    return "The main script has finished; the event loop starts if anything (timers, immediates, "
           "I/O, handles) "
           "keeps it alive.";
  const std::string name(PhaseDisplayName(e.phase));
  return "The " + name + " phase is done (nothing more to run in it), so the loop moves on to " +
         kNext[static_cast<size_t>(e.phase)] + ".";
}

std::string EnqueueSentence(const LoopState& s, const Event& e, const StepLog& log) {
  const std::string label = Label(log, e.text, e.queue);
  const std::string at = e.from.line ? " at " + FormatLoc(e.from) : std::string();
  switch (e.queue) {
    case Queue::kNextTick:
      return "process.nextTick queues " + label + at +
             ": nextTick callbacks run as soon as the current operation finishes, before promise "
             "microtasks.";
    case Queue::kMicrotask:
      return "A promise reaction job is queued" + at + " (" + label +
             "): it runs in the next microtask checkpoint, once the nextTick queue is empty.";
    case Queue::kTimers:
      return label + " is scheduled" + at + ": due at " + FormatMs(e.value) + " (now " +
             FormatMs(e.time_ns) + " + " + FormatMs(e.value - e.time_ns) +
             "); it runs in the first timers phase that sees the clock reach it.";
    case Queue::kImmediates:
      return "setImmediate queues " + label + at +
             ": it runs in the check phase, right after the next poll.";
    case Queue::kPending:
      return label + " is deferred to the pending-callbacks phase of the next loop iteration.";
    case Queue::kClose:
      return label + " is queued for the close-callbacks phase of this iteration.";
    case Queue::kPoolWork: {
      const bool idle =
          std::any_of(s.pool.begin(), s.pool.end(), [](const PoolThread& t) { return t.job == 0; });
      return label + " is submitted to the thread pool" + at +
             (idle ? ": a thread is idle, so it can start at once."
                   : ": every thread is busy, so it waits in the pool's FIFO queue.");
    }
    case Queue::kPollReady:
      return label +
             " is ready: the poll phase will run its callback, in the order the OS reported "
             "events.";
    case Queue::kTimerTasks:
    case Queue::kMessageTasks:
    case Queue::kInputTasks:
    case Queue::kNetworkTasks:
    case Queue::kAnimationFrames:
      return BrowserEnqueue(e, label, at);
  }
  return {};
}

// The JavaScript thread a step runs on, as a sentence names it (worker_threads).
std::string ThreadNoun(uint32_t thread) {
  return thread == 0 ? std::string("the main thread") : "worker " + std::to_string(thread);
}

std::string TimerStart(const QueueItem& t, const Event& e, const StepLog& log, uint32_t thread) {
  const int64_t late = e.time_ns - t.due_ns;
  std::string why =
      late > 1'000'000 ? " because " + ThreadNoun(thread) + " was busy" : std::string();
  // The label carries the requested delay; due - enqueued is not it, because libuv counts
  // from the truncated millisecond of the loop clock.
  return "Timers phase: " + Label(log, t.label, Queue::kTimers) + " was due at " +
         FormatMs(t.due_ns) + "; the clock is " + FormatMs(e.time_ns) + why + "." +
         QueuedAt(t.from);
}

std::string CallbackStart(const LoopState& s, const Event& e, const StepLog& log) {
  const QueueItem* found = FindItem(s, e.queue, e.item);
  const QueueItem item = found ? *found : QueueItem{e.item, e.text, {}, 0, e.time_ns, 0, e.queue};
  const std::string label = Label(log, e.text ? e.text : item.label, e.queue);
  const std::string at = QueuedAt(item.from);
  switch (e.queue) {
    case Queue::kNextTick:
      return "processTicksAndRejections runs nextTick callback " + label + at +
             ": the nextTick queue drains completely, ticks added meanwhile included, before any "
             "promise microtask.";
    case Queue::kMicrotask:
      return "A promise microtask runs: " + label + at +
             ". Microtasks run only once the nextTick queue is empty (processTicksAndRejections).";
    case Queue::kTimers:
      return TimerStart(item, e, log, s.thread);
    case Queue::kImmediates:
      return "Check phase: immediates run after poll; " + label + " was queued" +
             (item.from.line ? " at " + FormatLoc(item.from) : std::string()) + ".";
    case Queue::kPending:
      return "Pending callbacks phase: " + label +
             " was deferred by libuv from an earlier iteration.";
    case Queue::kClose:
      return "Close callbacks phase: " + label + " runs because its handle was closed" + at + ".";
    case Queue::kPoolWork:
      return "Thread-pool work " + label + " finished; its completion callback runs on " +
             ThreadNoun(s.thread) + at + ".";
    case Queue::kPollReady:
      return "Poll phase: " + label +
             " runs because its I/O finished (epoll reported it, or a pool thread "
             "signalled completion through the loop's eventfd)" +
             at + ".";
    case Queue::kTimerTasks:
    case Queue::kMessageTasks:
    case Queue::kInputTasks:
    case Queue::kNetworkTasks:
    case Queue::kAnimationFrames:
      return BrowserCallbackStart(e, label, at);
  }
  return {};
}

std::string FramePush(const LoopState& s, const Event& e, const StepLog& log) {
  const std::string name(log.Text(e.text));
  if (name == kModuleFrameName)
    return "An ES module body runs. Node's ESM loader evaluates the module graph inside a "
           "promise job (ModuleJob.run, after reading the files through the thread pool), so the "
           "promise jobs this body queues run in the microtask drain already under way, before "
           "any nextTick it queues.";
  if (s.stack.empty() && s.running.id != 0) {
    const std::string label = Label(log, s.running.label, s.running.queue);
    // A job's frame is often named after its label ("then callback"): name the queue instead.
    if (label == name)
      return name + " starts on an empty call stack, taken from the " + QueueNoun(s.running.queue) +
             ".";
    return name + " starts on an empty call stack: it is the callback of " + label + ".";
  }
  if (s.stack.empty()) return name + " is pushed on the empty call stack.";
  return "Call " + name + ": a new frame goes on top of the call stack (depth " +
         std::to_string(s.stack.size() + 1) + ").";
}

// One sentence per DrainKind, naming the Node mechanism (docs/engine.md, task_queue.cpp).
std::string DrainStartSentence(DrainKind kind) {
  switch (kind) {
    case DrainKind::kMicrotaskCheckpoint:
      return "Microtask checkpoint: the callback returned with no nextTick pending, so Node's "
             "InternalCallbackScope::Close asks V8 to run every queued promise job, including jobs "
             "queued while they run.";
    case DrainKind::kTickQueue:
      return "The call stack is empty and nextTick callbacks are waiting: "
             "processTicksAndRejections runs "
             "every nextTick callback, then all promise microtasks, and repeats until both queues "
             "are empty.";
    case DrainKind::kBetweenCallbacks:
      return "Between two callbacks of the same phase, runNextTicks lets V8 run the queued promise "
             "jobs "
             "before the next timer or immediate.";
  }
  return "The nextTick and promise queues drain.";
}

std::string FramePop(const LoopState& s, const StepLog& log) {
  if (s.stack.empty()) return "A frame returns.";
  const std::string name(log.Text(s.stack.back().name));
  if (s.stack.size() == 1 && s.drain_depth > 0)
    return name +
           " returns and the call stack is empty; the drain goes on with the next nextTick "
           "callback or "
           "promise microtask.";
  if (s.stack.size() == 1)
    return name +
           " returns and the call stack is empty again, so Node can drain process.nextTick "
           "callbacks "
           "and then promise microtasks.";
  return name + " returns: its frame leaves the call stack and " +
         std::string(log.Text(s.stack[s.stack.size() - 2].name)) + " continues.";
}

std::string Statement(const LoopState& s, const Event& e, const StepLog& log) {
  const std::string where =
      s.stack.empty() ? std::string() : " in " + std::string(log.Text(s.stack.back().name));
  if (e.value > 1) {
    const std::string busy =
        s.thread == 0 ? std::string("The main thread is busy, so nothing else can run meanwhile.")
                      : "Worker " + std::to_string(s.thread) +
                            " is busy, so nothing else can run on it meanwhile.";
    return "Line " + std::to_string(e.loc.line) + where + " ran " + std::to_string(e.value) +
           " times (a loop: repeated statements are folded into one step). " + busy;
  }
  return "Line " + std::to_string(e.loc.line) + where + " runs.";
}

std::string PoolJob(const LoopState& s, const Event& e, const StepLog& log, bool start) {
  const std::string thread = "Pool thread #" + std::to_string(e.value + 1);
  const auto& waiting = s.Items(Queue::kPoolWork);
  auto it = std::find_if(waiting.begin(), waiting.end(),
                         [&](const QueueItem& x) { return x.id == e.item; });
  if (start) {
    const std::string label =
        Label(log, e.text ? e.text : (it != waiting.end() ? it->label : 0), Queue::kPoolWork);
    std::string waited;
    if (it != waiting.end() && e.time_ns - it->enqueued_ns > 0)
      waited = " after waiting " + FormatMs(e.time_ns - it->enqueued_ns) + " for a free thread";
    return thread + " takes " + label + waited +
           ": the pool runs jobs in FIFO order as threads free up (libuv threadpool.c).";
  }
  const size_t t = static_cast<size_t>(std::max<int64_t>(e.value, 0));
  const PoolThread busy = t < s.pool.size() ? s.pool[t] : PoolThread{};
  return thread + " finished " + Label(log, e.text ? e.text : busy.label, Queue::kPoolWork) +
         " after " + FormatMs(e.time_ns - busy.since_ns) +
         "; it signals the loop, and the callback runs in a later poll phase.";
}

std::string OsOpName(const LoopState& s, const Event& e, const StepLog& log) {
  if (e.text) return std::string(log.Text(e.text));
  for (const OsOperation& op : s.os_ops)
    if (op.id == e.item) return std::string(log.Text(op.label));
  return "the operation";
}

std::string HandleSentence(const LoopState& s, const Event& e, const StepLog& log) {
  std::string name(log.Text(e.text));
  for (const HandleInfo& h : s.handles)
    if (name.empty() && h.id == e.item) name = log.Text(h.label);
  if (name.empty()) name = "a handle";
  switch (static_cast<HandleOp>(e.value)) {
    case HandleOp::kOpen:
      return name +
             " opens; while it is active and ref'd it keeps the event loop alive (uv__loop_alive).";
    case HandleOp::kRef:
      return name + " is ref'd again: it keeps the event loop alive.";
    case HandleOp::kUnref:
      return name + " is unref'd: it no longer keeps the event loop alive on its own.";
    case HandleOp::kClose:
      return name + " is closed; its 'close' callback runs in the close-callbacks phase.";
  }
  return name + ".";
}

// The clock jump a simulated cost just before this step caused (the first console.log), or "".
std::string CostJustBefore(const LoopState& s, const StepLog& log) {
  if (s.step == LoopState::kNoStep || !IsSimulatedCost(log.At(s.step), log)) return {};
  const Event& cost = log.At(s.step);
  return " Before it printed, the clock jumped " + FormatMs(cost.value) + " while " +
         std::string(log.Text(cost.text).substr(kSimulatedCostPrefix.size())) + ".";
}

std::string ConsoleSentence(const LoopState& s, const Event& e, const StepLog& log) {
  std::string text(log.Text(e.text));
  while (!text.empty() && text.back() == '\n')
    text.pop_back();  // the event holds the bytes written
  if (text.size() > 60) text = text.substr(0, 57) + "...";
  const bool err = e.value == 2;
  return std::string(err ? "console.error writes to stderr: \""
                         : "console.log writes to stdout: \"") +
         text + "\". Output is synchronous here, so it appears in the exact order the code ran." +
         CostJustBefore(s, log);
}

// A kThread marker: the next events are another JavaScript thread's (WorkerHub's baton).
std::string ThreadSentence(const Event& e) {
  const std::string name = ThreadNoun(static_cast<uint32_t>(std::max<int64_t>(e.value, 0)));
  return "The steps that follow are " + name + "'s, at " + FormatMs(e.time_ns) +
         " on its own clock. Each thread has its own event loop, call stack and queues and runs "
         "in parallel with the others; the log records them one at a time, each until it waits "
         "or hands something to another thread.";
}

}  // namespace

std::string Explain(const LoopState& s, const Event& e, const StepLog& log) {
  if (log.info().browser)
    if (std::optional<std::string> sentence = ExplainBrowserStep(s, e, log)) return *sentence;
  switch (e.kind) {
    case EventKind::kRunStart:
      return "Node starts " + std::string(log.Text(e.text)) +
             ": the whole main script runs synchronously before the "
             "event loop begins (thread pool: " +
             std::to_string(e.value) + " threads).";
    case EventKind::kPoolStart:
      return "The thread pool starts on its first use, with " + std::to_string(e.value) +
             " threads: libuv reads UV_THREADPOOL_SIZE only now, so a program can still set "
             "process.env.UV_THREADPOOL_SIZE at the top of its main module.";
    case EventKind::kPhaseEnter:
      return PhaseEnter(s, e);
    case EventKind::kPhaseLeave:
      return PhaseLeave(e);
    case EventKind::kClockAdvance: {
      // Stamped when the wait starts; `value` is how long it lasts.
      std::string why(log.Text(e.text));
      if (IsSimulatedCost(e, log))
        return "Simulated cost: the clock jumps " + FormatMs(e.value) + ", to " +
               FormatMs(e.time_ns + e.value) + ", while " +
               why.substr(kSimulatedCostPrefix.size()) +
               ". Loopscope models this one-off work of Node's own so that timers come due as "
               "in a real run; no JavaScript runs meanwhile.";
      std::string tail = why.empty() ? std::string(".") : ": " + why + ".";
      if (log.info().real_time) {
        return "The loop waits " + FormatMs(e.value) + " of real time, until " +
               FormatMs(e.time_ns + e.value) + tail;
      }
      return "The virtual clock moves forward " + FormatMs(e.value) + ", to " +
             FormatMs(e.time_ns + e.value) + tail;
    }
    case EventKind::kFramePush:
      return FramePush(s, e, log);
    case EventKind::kFramePop:
      return FramePop(s, log);
    case EventKind::kFrameSuspend:
      return SuspendSentence(s, e, log);
    case EventKind::kFrameResume:
      return ResumeSentence(s, e, log);
    case EventKind::kStatement:
      return Statement(s, e, log);
    case EventKind::kEnqueue:
      return EnqueueSentence(s, e, log);
    case EventKind::kDequeue:
      return ItemLabel(s, e, log) + " is taken off the " + QueueNoun(e.queue) + " to run now.";
    case EventKind::kCancel:
      return ItemLabel(s, e, log) + " is removed from the " + QueueNoun(e.queue) +
             " (cleared) and will never run.";
    case EventKind::kCallbackStart:
      return CallbackStart(s, e, log);
    case EventKind::kCallbackEnd:
      if (s.drain_depth > 0)
        return Label(log, s.running.label, s.running.queue) +
               " is done; processTicksAndRejections keeps going until the nextTick and microtask "
               "queues are both empty.";
      return Label(log, s.running.label, s.running.queue) +
             " is done. Before the loop moves on, Node drains process.nextTick callbacks and then "
             "promise "
             "microtasks (InternalCallbackScope::Close).";
    case EventKind::kDrainStart:
      return DrainStartSentence(DrainKindFromValue(e.value));
    case EventKind::kDrainEnd:
      return "The nextTick and microtask queues are both empty; control returns to the event loop.";
    case EventKind::kPoolJobStart:
      return PoolJob(s, e, log, true);
    case EventKind::kPoolJobFinish:
      return PoolJob(s, e, log, false);
    case EventKind::kOsOpStart:
      return OsOpName(s, e, log) +
             " is handed to the operating system (epoll): no thread is busy while it waits.";
    case EventKind::kOsOpReady:
      return "The OS reports " + OsOpName(s, e, log) +
             " ready; its callback runs in the next poll phase.";
    case EventKind::kOsOpDone:
      return OsOpName(s, e, log) + " is complete and leaves the list of OS operations.";
    case EventKind::kConsole:
      return ConsoleSentence(s, e, log);
    case EventKind::kHandle:
      return HandleSentence(s, e, log);
    case EventKind::kRaceMark:
      return "Race: " + std::string(log.Text(e.text)) +
             ". Real Node can go either way here; Loopscope picks one order, the same every run.";
    case EventKind::kNote:
      return std::string(log.Text(e.text));
    case EventKind::kRenderStep:
      return RenderStepSentence(e);
    case EventKind::kStream:
      return StreamSentence(s, e, log);
    case EventKind::kThread:
      return ThreadSentence(e);
    case EventKind::kLimit:
      return "Stopped: " + std::string(log.Text(e.text)) +
             ". The program was still running when it hit this limit.";
    case EventKind::kUncaught:
      if (s.phase == Phase::kNone && e.loc.line != 0)  // before the main script: a compile error
        return "The program cannot be compiled: " + std::string(log.Text(e.text)) + ", at line " +
               std::to_string(e.loc.line) + ", column " + std::to_string(e.loc.col) +
               ". None of it runs.";
      return "Uncaught exception: " + std::string(log.Text(e.text)) +
             ". Node prints the error and exits with code 1.";
    case EventKind::kProcessExit:
      // Documents before version 5 do not say why.
      return "The process exits with code " + std::to_string(e.value) +
             (e.text != 0 ? ": " + std::string(log.Text(e.text)) + "." : std::string("."));
  }
  return {};
}

}  // namespace loopscope::trace
