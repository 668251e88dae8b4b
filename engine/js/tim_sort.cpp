// engine/js/tim_sort.cpp — see tim_sort.h. Runs are found and extended as V8 finds them
// (CountAndMakeRun, BinaryInsertionSort, ComputeMinRunLength, MergeCollapse and
// MergeForceCollapse in array-sort.tq), so the comparator sees V8's calls for arrays of
// fewer than 64 elements; merging is a plain stable merge without V8's galloping mode, so
// for longer arrays the results agree (for a consistent comparator) but the call sequence
// may not.
#include "engine/js/tim_sort.h"

#include <algorithm>

namespace loopscope::js {
namespace {

#define LOOPSCOPE_SORT_TRY(expr)       \
  do {                                 \
    Completion sort_c_ = (expr);       \
    if (!sort_c_.ok()) return sort_c_; \
  } while (0)

struct Run {
  size_t base;
  size_t length;
};

class Sorter {
 public:
  Sorter(std::vector<size_t>& items, const SortCompareFn& compare) : a_(items), compare_(compare) {}

  // array-sort.tq ArrayTimSortImpl.
  Completion Sort() {
    size_t remaining = a_.size(), low = 0;
    if (remaining < 2) return Ok();
    size_t min_run = MinRunLength(remaining);
    while (remaining != 0) {
      size_t run = 0;
      LOOPSCOPE_SORT_TRY(CountAndMakeRun(low, low + remaining, run));
      if (run < min_run) {
        size_t forced = std::min(min_run, remaining);
        LOOPSCOPE_SORT_TRY(BinaryInsertionSort(low, low + run, low + forced));
        run = forced;
      }
      runs_.push_back({low, run});
      LOOPSCOPE_SORT_TRY(MergeCollapse());
      low += run;
      remaining -= run;
    }
    while (runs_.size() > 1) {  // MergeForceCollapse
      size_t n = runs_.size() - 2;
      if (n > 0 && runs_[n - 1].length < runs_[n + 1].length) --n;
      LOOPSCOPE_SORT_TRY(MergeAt(n));
    }
    return Ok();
  }

 private:
  Completion Less(size_t x, size_t y, bool& out) {
    double order = 0;
    LOOPSCOPE_SORT_TRY(compare_(x, y, order));
    out = order < 0;
    return Ok();
  }

  // ComputeMinRunLength: n itself below 64, else a length in [32, 64].
  static size_t MinRunLength(size_t n) {
    size_t r = 0;
    while (n >= 64) {
      r |= n & 1;
      n >>= 1;
    }
    return n + r;
  }

  // CountAndMakeRun: the ascending (or strictly descending, then reversed) run at `low`.
  Completion CountAndMakeRun(size_t low, size_t high, size_t& length) {
    length = 1;
    if (low + 1 == high) return Ok();
    length = 2;
    bool descending = false;
    LOOPSCOPE_SORT_TRY(Less(a_[low + 1], a_[low], descending));
    size_t previous = a_[low + 1];
    for (size_t i = low + 2; i < high; ++i) {
      bool less = false;
      LOOPSCOPE_SORT_TRY(Less(a_[i], previous, less));
      if (less != descending) break;
      previous = a_[i];
      ++length;
    }
    if (descending)
      std::reverse(a_.begin() + static_cast<long>(low),
                   a_.begin() + static_cast<long>(low + length));
    return Ok();
  }

  // BinaryInsertionSort: [low, start) is sorted; insert [start, high) one by one.
  Completion BinaryInsertionSort(size_t low, size_t start, size_t high) {
    if (start == low) ++start;
    for (; start < high; ++start) {
      size_t left = low, right = start;
      size_t pivot = a_[start];
      while (left < right) {
        size_t mid = left + ((right - left) >> 1);
        bool less = false;
        LOOPSCOPE_SORT_TRY(Less(pivot, a_[mid], less));
        if (less)
          right = mid;
        else
          left = mid + 1;
      }
      for (size_t p = start; p > left; --p) a_[p] = a_[p - 1];
      a_[left] = pivot;
    }
    return Ok();
  }

  // MergeCollapse with the invariant check V8 uses (the fixed one: two levels deep).
  Completion MergeCollapse() {
    while (runs_.size() > 1) {
      size_t n = runs_.size() - 2;
      if (!InvariantHolds(n + 1) || !InvariantHolds(n)) {
        if (n > 0 && runs_[n - 1].length < runs_[n + 1].length) --n;
        LOOPSCOPE_SORT_TRY(MergeAt(n));
      } else if (runs_[n].length <= runs_[n + 1].length) {
        LOOPSCOPE_SORT_TRY(MergeAt(n));
      } else {
        break;
      }
    }
    return Ok();
  }
  bool InvariantHolds(size_t n) const {
    if (n < 2) return true;
    return runs_[n - 2].length > runs_[n - 1].length + runs_[n].length;
  }

  // Merges runs n and n + 1 (adjacent) into one, stably: an element of the right run goes
  // first only when it is strictly less.
  Completion MergeAt(size_t n) {
    Run left = runs_[n], right = runs_[n + 1];
    runs_[n].length += right.length;
    runs_.erase(runs_.begin() + static_cast<long>(n) + 1);
    std::vector<size_t> tmp(a_.begin() + static_cast<long>(left.base),
                            a_.begin() + static_cast<long>(left.base + left.length));
    size_t i = 0, j = right.base, out = left.base, end = right.base + right.length;
    Completion result = Ok();
    while (i < tmp.size() && j < end) {
      bool less = false;
      result = Less(a_[j], tmp[i], less);
      if (!result.ok()) break;
      a_[out++] = less ? a_[j++] : tmp[i++];
    }
    // Also on a throw: what is left of the left run fills the gap, so `a_` stays a
    // permutation (out == j - (tmp.size() - i) always holds).
    while (i < tmp.size()) a_[out++] = tmp[i++];
    return result;
  }
  std::vector<size_t>& a_;
  const SortCompareFn& compare_;
  std::vector<Run> runs_;
};

#undef LOOPSCOPE_SORT_TRY

}  // namespace

Completion TimSort(std::vector<size_t>& items, const SortCompareFn& compare) {
  return Sorter(items, compare).Sort();
}

}  // namespace loopscope::js
