// engine/node/modules/timers_promises.cpp — require('timers/promises').
//
// Settles a native promise from an ordinary timer or immediate whose callback is the resolve
// step itself (lib/timers/promises.js), so `await setTimeout(10)` resumes in the microtask
// drain right after the timers phase that fired it.
#include "engine/node/immediates.h"
#include "engine/node/modules.h"
#include "engine/node/native.h"
#include "engine/node/process.h"
#include "engine/node/timers.h"

namespace loopscope::node {

js::Value BuildTimersPromises(Process& p) {
  js::Vm& vm = p.vm();
  js::Value module = vm.NewObject();
  // The resolve step: a native callback, so no JavaScript frame appears for it.
  auto resolver = [&p](js::Value promise, js::Value value) {
    js::Value captured[] = {promise, value};
    js::Value pair = p.vm().NewArray(captured);
    return p.vm().NewFunction("resolve", 0, [pair](js::NativeCall& call) {
      call.vm.ResolvePromise(call.vm.ArrayAt(pair, 0), call.vm.ArrayAt(pair, 1));
      return Ok();
    });
  };
  SetMethod(vm, module, "setTimeout", 2, [&p, resolver](js::NativeCall& call) {
    p.SyncClock();
    js::Value promise = call.vm.NewPromise();
    p.timers().Create(resolver(promise, call.Arg(1)), call.Arg(0), {}, false);
    return Ok(promise);
  });
  SetMethod(vm, module, "setImmediate", 1, [&p, resolver](js::NativeCall& call) {
    p.SyncClock();
    js::Value promise = call.vm.NewPromise();
    p.immediates().Create(resolver(promise, call.Arg(0)), {});
    return Ok(promise);
  });
  return module;
}

}  // namespace loopscope::node
