// engine/js/collection_entries.cpp — AddEntriesFromIterable (ECMA-262 24.1.1.2) for the
// keyed collections' constructors. The iterable is stepped lazily, so an endless generator
// ends when an adder throws, and a throwing adder or a bad entry calls the iterator's
// return() before the error propagates (IfAbruptCloseIterator), as in V8.
// Where to look next: iteration.cpp (GetIterator, IteratorStep, IteratorClose).
#include "engine/js/collection_entries.h"

#include <span>
#include <string>

namespace loopscope::js {
namespace {

// One produced value handed to the adder: `adder(value)` for Set/WeakSet, or
// `adder(value[0], value[1])` for Map/WeakMap (24.1.1.2 steps 2.c-2.k).
Completion AddOne(Runtime& rt, Value target, Value adder, Value item, bool pairs) {
  if (!pairs) return rt.Call(adder, target, std::span<const Value>(&item, 1));
  // Step 2.c: a non-object entry is a TypeError that closes the iterator.
  if (!item.IsObject())
    return rt.Throw(ErrorType::kTypeError,
                    "Iterator value " + rt.ToDisplayString(item) + " is not an entry object");
  Completion k = rt.GetElement(item, Value::Number(0));
  if (!k.ok()) return k;
  TempRoot keep_k(rt, k.value);
  Completion v = rt.GetElement(item, Value::Number(1));
  if (!v.ok()) return v;
  Value args[] = {k.value, v.value};
  return rt.Call(adder, target, args);
}

}  // namespace

Completion AddEntriesFromIterable(Runtime& rt, Value target, Value iterable,
                                  std::string_view adder_name, bool pairs) {
  String* key = rt.Intern(adder_name);
  Completion adder = rt.GetProperty(target, key);
  if (!adder.ok()) return adder;
  if (!rt.IsCallable(adder.value))
    return rt.Throw(ErrorType::kTypeError, "'" + rt.ToDisplayString(adder.value) +
                                               "' returned for property '" +
                                               std::string(adder_name) + "' of object '" +
                                               rt.ObjectLabel(target) + "' is not a function");
  TempRoot keep_adder(rt, adder.value);
  Value iterator;
  Completion got = rt.GetIterator(iterable, iterator, Runtime::IterSite::kBuiltin);
  if (!got.ok()) return got;
  TempRoot keep_iterator(rt, iterator);
  for (;;) {
    Value item;
    bool done = false;
    // A throwing next() leaves the iterator unclosed (IteratorStepValue marks it done).
    Completion step = rt.IteratorStep(iterator, item, done);
    if (!step.ok()) return step;
    if (done) return Ok(target);
    TempRoot keep_item(rt, item);
    Completion added = AddOne(rt, target, adder.value, item, pairs);
    if (added.terminated()) return added;
    if (!added.ok()) return rt.IteratorClose(iterator, added);
  }
}

}  // namespace loopscope::js
