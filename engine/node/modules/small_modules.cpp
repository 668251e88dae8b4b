// engine/node/modules/small_modules.cpp — timers/promises, path and os.
//
// timers/promises settles a native promise from an ordinary timer or immediate whose
// callback is the resolve step itself (lib/timers/promises.js), so `await setTimeout(10)`
// resumes in the microtask drain right after the timers phase that fired it.
#include <filesystem>

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

js::Value BuildPathModule(Process& p) {
  namespace fs = std::filesystem;
  js::Vm& vm = p.vm();
  js::Value module = vm.NewObject();
  auto str = [](js::NativeCall& call, size_t i) { return call.vm.ToDisplayString(call.Arg(i)); };
  SetMethod(vm, module, "join", 2, [](js::NativeCall& call) {
    fs::path out;
    for (js::Value v : call.args) out /= fs::path(call.vm.ToDisplayString(v)).relative_path();
    std::string first = call.args.empty() ? "" : call.vm.ToDisplayString(call.args[0]);
    std::string joined = out.lexically_normal().string();
    if (!first.empty() && first[0] == '/') joined = "/" + joined;
    if (joined.size() > 1 && joined.back() == '/') joined.pop_back();
    return Ok(call.vm.NewString(joined.empty() ? "." : joined));
  });
  SetMethod(vm, module, "resolve", 2, [&p](js::NativeCall& call) {
    fs::path out = p.modules().dirname();
    for (js::Value v : call.args) out /= fs::path(call.vm.ToDisplayString(v));
    std::string s = out.lexically_normal().string();
    if (s.size() > 1 && s.back() == '/') s.pop_back();
    return Ok(call.vm.NewString(s));
  });
  SetMethod(vm, module, "basename", 2, [str](js::NativeCall& call) {
    std::string name = fs::path(str(call, 0)).filename().string();
    std::string ext = call.args.size() > 1 ? str(call, 1) : "";
    if (!ext.empty() && name.size() > ext.size() && name.ends_with(ext)) name.resize(name.size() - ext.size());
    return Ok(call.vm.NewString(name));
  });
  SetMethod(vm, module, "dirname", 1, [str](js::NativeCall& call) {
    std::string dir = fs::path(str(call, 0)).parent_path().string();
    return Ok(call.vm.NewString(dir.empty() ? "." : dir));
  });
  SetMethod(vm, module, "extname", 1, [str](js::NativeCall& call) {
    return Ok(call.vm.NewString(fs::path(str(call, 0)).extension().string()));
  });
  vm.Set(module, "sep", vm.NewString("/"));
  vm.Set(module, "delimiter", vm.NewString(":"));
  vm.Set(module, "posix", module);
  return module;
}

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
  SetMethod(vm, module, "platform", 0, [](js::NativeCall& call) { return Ok(call.vm.NewString("linux")); });
  SetMethod(vm, module, "hostname", 0, [](js::NativeCall& call) { return Ok(call.vm.NewString("loopscope")); });
  vm.Set(module, "EOL", vm.NewString("\n"));
  return module;
}

}  // namespace loopscope::node
