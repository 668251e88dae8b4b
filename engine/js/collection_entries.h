// engine/js/collection_entries.h — how Map, Set, WeakMap and WeakSet take their
// constructor's iterable: one entry at a time, through the collection's own `set`/`add`.
// Where to look next: collection_entries.cpp, builtins_collection.cpp, builtins_weak.cpp.
#pragma once

#include "engine/js/runtime.h"

namespace loopscope::js {

// The shared tail of the four constructors (ECMA-262 24.1.1.1 Map steps 4-6, 24.2.1.1 Set
// steps 5-8, 24.3.1.1 WeakMap, 24.4.1.1 WeakSet): reads `adder_name` ("set" or "add") from
// `target`, then steps `iterable` and calls the adder per value as it is produced
// (24.1.1.2 AddEntriesFromIterable when `pairs`), closing the iterator on an abrupt
// completion.
Completion AddEntriesFromIterable(Runtime& rt, Value target, Value iterable,
                                  std::string_view adder_name, bool pairs);

// Map.prototype.set / Set.prototype.add on `c` without looking either up: for engine code
// that builds a collection no program has seen yet (structured_clone.cpp).
void AddToCollection(Runtime& rt, Collection* c, Value key, Value value);

}  // namespace loopscope::js
