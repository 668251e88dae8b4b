// engine/js/arguments_object.h — a function's `arguments` object (ECMA-262 10.4.4).
//
// Made once per call by the Arguments instruction from the call's full argument list.
// Sloppy functions with simple parameter lists get a mapped object: each index below the
// parameter count reads and writes the parameter itself (its Env slot) until the index is
// deleted. Strict and non-simple ones get an unmapped copy whose `callee` throws.
// properties.cpp asks MappedArgumentSlot/ThrowsOnCallee on every access to such an object.
// Where to look next: object.h (ArgumentsObject), scope.cpp (which functions are mapped).
#pragma once

#include "engine/js/runtime.h"

namespace loopscope::js {

// ECMA-262 10.4.4.6 CreateUnmappedArgumentsObject / 10.4.4.7 CreateMappedArgumentsObject.
// `args` (every argument of the call; may be null for none) is copied; `env` is the
// function's Env, where the mapped parameters live (Proto::mapped_params).
ArgumentsObject* NewArgumentsObject(Runtime& rt, Array* args, Closure* callee, Env* env);

// The parameter slot `key` is mapped to, or null (10.4.4.1's [[ParameterMap]] lookup).
Value* MappedArgumentSlot(ArgumentsObject* a, String* key);

// Ends the mapping of `key` (a delete, 10.4.4.5 step 4).
void UnmapArgument(ArgumentsObject* a, String* key);

// 10.4.4.6 step 8: an unmapped object's `callee` is %ThrowTypeError%, for reads and
// writes alike. Returns the TypeError when `key` is that, else an ok completion.
Completion CheckCalleeAccess(Runtime& rt, Object* obj, String* key);

}  // namespace loopscope::js
