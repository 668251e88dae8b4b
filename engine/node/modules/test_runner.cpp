// engine/node/modules/test_runner.cpp — require('node:test'): runs lib/test_tap.js (the TAP
// reporter), lib/test_mock.js (MockTracker), lib/test_runner.js (tests, suites, hooks) and
// lib/test_harness.js (the module itself: test/describe/it, the root and its summary), each
// over a binding holding what it takes from the others. Only the `node:` form names it, as
// in Node 20 (modules.cpp, kPrefixOnlyModules).
#include "engine/node/modules.h"
#include "engine/node/native.h"
#include "engine/node/process.h"

namespace loopscope::node {

namespace {

void Copy(js::Vm& vm, js::Value from, js::Value to, std::initializer_list<const char*> names) {
  for (const char* name : names) vm.Set(to, name, vm.GetOwn(from, name));
}

}  // namespace

js::Value BuildTestModule(Modules& modules, Process& p) {
  js::Vm& vm = p.vm();
  js::Value tap = modules.RunLib("test_tap", modules.NewBinding());
  js::Value mock = modules.RunLib("test_mock", modules.NewBinding());
  js::Value binding = modules.NewBinding();
  Copy(vm, tap, binding, {"TestsStream"});
  Copy(vm, mock, binding, {"MockTracker"});
  js::Completion async_hooks = modules.Require("async_hooks");
  if (async_hooks.ok()) Copy(vm, async_hooks.value, binding, {"AsyncLocalStorage"});
  js::Completion assert = modules.Require("assert");
  if (assert.ok()) vm.Set(binding, "assert", assert.value);
  vm.Set(binding, "AbortError", modules.abort_error());
  js::Value tests = modules.RunLib("test_runner", binding);
  js::Value harness_binding = modules.NewBinding();
  Copy(vm, tests, harness_binding,
       {"Test", "Suite", "TestFailure", "running", "getCallerLocation", "kCancelledByParent"});
  Copy(vm, mock, harness_binding, {"MockTracker"});
  return modules.RunLib("test_harness", harness_binding);
}

}  // namespace loopscope::node
