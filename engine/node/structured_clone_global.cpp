// engine/node/structured_clone_global.cpp — structuredClone as node 20's C++ binding
// (src/node_messaging.cc) checks its arguments: errors thrown from C++, so their stacks carry
// no "[CODE]" while the objects have `code`. There are no transferable objects (no
// ArrayBuffer or MessagePort), so a non-empty transfer list is always refused.
// Where to look next: engine/js/structured_clone.cpp (the copy), lib/domexception.js.
#include "engine/node/structured_clone_global.h"

#include <string>

#include "engine/js/runtime.h"
#include "engine/js/structured_clone.h"
#include "engine/node/native.h"

namespace loopscope::node {
namespace {

// A throw from C++ as V8 records one (Isolate::Throw): at the program's call, so an uncaught
// report shows that line with its caret, as node's does for these errors.
js::Completion ThrowAtCall(js::Vm& vm, js::Value error) {
  js::Runtime& rt = vm.runtime();
  rt.last_throw_loc = rt.CurrentLoc();
  rt.last_throw_internal = false;
  return Throw(error);
}

// src/node_errors.h THROW_ERR_*: the message as given, `code` set, the stack left as V8 made it.
js::Completion ThrowCoded(js::Vm& vm, std::string_view code, std::string_view message) {
  js::Value err = vm.MakeError(js::ErrorType::kTypeError, message);
  vm.Set(err, "code", vm.NewString(code));
  return ThrowAtCall(vm, err);
}

// options.transfer: undefined or null, or an iterable of transferable objects, which
// Loopscope does not have (node_messaging.cc ReadIterable, then the transfer-list check).
js::Completion CheckTransfer(js::Vm& vm, js::Value options) {
  if (options.IsNullish()) return Ok();
  if (!options.IsObject())
    return ThrowCoded(vm, "ERR_INVALID_ARG_TYPE",
                      "The options argument must be either an object or undefined");
  js::Runtime& rt = vm.runtime();
  js::Completion transfer = rt.GetProperty(options, rt.Intern("transfer"));
  if (!transfer.ok() || transfer.value.IsNullish()) return transfer;
  js::Array* list = nullptr;
  if (!transfer.value.IsObject() || !rt.IterableToArray(transfer.value, list).ok())
    return ThrowCoded(vm, "ERR_INVALID_ARG_TYPE",
                      "Optional transferList argument must be an iterable");
  if (!list->elements.empty())
    return ThrowCoded(vm, "ERR_INVALID_TRANSFER_OBJECT", "Found invalid object in transferList");
  return Ok();
}

}  // namespace

void InstallStructuredClone(js::Vm& host_vm, js::Value global, const js::Value* dom_exception) {
  SetMethod(host_vm, global, "structuredClone", 0, [dom_exception](js::NativeCall& call) {
    js::Vm& vm = call.vm;
    if (call.args.empty())
      return ThrowCoded(vm, "ERR_MISSING_ARGS", "The value argument must be specified");
    js::Completion checked = CheckTransfer(vm, call.Arg(1));
    if (!checked.ok()) return checked;
    js::Value out;
    std::string uncloneable;
    js::Completion c = js::StructuredClone(vm.runtime(), call.Arg(0), out, uncloneable);
    if (!c.ok()) return c;
    if (uncloneable.empty()) return node::Ok(out);
    js::Value args[] = {vm.NewString(uncloneable), vm.NewString("DataCloneError")};
    js::Completion error = vm.Construct(*dom_exception, args);
    if (!error.ok()) return error;
    return ThrowAtCall(vm, error.value);
  });
}

}  // namespace loopscope::node
