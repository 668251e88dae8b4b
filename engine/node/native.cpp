// engine/node/native.cpp — see native.h.
#include "engine/node/native.h"

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

std::string DescribeReceived(js::Vm& vm, js::Value v) {
  if (v.IsUndefined()) return "Received undefined";
  if (v.IsNull()) return "Received null";
  if (vm.IsCallable(v))
    return "Received function " + std::string(vm.ToDisplayString(vm.GetOwn(v, "name")));
  // lib/internal/errors.js determineSpecificType: an object is named by its constructor
  // (looked up through the prototype chain, so a stream reads "an instance of PassThrough").
  if (v.IsObject()) {
    js::Completion ctor = vm.Get(v, "constructor");
    if (ctor.ok() && vm.IsCallable(ctor.value)) {
      js::Value name = vm.GetOwn(ctor.value, "name");
      if (name.IsString() && !vm.StringView(name).empty())
        return "Received an instance of " + std::string(vm.StringView(name));
    }
    return "Received an instance of Object";
  }
  std::string shown =
      v.IsString() ? "'" + std::string(vm.StringView(v)) + "'" : vm.ToDisplayString(v);
  return "Received type " + vm.TypeOf(v) + " (" + shown + ")";
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
