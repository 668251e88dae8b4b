// engine/js/cell_heap.h — where the garbage-collected cells live: size-class pages.
//
// Cells of up to kMaxSmallBytes come from 64 KiB pages, each cut into slots of one size
// (16-byte steps) with a bit per slot saying whether it holds a live cell. Allocation pops a
// per-size free list, or takes the next slot of the size's newest page; the sweep walks each
// page's slots in address order (no pointer chasing, the next slot is already on its way into
// the cache) and rebuilds the free lists in that order, so the next allocations fill the
// lowest free addresses first. Pages are cut from huge-page chunks (engine/memory/block_arena.h)
// and kept until the heap is destroyed (then the chunks go back to the process's chunk supply
// for the next run: engine/memory/chunk_supply.h). Bigger cells (none of the engine's own
// kinds today) are allocated one by one and kept in a vector. What a cell costs on the heap
// meter does not depend on any of this (Runtime::CellBytes).
// Where to look next: heap.cpp (marking, what a dead cell gives back), runtime.h (Alloc).
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <new>
#include <type_traits>
#include <utility>
#include <vector>

#include "engine/js/value.h"
#include "engine/memory/block_arena.h"

namespace loopscope::js {

class CellHeap {
 public:
  static constexpr size_t kPageBytes = size_t{64} << 10;
  static constexpr size_t kGranule = 16;
  static constexpr size_t kMaxSmallBytes = 256;

  CellHeap() = default;
  CellHeap(const CellHeap&) = delete;
  CellHeap& operator=(const CellHeap&) = delete;
  ~CellHeap();  // destroys every cell still live (their destructors may free more storage)

  // Constructs a T in a fresh slot. A constructor that throws leaves its slot unused.
  template <typename T, typename... Args>
  T* New(Args&&... args) {
    static_assert(std::is_base_of_v<Cell, T>);
    if constexpr (sizeof(T) > kMaxSmallBytes) {
      T* cell = new T(std::forward<Args>(args)...);
      large_.push_back(cell);
      return cell;
    } else {
      const size_t size_class = SizeClass(sizeof(T));
      Page* page;
      std::byte* slot;
      if (FreeSlot* free = free_[size_class]) {
        free_[size_class] = free->next;
        page = free->page;
        slot = reinterpret_cast<std::byte*>(free);
      } else {
        FreshSlots& fresh = fresh_[size_class];
        if (fresh.next == fresh.end) AddPage(size_class);
        page = fresh.page;
        slot = fresh.next;
        fresh.next += page->slot_bytes;
      }
      const size_t index = page->IndexOf(slot);
      T* cell = new (slot) T(std::forward<Args>(args)...);
      page->live[index / 64] |= uint64_t{1} << (index % 64);
      return cell;
    }
  }

  // Destroys every live cell that is not marked, after `on_dead(cell)`, and clears the mark
  // of the others. Returns how many cells are left.
  template <typename OnDead>
  size_t Sweep(OnDead&& on_dead);

 private:
  static constexpr size_t kClasses = kMaxSmallBytes / kGranule;
  static constexpr size_t kMaxSlots = kPageBytes / kGranule;
  static constexpr size_t kSweepAhead = 4;  // slots the sweep prefetches ahead

  // The start of every page: its slots follow at kFirstSlot.
  struct Page {
    uint32_t slot_bytes;
    uint32_t slots;
    uint64_t reciprocal;  // 2^32 / slot_bytes rounded up: IndexOf without a division
    std::array<uint64_t, kMaxSlots / 64> live;  // bit i: slot i holds a constructed cell
    size_t IndexOf(const void* slot) const;
  };
  static constexpr size_t kFirstSlot = (sizeof(Page) + kGranule - 1) / kGranule * kGranule;
  // A slot on a free list; it knows its page, so allocation needs no page lookup.
  struct FreeSlot {
    FreeSlot* next;
    Page* page;
  };
  static_assert(sizeof(FreeSlot) <= kGranule);

  // The slots of a size class's newest page not yet handed out: allocation takes them in
  // address order without a free list, so a new page is written once, by its cells (linking
  // every slot first was a twenty-fifth of the promise storm). The sweep links whatever is
  // left of them into the free list and empties this.
  struct FreshSlots {
    Page* page = nullptr;
    std::byte* next = nullptr;
    std::byte* end = nullptr;
  };

  static size_t SizeClass(size_t bytes) { return (bytes + kGranule - 1) / kGranule - 1; }
  static std::byte* SlotAt(Page* page, size_t i) {
    return reinterpret_cast<std::byte*>(page) + kFirstSlot + i * page->slot_bytes;
  }
  void AddPage(size_t size_class);  // makes a new page the class's fresh slots
  // Sweeps one page; appends its free slots to `*tail`. Returns its live cells.
  template <typename OnDead>
  size_t SweepPage(Page* page, FreeSlot**& tail, OnDead& on_dead);

  memory::BlockArena page_memory_{kPageBytes};
  std::array<std::vector<Page*>, kClasses> pages_;
  std::array<FreeSlot*, kClasses> free_{};
  std::array<FreshSlots, kClasses> fresh_{};
  std::vector<Cell*> large_;
};

// The offset is an exact multiple of slot_bytes below 2^16, so the rounded-up reciprocal's
// error (under offset / 2^32) never reaches the next integer.
inline size_t CellHeap::Page::IndexOf(const void* slot) const {
  const auto offset = static_cast<uint64_t>(static_cast<const std::byte*>(slot) -
                                            reinterpret_cast<const std::byte*>(this) - kFirstSlot);
  return static_cast<size_t>(offset * reciprocal >> 32);
}

template <typename OnDead>
size_t CellHeap::SweepPage(Page* page, FreeSlot**& tail, OnDead& on_dead) {
  size_t live = 0;
  for (size_t i = 0; i < page->slots; ++i) {
    std::byte* slot = SlotAt(page, i);
    // Every slot's header is read or written below; asking a few slots ahead hides the
    // misses on a heap larger than the cache (a tenth of the promise storm's sweep time).
    if (i + kSweepAhead < page->slots) __builtin_prefetch(SlotAt(page, i + kSweepAhead), 1);
    uint64_t& word = page->live[i / 64];
    const uint64_t bit = uint64_t{1} << (i % 64);
    if (word & bit) {
      Cell* c = reinterpret_cast<Cell*>(slot);
      if (c->marked) {
        c->marked = false;
        ++live;
        continue;
      }
      on_dead(c);
      c->~Cell();
      word &= ~bit;
    }
    FreeSlot* free_slot = reinterpret_cast<FreeSlot*>(slot);
    free_slot->page = page;
    *tail = free_slot;
    tail = &free_slot->next;
  }
  return live;
}

template <typename OnDead>
size_t CellHeap::Sweep(OnDead&& on_dead) {
  size_t live = 0;
  for (size_t k = 0; k < kClasses; ++k) {
    FreeSlot** tail = &free_[k];
    for (Page* page : pages_[k]) live += SweepPage(page, tail, on_dead);
    *tail = nullptr;
    fresh_[k] = {};
  }
  size_t kept = 0;
  for (Cell* c : large_) {
    if (c->marked) {
      c->marked = false;
      large_[kept++] = c;
    } else {
      on_dead(c);
      delete c;
    }
  }
  large_.resize(kept);
  return live + kept;
}

}  // namespace loopscope::js
