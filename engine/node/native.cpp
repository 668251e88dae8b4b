// engine/node/native.cpp — see native.h.
#include "engine/node/native.h"

#include <cmath>

namespace loopscope::node {

js::Value MakeNodeError(js::Vm& vm, js::ErrorType type, std::string_view code,
                        std::string_view message) {
  js::Value err = vm.MakeError(type, message);
  vm.Set(err, "code", vm.NewString(code));
  // lib/internal/errors.js captures the stack while the name reads "RangeError [CODE]", so
  // the stack's first line carries the code (the name property does not).
  std::string stack = vm.ErrorStack(err);
  std::string name = stack.substr(0, stack.find(':'));
  if (!name.empty() && name.find_first_of(" \n") == std::string::npos) {
    stack.insert(name.size(), " [" + std::string(code) + "]");
    vm.Set(err, "stack", vm.NewString(stack));
  }
  return err;
}

// lib/internal/errors.js determineSpecificType.
std::string DetermineSpecificType(js::Vm& vm, js::Value v) {
  if (v.IsUndefined()) return "undefined";
  if (v.IsNull()) return "null";
  if (vm.IsCallable(v)) return "function " + vm.ToDisplayString(vm.GetOwn(v, "name"));
  if (v.IsObject()) {
    js::Completion ctor = vm.Get(v, "constructor");
    if (ctor.ok() && ctor.value.IsObject()) {
      js::Completion name = vm.Get(ctor.value, "name");
      // `value.constructor?.name` must be truthy: an anonymous class falls through.
      if (name.ok() && vm.ToBoolean(name.value))
        return "an instance of " + vm.ToDisplayString(name.value);
    }
    js::InspectOptions shallow;
    shallow.depth = -1;
    return vm.Inspect(v, shallow);
  }
  if (v.IsNumber() && v.AsNumber() == 0 && std::signbit(v.AsNumber())) return "type number (-0)";
  if (v.IsBigInt()) return "type bigint (" + vm.Inspect(v) + ")";  // inspect's `1n`
  if (!v.IsString()) return "type " + vm.TypeOf(v) + " (" + vm.ToDisplayString(v) + ")";
  std::string s(vm.StringView(v));
  if (s.size() > 28) s = s.substr(0, 25) + "...";
  if (s.find('\'') == std::string::npos) return "type string ('" + s + "')";
  return "type string (" + js::QuoteJson(s) + ")";
}

std::string DescribeReceived(js::Vm& vm, js::Value v) {
  return "Received " + DetermineSpecificType(vm, v);
}

js::Completion ThrowNotFunction(js::Vm& vm, std::string_view name, js::Value actual) {
  std::string msg = "The \"" + std::string(name) + "\" argument must be of type function. " +
                    DescribeReceived(vm, actual);
  return Throw(MakeNodeError(vm, js::ErrorType::kTypeError, "ERR_INVALID_ARG_TYPE", msg));
}

void SetMethod(js::Vm& vm, js::Value obj, std::string_view name, int length,
               js::NativeFunction fn) {
  vm.Set(obj, name, vm.NewFunction(name, length, std::move(fn)));
}

std::vector<js::Value> RestArgs(const js::NativeCall& call, size_t from) {
  std::vector<js::Value> out;
  for (size_t i = from; i < call.args.size(); ++i) out.push_back(call.args[i]);
  return out;
}

}  // namespace loopscope::node
