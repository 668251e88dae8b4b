// engine/node/modules/os.cpp — require('os'): a synthetic machine (the scenario's CPU cores,
// nothing of the host's).
#include "engine/node/host_identity.h"
#include "engine/node/modules.h"
#include "engine/node/native.h"
#include "engine/node/process.h"

namespace loopscope::node {

js::Value BuildOsModule(Process& p) {
  js::Vm& vm = p.vm();
  js::Value module = vm.NewObject();
  SetMethod(vm, module, "cpus", 0, [&p](js::NativeCall& call) {
    std::vector<js::Value> cpus;
    for (int i = 0; i < p.scenario().environment.cpu_cores; ++i) {
      js::Value cpu = call.vm.NewObject();
      call.vm.Set(cpu, "model", call.vm.NewString("Virtual CPU"));
      call.vm.Set(cpu, "speed", js::Value::Number(3000));
      cpus.push_back(cpu);
    }
    return Ok(call.vm.NewArray(cpus));
  });
  SetMethod(vm, module, "availableParallelism", 0, [&p](js::NativeCall&) {
    return Ok(js::Value::Number(p.scenario().environment.cpu_cores));
  });
  SetMethod(vm, module, "platform", 0,
            [](js::NativeCall& call) { return Ok(call.vm.NewString("linux")); });
  SetMethod(vm, module, "hostname", 0,
            [](js::NativeCall& call) { return Ok(call.vm.NewString(kHostname)); });
  vm.Set(module, "EOL", vm.NewString("\n"));
  return module;
}

}  // namespace loopscope::node
