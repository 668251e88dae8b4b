// engine/js/promise_hooks.cpp — switching V8's promise hooks on and off, and calling one
// (promise_hooks.h). The places that call them follow V8's: NewJSPromise (init), the promise
// reaction and thenable jobs (before/after), FulfillPromise and RejectPromise (settled).
// A hook that throws does not stop the promise machinery: Node's hooks catch their own
// exceptions (lib/internal/promise_hooks.js, lib/async_hooks.js), so the completion is
// dropped here; a termination still ends the run through Runtime::terminating.
#include <memory>

#include "engine/js/runtime.h"

namespace loopscope::js {

void Runtime::SetPromiseHooks(const PromiseHooks& hooks) {
  bool any = IsCallable(hooks.init) || IsCallable(hooks.before) || IsCallable(hooks.after) ||
             IsCallable(hooks.settled);
  promise_hooks = any ? std::make_unique<PromiseHooks>(hooks) : nullptr;
}

void Runtime::RunPromiseHook(Value PromiseHooks::*which, Value promise, Value parent) {
  if (!promise_hooks) return;
  Value fn = (*promise_hooks).*which;
  if (!IsCallable(fn)) return;
  // The hook may collect garbage and may switch the hooks off (freeing the struct): what
  // it is called with stays rooted, and nothing is read from the struct afterwards.
  const TempRoots roots(*this, {fn, promise, parent});
  Value args[2] = {promise, parent};
  const size_t argc = which == &PromiseHooks::init ? 2 : 1;
  (void)Call(fn, Value::Undefined(), std::span<const Value>(args, argc));
}

}  // namespace loopscope::js
