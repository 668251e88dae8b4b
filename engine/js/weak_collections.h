// engine/js/weak_collections.h — WeakMap, WeakSet, WeakRef and FinalizationRegistry
// (builtins_weak.cpp), and what inspect needs to print a weak collection as node does.
//
// An instance keeps its identity under a brand (a private Symbol whose text is below); its
// entries live on their keys (see builtins_weak.cpp), so inspect cannot list them and
// prints `WeakMap { <items unknown> }`, as node does without showHidden.
// Where to look next: builtins_weak.cpp, inspect.cpp.
#pragma once

#include "engine/js/runtime.h"

namespace loopscope::js {

inline constexpr const char* kWeakMapBrand = "[[WeakMapData]]";
inline constexpr const char* kWeakSetBrand = "[[WeakSetData]]";

// "WeakMap" or "WeakSet" when `o` is one, else null.
const char* WeakCollectionName(const Object* o);

// "WeakMap", "WeakSet", "WeakRef" or "FinalizationRegistry" when `o` is one, else null.
const char* WeakKindName(const Object* o);

void InstallWeakBuiltins(Runtime& rt);

}  // namespace loopscope::js
