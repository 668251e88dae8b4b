// engine/trace/packed_event.h — how the step log stores one Event in 28 bytes instead of 48.
//
// Almost every field of a real event is small: times fit 48 bits, ids, string indexes and
// repeat counts fit 32, a source location fits 20 bits of line and 12 of column. PackEvent
// narrows each field (an id keeps the microtask-job bit, below) and refuses (returns false) when
// any does not fit; the log then keeps that rare event whole in a side table (step_log.h), so
// nothing is ever rounded. A value that only fits as a distance from the event's own time (a
// timer's absolute due time) is stored that way, marked by a flag. Decoding is a pure function of
// the record, so readers on several threads need no lock. The in-memory form only: the JSON format
// is unchanged.
#pragma once

#include <climits>
#include <cstdint>

#include "engine/trace/event.h"

namespace loopscope::trace {

// Trivial on purpose: a new chunk of records is not zeroed, every slot is written before read.
struct PackedEvent {
  uint32_t time_lo;
  uint16_t time_hi;     // time_ns is the 48-bit signed number time_hi:time_lo
  uint8_t kind_flags;   // low 5 bits EventKind, then kEscapedBit, kRelativeValueBit
  uint8_t phase_queue;  // low 4 bits Phase, high 4 bits Queue
  uint32_t item;        // bit 31: plus kItemHighBit; escaped: the side-table index
  uint32_t text;
  int32_t value;  // kRelativeValueBit: value - time_ns
  uint32_t loc;   // line << kColBits | col
  uint32_t from;

  static constexpr uint8_t kKindMask = 0x1F;
  static constexpr uint8_t kEscapedBit = 0x20;
  static constexpr uint8_t kRelativeValueBit = 0x40;
  static constexpr int kColBits = 12;
  // Ids of microtask jobs carry bit 48 so they never meet the StepLog::NewId ids
  // (Process::JobItemId): the record keeps that one bit in its item's bit 31.
  static constexpr uint64_t kItemHighBit = uint64_t{1} << 48;
  static constexpr uint32_t kItemFlag = uint32_t{1} << 31;

  EventKind kind() const { return static_cast<EventKind>(kind_flags & kKindMask); }
  bool escaped() const { return (kind_flags & kEscapedBit) != 0; }
};
static_assert(sizeof(PackedEvent) == 28, "the log's memory budget assumes a 28-byte record");
static_assert(kEventKindCount <= PackedEvent::kKindMask + 1, "EventKind outgrew its 5 bits");
static_assert(kPhaseCount <= 16 && kQueueCount <= 16, "Phase or Queue outgrew its 4 bits");

namespace packed_detail {
constexpr int64_t kTimeMin = -(int64_t{1} << 47), kTimeMax = (int64_t{1} << 47) - 1;
constexpr uint32_t kLineMax = (uint32_t{1} << (32 - PackedEvent::kColBits)) - 1;
constexpr uint32_t kColMax = (uint32_t{1} << PackedEvent::kColBits) - 1;

inline bool FitsInt32(int64_t v) {
  return v >= INT32_MIN && v <= INT32_MAX;
}
inline bool PackLoc(Loc loc, uint32_t* out) {
  if (loc.line > kLineMax || loc.col > kColMax) return false;
  *out = loc.line << PackedEvent::kColBits | loc.col;
  return true;
}
inline Loc UnpackLoc(uint32_t bits) {
  return Loc{bits >> PackedEvent::kColBits, bits & kColMax};
}
inline bool PackItem(uint64_t item, uint32_t* out) {
  const uint64_t low = item & ~PackedEvent::kItemHighBit;
  if (low >= PackedEvent::kItemFlag) return false;
  *out = static_cast<uint32_t>(low) | (item != low ? PackedEvent::kItemFlag : 0);
  return true;
}
inline uint64_t UnpackItem(uint32_t bits) {
  const uint64_t low = bits & ~PackedEvent::kItemFlag;
  return (bits & PackedEvent::kItemFlag) ? low | PackedEvent::kItemHighBit : low;
}
}  // namespace packed_detail

// Fills `out` and returns true when every field of `e` fits; false leaves `out` unspecified.
inline bool PackEvent(const Event& e, PackedEvent* out) {
  using namespace packed_detail;
  if (e.time_ns < kTimeMin || e.time_ns > kTimeMax || !PackItem(e.item, &out->item)) return false;
  uint8_t flags = 0;
  int64_t value = e.value;
  if (!FitsInt32(value)) {
    // Past half of int64's range the distance to a 48-bit time cannot fit int32 anyway, and
    // refusing there first keeps the subtraction from overflowing.
    if (value < INT64_MIN / 2 || value > INT64_MAX / 2) return false;
    value -= e.time_ns;
    if (!FitsInt32(value)) return false;
    flags = PackedEvent::kRelativeValueBit;
  }
  if (!PackLoc(e.loc, &out->loc) || !PackLoc(e.from, &out->from)) return false;
  const auto time = static_cast<uint64_t>(e.time_ns);
  out->time_lo = static_cast<uint32_t>(time);
  out->time_hi = static_cast<uint16_t>(time >> 32);
  out->kind_flags = static_cast<uint8_t>(static_cast<uint8_t>(e.kind) | flags);
  out->phase_queue =
      static_cast<uint8_t>(static_cast<uint8_t>(e.phase) | static_cast<uint8_t>(e.queue) << 4);
  out->text = e.text;
  out->value = static_cast<int32_t>(value);
  return true;
}

// A record that only says "escaped, see side-table entry `index`" (its kind kept for scans).
inline PackedEvent EscapedRecord(EventKind kind, uint32_t index) {
  PackedEvent p{};
  p.kind_flags = static_cast<uint8_t>(static_cast<uint8_t>(kind) | PackedEvent::kEscapedBit);
  p.item = index;
  return p;
}

// The event a non-escaped record holds.
inline Event UnpackEvent(const PackedEvent& p) {
  using namespace packed_detail;
  Event e;
  // Sign-extend the 48-bit time: shift it to the top of 64 bits and back.
  const uint64_t time = uint64_t{p.time_hi} << 32 | p.time_lo;
  e.time_ns = static_cast<int64_t>(time << 16) >> 16;
  e.item = UnpackItem(p.item);
  e.value = p.value;
  if (p.kind_flags & PackedEvent::kRelativeValueBit) e.value += e.time_ns;
  e.text = p.text;
  e.loc = UnpackLoc(p.loc);
  e.from = UnpackLoc(p.from);
  e.kind = p.kind();
  e.phase = static_cast<Phase>(p.phase_queue & 0x0F);
  e.queue = static_cast<Queue>(p.phase_queue >> 4);
  return e;
}

}  // namespace loopscope::trace
