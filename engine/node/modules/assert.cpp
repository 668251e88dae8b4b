// engine/node/modules/assert.cpp — require('assert') and require('assert/strict'): runs
// lib/assert.js (a port of Node 20's lib/assert.js) with the few host services it needs:
// Node's argument errors (ERR_MISSING_ARGS, ERR_INVALID_RETURN_VALUE)
// and a line of the program, from which assert.ok() quotes its failing call as Node does.
#include <sstream>

#include "engine/node/modules.h"
#include "engine/node/native.h"
#include "engine/node/process.h"

namespace loopscope::node {

namespace {

std::string LineOf(const std::string& source, double line) {
  std::istringstream in(source);
  std::string text;
  for (double n = 1; std::getline(in, text); ++n) {
    if (n == line) return text;
  }
  return "";
}

}  // namespace

js::Value BuildAssertModule(Modules& modules, Process& p) {
  js::Vm& vm = p.vm();
  js::Value binding = modules.NewBinding();
  SetMethod(vm, binding, "sourceLine", 1, [&p](js::NativeCall& call) {
    double line = call.Arg(0).IsNumber() ? call.Arg(0).AsNumber() : 0;
    return Ok(call.vm.NewString(LineOf(p.scenario().source, line)));
  });
  SetMethod(vm, binding, "missingArgs", 2, [](js::NativeCall& call) {
    std::string msg = "The \"" + call.vm.ToDisplayString(call.Arg(0)) + "\" and \"" +
                      call.vm.ToDisplayString(call.Arg(1)) + "\" arguments must be specified";
    return Ok(MakeNodeError(call.vm, js::ErrorType::kTypeError, "ERR_MISSING_ARGS", msg));
  });
  SetMethod(vm, binding, "invalidReturn", 3, [](js::NativeCall& call) {
    std::string got = DetermineSpecificType(call.vm, call.Arg(2));
    std::string msg = "Expected " + call.vm.ToDisplayString(call.Arg(0)) +
                      " to be returned from the \"" + call.vm.ToDisplayString(call.Arg(1)) +
                      "\" function but got " + got + ".";
    return Ok(MakeNodeError(call.vm, js::ErrorType::kTypeError, "ERR_INVALID_RETURN_VALUE", msg));
  });
  return modules.RunLib("assert", binding);
}

}  // namespace loopscope::node
