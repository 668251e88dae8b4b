// engine/trace/loop_state.h — everything the user sees at one step, and the step function.
//
// `LoopState` is the state after applying events [0, i] of a StepLog: call stack, queues,
// phase, timers, thread pool, OS operations, console (as a count into the log), clock, race
// mark, exit status and the explanation sentence of step i; per JavaScript thread where a run
// has workers (ThreadLoop, ThreadView). Strings stay interned (indexes
// into the log's string table) so a state copies cheaply; resolve them with log.Text().
// `Apply` is the one pure step function; checkpoints.h makes StateAt(i) cheap for any i and
// explain.h writes the sentences.
#pragma once

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "engine/trace/event.h"
#include "engine/trace/step_log.h"

namespace loopscope::trace {

// One entry of a queue (or the callback now running, which came from one).
struct QueueItem {
  uint64_t id = 0;
  uint32_t label = 0;       // string index: "setTimeout 10 ms (L3)", "readFile cb"...
  Loc from;                 // the statement that scheduled it
  int64_t due_ns = 0;       // timers only: absolute virtual due time
  int64_t enqueued_ns = 0;  // when it was queued
  uint64_t seq = 0;         // insertion order (ties between equal due times)
  Queue queue = Queue::kNextTick;
  bool operator==(const QueueItem&) const = default;
};

struct Frame {
  uint32_t name = 0;     // string index of the display name ("<main>", "onTimeout")
  Loc function;          // where the function is defined
  Loc statement;         // the statement running now in this frame
  uint32_t repeats = 0;  // >1 when the statement event was folded (a loop)
  uint64_t item = 0;     // the queue item this callback came from (0 = none)
  bool operator==(const Frame&) const = default;
};

// A function parked at an `await` (kFrameSuspend): off the call stack, but not finished; a
// microtask puts it back (kFrameResume) once what it awaits settles.
struct ParkedFrame {
  uint32_t name = 0;        // string index of the display name
  Loc function;             // where the function is defined
  Loc at;                   // the `await` it parked at
  uint64_t activation = 0;  // which call of the function (matches the resume)
  int64_t since_ns = 0;
  bool operator==(const ParkedFrame&) const = default;
};

struct PoolThread {
  uint64_t job = 0;  // 0 = idle
  uint32_t label = 0;
  int64_t since_ns = 0;     // busy since / idle since
  int64_t expected_ns = 0;  // the job's modelled duration (0 = unknown); may be exceeded
  Loc from;                 // the statement that submitted the job
  bool operator==(const PoolThread&) const = default;
};

struct OsOperation {
  uint64_t id = 0;
  uint32_t label = 0;
  Loc from;
  int64_t since_ns = 0;
  int64_t expected_ns = 0;  // from start to ready, as the scenario models it (0 = unknown)
  bool ready = false;       // the kernel reported it ready; its callback waits for poll
  bool operator==(const OsOperation&) const = default;
};

struct HandleInfo {
  uint64_t id = 0;
  uint32_t label = 0;
  bool ref = true;  // ref'd handles keep the loop alive (uv__loop_alive)
  bool operator==(const HandleInfo&) const = default;
};

// One side of a stream (stream_ops.h): its buffer against its highWaterMark and its state.
struct StreamInfo {
  uint64_t id = 0;
  uint32_t label = 0;           // string index: "Writable#2 (fs.createWriteStream out.txt)"
  int64_t high_water_mark = 0;  // bytes, or objects in object mode
  int64_t length = 0;           // buffered now
  int64_t peak = 0;             // the most it has held so far
  int64_t wait_since_ns = 0;    // when write() last returned false
  uint32_t drain_waits = 0;     // how many times write() returned false
  bool writable_side = false;
  bool object_mode = false;
  bool flowing = false;   // readable side: in flowing mode
  bool paused = false;    // readable side: pause() or a pipe's backpressure stopped it
  bool ended = false;     // push(null) / end() was called
  bool finished = false;  // 'end' / 'finish' was emitted
  bool destroyed = false;
  bool waiting_drain = false;  // write() returned false and 'drain' has not come yet
  bool operator==(const StreamInfo&) const = default;
};

struct RaceMark {
  uint32_t text = 0;
  Loc loc;
  size_t step = 0;  // the event that recorded it
  bool operator==(const RaceMark&) const = default;
};

// What belongs to one JavaScript thread (the main thread or a worker: each has its own
// clock, loop, call stack, queues, pool and OS list, docs/engine.md "worker_threads").
// LoopState holds the thread of its last event in these fields and the others in `threads`.
struct ThreadLoop {
  int64_t time_ns = 0;  // this thread's virtual clock
  Phase phase = Phase::kNone;
  int64_t iteration = 0;            // loop iteration of the current phase
  bool in_phase = false;            // between kPhaseEnter and kPhaseLeave
  std::vector<Frame> stack;         // bottom first
  std::vector<ParkedFrame> parked;  // suspended async functions, oldest first
  Loc statement;                    // the latest statement (also when no frame is recorded)
  std::array<std::vector<QueueItem>, kQueueCount> queues;  // kTimers sorted by (due, seq)
  QueueItem running;                                       // the callback now running (id 0 = none)
  int drain_depth = 0;  // inside processTicksAndRejections / a microtask checkpoint
  DrainKind drain_kind = DrainKind::kMicrotaskCheckpoint;  // the outermost drain's (when depth > 0)
  std::vector<PoolThread> pool;                            // one per thread, sized by kRunStart
  std::vector<OsOperation> os_ops;
  std::vector<HandleInfo> handles;
  std::vector<StreamInfo> streams;  // every stream side recorded so far, in creation order
  bool exited = false;
  int64_t exit_code = 0;
  uint32_t uncaught = 0;  // first line of an uncaught error (0 = none)
  Loc uncaught_at;        // where it was thrown, or the compile error (0:0 = unknown)
  uint64_t next_seq = 1;  // insertion order of this thread's queue items

  const std::vector<QueueItem>& Items(Queue q) const { return queues[static_cast<size_t>(q)]; }
  size_t MemoryBytes() const;  // heap bytes only
  bool operator==(const ThreadLoop&) const = default;
};

struct LoopState : ThreadLoop {
  static constexpr size_t kNoStep = static_cast<size_t>(-1);

  size_t step = kNoStep;  // index of the last applied event
  uint32_t thread = 0;    // the thread of event `step`, whose state the ThreadLoop fields hold
  // Every thread seen so far, by thread id; the entry of `thread` itself is unused (empty).
  std::vector<ThreadLoop> threads;
  size_t console_count = 0;  // log.console_events()[0 .. console_count) are printed
  RaceMark race;             // the latest race mark (text 0 = none yet)
  uint64_t callbacks_run = 0;
  uint32_t limit = 0;       // which limit stopped the run (0 = none)
  std::string explanation;  // why step `step` happened, in one or two sentences

  // Threads seen so far (at least 1: the main thread).
  uint32_t thread_count() const {
    return std::max<uint32_t>(static_cast<uint32_t>(threads.size()), thread + 1);
  }
  // Heap + inline bytes, used to decide how often a checkpoint may be stored.
  size_t MemoryBytes() const;
  bool operator==(const LoopState&) const = default;
};

// The same step seen from thread `thread`: its ThreadLoop in the fields the panels read (an
// empty one when the thread has not started yet), the run-wide fields unchanged.
LoopState ThreadView(const LoopState& state, uint32_t thread);

// The step function without the sentence: advances `state` over `event` (the event with index
// `index` in its log). Checkpoint replay uses it; it never allocates strings.
void ApplyEvent(LoopState& state, const Event& event, size_t index);
// The kStream part of ApplyEvent (stream_state.cpp).
void ApplyStreamEvent(LoopState& state, const Event& event);

// The full step: explains event `index` against the state before it, then applies it.
// `state` must be the state after event index-1 (the default LoopState for index 0).
void Apply(LoopState& state, const StepLog& log, size_t index);

}  // namespace loopscope::trace
