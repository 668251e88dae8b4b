// engine/js/iteration.cpp — the iteration protocol (ECMA-262 7.4): GetIterator,
// IteratorStepValue, IteratorClose, IterableToList, and the stepping of the built-in
// iterators.
//
// Every consumer (for-of, spread, destructuring, Array.from, Map/Set, Promise.all, yield*)
// goes through GetIterator, so user iterables, generators and patched prototypes behave as
// in V8. The fast path keeps plain arrays cheap: when a built-in iterator's `next` is the
// intrinsic one, stepping it directly is indistinguishable from calling next().
// Where to look next: builtins_iterator.cpp (the iterator objects), dispatch.cpp (opcodes).
#include <span>

#include "engine/js/runtime.h"

namespace loopscope::js {
namespace {

bool IsIntrinsicNext(Runtime& rt, Iterator* it) {
  if (it->Find(rt.key_next) || !it->prototype) return false;
  Property* p = it->prototype->Find(rt.key_next);
  return p && p->value.SameBits(rt.realm.iterator_next);
}

// V8's wording for a value without a callable @@iterator. Syntax (for-of, [...x], `const
// [a] = x`) names the expression when it is a name or a member chain; builtins (Promise.all,
// new Set) name the type of a primitive and say which property was missing; a call's spread
// says that the method must be a function.
Completion ThrowNotIterable(Runtime& rt, Value v, Runtime::IterSite site, std::string_view text) {
  constexpr const char* kMissing =
      " is not iterable (cannot read property Symbol(Symbol.iterator))";
  std::string shown = text.empty() ? rt.ToDisplayString(v) : std::string(text);
  if (site == Runtime::IterSite::kCallSpread) {
    if (v.IsNullish())
      return rt.Throw(ErrorType::kTypeError, shown + " is not iterable (cannot read property " +
                                                 rt.ToDisplayString(v) + ")");
    return rt.Throw(ErrorType::kTypeError,
                    "Spread syntax requires ...iterable[Symbol.iterator] to be a function");
  }
  if (site == Runtime::IterSite::kSyntax && !text.empty())
    return rt.Throw(ErrorType::kTypeError, shown + " is not iterable");
  if (v.IsObject() && !rt.IsCallable(v))
    return rt.Throw(ErrorType::kTypeError, std::string("object") + kMissing);
  if (site == Runtime::IterSite::kSyntax)
    return rt.Throw(ErrorType::kTypeError, shown + " is not iterable");
  if (!v.IsNullish() && !v.IsObject()) shown = rt.TypeOf(v) + " " + shown;
  return rt.Throw(ErrorType::kTypeError, shown + kMissing);
}

std::string NotAFunction(Runtime& rt, Value v) {
  std::string text = rt.ToDisplayString(v);
  return (v.IsObject() || v.IsNullish() ? text : rt.TypeOf(v) + " " + text) + " is not a function";
}

}  // namespace

// An array whose iteration nobody changed: Array.prototype[@@iterator] and
// %ArrayIteratorPrototype%.next are the intrinsics and the array shadows neither.
bool Runtime::HasIntrinsicArrayIteration(Value v) {
  if (!v.Is(CellKind::kArray)) return false;
  Array* a = v.As<Array>();
  Symbol* iterator = WellKnownSymbol(WellKnown::kIterator);
  if (a->prototype != realm.array_proto || a->Find(iterator)) return false;
  Property* method = realm.array_proto->Find(iterator);
  Property* next = realm.array_iterator_proto->Find(key_next);
  return method && method->value.SameBits(realm.array_values) && next &&
         next->value.SameBits(realm.iterator_next);
}

Value Runtime::CreateIterResult(Value v, bool done) {
  Object* result = NewPlainObject();
  result->Put(key_value, v);
  result->Put(key_done, Value::Boolean(done));
  return Value::FromCell(result);
}

// ECMA-262 7.4.3 GetIterator(obj, sync) and 7.4.2 GetIteratorFromMethod.
Completion Runtime::GetIterator(Value v, Value& record, IterSite site, std::string_view text) {
  if (HasIntrinsicArrayIteration(v)) {
    record = Value::FromCell(Alloc<Iterator>(realm.array_iterator_proto, v, IterKind::kValues));
    return Ok();
  }
  if (v.IsNullish()) return ThrowNotIterable(*this, v, site, text);
  Completion method = GetProperty(v, WellKnownSymbol(WellKnown::kIterator));
  if (!method.ok()) return method;
  if (!IsCallable(method.value)) return ThrowNotIterable(*this, v, site, text);
  Completion it = Call(method.value, v, {});
  if (!it.ok()) return it;
  if (!it.value.IsObject())
    return Throw(ErrorType::kTypeError, "Result of the Symbol.iterator method is not an object");
  if (it.value.Is(CellKind::kIterator) && !it.value.As<Iterator>()->is_record &&
      IsIntrinsicNext(*this, it.value.As<Iterator>())) {
    record = it.value;
    return Ok();
  }
  TempRoot keep(*this, it.value);
  Completion next = GetProperty(it.value, key_next);
  if (!next.ok()) return next;
  Iterator* rec = Alloc<Iterator>(nullptr, it.value, IterKind::kValues);
  rec->is_record = true;
  rec->next_method = next.value;
  record = Value::FromCell(rec);
  return Ok();
}

// ECMA-262 7.4.7 IteratorStepValue: a failing next() leaves the record done, so nothing
// closes an iterator whose own next() threw.
Completion Runtime::IteratorStep(Value record, Value& out, bool& done) {
  Iterator* it = record.As<Iterator>();
  if (!it->is_record) {
    return StepBuiltinIterator(it, out, done);
  }
  done = true;
  out = Value::Undefined();
  if (it->done) return Ok();
  it->done = true;
  if (!IsCallable(it->next_method))
    return Throw(ErrorType::kTypeError, NotAFunction(*this, it->next_method));
  Completion r = Call(it->next_method, it->target, {});
  if (!r.ok()) return r;
  if (!r.value.IsObject())
    return Throw(ErrorType::kTypeError,
                 "Iterator result " + ToDisplayString(r.value) + " is not an object");
  TempRoot keep(*this, r.value);
  Completion d = GetProperty(r.value, key_done);
  if (!d.ok()) return d;
  if (ToBoolean(d.value)) return Ok();
  Completion v = GetProperty(r.value, key_value);
  if (!v.ok()) return v;
  it->done = false;
  done = false;
  out = v.value;
  return Ok();
}

// ECMA-262 7.4.8 IteratorClose. The built-in iterators have no return method.
Completion Runtime::IteratorClose(Value record, Completion completion) {
  Iterator* it = record.As<Iterator>();
  if (!it->is_record || it->done || completion.terminated()) return completion;
  it->done = true;
  TempRoot keep_value(*this, completion.value);
  Completion inner = GetProperty(it->target, Intern("return"));
  bool called = false;  // step 4.b: no return() method, no result to check
  if (inner.ok() && !inner.value.IsNullish()) {
    called = true;
    if (!IsCallable(inner.value))
      inner = Throw(ErrorType::kTypeError, NotAFunction(*this, inner.value));
    else
      inner = Call(inner.value, it->target, {});
  }
  // Steps 5-7: a throw completion wins; then an abrupt return(); then its result's type.
  if (inner.terminated() || completion.threw()) return inner.terminated() ? inner : completion;
  if (!inner.ok()) return inner;
  if (called && !inner.value.IsObject())
    return Throw(ErrorType::kTypeError,
                 "Iterator result " + ToDisplayString(inner.value) + " is not an object");
  return completion;
}

// ECMA-262 7.4.13 IterableToList. `out` is rooted here while next() runs.
Completion Runtime::IterableToArray(Value iterable, Array*& out, IterSite site,
                                    std::string_view text) {
  out = NewArray();
  TempRoot keep_out(*this, Value::FromCell(out));
  if (HasIntrinsicArrayIteration(iterable)) {
    return AppendIteratedElements(iterable.As<Array>(), out);
  }
  Value record;
  Completion c = GetIterator(iterable, record, site, text);
  if (!c.ok()) return c;
  TempRoot keep_record(*this, record);
  for (;;) {
    Value v;
    bool done = false;
    c = IteratorStep(record, v, done);
    if (!c.ok()) return c;
    if (done) return Ok();
    out->elements.push_back(v);
  }
}

// The array iterator's steps run to the end without the iterator: every index becomes an
// element (the heap limit is asked first), a hole is read with [[Get]] as
// %ArrayIteratorPrototype%.next reads it (its getter may throw or change the array).
Completion Runtime::AppendIteratedElements(Array* src, Array* out) {
  Completion room = ReserveHeap(size_t{src->Length()} * sizeof(Value));
  if (!room.ok()) return room;
  for (uint32_t i = 0; i < src->Length(); ++i) {
    Value v = src->Get(i);
    if (v.IsHole()) {
      Completion got = GetElement(Value::FromCell(src), Value::Number(i));
      if (!got.ok()) return got;
      v = got.value;
    }
    out->elements.push_back(v);
  }
  return Ok();
}

// One step of a built-in iterator: %ArrayIteratorPrototype%.next (23.1.5.2.1) over arrays
// and byte-indexed host objects, the String Iterator (22.1.5.2.1), Map and Set iterators
// (24.1.5.2.1, 24.2.5.2.1). Deleted collection entries are holes, skipped.
Completion Runtime::StepBuiltinIterator(Iterator* it, Value& out, bool& done) {
  Value t = it->target;
  done = false;
  auto exhausted = [&] {
    done = true;
    return Ok();
  };
  auto result = [&](Value index, Value v) {
    if (it->kind == IterKind::kKeys) return index;
    if (it->kind == IterKind::kValues) return v;
    TempRoot keep(*this, v);
    Array* pair = NewArray();
    pair->elements = {index, v};
    return Value::FromCell(pair);
  };
  if (t.Is(CellKind::kArray)) {
    Array* a = t.As<Array>();
    if (it->position >= a->Length()) return exhausted();
    Value index = Value::Number(it->position++);
    Value v = a->Get(static_cast<uint32_t>(index.AsNumber()));
    if (v.IsHole() && it->kind != IterKind::kKeys) {
      // 23.1.5.1 CreateArrayIterator step 2.b.vii: `? Get(array, index)`. A hole is an
      // accessor element (whose getter may throw) or is read from the prototype chain.
      Completion got = GetElement(t, index);
      if (!got.ok()) return got;
      v = got.value;
    }
    out = result(index, v.IsHole() ? Value::Undefined() : v);
    return Ok();
  }
  if (t.Is(CellKind::kArguments)) {
    // 23.1.5.2.1 steps 5-7: an array-like's length is read again at every step.
    Value length = GetOwnProperty(t.As<Object>(), key_length);
    if (!length.IsNumber() || it->position >= length.AsNumber()) return exhausted();
    Value index = Value::Number(it->position++);
    Completion v = GetElement(t, index);
    if (!v.ok()) return v;
    out = result(index, v.value);
    return Ok();
  }
  if (t.Is(CellKind::kTypedArray)) {
    // 23.1.5.2.1 step 6.a: the length is read again at every step (0 once out of bounds).
    auto* ta = t.As<TypedArrayObject>();
    if (it->position >= TypedArrayLength(ta)) return exhausted();
    Value index = Value::Number(it->position++);
    out = result(index, TypedArrayGetElement(*this, ta, index.AsNumber()));
    return Ok();
  }
  if (t.IsString()) {
    std::string_view s = StringOf(t);
    if (it->position >= s.size()) return exhausted();
    auto c = static_cast<unsigned char>(s[it->position]);
    size_t len = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
    out = Str(s.substr(it->position, len));
    it->position += static_cast<uint32_t>(len);
    return Ok();
  }
  if (t.Is(CellKind::kMap) || t.Is(CellKind::kSet)) {
    Collection* c = t.As<Collection>();
    while (it->position < c->keys.size() && c->keys[it->position].IsHole()) ++it->position;
    if (it->position >= c->keys.size()) return exhausted();
    uint32_t i = it->position++;
    Value key = c->keys[i];
    out = result(key, t.Is(CellKind::kMap) ? c->values[i] : key);
    return Ok();
  }
  return exhausted();
}

}  // namespace loopscope::js
