// engine/js/promise_hooks.h — V8's promise hooks (v8::Context::SetPromiseHooks): four embedder
// functions told when a promise is made (init(promise, parent): the promise `then` or `await`
// derives it from, else undefined), before and after a reaction or thenable job runs
// (before(promise) / after(promise): the promise the job settles) and when a promise settles
// (settled(promise)). Node builds async_hooks' PROMISE resources and v8.promiseHooks on them
// (lib/internal/promise_hooks.js). Off, the Runtime's pointer is null and each place costs one
// test. The calls are in promise.cpp, builtins_promise.cpp and interpreter.cpp (an async
// function's promise, await's throwaway promise); Vm::SetPromiseHooks switches them.
#pragma once

#include "engine/js/value.h"

namespace loopscope::js {

struct PromiseHooks {
  Value init;  // each may be undefined: that event is not reported
  Value before;
  Value after;
  Value settled;
};

}  // namespace loopscope::js
