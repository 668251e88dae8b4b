// engine/js/native_stack.h — how much of the C++ stack nested engine calls have used.
//
// A JavaScript call made from the dispatch loop pushes a Frame, not a C++ frame, but a call
// made from native code (a getter, toString during a conversion, a callback of forEach or
// sort, Function.prototype.call, a resumed generator) runs a nested Interpreter::Run. A
// recursion through such calls grows the C++ stack with every level, so the frame count
// alone cannot stop it before the thread's stack runs out. Runtime::Call, Construct and
// ResumeFrame ask Exhausted() first and throw the RangeError V8 throws for a deep stack.
// Where to look next: interpreter.cpp (the entry points), runtime.h (Runtime::native_stack).
#pragma once

#include <cstddef>
#include <cstdint>

namespace loopscope::js {

class NativeStack {
 public:
  NativeStack();
  // Called on every entry into the interpreter; `outermost` is true when no JavaScript or
  // native code is running (an embedder's call): its stack address becomes the base the
  // budget is measured from. True when this entry is more than the budget below the base.
  bool Exhausted(bool outermost);

 private:
  uintptr_t base_ = 0;
  size_t budget_;
};

}  // namespace loopscope::js
