// engine/js/arrays.cpp — array storage: a dense vector with a sparse tail (object.h).
//
// Writes near the end of the dense part grow it; a write or a length far beyond it goes to
// the sparse tail, the way V8 turns such arrays into dictionary mode, so `a.length =
// 4294967295` or `a[4294967294] = 1` allocates nothing in proportion to the length.
// Builtins that need every index in memory call Densify, which asks the heap limit first.
// Where to look next: properties.cpp (the exotic [[Set]] that calls these),
// builtins_array.cpp.
#include <algorithm>
#include <cmath>

#include "engine/js/builtins.h"

namespace loopscope::js {
namespace {

// How far past the dense part a write may land and still grow it: about its own size, so
// growth stays proportional to what the array already holds.
size_t DenseReach(const Array* a) {
  return std::max<size_t>(1024, a->elements.size());
}
// A length up to this stays dense (`new Array(1e6)`, 8 MB), as V8 keeps it holey but fast.
constexpr size_t kDenseLength = size_t{1} << 20;

// Restores SparseElements' invariant after the dense part grew: items it now covers move
// into it, and a tail with nothing left beyond the dense part goes away.
void SettleTail(Array* a) {
  if (!a->sparse) return;
  auto& items = a->sparse->items;
  while (!items.empty() && items.begin()->first < a->elements.size()) {
    a->elements[items.begin()->first] = items.begin()->second;
    items.erase(items.begin());
  }
  if (items.empty() && a->sparse->length <= a->elements.size()) a->sparse.reset();
}

}  // namespace

Completion Runtime::SetArrayLength(Array* a, double len) {
  if (len < 0 || len != std::floor(len) || len > Array::kMaxLength)
    return Throw(ErrorType::kRangeError, "Invalid array length");
  auto n = static_cast<uint32_t>(len);
  // ECMA-262 10.4.2.4 ArraySetLength step 17: deletion stops above the last element that
  // cannot be deleted (a sealed array's, or one made non-configurable by defineProperty).
  uint32_t last;
  if (a->sealed && n < a->Length() &&
      PrevArrayIndex(a, static_cast<int64_t>(a->Length()) - 1, last) && last >= n)
    n = last + 1;
  if (a->has_special_props) {
    // Elements with attributes of their own (property_descriptors.cpp) are in `props`.
    uint32_t index;
    for (const Property& p : a->props)
      if (IsArrayIndex(p.key->data, index) && index >= n && !p.configurable) n = index + 1;
    std::vector<String*> cut;
    for (const Property& p : a->props)
      if (IsArrayIndex(p.key->data, index) && index >= n) cut.push_back(p.key);
    for (String* key : cut) a->Remove(key);
  }
  if (n <= a->elements.size()) {
    a->elements.resize(n);
    a->sparse.reset();
    return Ok();
  }
  if (a->sparse) {
    auto& items = a->sparse->items;
    items.erase(items.lower_bound(n), items.end());
    a->sparse->length = n;
    SettleTail(a);
    return Ok();
  }
  if (n <= kDenseLength || n - a->elements.size() <= DenseReach(a)) {
    LOOPSCOPE_TRY(ReserveHeap((n - a->elements.size()) * sizeof(Value)));
    a->elements.resize(n, Value::Hole());
    return Ok();
  }
  a->sparse = std::make_unique<SparseElements>(n, &meter_);
  return Ok();
}

void Runtime::SetArrayElement(Array* a, uint32_t index, Value v) {
  if (index < a->elements.size()) {
    a->elements[index] = v;
    return;
  }
  if (index - a->elements.size() < DenseReach(a)) {
    a->elements.resize(index + size_t{1}, Value::Hole());
    a->elements[index] = v;
    SettleTail(a);
    return;
  }
  if (!a->sparse)
    a->sparse =
        std::make_unique<SparseElements>(static_cast<uint32_t>(a->elements.size()), &meter_);
  a->sparse->items[index] = v;
  a->sparse->length = std::max(a->sparse->length, index + 1);
}

void Runtime::DeleteArrayElement(Array* a, uint32_t index) {
  if (index < a->elements.size())
    a->elements[index] = Value::Hole();
  else if (a->sparse)
    a->sparse->items.erase(index);
}

bool Runtime::NextArrayIndex(const Array* a, uint64_t from, uint32_t& out) {
  for (uint64_t i = from; i < a->elements.size(); ++i) {
    if (!a->elements[i].IsHole()) {
      out = static_cast<uint32_t>(i);
      return true;
    }
  }
  if (!a->sparse || from > UINT32_MAX) return false;
  auto it = a->sparse->items.lower_bound(static_cast<uint32_t>(from));
  if (it == a->sparse->items.end()) return false;
  out = it->first;
  return true;
}

bool Runtime::PrevArrayIndex(const Array* a, int64_t from, uint32_t& out) {
  if (from < 0) return false;
  if (a->sparse && static_cast<uint64_t>(from) >= a->elements.size()) {
    auto& items = a->sparse->items;
    auto it = items.upper_bound(static_cast<uint32_t>(std::min<int64_t>(from, UINT32_MAX)));
    if (it != items.begin()) {
      out = std::prev(it)->first;
      return true;
    }
  }
  for (int64_t i = std::min<int64_t>(from, static_cast<int64_t>(a->elements.size()) - 1); i >= 0;
       --i) {
    if (!a->elements[static_cast<size_t>(i)].IsHole()) {
      out = static_cast<uint32_t>(i);
      return true;
    }
  }
  return false;
}

Completion Runtime::Densify(Array* a) {
  if (!a->sparse) return Ok();
  size_t missing = a->sparse->length - a->elements.size();
  LOOPSCOPE_TRY(ReserveHeap(missing * sizeof(Value)));
  a->elements.resize(a->sparse->length, Value::Hole());
  SettleTail(a);
  return Ok();
}

}  // namespace loopscope::js
