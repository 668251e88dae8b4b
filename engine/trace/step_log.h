// engine/trace/step_log.h — the append-only step log: every event of one run, stored compactly.
//
// The Node layer appends `Event`s while it simulates; afterwards the log is immutable and the
// UI, the exports and the tests read it. Each event is stored as a 28-byte PackedEvent
// (packed_event.h); the few whose fields do not fit are kept whole in a side table. Strings
// (labels, console text, frame names) are interned once and events refer to them by index. Growth
// is bounded twice: runs of repeated kStatement events collapse into one event with a repeat count
// (rule below), and a hard cap on the event count drops further events (the log then reports
// `truncated()`). Where to look next: event.h (the record), loop_state.h (what step i looks like),
// checkpoints.h (StateAt for any i), docs/trace-format.md (the JSON form).
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "engine/memory/block_arena.h"
#include "engine/trace/event.h"
#include "engine/trace/packed_event.h"

namespace loopscope::trace {

// What the UI shows about the run as a whole, beside the events.
struct RunInfo {
  static constexpr int kMaxPoolSize = 1024;  // libuv's MAX_THREADPOOL_SIZE (threadpool.c)
  std::string program_name;                  // the file name as the user gave it ("puzzle.js")
  std::string source_text;                   // the program's source, for the source panel
  int pool_size = 4;                         // UV_THREADPOOL_SIZE in effect
  int cpu_cores = 1;       // cores the simulated machine shares between main and pool
  bool real_time = false;  // a live run: times are real monotonic ns, threads real ones
  bool browser = false;    // the browser host's page (docs/browser.md): no Node, no libuv
  bool operator==(const RunInfo&) const = default;
};

// Interned strings live in a few large blocks so that each costs its bytes, a view and a
// hash-map entry, not a std::string's 32 bytes plus a heap allocation of its own.
// The Node layer interns a label or frame name for nearly every event, mostly the same few
// again and again, so a small direct-mapped cache of recent texts answers before the map.
class StringTable {
 public:
  StringTable();
  uint32_t Intern(std::string_view text);
  std::string_view Text(uint32_t index) const;
  size_t size() const { return views_.size(); }
  size_t MemoryBytes() const;

 private:
  static constexpr size_t kBlockBytes = 64 * 1024;
  static constexpr int kRecentBits = 6;  // 64 cache slots

  // The cache slot of a text from its length and its first and last 8 bytes.
  static size_t RecentSlot(uint64_t head, uint64_t tail, size_t size);

  std::vector<std::unique_ptr<char[]>> blocks_;
  size_t block_used_ = kBlockBytes;  // forces a first block on the first non-empty string
  std::vector<std::string_view> views_;
  std::unordered_map<std::string_view, uint32_t> index_;
  std::array<uint32_t, size_t{1} << kRecentBits> recent_{};  // string indexes; 0 = empty slot
};

class StepLog {
 public:
  // Keeps ~0.5 GB of events at most; the Node layer's own max_events is usually lower.
  static constexpr size_t kDefaultMaxEvents = 10'000'000;
  // A kStatement looks this many events back, within the current run of consecutive
  // statements, for an event at the same location to fold into (keeps Append O(1)).
  static constexpr size_t kCollapseWindow = 32;
  // Events that end a run (kLimit, kUncaught, kProcessExit, kConsole of the limit message)
  // may use this many slots past the cap, so a truncated log still says how it ended.
  static constexpr size_t kTailReserve = 16;
  // A limit on thread ids so that a damaged log cannot make readers allocate without bound
  // (node has none, but the simulator starts at most a few dozen workers).
  static constexpr uint32_t kMaxThreads = 256;

  explicit StepLog(size_t max_events = kDefaultMaxEvents);
  StepLog(StepLog&&) noexcept = default;
  StepLog& operator=(StepLog&&) noexcept = default;

  uint32_t Intern(std::string_view text) { return strings_.Intern(text); }
  std::string_view Text(uint32_t index) const { return strings_.Text(index); }
  const StringTable& strings() const { return strings_; }

  // Appends `event`, or folds it into an earlier statement (see kCollapseWindow), or drops
  // it past the cap. Returns false only when it was dropped.
  bool Append(const Event& event);
  // Appends exactly as given, with no folding (the JSON loader restores logs with it).
  bool AppendRaw(const Event& event);
  // Appends `event` as an event of JavaScript thread `thread` (0 = main, a worker's
  // threadId): when the previous event was another thread's, a kThread marker goes first.
  // Markers cost one record per switch, not a field in every record (packed_event.h).
  bool AppendOn(uint32_t thread, const Event& event);

  // The thread event `index` ran on, and how many threads the log names (at least 1).
  uint32_t ThreadAt(size_t index) const;
  uint32_t thread_count() const { return thread_count_; }

  size_t size() const { return size_; }
  bool empty() const { return size_ == 0; }
  // The event at `index`, decoded (a value: the log stores a packed form).
  Event At(size_t index) const;
  Event operator[](size_t index) const { return At(index); }
  EventKind KindAt(size_t index) const { return Record(index).kind(); }
  // The first event of kind `k` at or after `begin`, or size() when there is none; and the
  // last one before `end`, or kNone. Chunks holding no event of that kind are skipped whole,
  // so finding the next phase in a ten-million-event log reads a few thousand masks.
  static constexpr size_t kNone = static_cast<size_t>(-1);
  size_t NextOfKind(size_t begin, EventKind k) const;
  size_t PrevOfKind(size_t end, EventKind k) const;

  // A fresh id for a queue item, job, OS operation, handle or frame (never 0).
  uint64_t NewId() { return next_id_++; }
  uint64_t PeekNextId() const { return next_id_; }
  // For loaders: puts back the id counter and the drop count a saved log had.
  void RestoreCounters(uint64_t next_id, size_t dropped) {
    next_id_ = next_id > 0 ? next_id : 1;
    dropped_ = dropped;
  }

  // Console lines in order: each is the index of a kConsole event.
  const std::vector<uint32_t>& console_events() const { return console_events_; }

  const RunInfo& info() const { return info_; }
  void set_info(RunInfo info) { info_ = std::move(info); }

  size_t max_events() const { return max_events_; }
  bool truncated() const { return dropped_ > 0; }
  size_t dropped() const { return dropped_; }
  size_t collapsed() const { return collapsed_; }
  // Heap bytes held by events, strings and indexes (the compactness benchmark reports it).
  size_t MemoryBytes() const;

 private:
  // Records live in fixed-size chunks: appending never moves earlier ones, so growth costs
  // no copy. The chunks are cut from huge-page memory (engine/memory/block_arena.h), 18 to
  // its 2 MiB.
  static constexpr size_t kChunkShift = 12;  // 4096 records (112 KiB) per chunk
  static constexpr size_t kChunkEvents = size_t{1} << kChunkShift;

  // Where the thread changes: a kThread marker's index and the thread it names.
  struct ThreadSwitch {
    size_t index = 0;
    uint32_t thread = 0;
  };
  bool TryCollapse(const Event& event);
  // True when `count` more events of this kind fit (ending events may use the tail reserve).
  bool HasRoom(EventKind kind, size_t count) const;
  void Store(const Event& event);
  // Writes `event` into slot `index` (packed, or whole in escaped_ when it does not fit).
  void Put(size_t index, const Event& event);
  const PackedEvent& Record(size_t index) const {
    return chunks_[index >> kChunkShift][index & (kChunkEvents - 1)];
  }

  memory::BlockArena chunk_memory_{kChunkEvents * sizeof(PackedEvent)};
  std::vector<PackedEvent*> chunks_;
  // chunk_kinds_[c]: bit k set when chunk c holds an event of EventKind k (NextOfKind).
  std::vector<uint32_t> chunk_kinds_;
  std::vector<Event> escaped_;  // events too wide to pack, by PackedEvent::item
  size_t size_ = 0;
  size_t max_events_;
  size_t dropped_ = 0;
  size_t collapsed_ = 0;
  size_t statement_run_start_ = 0;  // first event of the current run of kStatement events
  uint64_t next_id_ = 1;
  std::vector<uint32_t> console_events_;
  std::vector<ThreadSwitch> thread_switches_;
  uint32_t thread_ = 0;  // the thread of the last stored event
  uint32_t thread_count_ = 1;
  StringTable strings_;
  RunInfo info_;
};

}  // namespace loopscope::trace
