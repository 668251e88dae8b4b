// engine/node/native.h — small helpers for writing Node bindings as native functions.
//
// Bindings return js::Completion; these make the common shapes one-liners and produce
// Node's error messages for bad arguments (ERR_INVALID_ARG_TYPE and friends).
#pragma once

#include <string>
#include <string_view>

#include "engine/js/vm.h"

namespace loopscope::node {

inline js::Completion Ok(js::Value v = js::Value::Undefined()) {
  return js::Completion{js::Completion::Type::kNormal, v};
}

inline js::Completion Throw(js::Value error) {
  return js::Completion{js::Completion::Type::kThrow, error};
}

// A Node error with a `code` property: "TypeError [CODE]: message" when printed.
js::Value MakeNodeError(js::Vm& vm, js::ErrorType type, std::string_view code,
                        std::string_view message);

// ERR_INVALID_ARG_TYPE for a `name` argument that must be a function.
js::Completion ThrowNotFunction(js::Vm& vm, std::string_view name, js::Value actual);

// Node's description of a received value ("Received undefined", "Received type number (5)").
std::string DescribeReceived(js::Vm& vm, js::Value v);
// The same without "Received " (lib/internal/errors.js determineSpecificType).
std::string DetermineSpecificType(js::Vm& vm, js::Value v);

// Defines `obj[name]` as a native function.
void SetMethod(js::Vm& vm, js::Value obj, std::string_view name, int length, js::NativeFunction fn);

// The arguments from index `from` on, as a vector (for callbacks' extra arguments).
std::vector<js::Value> RestArgs(const js::NativeCall& call, size_t from);

}  // namespace loopscope::node
