// engine/node/modules/test_runner.cpp — require('node:test'): runs lib/test_tap.js (the TAP
// reporter), lib/test_mock.js (MockTracker) and lib/test_runner.js (tests, suites, hooks and
// the harness) over the binding they share. Only the `node:` form names it, as in Node 20
// (modules.cpp, kPrefixOnlyModules).
#include "engine/node/modules.h"
#include "engine/node/native.h"
#include "engine/node/process.h"

namespace loopscope::node {

js::Value BuildTestModule(Modules& modules, Process& p) {
  js::Vm& vm = p.vm();
  js::Value binding = modules.NewBinding();
  js::Value tap = modules.RunLib("test_tap", modules.NewBinding());
  for (const char* name : {"TestsStream", "kUnwrapErrors"})
    vm.Set(binding, name, vm.GetOwn(tap, name));
  js::Value mock = modules.RunLib("test_mock", modules.NewBinding());
  vm.Set(binding, "MockTracker", vm.GetOwn(mock, "MockTracker"));
  js::Completion async_hooks = modules.Require("async_hooks");
  if (async_hooks.ok()) {
    vm.Set(binding, "AsyncLocalStorage", vm.GetOwn(async_hooks.value, "AsyncLocalStorage"));
  }
  js::Completion assert = modules.Require("assert");
  if (assert.ok()) vm.Set(binding, "assert", assert.value);
  vm.Set(binding, "AbortError", modules.abort_error());
  return modules.RunLib("test_runner", binding);
}

}  // namespace loopscope::node
