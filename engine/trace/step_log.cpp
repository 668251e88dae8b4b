// engine/trace/step_log.cpp — StepLog and StringTable: chunked event storage, interning, the
// statement-folding rule and the hard cap. Where to look next: step_log.h for the contract,
// docs/trace-format.md ("Bounded growth") for the rule as users read it.
#include "engine/trace/step_log.h"

#include <algorithm>
#include <cassert>
#include <cstring>
#include <iterator>
#include <type_traits>

namespace loopscope::trace {

static_assert(kEventKindCount <= 32, "StepLog::chunk_kinds_ holds one bit per EventKind");

static uint32_t KindBit(EventKind k) {
  return uint32_t{1} << static_cast<unsigned>(k);
}

// Writes `event` into a slot whose old content (if any) is not in the side table: packed, or
// whole in `escaped` when a field does not fit.
static void PackOrEscape(PackedEvent& record, const Event& event, std::vector<Event>& escaped) {
  if (PackEvent(event, &record)) [[likely]]
    return;
  record = EscapedRecord(event.kind, static_cast<uint32_t>(escaped.size()));
  escaped.push_back(event);
}

StringTable::StringTable() {
  views_.emplace_back();  // index 0 is the empty string, so a zeroed Event means "no text"
  index_.emplace(std::string_view(), 0);
}

namespace {

// The first and the last 8 bytes of a text (overlapping below 16 bytes; below 8, its bytes
// zero-padded, twice). Loaded with fixed-size copies, which compile to plain loads, where a
// copy of a variable length would be a call to memcpy.
struct TextEnds {
  uint64_t head = 0, tail = 0;
};

TextEnds EndsOf(std::string_view text) {
  TextEnds ends;
  if (text.size() >= 8) {
    std::memcpy(&ends.head, text.data(), 8);
    std::memcpy(&ends.tail, text.data() + text.size() - 8, 8);
    return ends;
  }
  for (size_t i = 0; i < text.size(); ++i)
    ends.head |= uint64_t{static_cast<unsigned char>(text[i])} << (8 * i);
  ends.tail = ends.head;
  return ends;
}

// Texts of the same length up to 16 bytes are equal when their ends are: the ends cover them.
bool SameText(std::string_view a, const TextEnds& a_ends, std::string_view b) {
  if (a.size() != b.size()) return false;
  if (a.size() > 16) return std::memcmp(a.data(), b.data(), a.size()) == 0;
  const TextEnds b_ends = EndsOf(b);
  return a_ends.head == b_ends.head && a_ends.tail == b_ends.tail;
}

}  // namespace

// A cheap hash for the cache: the length and the first and last 8 bytes, mixed by a
// multiplication (Fibonacci hashing); the cache compares the whole text before trusting it.
size_t StringTable::RecentSlot(uint64_t head, uint64_t tail, size_t size) {
  const uint64_t mixed = (head ^ (tail * 31) ^ size) * 0x9E3779B97F4A7C15ull;
  return static_cast<size_t>(mixed >> (64 - kRecentBits));
}

uint32_t StringTable::Intern(std::string_view text) {
  if (text.empty()) return 0;
  const TextEnds ends = EndsOf(text);
  uint32_t& recent = recent_[RecentSlot(ends.head, ends.tail, text.size())];
  if (recent != 0 && SameText(text, ends, views_[recent])) return recent;
  if (auto found = index_.find(text); found != index_.end()) return recent = found->second;
  const size_t need = text.size();
  char* dest = nullptr;
  if (need > kBlockBytes / 4) {
    // Large texts (a long console line) get a block of their own so they do not waste the
    // tail of the current shared block.
    blocks_.insert(blocks_.begin(), std::make_unique<char[]>(need));
    dest = blocks_.front().get();
  } else {
    if (block_used_ + need > kBlockBytes) {
      blocks_.push_back(std::make_unique<char[]>(kBlockBytes));
      block_used_ = 0;
    }
    dest = blocks_.back().get() + block_used_;
    block_used_ += need;
  }
  std::memcpy(dest, text.data(), need);
  const auto index = static_cast<uint32_t>(views_.size());
  views_.emplace_back(dest, need);
  index_.emplace(views_.back(), index);
  return recent = index;
}

std::string_view StringTable::Text(uint32_t index) const {
  assert(index < views_.size() && "string index not from this log's table (Intern it first)");
  return index < views_.size() ? views_[index] : std::string_view();
}

size_t StringTable::MemoryBytes() const {
  // A node of unordered_map<string_view, uint32_t> holds the pair, a next pointer and the
  // cached hash; the bucket array holds one pointer per bucket.
  constexpr size_t kNodeBytes = sizeof(std::string_view) + sizeof(uint32_t) + 2 * sizeof(void*);
  size_t bytes = views_.capacity() * sizeof(std::string_view);
  bytes += index_.size() * kNodeBytes + index_.bucket_count() * sizeof(void*);
  for (size_t i = 0; i < blocks_.size(); ++i) bytes += kBlockBytes;  // large blocks: close enough
  return bytes;
}

StepLog::StepLog(size_t max_events) : max_events_(max_events) {
  assert(max_events > 0 && "a StepLog needs room for at least one event");
}

Event StepLog::At(size_t index) const {
  assert(index < size_ && "StepLog::At past the end of the log");
  const PackedEvent& record = Record(index);
  return record.escaped() ? escaped_[record.item] : UnpackEvent(record);
}

void StepLog::Put(size_t index, const Event& event) {
  PackedEvent& record = chunks_[index >> kChunkShift][index & (kChunkEvents - 1)];
  if (index < size_ && record.escaped()) {
    escaped_[record.item] = event;  // once wide, a slot stays in the side table
    return;
  }
  PackOrEscape(record, event, escaped_);
}

static bool EndsRun(EventKind kind) {
  return kind == EventKind::kLimit || kind == EventKind::kUncaught ||
         kind == EventKind::kProcessExit || kind == EventKind::kConsole;
}

bool StepLog::Append(const Event& event) {
  if (event.kind == EventKind::kStatement && TryCollapse(event)) return true;
  return AppendRaw(event);
}

bool StepLog::HasRoom(EventKind kind, size_t count) const {
  return size_ + count <= max_events_ ||
         (EndsRun(kind) && size_ + count <= max_events_ + kTailReserve);
}

bool StepLog::AppendRaw(const Event& event) {
  if (!HasRoom(event.kind, 1)) {
    ++dropped_;
    return false;
  }
  Store(event);
  return true;
}

bool StepLog::AppendOn(uint32_t thread, const Event& event) {
  if (thread != thread_) {
    // The marker only goes in with the event it introduces, so a full log never ends on one.
    if (!HasRoom(event.kind, 2)) {
      ++dropped_;
      return false;
    }
    Event marker;
    marker.kind = EventKind::kThread;
    marker.time_ns = event.time_ns;
    marker.value = thread;
    Store(marker);
  }
  return Append(event);
}

uint32_t StepLog::ThreadAt(size_t index) const {
  auto after = std::upper_bound(thread_switches_.begin(), thread_switches_.end(), index,
                                [](size_t i, const ThreadSwitch& s) { return i < s.index; });
  return after == thread_switches_.begin() ? 0 : std::prev(after)->thread;
}

// The folding rule: a statement whose location already appears among the last
// kCollapseWindow events of the current run of consecutive kStatement events does not append;
// it adds its repeat count (at least 1) to that earlier event. A busy loop therefore costs one
// event per distinct statement of its body, while any frame, queue or phase event ends the run
// so the order of everything observable is kept exactly.
bool StepLog::TryCollapse(const Event& event) {
  if (size_ == 0 || KindAt(size_ - 1) != EventKind::kStatement) return false;
  const size_t lowest = std::max(statement_run_start_, size_ - std::min(size_, kCollapseWindow));
  // Locations are compared in their packed form; only the event that folds is decoded.
  uint32_t packed_loc = 0;
  const bool packable = packed_detail::PackLoc(event.loc, &packed_loc);
  for (size_t i = size_; i-- > lowest;) {
    const PackedEvent& record = Record(i);
    const bool same = record.escaped() ? escaped_[record.item].loc == event.loc
                                       : packable && record.loc == packed_loc;
    if (same) {
      Event earlier = At(i);
      earlier.value = std::max<int64_t>(earlier.value, 1) + std::max<int64_t>(event.value, 1);
      Put(i, earlier);
      ++collapsed_;
      return true;
    }
  }
  return false;
}

// Called for every event of a run (about two million for the promise storm), so it
// writes the new slot directly: a fresh slot needs none of Put's side-table check.
void StepLog::Store(const Event& event) {
  const size_t chunk = size_ >> kChunkShift;
  if (chunk == chunks_.size()) [[unlikely]] {
    // Left uninitialised on purpose: every slot is written before it is read.
    static_assert(std::is_trivially_default_constructible_v<PackedEvent> &&
                  std::is_trivially_destructible_v<PackedEvent>);
    chunks_.push_back(reinterpret_cast<PackedEvent*>(chunk_memory_.Take()));
    chunk_kinds_.push_back(0);
  }
  chunk_kinds_[chunk] |= KindBit(event.kind);
  if (event.kind == EventKind::kStatement) {
    const bool run_continues = size_ > 0 && KindAt(size_ - 1) == EventKind::kStatement;
    if (!run_continues) statement_run_start_ = size_;
  } else if (event.kind == EventKind::kConsole) {
    console_events_.push_back(static_cast<uint32_t>(size_));
  } else if (event.kind == EventKind::kThread) {
    // A loaded log may name any number: readers see it clamped, as LoopState does.
    thread_ = static_cast<uint32_t>(std::clamp<int64_t>(event.value, 0, kMaxThreads - 1));
    thread_switches_.push_back({size_, thread_});
    thread_count_ = std::max(thread_count_, thread_ + 1);
  }
  PackOrEscape(chunks_[chunk][size_ & (kChunkEvents - 1)], event, escaped_);
  ++size_;
}

size_t StepLog::NextOfKind(size_t begin, EventKind k) const {
  for (size_t i = begin; i < size_;) {
    if ((chunk_kinds_[i >> kChunkShift] & KindBit(k)) == 0) {
      i = ((i >> kChunkShift) + 1) << kChunkShift;  // the next chunk's first event
      continue;
    }
    if (KindAt(i) == k) return i;
    ++i;
  }
  return size_;
}

size_t StepLog::PrevOfKind(size_t end, EventKind k) const {
  for (size_t i = std::min(end, size_); i > 0;) {
    if ((chunk_kinds_[(i - 1) >> kChunkShift] & KindBit(k)) == 0) {
      i = ((i - 1) >> kChunkShift) << kChunkShift;  // past this chunk's first event
      continue;
    }
    if (KindAt(--i) == k) return i;
  }
  return kNone;
}

size_t StepLog::MemoryBytes() const {
  size_t bytes = chunk_memory_.bytes();
  bytes += chunk_kinds_.capacity() * sizeof(uint32_t);
  bytes += escaped_.capacity() * sizeof(Event);
  bytes += chunks_.capacity() * sizeof(void*);
  bytes += console_events_.capacity() * sizeof(uint32_t);
  bytes += thread_switches_.capacity() * sizeof(ThreadSwitch);
  bytes += strings_.MemoryBytes();
  bytes += info_.program_name.capacity() + info_.source_text.capacity();
  return bytes;
}

}  // namespace loopscope::trace
