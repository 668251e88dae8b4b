// engine/node/structured_clone_global.h — the global structuredClone(value, options) of
// node 20 (src/node_messaging.cc StructuredClone): argument checks, then the engine's copy
// (engine/js/structured_clone.h), with a DOMException named DataCloneError for a value
// that cannot be cloned. Where to look next: lib/domexception.js, modules.cpp.
#pragma once

#include "engine/js/vm.h"

namespace loopscope::node {

// Defines `structuredClone` on `global`. `dom_exception` is the DOMException class, read at
// each throw (its owner keeps it rooted for as long as the program runs).
void InstallStructuredClone(js::Vm& vm, js::Value global, const js::Value* dom_exception);

}  // namespace loopscope::node
