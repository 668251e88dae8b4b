// engine/node/modules/path.cpp — require('path'): POSIX path functions over the virtual
// working directory (docs/engine.md).
#include <filesystem>

#include "engine/node/modules.h"
#include "engine/node/native.h"
#include "engine/node/process.h"

namespace loopscope::node {

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
    if (!ext.empty() && name.size() > ext.size() && name.ends_with(ext))
      name.resize(name.size() - ext.size());
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

}  // namespace loopscope::node
