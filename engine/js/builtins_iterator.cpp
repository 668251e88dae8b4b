// engine/js/builtins_iterator.cpp — %IteratorPrototype% and the built-in iterator
// prototypes: %ArrayIteratorPrototype%, %StringIteratorPrototype%, %MapIteratorPrototype%,
// %SetIteratorPrototype% (ECMA-262 27.1.2, 23.1.5, 22.1.5, 24.1.5, 24.2.5).
//
// The iterators themselves are Iterator cells (object.h) stepped by
// Runtime::StepBuiltinIterator; their one `next` is shared, and is what the iteration
// protocol's fast path recognises (Realm::iterator_next).
// Where to look next: iteration.cpp (the protocol), inspect.cpp (how they print).
#include "engine/js/builtins.h"

namespace loopscope::js {
namespace {

// %ArrayIteratorPrototype%.next and its siblings (23.1.5.2.1 ...): one result object per
// step, { value, done }.
Completion IteratorNext(Runtime& rt, NativeCall& call, Native*) {
  if (!call.this_value.Is(CellKind::kIterator) || call.this_value.As<Iterator>()->is_record)
    return rt.Throw(ErrorType::kTypeError, "next method called on incompatible receiver " +
                                               rt.ToDisplayString(call.this_value));
  Value v;
  bool done = false;
  Completion step = rt.StepBuiltinIterator(call.this_value.As<Iterator>(), v, done);
  if (!step.ok()) return step;
  return Ok(rt.CreateIterResult(done ? Value::Undefined() : v, done));
}

// 27.1.2.1 %IteratorPrototype% [ @@iterator ] ( ): iterators are their own iterables.
Completion ReturnThis(Runtime&, NativeCall& call, Native*) {
  return Ok(call.this_value);
}

// 22.1.3.36 String.prototype [ @@iterator ] ( ): code points, not UTF-16 units.
Completion StringIterator(Runtime& rt, NativeCall& call, Native*) {
  Value s = call.this_value;
  if (s.IsNullish())
    return rt.Throw(ErrorType::kTypeError,
                    "String.prototype[Symbol.iterator] called on null or undefined");
  if (!s.IsString()) {
    Completion text = rt.ToStringValue(s);
    if (!text.ok()) return text;
    s = text.value;
  }
  return Ok(
      Value::FromCell(rt.Alloc<Iterator>(rt.realm.string_iterator_proto, s, IterKind::kValues)));
}

Object* IteratorPrototype(Runtime& rt, Native* next, const char* tag) {
  Object* proto = rt.NewObject(rt.realm.iterator_proto);
  proto->Put(rt.Intern("next"), Value::FromCell(next), false);
  proto->Put(rt.WellKnownSymbol(WellKnown::kToStringTag), rt.Str(tag), false);
  return proto;
}

}  // namespace

void InstallIteratorBuiltins(Runtime& rt) {
  DefineSymbolNative(rt, rt.realm.iterator_proto, WellKnown::kIterator, 0, ReturnThis);
  Native* next = rt.NewNative("next", 0, IteratorNext);
  rt.realm.iterator_next = Value::FromCell(next);
  rt.realm.array_iterator_proto = IteratorPrototype(rt, next, "Array Iterator");
  rt.realm.string_iterator_proto = IteratorPrototype(rt, next, "String Iterator");
  rt.realm.map_iterator_proto = IteratorPrototype(rt, next, "Map Iterator");
  rt.realm.set_iterator_proto = IteratorPrototype(rt, next, "Set Iterator");
  DefineSymbolNative(rt, rt.realm.string_proto, WellKnown::kIterator, 0, StringIterator);
}

}  // namespace loopscope::js
