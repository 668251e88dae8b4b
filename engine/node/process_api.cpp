// engine/node/process_api.cpp — the natives behind lib/process_api.js: the ref'd timer and
// immediate counts (getActiveResourcesInfo), the uncaught-exception capture callback the
// runtime calls instead of emitting 'uncaughtException', and the refusal of a signal the
// program sends to itself (not modelled: there is no signal delivery in the simulator).
#include "engine/node/immediates.h"
#include "engine/node/modules.h"
#include "engine/node/native.h"
#include "engine/node/process.h"
#include "engine/node/timers.h"

namespace loopscope::node {

void Modules::InstallProcessApi(js::Value process) {
  js::Vm& vm = p_.vm();
  js::Value binding = NewBinding();
  vm.Set(binding, "process", process);
  vm.Set(binding, "EventEmitter", event_emitter_);
  vm.Set(binding, "require", require_);
  SetMethod(vm, binding, "activeResources", 0, [this](js::NativeCall& call) {
    js::Value counts[] = {js::Value::Number(static_cast<double>(p_.timers().ref_count())),
                          js::Value::Number(static_cast<double>(p_.immediates().ref_count()))};
    return Ok(call.vm.NewArray(counts));
  });
  SetMethod(vm, binding, "setCaptureCallback", 1, [this](js::NativeCall& call) {
    p_.set_capture_callback(call.Arg(0));
    return Ok();
  });
  SetMethod(vm, binding, "killSelf", 1, [](js::NativeCall& call) {
    return Throw(call.vm.MakeError(js::ErrorType::kError,
                                   "process.kill: sending signal " +
                                       call.vm.ToDisplayString(call.Arg(0)) +
                                       " to the program itself is not modelled in Loopscope"));
  });
  RunLib("process_api", binding);
}

}  // namespace loopscope::node
