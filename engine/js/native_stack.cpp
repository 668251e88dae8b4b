// engine/js/native_stack.cpp — the C++ stack budget of nested engine calls (native_stack.h).
//
// The budget is half the thread's stack size limit (RLIMIT_STACK, 8 MB by default on Linux,
// capped there): the other half is left for the C++ work between two checks (the parser of
// an eval, the regular expression matcher, a native's own recursion, which have their own
// depth limits) and for the embedder's frames below the outermost entry.
// Where to look next: interpreter.cpp (Runtime::Call, Runtime::Construct, ResumeFrame).
#include "engine/js/native_stack.h"

#include <sys/resource.h>

#include <algorithm>

namespace loopscope::js {
namespace {
constexpr size_t kDefaultStackSize = size_t{8} << 20;

size_t StackBudget() {
  rlimit limit{};
  size_t size = kDefaultStackSize;
  if (getrlimit(RLIMIT_STACK, &limit) == 0 && limit.rlim_cur != RLIM_INFINITY)
    size = std::min<size_t>(limit.rlim_cur, kDefaultStackSize);
  return size / 2;
}
}  // namespace

NativeStack::NativeStack() : budget_(StackBudget()) {}

bool NativeStack::Exhausted(bool outermost) {
  auto here = reinterpret_cast<uintptr_t>(__builtin_frame_address(0));
  if (outermost || base_ == 0) {
    base_ = here;
    return false;
  }
  // The stack grows down; an entry above the base (an embedder calling in from a shallower
  // place while code is suspended) has used nothing.
  return here < base_ && base_ - here > budget_;
}

}  // namespace loopscope::js
