// engine/js/private_names.h — class private members: `#x`, `#m()`, `get #p()`, `#x in o`.
//
// ECMA-262 6.2.12 Private Names and 7.3.26-7.3.32 (PrivateFieldAdd, PrivateMethodOrAccessorAdd,
// PrivateGet, PrivateSet). Each evaluation of a class creates a fresh private Symbol per
// declared `#name`, held in a hidden binding of the class's scope (compiler.cpp), so `#x`
// resolves lexically like a variable. An object's private elements live apart from its
// properties (Object::private_elements); the TypeErrors are worded as V8 words them.
// Where to look next: dispatch.cpp (GetElem/SetElem with a private key), operations.cpp (in).
#pragma once

#include <cstdint>

#include "engine/js/runtime.h"

namespace loopscope::js {

// DefinePrivateMethod's flags.
inline constexpr uint32_t kPrivateStatic = 1;
inline constexpr uint32_t kPrivateGetter = 2;
inline constexpr uint32_t kPrivateSetter = 4;

inline bool IsPrivateName(Value v) {
  return v.IsSymbol() && v.As<Symbol>()->private_kind != PrivateKind::kNone;
}

// A new Private Name for `#x` declared in the class named `class_name` ("anonymous" when
// the class is written without one).
Symbol* NewPrivateName(Runtime& rt, String* description, String* class_name, PrivateKind kind);
// ECMA-262 7.3.30 PrivateGet / 7.3.31 PrivateSet.
Completion PrivateGet(Runtime& rt, Value obj, Symbol* name);
Completion PrivateSet(Runtime& rt, Value obj, Symbol* name, Value v);
// ECMA-262 7.3.28 PrivateFieldAdd: `#x = v` while the instance (or the class) is set up.
Completion PrivateFieldAdd(Runtime& rt, Value obj, Symbol* name, Value v);
// ECMA-262 7.3.29 PrivateMethodOrAccessorAdd: gives `obj` the method or accessor `name`.
Completion PrivateMethodAdd(Runtime& rt, Value obj, Symbol* name);
// ECMA-262 13.10.1 `#x in obj` (ergonomic brand checks).
Completion PrivateIn(Runtime& rt, Value obj, Symbol* name);
// ECMA-262 15.4.4 / 15.7.14: `#m() {}`, `get #p() {}`, `set #p(v) {}` evaluated with the
// class: the function (with its home object and name) is kept in the Private Name.
void DefinePrivateMethod(Runtime& rt, Value cls, Symbol* name, Value fn, uint32_t flags);

}  // namespace loopscope::js
