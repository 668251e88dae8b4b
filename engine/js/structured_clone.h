// engine/js/structured_clone.h — the HTML standard's StructuredSerialize followed by
// StructuredDeserialize, in one pass over live values, as V8's ValueSerializer and
// ValueDeserializer do it for node's `structuredClone` (and later a worker's postMessage).
// The host decides how an uncloneable value is reported (node: a DOMException named
// DataCloneError); the core only says which value it was.
// Where to look next: structured_clone.cpp, engine/node/lib/domexception.js.
#pragma once

#include <string>

#include "engine/js/runtime.h"

namespace loopscope::js {

// Copies `value` into `out`. Primitives copy as themselves; objects are rebuilt with the
// realm's intrinsic prototypes, keeping cycles and shared references. A throw completion
// comes from program code the copy ran (a getter) or from nesting deeper than V8's stack
// allows (RangeError). A value that cannot be cloned leaves `uncloneable` set to V8's text
// for the DataCloneError message ("#<WeakMap> could not be cloned.") and returns Ok.
Completion StructuredClone(Runtime& rt, Value value, Value& out, std::string& uncloneable);

}  // namespace loopscope::js
