// engine/node/modules/net_http.cpp — net and http (in progress).
#include "engine/node/modules.h"
#include "engine/node/native.h"
#include "engine/node/process.h"

namespace loopscope::node {

namespace {
js::Value NotYet(Process& p, const char* module) {
  js::Vm& vm = p.vm();
  js::Value m = vm.NewObject();
  std::string name = module;
  for (const char* fn : {"createServer", "get", "request", "connect", "createConnection"}) {
    SetMethod(vm, m, fn, 0, [name](js::NativeCall& call) {
      return Throw(call.vm.MakeError(js::ErrorType::kError, name + " is not simulated yet"));
    });
  }
  return m;
}
}  // namespace

js::Value BuildNetModule(Process& p) { return NotYet(p, "net"); }
js::Value BuildHttpModule(Process& p) { return NotYet(p, "http"); }

}  // namespace loopscope::node
