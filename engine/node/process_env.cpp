// engine/node/process_env.cpp — what makes process.env node's exotic object: every store
// becomes a string (src/node_env_var.cc EnvSetter: the key, then the value, through
// ToString, so a symbol throws and `undefined` is stored as 'undefined'), and
// Object.defineProperty accepts only a writable, enumerable, configurable data descriptor
// (EnvDefiner); array indexes are left ordinary, as node has no indexed interceptor.
// Reads, `in`, delete and enumeration are an ordinary object's, over the
// synthetic contents globals.cpp puts there (nothing of the host's environment).
// Where to look next: engine/js/embedder.h (Hooks::OnInterceptedStore).
#include <string>

#include "engine/node/native.h"
#include "engine/node/process.h"

namespace loopscope::node {

namespace {

// src/node_errors.h THROW_ERR_INVALID_OBJECT_DEFINE_PROPERTY: a plain TypeError with a code.
js::Completion ThrowDefineError(js::Vm& vm, std::string_view message) {
  js::Value error = vm.MakeError(js::ErrorType::kTypeError, message);
  vm.Set(error, "code", vm.NewString("ERR_INVALID_OBJECT_DEFINE_PROPERTY"));
  return Throw(error);
}

// An array index ("0" … "4294967294"): V8 sends those to indexed interceptors, which
// process.env has none of, so `process.env[1] = true` stores the boolean.
bool IsArrayIndex(const std::string& key) {
  if (key.empty() || key.size() > 10 || (key.size() > 1 && key[0] == '0')) return false;
  for (char c : key)
    if (c < '0' || c > '9') return false;
  return std::stoull(key) < 4294967295ULL;
}

constexpr std::string_view kDataOnly =
    "'process.env' only accepts a configurable, writable, and enumerable data descriptor";

}  // namespace

js::Completion Process::OnInterceptedStore(js::Value, js::Value key, js::Value& value,
                                           const js::StoreAttributes* attributes) {
  js::Vm& vm = *vm_;
  if (key.IsString() && IsArrayIndex(vm.ToDisplayString(key))) return Ok();
  if (attributes != nullptr) {  // EnvDefiner
    const js::StoreAttributes& a = *attributes;
    if (a.has_value) {
      if (!a.has_writable || !a.has_enumerable || !a.has_configurable || !a.writable ||
          !a.enumerable || !a.configurable)
        return ThrowDefineError(vm, kDataOnly);
    } else if (a.has_get || a.has_set) {
      return ThrowDefineError(
          vm, "'process.env' does not accept an accessor(getter/setter) descriptor");
    } else {
      return ThrowDefineError(vm, kDataOnly);
    }
  }
  // EnvSetter: property->ToString, then value->ToString.
  if (!key.IsString()) {
    js::Completion key_text = vm.ToString(key);
    if (!key_text.ok()) return key_text;
  }
  js::Completion text = vm.ToString(value);
  if (!text.ok()) return text;
  value = text.value;
  return Ok();
}

}  // namespace loopscope::node
