// engine/js/wrapper_objects.h — Number, String and Boolean objects (`new Number(2)`,
// `Object('a')`): objects that carry a primitive (PrimitiveWrapper in object.h).
//
// Primitives stay primitives everywhere else: a method call on `'abc'` reads through
// String.prototype without making a wrapper. Wrappers are made only by the constructors
// called with `new`, by Object(v) (ToObject), and for `this` of a sloppy function called
// on a primitive (ECMA-262 10.2.1.2 OrdinaryCallBindThis step 6.b).
// Where to look next: properties.cpp (a String object's indices and length), inspect.cpp.
#pragma once

#include "engine/js/runtime.h"

namespace loopscope::js {

// ECMA-262 7.1.18 ToObject for a primitive that is not null or undefined.
Value WrapPrimitive(Runtime& rt, Value primitive);

// A wrapper made by `new Number(...)` etc., with the prototype new.target chooses.
Value NewPrimitiveWrapper(Runtime& rt, Value primitive, Object* prototype);

// The primitive a wrapper carries, or `v` itself when it is no wrapper (thisNumberValue,
// thisStringValue, thisBooleanValue: ECMA-262 21.1.3.7.1, 22.1.3.35.1, 20.3.3.3.1).
Value UnwrapPrimitive(Value v);

// ECMA-262 10.4.3.5 StringGetOwnProperty: a String object's `length` and indices, or a
// hole when `key` is neither.
Value StringWrapperOwnProperty(Runtime& rt, Object* obj, String* key);

// A String object's own index keys, which come before its ordinary properties (10.4.3.3
// [[OwnPropertyKeys]]); returns whether `obj` is a String object (then `length` follows
// the integer keys).
bool StringWrapperOwnKeys(Runtime& rt, Object* obj, std::vector<String*>& keys);

}  // namespace loopscope::js
