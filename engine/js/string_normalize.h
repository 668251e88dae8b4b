// engine/js/string_normalize.h — String.prototype.normalize on ICU's normalizer (the
// library V8 uses for it). Where to look next: string_normalize.cpp, builtins_string.cpp.
#pragma once

#include "engine/js/runtime.h"

namespace loopscope::js {

// ECMA-262 22.1.3.15 String.prototype.normalize ( [ form ] ).
Completion StringNormalize(Runtime& rt, NativeCall& call, Native* self);

}  // namespace loopscope::js
