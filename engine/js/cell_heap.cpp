// engine/js/cell_heap.cpp — pages of the cell heap: adding one, the live bits, teardown.
//
// The allocation and sweep loops are templates in cell_heap.h (they construct cells of any
// type and call the collector's per-cell bookkeeping inline); this file holds the rest.
// Where to look next: cell_heap.h.
#include "engine/js/cell_heap.h"

namespace loopscope::js {

CellHeap::~CellHeap() {
  for (std::vector<Page*>& pages : pages_) {
    for (Page* page : pages) {
      for (size_t i = 0; i < page->slots; ++i)
        if (page->live[i / 64] >> (i % 64) & 1) reinterpret_cast<Cell*>(SlotAt(page, i))->~Cell();
    }
  }  // the pages' memory goes with page_memory_
  for (Cell* c : large_) delete c;
}

void CellHeap::AddPage(size_t size_class) {
  void* memory = page_memory_.Take();
  Page* page = new (memory) Page{};
  page->slot_bytes = static_cast<uint32_t>((size_class + 1) * kGranule);
  page->slots = static_cast<uint32_t>((kPageBytes - kFirstSlot) / page->slot_bytes);
  page->reciprocal = ((uint64_t{1} << 32) + page->slot_bytes - 1) / page->slot_bytes;
  pages_[size_class].push_back(page);
  fresh_[size_class] = {page, SlotAt(page, 0), SlotAt(page, page->slots)};
}

}  // namespace loopscope::js
