// engine/node/modules/async_hooks.cpp — require('async_hooks'): runs lib/async_hooks.js over
// the host's async context (engine/node/async_context.h): the running AsyncLocalStorage
// frame, the running resource's async ids, new ids for AsyncResource and its scope.
#include "engine/node/async_context.h"
#include "engine/node/modules.h"
#include "engine/node/native.h"
#include "engine/node/process.h"

namespace loopscope::node {

js::Value BuildAsyncHooksModule(Modules& modules, Process& p) {
  js::Vm& vm = p.vm();
  AsyncContexts& contexts = p.async_contexts();
  js::Value binding = modules.NewBinding();
  SetMethod(vm, binding, "getFrame", 0,
            [](js::NativeCall& call) { return Ok(call.vm.ContinuationData()); });
  SetMethod(vm, binding, "setFrame", 1, [](js::NativeCall& call) {
    call.vm.SetContinuationData(call.Arg(0));
    return Ok();
  });
  SetMethod(vm, binding, "executionAsyncId", 0, [&contexts](js::NativeCall&) {
    return Ok(js::Value::Number(contexts.execution().async_id));
  });
  SetMethod(vm, binding, "triggerAsyncId", 0, [&contexts](js::NativeCall&) {
    return Ok(js::Value::Number(contexts.execution().trigger_id));
  });
  SetMethod(vm, binding, "newAsyncId", 0,
            [&contexts](js::NativeCall&) { return Ok(js::Value::Number(contexts.NewId())); });
  // runInScope(asyncId, triggerId, frame, fn, thisArg, argsArray): AsyncResource's
  // emitBefore … emitAfter around one call.
  SetMethod(vm, binding, "runInScope", 6, [&contexts](js::NativeCall& call) {
    AsyncIds ids{call.Arg(0).IsNumber() ? call.Arg(0).AsNumber() : 0,
                 call.Arg(1).IsNumber() ? call.Arg(1).AsNumber() : 0};
    std::vector<js::Value> args;
    js::Value list = call.Arg(5);
    if (call.vm.IsArray(list)) {
      for (size_t i = 0; i < call.vm.ArrayLength(list); ++i)
        args.push_back(call.vm.ArrayAt(list, i));
    }
    AsyncContexts::Scope scope = contexts.EnterExplicit(ids, call.Arg(2));
    return call.vm.Call(call.Arg(3), call.Arg(4), args);
  });
  SetMethod(vm, binding, "setHookDispatch", 2, [&contexts](js::NativeCall& call) {
    contexts.SetHookDispatch(call.vm.IsCallable(call.Arg(0)) ? call.Arg(0) : js::Value::Undefined(),
                             call.Arg(1).IsBoolean() && call.Arg(1).AsBoolean());
    return Ok();
  });
  // The promise hooks (lib/async_hooks.js updatePromiseHookMode): V8's SetPromiseHooks, the
  // context a reaction job runs in, and V8's own microtask queue for switching them off.
  SetMethod(vm, binding, "setPromiseHooks", 4, [](js::NativeCall& call) {
    call.vm.SetPromiseHooks(call.Arg(0), call.Arg(1), call.Arg(2), call.Arg(3));
    return Ok();
  });
  SetMethod(vm, binding, "pushAsyncContext", 2, [&contexts](js::NativeCall& call) {
    contexts.PushAsyncContext({call.Arg(0).IsNumber() ? call.Arg(0).AsNumber() : 0,
                               call.Arg(1).IsNumber() ? call.Arg(1).AsNumber() : 0});
    return Ok();
  });
  SetMethod(vm, binding, "popAsyncContext", 0, [&contexts](js::NativeCall&) {
    contexts.PopAsyncContext();
    return Ok();
  });
  SetMethod(vm, binding, "enqueueMicrotask", 1, [](js::NativeCall& call) {
    call.vm.EnqueueMicrotask(call.Arg(0), {});
    return Ok();
  });
  SetMethod(vm, binding, "queueDestroy", 1, [&contexts](js::NativeCall& call) {
    if (call.Arg(0).IsNumber()) contexts.QueueDestroy(call.Arg(0).AsNumber());
    return Ok();
  });
  return modules.RunLib("async_hooks", binding);
}

}  // namespace loopscope::node
