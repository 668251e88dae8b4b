// engine/js/stack_depth.h — how deep a function's operand stack can grow.
//
// The interpreter reserves Proto::max_stack slots above a frame's registers when it enters
// the frame and never checks a push, so the figure must hold on every path: a call with
// 60,000 arguments or a deeply nested expression needs that many slots. It is computed from
// the finished bytecode (each instruction's effect from bytecode.h's table), not estimated.
// Where to look next: compiler.cpp (calls it once per function), interpreter.cpp (SetupCall).
#pragma once

#include <cstdint>

#include "engine/js/object.h"

namespace loopscope::js {

// The greatest operand-stack depth any path through `proto`'s code reaches.
uint32_t MaxStackDepth(const Proto& proto);

}  // namespace loopscope::js
