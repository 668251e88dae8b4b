// engine/js/tim_sort.h — Array.prototype.sort's algorithm: V8's TimSort shape
// (third_party/v8/builtins/array-sort.tq), safe under any comparator.
//
// A comparator that contradicts itself (`() => Math.random() - 0.5`) must still leave a
// permutation of the input, as in V8; std::stable_sort assumes a strict weak order and may
// read out of bounds when it gets none. Every index here is bounded by the run lengths alone,
// whatever the comparator answers.
// Where to look next: builtins_array_generic.cpp (SortValues: the comparator; the callers
// put holes and undefined last).
#pragma once

#include <functional>
#include <vector>

#include "engine/js/runtime.h"

namespace loopscope::js {

// Sorts `items`, positions into the caller's values: compare(x, y, order) sets order < 0
// when the value at x sorts before the value at y (ECMA-262 23.1.3.30.2 SortCompare). A throw
// completion stops the sort and is returned, `items` then holding a permutation of what it
// held.
using SortCompareFn = std::function<Completion(size_t x, size_t y, double& order)>;

Completion TimSort(std::vector<size_t>& items, const SortCompareFn& compare);

}  // namespace loopscope::js
