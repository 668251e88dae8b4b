// engine/node/process_api.cpp — the natives behind lib/process_api.js: the requests in flight
// and the ref'd timer and immediate counts (getActiveResourcesInfo, _getActiveRequests; the
// handles are lib/process_api.js's own list), the uncaught-exception capture callback the
// runtime calls instead of emitting 'uncaughtException', and the refusal of a signal the
// program sends to itself (not modelled: there is no signal delivery in the simulator).
#include "engine/node/async_context.h"
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
    std::vector<js::Value> requests;
    for (std::string_view name : p_.async_contexts().ActiveRequests())
      requests.push_back(call.vm.NewString(name));
    js::Value out[] = {call.vm.NewArray(requests),
                       js::Value::Number(static_cast<double>(p_.timers().ref_count())),
                       js::Value::Number(static_cast<double>(p_.immediates().ref_count()))};
    return Ok(call.vm.NewArray(out));
  });
  SetMethod(vm, binding, "stdioOpen", 0, [this](js::NativeCall&) {
    return Ok(js::Value::Boolean(p_.async_contexts().stdio_open()));
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
  active_handles_ = RunLib("process_api", binding);
}

}  // namespace loopscope::node
