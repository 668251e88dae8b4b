// engine/js/builtins_array.cpp — Array, Array.prototype and the array iterators.
//
// Methods work on the dense element vector of real arrays. Callbacks run through
// Runtime::Call; a result array allocated before calling back into JavaScript is held in a
// TempRoot, because a nested call may collect garbage. Callbacks may also change the
// array, so every loop re-reads the length and elements instead of caching a pointer.
// Where to look next: builtins.h, properties.cpp (length and index semantics).
#include <algorithm>

#include "engine/js/builtins.h"

namespace loopscope::js {
namespace {

Completion ThisArray(Runtime& rt, NativeCall& call, const char* method, Array*& out) {
  if (!call.this_value.Is(CellKind::kArray))
    return rt.Throw(ErrorType::kTypeError, std::string("Array.prototype.") + method + " called on a non-array");
  out = call.this_value.As<Array>();
  return Ok();
}
Value At(Array* a, size_t i) {
  if (i >= a->elements.size() || a->elements[i].IsHole()) return Value::Undefined();
  return a->elements[i];
}
Completion RequireCallable(Runtime& rt, Value fn) {
  if (!rt.IsCallable(fn)) return rt.Throw(ErrorType::kTypeError, rt.Inspect(fn) + " is not a function");
  return Ok();
}
// Calls fn(element, index, array) with thisArg.
Completion CallEach(Runtime& rt, NativeCall& call, Array* a, size_t i) {
  Value args[3] = {At(a, i), Value::Number(static_cast<double>(i)), Value::FromCell(a)};
  return rt.Call(call.Arg(0), call.Arg(1), args);
}
Value NewArrayOf(Runtime& rt, std::vector<Value> items) {
  Array* a = rt.NewArray();
  a->elements = std::move(items);
  return Value::FromCell(a);
}

Completion ArrayCtor(Runtime& rt, NativeCall& call, Native*) {
  Array* a = rt.NewArray();
  a->prototype = PrototypeForNew(rt, rt.realm.array_proto);  // `class Stack extends Array`
  if (call.args.size() == 1 && call.args[0].IsNumber()) {
    double n = call.args[0].AsNumber();
    if (n < 0 || n != std::floor(n) || n > 4294967295.0) return rt.Throw(ErrorType::kRangeError, "Invalid array length");
    a->elements.assign(static_cast<size_t>(n), Value::Hole());
  } else {
    a->elements.assign(call.args.begin(), call.args.end());
  }
  return Ok(Value::FromCell(a));
}
Completion IsArray(Runtime&, NativeCall& call, Native*) { return Ok(Value::Boolean(call.Arg(0).Is(CellKind::kArray))); }
Completion Of(Runtime& rt, NativeCall& call, Native*) { return Ok(NewArrayOf(rt, {call.args.begin(), call.args.end()})); }

// Array.from(arrayLike | iterable, mapFn?, thisArg?).
Completion From(Runtime& rt, NativeCall& call, Native*) {
  Value src = call.Arg(0);
  std::vector<Value> items;
  if (src.Is(CellKind::kArray)) {
    items = src.As<Array>()->elements;
  } else if (src.IsString()) {
    std::string_view s = rt.StringOf(src);
    for (size_t i = 0; i < s.size();) {
      unsigned char c = static_cast<unsigned char>(s[i]);
      size_t len = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
      items.push_back(rt.Str(s.substr(i, len)));
      i += len;
    }
  } else if (src.Is(CellKind::kMap) || src.Is(CellKind::kSet)) {
    Collection* c = src.As<Collection>();
    for (size_t i = 0; i < c->keys.size(); ++i) {
      if (c->keys[i].IsHole()) continue;
      if (src.Is(CellKind::kSet)) {
        items.push_back(c->keys[i]);
      } else {
        items.push_back(NewArrayOf(rt, {c->keys[i], c->values[i]}));
      }
    }
  } else if (src.Is(CellKind::kIterator)) {
    Iterator* it = src.As<Iterator>();
    Completion next = rt.GetProperty(src, rt.Intern("next"));
    (void)it;
    if (!next.ok()) return next;
    for (;;) {
      Completion r = rt.Call(next.value, src, {});
      if (!r.ok()) return r;
      Completion done = rt.GetProperty(r.value, rt.Intern("done"));
      if (!done.ok()) return done;
      if (Runtime::ToBoolean(done.value)) break;
      Completion v = rt.GetProperty(r.value, rt.Intern("value"));
      if (!v.ok()) return v;
      items.push_back(v.value);
    }
  } else if (src.IsObject()) {
    Completion len = rt.GetProperty(src, rt.key_length);
    if (!len.ok()) return len;
    double n = 0;
    LOOPSCOPE_TRY(rt.ToNumber(len.value, n));
    n = std::isnan(n) ? 0 : std::min(n, 1e7);
    for (double i = 0; i < n; ++i) {
      Completion v = rt.GetElement(src, Value::Number(i));
      if (!v.ok()) return v;
      items.push_back(v.value);
    }
  } else if (src.IsNullish()) {
    return rt.Throw(ErrorType::kTypeError, rt.ToDisplayString(src) + " is not iterable (cannot read property Symbol(Symbol.iterator))");
  }
  for (Value& v : items)
    if (v.IsHole()) v = Value::Undefined();
  Value result = NewArrayOf(rt, std::move(items));
  if (call.Arg(1).IsUndefined()) return Ok(result);
  LOOPSCOPE_TRY(RequireCallable(rt, call.Arg(1)));
  TempRoot keep(rt, result);
  Array* a = result.As<Array>();
  for (size_t i = 0; i < a->elements.size(); ++i) {
    Value args[2] = {a->elements[i], Value::Number(static_cast<double>(i))};
    Completion r = rt.Call(call.Arg(1), call.Arg(2), args);
    if (!r.ok()) return r;
    a->elements[i] = r.value;
  }
  return Ok(result);
}

Completion Push(Runtime& rt, NativeCall& call, Native*) {
  Array* a;
  LOOPSCOPE_TRY(ThisArray(rt, call, "push", a));
  if (a->frozen) return rt.Throw(ErrorType::kTypeError, "Cannot add property " + std::to_string(a->elements.size()) + ", object is not extensible");
  a->elements.insert(a->elements.end(), call.args.begin(), call.args.end());
  return Ok(Value::Number(static_cast<double>(a->elements.size())));
}
Completion Pop(Runtime& rt, NativeCall& call, Native*) {
  Array* a;
  LOOPSCOPE_TRY(ThisArray(rt, call, "pop", a));
  if (a->elements.empty()) return Ok();
  Value v = At(a, a->elements.size() - 1);
  a->elements.pop_back();
  return Ok(v);
}
Completion Shift(Runtime& rt, NativeCall& call, Native*) {
  Array* a;
  LOOPSCOPE_TRY(ThisArray(rt, call, "shift", a));
  if (a->elements.empty()) return Ok();
  Value v = At(a, 0);
  a->elements.erase(a->elements.begin());
  return Ok(v);
}
Completion Unshift(Runtime& rt, NativeCall& call, Native*) {
  Array* a;
  LOOPSCOPE_TRY(ThisArray(rt, call, "unshift", a));
  a->elements.insert(a->elements.begin(), call.args.begin(), call.args.end());
  return Ok(Value::Number(static_cast<double>(a->elements.size())));
}
Completion RangeArg(Runtime& rt, NativeCall& call, size_t i, size_t len, size_t dflt, size_t& out) {
  if (call.Arg(i).IsUndefined()) {
    out = dflt;
    return Ok();
  }
  double d;
  LOOPSCOPE_TRY(rt.ToNumber(call.Arg(i), d));
  out = RelativeIndex(ToIntegerOrInfinity(d), len);
  return Ok();
}
Completion Slice(Runtime& rt, NativeCall& call, Native*) {
  Array* a;
  LOOPSCOPE_TRY(ThisArray(rt, call, "slice", a));
  size_t len = a->elements.size(), start, end;
  LOOPSCOPE_TRY(RangeArg(rt, call, 0, len, 0, start));
  LOOPSCOPE_TRY(RangeArg(rt, call, 1, len, len, end));
  std::vector<Value> out;
  if (start < end) out.assign(a->elements.begin() + static_cast<long>(start), a->elements.begin() + static_cast<long>(end));
  return Ok(NewArrayOf(rt, std::move(out)));
}
Completion Splice(Runtime& rt, NativeCall& call, Native*) {
  Array* a;
  LOOPSCOPE_TRY(ThisArray(rt, call, "splice", a));
  size_t len = a->elements.size(), start, count;
  LOOPSCOPE_TRY(RangeArg(rt, call, 0, len, 0, start));
  if (call.args.empty()) {
    count = 0;
  } else if (call.args.size() == 1) {
    count = len - start;
  } else {
    double d;
    LOOPSCOPE_TRY(rt.ToNumber(call.Arg(1), d));
    d = ToIntegerOrInfinity(d);
    count = static_cast<size_t>(std::clamp(d, 0.0, static_cast<double>(len - start)));
  }
  auto first = a->elements.begin() + static_cast<long>(start);
  std::vector<Value> removed(first, first + static_cast<long>(count));
  a->elements.erase(first, first + static_cast<long>(count));
  if (call.args.size() > 2)
    a->elements.insert(a->elements.begin() + static_cast<long>(start), call.args.begin() + 2, call.args.end());
  return Ok(NewArrayOf(rt, std::move(removed)));
}
Completion Concat(Runtime& rt, NativeCall& call, Native*) {
  std::vector<Value> out;
  auto add = [&](Value v) {
    if (v.Is(CellKind::kArray)) {
      auto& el = v.As<Array>()->elements;
      out.insert(out.end(), el.begin(), el.end());
    } else {
      out.push_back(v);
    }
  };
  add(call.this_value);
  for (Value v : call.args) add(v);
  return Ok(NewArrayOf(rt, std::move(out)));
}
Completion JoinArray(Runtime& rt, Array* a, std::string_view sep, std::vector<Array*>& active, std::string& out) {
  if (std::find(active.begin(), active.end(), a) != active.end()) return Ok();  // cycles join as ""
  if (active.size() > 1000) return rt.Throw(ErrorType::kRangeError, "Maximum call stack size exceeded");
  active.push_back(a);
  for (size_t i = 0; i < a->elements.size(); ++i) {
    if (i) out += sep;
    Value v = At(a, i);
    if (v.IsNullish()) continue;
    if (v.Is(CellKind::kArray)) {
      LOOPSCOPE_TRY(JoinArray(rt, v.As<Array>(), ",", active, out));
      continue;
    }
    std::string s;
    LOOPSCOPE_TRY(rt.ToStringStd(v, s));
    out += s;
  }
  active.pop_back();
  return Ok();
}
Completion Join(Runtime& rt, NativeCall& call, Native*) {
  Array* a;
  LOOPSCOPE_TRY(ThisArray(rt, call, "join", a));
  std::string sep = ",";
  if (!call.Arg(0).IsUndefined()) LOOPSCOPE_TRY(rt.ToStringStd(call.Arg(0), sep));
  std::string out;
  std::vector<Array*> active;
  LOOPSCOPE_TRY(JoinArray(rt, a, sep, active, out));
  return Ok(rt.Str(out));
}
Completion ToString(Runtime& rt, NativeCall& call, Native* self) {
  if (!call.this_value.Is(CellKind::kArray)) return Ok(rt.Str("[object Object]"));
  NativeCall inner{call.vm, call.this_value, {}};
  return Join(rt, inner, self);
}
Completion Reverse(Runtime& rt, NativeCall& call, Native*) {
  Array* a;
  LOOPSCOPE_TRY(ThisArray(rt, call, "reverse", a));
  std::reverse(a->elements.begin(), a->elements.end());
  return Ok(call.this_value);
}
// indexOf / lastIndexOf / includes.
Completion Search(Runtime& rt, NativeCall& call, int mode) {
  Array* a;
  LOOPSCOPE_TRY(ThisArray(rt, call, "indexOf", a));
  size_t len = a->elements.size();
  Value target = call.Arg(0);
  if (mode == 1) {
    double from = static_cast<double>(len) - 1;
    if (call.args.size() > 1) LOOPSCOPE_TRY(rt.ToNumber(call.Arg(1), from));
    from = ToIntegerOrInfinity(from);
    if (from < 0) from += static_cast<double>(len);
    for (double i = std::min(from, static_cast<double>(len) - 1); i >= 0; --i)
      if (rt.StrictEquals(a->elements[static_cast<size_t>(i)], target)) return Ok(Value::Number(i));
    return Ok(Value::Number(-1));
  }
  size_t start;
  LOOPSCOPE_TRY(RangeArg(rt, call, 1, len, 0, start));
  for (size_t i = start; i < a->elements.size(); ++i) {
    Value v = a->elements[i];
    if (mode == 2 && rt.SameValueZero(v.IsHole() ? Value::Undefined() : v, target)) return Ok(Value::Boolean(true));
    if (mode == 0 && rt.StrictEquals(v, target)) return Ok(Value::Number(static_cast<double>(i)));
  }
  return Ok(mode == 2 ? Value::Boolean(false) : Value::Number(-1));
}
Completion IndexOf(Runtime& rt, NativeCall& call, Native*) { return Search(rt, call, 0); }
Completion LastIndexOf(Runtime& rt, NativeCall& call, Native*) { return Search(rt, call, 1); }
Completion Includes(Runtime& rt, NativeCall& call, Native*) { return Search(rt, call, 2); }

// The callback iterations: find, findIndex, findLast, findLastIndex, some, every,
// forEach, filter, map.
enum class Each { kFind, kFindIndex, kFindLast, kFindLastIndex, kSome, kEvery, kForEach, kFilter, kMap };
Completion Iterate(Runtime& rt, NativeCall& call, Each kind, const char* name) {
  Array* a;
  LOOPSCOPE_TRY(ThisArray(rt, call, name, a));
  LOOPSCOPE_TRY(RequireCallable(rt, call.Arg(0)));
  Array* result = rt.NewArray();
  TempRoot keep(rt, Value::FromCell(result));
  size_t len = a->elements.size();
  if (kind == Each::kMap) result->elements.assign(len, Value::Hole());
  bool backwards = kind == Each::kFindLast || kind == Each::kFindLastIndex;
  for (size_t n = 0; n < len; ++n) {
    size_t i = backwards ? len - 1 - n : n;
    bool skip_holes = kind == Each::kForEach || kind == Each::kFilter || kind == Each::kMap || kind == Each::kSome || kind == Each::kEvery;
    if (skip_holes && (i >= a->elements.size() || a->elements[i].IsHole())) continue;
    Value element = At(a, i);
    Completion r = CallEach(rt, call, a, i);
    if (!r.ok()) return r;
    bool truthy = Runtime::ToBoolean(r.value);
    switch (kind) {
      case Each::kFind: case Each::kFindLast: if (truthy) return Ok(element); break;
      case Each::kFindIndex: case Each::kFindLastIndex: if (truthy) return Ok(Value::Number(static_cast<double>(i))); break;
      case Each::kSome: if (truthy) return Ok(Value::Boolean(true)); break;
      case Each::kEvery: if (!truthy) return Ok(Value::Boolean(false)); break;
      case Each::kFilter: if (truthy) result->elements.push_back(element); break;
      case Each::kMap: result->elements[i] = r.value; break;
      case Each::kForEach: break;
    }
  }
  switch (kind) {
    case Each::kFindIndex: case Each::kFindLastIndex: return Ok(Value::Number(-1));
    case Each::kSome: return Ok(Value::Boolean(false));
    case Each::kEvery: return Ok(Value::Boolean(true));
    case Each::kFilter: case Each::kMap: return Ok(Value::FromCell(result));
    default: return Ok();
  }
}
Completion Find(Runtime& rt, NativeCall& c, Native*) { return Iterate(rt, c, Each::kFind, "find"); }
Completion FindIndex(Runtime& rt, NativeCall& c, Native*) { return Iterate(rt, c, Each::kFindIndex, "findIndex"); }
Completion FindLast(Runtime& rt, NativeCall& c, Native*) { return Iterate(rt, c, Each::kFindLast, "findLast"); }
Completion FindLastIndex(Runtime& rt, NativeCall& c, Native*) { return Iterate(rt, c, Each::kFindLastIndex, "findLastIndex"); }
Completion Some(Runtime& rt, NativeCall& c, Native*) { return Iterate(rt, c, Each::kSome, "some"); }
Completion Every(Runtime& rt, NativeCall& c, Native*) { return Iterate(rt, c, Each::kEvery, "every"); }
Completion ForEach(Runtime& rt, NativeCall& c, Native*) { return Iterate(rt, c, Each::kForEach, "forEach"); }
Completion Filter(Runtime& rt, NativeCall& c, Native*) { return Iterate(rt, c, Each::kFilter, "filter"); }
Completion Map(Runtime& rt, NativeCall& c, Native*) { return Iterate(rt, c, Each::kMap, "map"); }

Completion Reduce(Runtime& rt, NativeCall& call, bool right) {
  Array* a;
  LOOPSCOPE_TRY(ThisArray(rt, call, right ? "reduceRight" : "reduce", a));
  LOOPSCOPE_TRY(RequireCallable(rt, call.Arg(0)));
  size_t len = a->elements.size();
  std::vector<size_t> order;
  for (size_t n = 0; n < len; ++n) {
    size_t i = right ? len - 1 - n : n;
    if (!a->elements[i].IsHole()) order.push_back(i);
  }
  size_t k = 0;
  Value acc;
  if (call.args.size() >= 2) {
    acc = call.args[1];
  } else {
    if (order.empty()) return rt.Throw(ErrorType::kTypeError, "Reduce of empty array with no initial value");
    acc = a->elements[order[k++]];
  }
  for (; k < order.size(); ++k) {
    size_t i = order[k];
    if (i >= a->elements.size() || a->elements[i].IsHole()) continue;
    Value args[4] = {acc, a->elements[i], Value::Number(static_cast<double>(i)), Value::FromCell(a)};
    TempRoot keep(rt, acc);
    Completion r = rt.Call(call.Arg(0), Value::Undefined(), args);
    if (!r.ok()) return r;
    acc = r.value;
  }
  return Ok(acc);
}
Completion ReduceLeft(Runtime& rt, NativeCall& c, Native*) { return Reduce(rt, c, false); }
Completion ReduceRight(Runtime& rt, NativeCall& c, Native*) { return Reduce(rt, c, true); }

// ECMA-262 23.1.3.30.2 SortCompare; undefined sorts last, holes are dropped to the end.
Completion Sort(Runtime& rt, NativeCall& call, Native*) {
  Array* a;
  LOOPSCOPE_TRY(ThisArray(rt, call, "sort", a));
  Value cmp = call.Arg(0);
  if (!cmp.IsUndefined() && !rt.IsCallable(cmp))
    return rt.Throw(ErrorType::kTypeError, "The comparison function must be either a function or undefined");
  std::vector<Value> items, undefs;
  size_t holes = 0;
  for (Value v : a->elements) {
    if (v.IsHole()) ++holes;
    else if (v.IsUndefined()) undefs.push_back(v);
    else items.push_back(v);
  }
  Array* keep_items = rt.NewArray();
  keep_items->elements = items;
  TempRoot keep(rt, Value::FromCell(keep_items));
  Completion failure = Ok();
  std::vector<std::string> keys;
  if (cmp.IsUndefined()) {
    for (Value v : items) {
      std::string s;
      Completion c = rt.ToStringStd(v, s);
      if (!c.ok()) return c;
      keys.push_back(std::move(s));
    }
  }
  std::vector<size_t> idx(items.size());
  for (size_t i = 0; i < idx.size(); ++i) idx[i] = i;
  std::stable_sort(idx.begin(), idx.end(), [&](size_t x, size_t y) {
    if (!failure.ok()) return false;
    if (cmp.IsUndefined()) return keys[x] < keys[y];
    Value args[2] = {items[x], items[y]};
    Completion r = rt.Call(cmp, Value::Undefined(), args);
    if (!r.ok()) {
      failure = r;
      return false;
    }
    double d = 0;
    rt.ToNumber(r.value, d);
    return d < 0;
  });
  if (!failure.ok()) return failure;
  a->elements.clear();
  for (size_t i : idx) a->elements.push_back(items[i]);
  a->elements.insert(a->elements.end(), undefs.begin(), undefs.end());
  a->elements.insert(a->elements.end(), holes, Value::Hole());
  return Ok(call.this_value);
}
Completion Fill(Runtime& rt, NativeCall& call, Native*) {
  Array* a;
  LOOPSCOPE_TRY(ThisArray(rt, call, "fill", a));
  size_t len = a->elements.size(), start, end;
  LOOPSCOPE_TRY(RangeArg(rt, call, 1, len, 0, start));
  LOOPSCOPE_TRY(RangeArg(rt, call, 2, len, len, end));
  for (size_t i = start; i < end; ++i) a->elements[i] = call.Arg(0);
  return Ok(call.this_value);
}
void Flatten(Array* a, double depth, std::vector<Value>& out) {
  for (Value v : a->elements) {
    if (v.IsHole()) continue;
    if (v.Is(CellKind::kArray) && depth >= 1) Flatten(v.As<Array>(), depth - 1, out);
    else out.push_back(v);
  }
}
Completion Flat(Runtime& rt, NativeCall& call, Native*) {
  Array* a;
  LOOPSCOPE_TRY(ThisArray(rt, call, "flat", a));
  double depth = 1;
  if (!call.Arg(0).IsUndefined()) LOOPSCOPE_TRY(rt.ToNumber(call.Arg(0), depth));
  std::vector<Value> out;
  Flatten(a, std::min(ToIntegerOrInfinity(depth), 10000.0), out);
  return Ok(NewArrayOf(rt, std::move(out)));
}
Completion FlatMap(Runtime& rt, NativeCall& call, Native*) {
  Completion mapped = Iterate(rt, call, Each::kMap, "flatMap");
  if (!mapped.ok()) return mapped;
  std::vector<Value> out;
  Flatten(mapped.value.As<Array>(), 1, out);
  return Ok(NewArrayOf(rt, std::move(out)));
}
Completion AtMethod(Runtime& rt, NativeCall& call, Native*) {
  Array* a;
  LOOPSCOPE_TRY(ThisArray(rt, call, "at", a));
  double d = 0;
  LOOPSCOPE_TRY(rt.ToNumber(call.Arg(0), d));
  d = ToIntegerOrInfinity(d);
  double len = static_cast<double>(a->elements.size());
  if (d < 0) d += len;
  if (d < 0 || d >= len) return Ok();
  return Ok(At(a, static_cast<size_t>(d)));
}
Completion MakeIterator(Runtime& rt, NativeCall& call, IterKind kind) {
  if (!call.this_value.IsObject()) return rt.Throw(ErrorType::kTypeError, "not an iterable object");
  return Ok(Value::FromCell(rt.Alloc<Iterator>(rt.realm.iterator_proto, call.this_value, kind)));
}
Completion Keys(Runtime& rt, NativeCall& c, Native*) { return MakeIterator(rt, c, IterKind::kKeys); }
Completion Values(Runtime& rt, NativeCall& c, Native*) { return MakeIterator(rt, c, IterKind::kValues); }
Completion Entries(Runtime& rt, NativeCall& c, Native*) { return MakeIterator(rt, c, IterKind::kEntries); }

// %IteratorPrototype%.next for the engine's iterators (user code may call it directly).
Completion IteratorNext(Runtime& rt, NativeCall& call, Native*) {
  if (!call.this_value.Is(CellKind::kIterator)) return rt.Throw(ErrorType::kTypeError, "next method called on incompatible receiver");
  Iterator* it = call.this_value.As<Iterator>();
  Object* result = rt.NewPlainObject();
  TempRoot keep(rt, Value::FromCell(result));
  Value t = it->target;
  Value v;
  bool done = true;
  if (t.Is(CellKind::kArray)) {
    Array* a = t.As<Array>();
    if (it->position < a->elements.size()) {
      size_t i = it->position++;
      done = false;
      Value item = At(a, i);
      if (it->kind == IterKind::kKeys) v = Value::Number(static_cast<double>(i));
      else if (it->kind == IterKind::kValues) v = item;
      else v = NewArrayOf(rt, {Value::Number(static_cast<double>(i)), item});
    }
  } else if (t.Is(CellKind::kMap) || t.Is(CellKind::kSet)) {
    Collection* c = t.As<Collection>();
    while (it->position < c->keys.size() && c->keys[it->position].IsHole()) ++it->position;
    if (it->position < c->keys.size()) {
      size_t i = it->position++;
      done = false;
      Value key = c->keys[i], val = t.Is(CellKind::kMap) ? c->values[i] : c->keys[i];
      if (it->kind == IterKind::kKeys) v = key;
      else if (it->kind == IterKind::kValues) v = val;
      else v = NewArrayOf(rt, {key, val});
    }
  }
  result->Put(rt.Intern("value"), v);
  result->Put(rt.Intern("done"), Value::Boolean(done));
  return Ok(Value::FromCell(result));
}

}  // namespace

void InstallArrayBuiltins(Runtime& rt) {
  Object* proto = rt.realm.array_proto;
  Native* ctor = DefineConstructor(rt, "Array", 1, ArrayCtor, proto);
  rt.DefineNative(ctor, "isArray", 1, IsArray);
  rt.DefineNative(ctor, "from", 1, From);
  rt.DefineNative(ctor, "of", 0, Of);
  struct Method { const char* name; int length; BuiltinFn fn; };
  const Method methods[] = {
      {"push", 1, Push}, {"pop", 0, Pop}, {"shift", 0, Shift}, {"unshift", 1, Unshift},
      {"slice", 2, Slice}, {"splice", 2, Splice}, {"concat", 1, Concat}, {"join", 1, Join},
      {"toString", 0, ToString}, {"reverse", 0, Reverse}, {"indexOf", 1, IndexOf},
      {"lastIndexOf", 1, LastIndexOf}, {"includes", 1, Includes}, {"find", 1, Find},
      {"findIndex", 1, FindIndex}, {"findLast", 1, FindLast}, {"findLastIndex", 1, FindLastIndex},
      {"filter", 1, Filter}, {"map", 1, Map}, {"forEach", 1, ForEach}, {"reduce", 1, ReduceLeft},
      {"reduceRight", 1, ReduceRight}, {"some", 1, Some}, {"every", 1, Every}, {"sort", 1, Sort},
      {"fill", 1, Fill}, {"flat", 0, Flat}, {"flatMap", 1, FlatMap}, {"at", 1, AtMethod},
      {"keys", 0, Keys}, {"values", 0, Values}, {"entries", 0, Entries}};
  for (const Method& m : methods) rt.DefineNative(proto, m.name, m.length, m.fn);
  rt.DefineNative(rt.realm.iterator_proto, "next", 0, IteratorNext);
}

}  // namespace loopscope::js
