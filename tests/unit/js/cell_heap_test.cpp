// tests/unit/js/cell_heap_test.cpp — CellHeap, the pages the collector's cells live in: a
// sweep destroys exactly the unmarked cells (telling the collector first) and unmarks the
// rest, a new page's slots are handed out in address order and once, freed slots are reused,
// cells bigger than a page's slots work the same way, and the
// heap destroys what is still live when it goes.
#include "engine/js/cell_heap.h"

#include <gtest/gtest.h>

#include <set>
#include <vector>

namespace loopscope::js {
namespace {

// A cell of `kBytes` bytes or more that counts its destructions.
template <size_t kBytes>
struct TestCell : Cell {
  explicit TestCell(int* destroyed) : Cell(CellKind::kObject), destroyed_(destroyed) {}
  ~TestCell() override { ++*destroyed_; }
  int* destroyed_;
  char padding[kBytes];
};
using SmallCell = TestCell<40>;
using LargeCell = TestCell<CellHeap::kMaxSmallBytes + 64>;

TEST(CellHeapTest, SweepDestroysExactlyTheUnmarkedCells) {
  int destroyed = 0;
  CellHeap heap;
  std::vector<Cell*> cells;
  for (int i = 0; i < 10000; ++i) cells.push_back(heap.New<SmallCell>(&destroyed));  // many pages
  for (size_t i = 0; i < cells.size(); i += 2) cells[i]->marked = true;
  std::set<Cell*> reported;
  EXPECT_EQ(heap.Sweep([&](Cell* c) { reported.insert(c); }), 5000u);
  EXPECT_EQ(destroyed, 5000);
  EXPECT_EQ(reported.size(), 5000u);
  for (size_t i = 0; i < cells.size(); ++i) {
    EXPECT_EQ(reported.count(cells[i]) == 1, i % 2 == 1) << i;
    if (i % 2 == 0) EXPECT_FALSE(cells[i]->marked) << "a survivor is unmarked for the next cycle";
  }
  // Nothing is marked now: the next sweep takes the survivors too.
  EXPECT_EQ(heap.Sweep([](Cell*) {}), 0u);
  EXPECT_EQ(destroyed, 10000);
}

TEST(CellHeapTest, FreedSlotsAreReusedLowestAddressFirst) {
  int destroyed = 0;
  CellHeap heap;
  Cell* first = heap.New<SmallCell>(&destroyed);
  Cell* second = heap.New<SmallCell>(&destroyed);
  second->marked = true;
  heap.Sweep([](Cell*) {});
  EXPECT_EQ(heap.New<SmallCell>(&destroyed), first);
  EXPECT_NE(heap.New<SmallCell>(&destroyed), second) << "a live cell's slot is never handed out";
}

TEST(CellHeapTest, ANewPagesSlotsAreHandedOutInOrderAndTheSweepFreesTheRest) {
  int destroyed = 0;
  CellHeap heap;
  std::vector<Cell*> live;
  for (int i = 0; i < 3; ++i) live.push_back(heap.New<SmallCell>(&destroyed));
  const auto step = reinterpret_cast<std::byte*>(live[1]) - reinterpret_cast<std::byte*>(live[0]);
  EXPECT_GT(step, 0);
  EXPECT_EQ(reinterpret_cast<std::byte*>(live[2]) - reinterpret_cast<std::byte*>(live[1]), step);
  for (Cell* c : live) c->marked = true;
  EXPECT_EQ(heap.Sweep([](Cell*) {}), 3u);
  // The page's slots never handed out are now on the free list, lowest first.
  EXPECT_EQ(reinterpret_cast<std::byte*>(heap.New<SmallCell>(&destroyed)),
            reinterpret_cast<std::byte*>(live[2]) + step);
  std::set<Cell*> handed_out(live.begin(), live.end());
  for (int i = 0; i < 5000; ++i) {  // past the first page
    Cell* c = heap.New<SmallCell>(&destroyed);
    EXPECT_TRUE(handed_out.insert(c).second) << "slot handed out twice, cell " << i;
  }
}

TEST(CellHeapTest, LargeCellsAreSweptLikeSmallOnes) {
  int destroyed = 0;
  CellHeap heap;
  Cell* kept = heap.New<LargeCell>(&destroyed);
  heap.New<LargeCell>(&destroyed);
  heap.New<SmallCell>(&destroyed);
  kept->marked = true;
  int reported = 0;
  EXPECT_EQ(heap.Sweep([&](Cell*) { ++reported; }), 1u);
  EXPECT_EQ(reported, 2);
  EXPECT_EQ(destroyed, 2);
  EXPECT_FALSE(kept->marked);
}

TEST(CellHeapTest, DestroyingTheHeapDestroysItsLiveCells) {
  int destroyed = 0;
  {
    CellHeap heap;
    for (int i = 0; i < 3000; ++i) heap.New<SmallCell>(&destroyed);
    heap.New<LargeCell>(&destroyed);
  }
  EXPECT_EQ(destroyed, 3001);
}

}  // namespace
}  // namespace loopscope::js
