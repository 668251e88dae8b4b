// engine/node/modules/timers_promises.cpp — require('timers/promises').
//
// The plain `setTimeout(ms, value)` and `setImmediate(value)` settle a native promise from an
// ordinary timer or immediate whose callback is the resolve step itself, so
// `await setTimeout(10)` resumes in the microtask drain right after the timers phase that
// fired it and the step log shows no extra frame. lib/timers_promises.js builds the module
// over these: options (signal, ref), setInterval's async iterator and the scheduler.
#include "engine/node/immediates.h"
#include "engine/node/modules.h"
#include "engine/node/native.h"
#include "engine/node/process.h"
#include "engine/node/timers.h"

namespace loopscope::node {

js::Value BuildTimersPromises(Modules& modules, Process& p) {
  js::Vm& vm = p.vm();
  js::Value binding = modules.NewBinding();
  // The resolve step: a native callback, so no JavaScript frame appears for it.
  auto resolver = [&p](js::Value promise, js::Value value) {
    js::Value captured[] = {promise, value};
    js::Value pair = p.vm().NewArray(captured);
    return p.vm().NewFunction("resolve", 0, [pair](js::NativeCall& call) {
      call.vm.ResolvePromise(call.vm.ArrayAt(pair, 0), call.vm.ArrayAt(pair, 1));
      return Ok();
    });
  };
  SetMethod(vm, binding, "setTimeout", 2, [&p, resolver](js::NativeCall& call) {
    p.SyncClock();
    js::Value promise = call.vm.NewPromise();
    p.timers().Create(resolver(promise, call.Arg(1)), call.Arg(0), {}, false);
    return Ok(promise);
  });
  SetMethod(vm, binding, "setImmediate", 1, [&p, resolver](js::NativeCall& call) {
    p.SyncClock();
    js::Value promise = call.vm.NewPromise();
    p.immediates().Create(resolver(promise, call.Arg(0)), {});
    return Ok(promise);
  });
  vm.Set(binding, "AbortError", modules.abort_error());
  return modules.RunLib("timers_promises", binding);
}

}  // namespace loopscope::node
