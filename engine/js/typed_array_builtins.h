// engine/js/typed_array_builtins.h — what the ArrayBuffer, TypedArray and DataView builtin
// files share: allocation under the heap limit, receiver checks with V8's messages, and
// accessor definitions.
// Where to look next: typed_array.h (the cells), builtins_typed_array.cpp (the constructors).
#pragma once

#include <string>
#include <string_view>

#include "engine/js/builtins.h"
#include "engine/js/typed_array.h"

namespace loopscope::js {

// Defines a builtin accessor property `get <name>` (not enumerable, configurable), as the
// prototype getters of ECMA-262 23.2.3 and 25.1.6 are.
void DefineGetter(Runtime& rt, Object* target, String* key, BuiltinFn fn);

// ECMA-262 7.1.22 ToIndex: RangeError `message` for a negative or too large value.
Completion ToIndexArg(Runtime& rt, Value v, const std::string& message, double& out);

// ECMA-262 25.1.3.1 AllocateArrayBuffer: `byte_length` zeroed bytes, reserved from the heap
// first so a hostile length stops at the heap limit instead of exhausting the host.
Completion AllocateArrayBuffer(Runtime& rt, Object* proto, double byte_length,
                               ArrayBufferObject*& out);

// ECMA-262 23.2.5.1.6 AllocateTypedArray with a fresh buffer of `length` elements.
Completion AllocateTypedArray(Runtime& rt, ElementType type, Object* proto, double length,
                              TypedArrayObject*& out);

// ECMA-262 23.2.4.4 ValidateTypedArray: `v` is a TypedArray that is not out of bounds.
// `method` names the caller in V8's message ("%TypedArray%.prototype.fill").
Completion ValidateTypedArray(Runtime& rt, Value v, std::string_view method,
                              TypedArrayObject*& out);

// ECMA-262 23.2.4.2 TypedArrayCreateFromConstructor: `new ctor(...args)`, which must give
// a valid TypedArray, at least `min_length` long when the only argument is a length.
Completion TypedArrayCreate(Runtime& rt, Value ctor, std::span<const Value> args,
                            TypedArrayObject*& out, std::string_view method);
// ECMA-262 23.2.4.1 TypedArraySpeciesCreate, with a length or with a list of args.
Completion TypedArraySpeciesCreate(Runtime& rt, TypedArrayObject* exemplar,
                                   std::span<const Value> args, TypedArrayObject*& out,
                                   std::string_view method);

// The Realm's constructor for an element type (%Uint8Array%...).
inline Value IntrinsicConstructor(Runtime& rt, ElementType t) {
  return Value::FromCell(rt.realm.typed_array_ctors[static_cast<size_t>(t)]);
}

}  // namespace loopscope::js
