// engine/node/modules/url.cpp — the `url` module: lib/url.js (the WHATWG URL parser, URL,
// URLSearchParams, fileURLToPath, pathToFileURL) over one native helper, path resolution
// against the program's working directory in the virtual tree (what pathToFileURL's
// path.resolve sees). engine/node/globals.cpp installs URL and URLSearchParams as globals.
#include "engine/node/modules.h"
#include "engine/node/native.h"
#include "engine/node/process.h"
#include "engine/node/virtual_fs.h"

namespace loopscope::node {

// `modules` rather than p.modules(): the globals need URL while Modules is being built.
js::Value BuildUrlModule(Modules& modules, Process& p) {
  js::Vm& vm = p.vm();
  js::Value binding = modules.NewBinding();
  SetMethod(vm, binding, "resolvePath", 1, [&p](js::NativeCall& call) {
    return Ok(call.vm.NewString(p.vfs().Absolute(call.vm.ToDisplayString(call.Arg(0)))));
  });
  return modules.RunLib("url", binding);
}

}  // namespace loopscope::node
