// engine/js/debug.h — a bytecode disassembler for engine developers and tests.
//
// Used by the debugging driver in tests/unit/js/driver_test.cpp
// (LOOPSCOPE_JS_DISASSEMBLE=1).
// Where to look next: bytecode.h (the instruction table it prints from).
#pragma once

#include <string>

#include "engine/js/object.h"

namespace loopscope::js {

// One line per instruction: offset, line:col, name and operands; nested functions follow.
std::string Disassemble(const Proto* proto);

}  // namespace loopscope::js
