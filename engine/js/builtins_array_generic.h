// engine/js/builtins_array_generic.h — Array.prototype methods over any object.
//
// The methods in builtins_array.cpp work on the Array's own storage. When `this` is not an
// Array (an array-like such as {length: 2, 0: 'a', 1: 'b'}, a string, an arguments
// object), they call these instead: ECMA-262 23.1.3's algorithms step by step, through
// [[Get]] and HasProperty, so getters, the prototype chain and ToLength all take part.
// Where to look next: builtins_array.cpp.
#pragma once

#include <vector>

#include "engine/js/runtime.h"

namespace loopscope::js {

// True when writes to `a` may be refused or intercepted: it is not extensible (frozen,
// sealed, preventExtensions), its length is read-only, or some element has attributes of
// its own (an accessor, read-only, non-configurable). Such arrays take the generic path,
// whose writes throw as ECMA-262's Set(O, P, V, true) does.
bool HasRestrictedElements(const Array* a);
// True when `this` is not a plain Array: not an Array at all, an instance of a subclass
// (whose results are made by its constructor, ArraySpeciesCreate), or an Array whose
// prototype chain holds elements (a hole, one there is or one a callback makes, must read
// through to them), or one with restricted elements. Plain Arrays keep their fast paths.
bool NeedsGenericPath(Runtime& rt, Value this_value);

// %Array% itself (defined in builtins_array.cpp).
bool IsIntrinsicArrayConstructor(Value v);

// The callback iterations, as builtins_array.cpp names them.
enum class ArrayEach {
  kFind,
  kFindIndex,
  kFindLast,
  kFindLastIndex,
  kSome,
  kEvery,
  kForEach,
  kFilter,
  kMap
};

Completion GenericIterate(Runtime& rt, NativeCall& call, ArrayEach kind, const char* name);
Completion GenericReduce(Runtime& rt, NativeCall& call, bool right);
// mode: 0 indexOf, 1 lastIndexOf, 2 includes.
Completion GenericSearch(Runtime& rt, NativeCall& call, int mode);
Completion GenericJoin(Runtime& rt, NativeCall& call);
Completion GenericToLocaleString(Runtime& rt, NativeCall& call);  // for every receiver
Completion GenericPush(Runtime& rt, NativeCall& call);
Completion GenericPop(Runtime& rt, NativeCall& call);
Completion GenericSlice(Runtime& rt, NativeCall& call);
Completion GenericSplice(Runtime& rt, NativeCall& call);
Completion GenericConcat(Runtime& rt, NativeCall& call);
Completion GenericSort(Runtime& rt, NativeCall& call);
Completion GenericReverse(Runtime& rt, NativeCall& call);
Completion GenericShift(Runtime& rt, NativeCall& call);
Completion GenericUnshift(Runtime& rt, NativeCall& call);
Completion GenericFill(Runtime& rt, NativeCall& call);
Completion GenericAt(Runtime& rt, NativeCall& call);
// ECMA-262 23.1.3.30.2 SortCompare: reorders `items` (no undefined among them) by `cmp`, or
// by their strings when it is undefined; the caller keeps the values rooted.
Completion SortValues(Runtime& rt, Value cmp, std::vector<Value>& items);
// The copying methods have no fast path: every receiver takes these.
Completion ArrayToReversed(Runtime& rt, NativeCall& call);
Completion ArrayToSorted(Runtime& rt, NativeCall& call);
Completion ArrayToSpliced(Runtime& rt, NativeCall& call);
Completion ArrayWith(Runtime& rt, NativeCall& call);

// ECMA-262 10.4.2.3 ArraySpeciesCreate(O, length) (species.h has the @@species lookup).
Completion ArraySpeciesCreate(Runtime& rt, Value o, double length);

}  // namespace loopscope::js
