// engine/js/operations.cpp — the interpreter's slower operations: binary operators on
// non-numbers, classes, super(), iteration and spreading.
// Where to look next: dispatch.cpp (the fast paths), conversions.cpp.
#include <algorithm>
#include <cmath>

#include "engine/js/bigint.h"
#include "engine/js/bytecode.h"
#include "engine/js/ieee754.h"
#include "engine/js/interpreter.h"
#include "engine/js/private_names.h"
#include "engine/js/vm.h"
#include "engine/js/wrapper_objects.h"

namespace loopscope::js {

int32_t ToInt32(double d) {
  return static_cast<int32_t>(ToUint32(d));
}
uint32_t ToUint32(double d) {
  // Numbers already in range (the common `x | 0`, `i >>> 0`) convert by truncation alone.
  if (d > -2147483649.0 && d < 4294967296.0) return static_cast<uint32_t>(static_cast<int64_t>(d));
  if (!std::isfinite(d)) return 0;
  double t = std::trunc(d);
  double m = std::fmod(t, 4294967296.0);
  if (m < 0) m += 4294967296.0;
  return static_cast<uint32_t>(m);
}

namespace {
// ECMA-262 6.1.6.1.6 Number::remainder is fmod's result. Integer operands in int32 range
// with a positive divisor (the common `i % n`) take the exact integer path, much cheaper
// than fmod; a zero result keeps the dividend's sign (-3 % 3 is -0).
double NumberRemainder(double x, double y) {
  if (x >= -2147483648.0 && x <= 2147483647.0 && y >= 1 && y <= 2147483647.0) {
    auto xi = static_cast<int64_t>(x);
    auto yi = static_cast<int64_t>(y);
    if (static_cast<double>(xi) == x && static_cast<double>(yi) == y) {
      int64_t r = xi % yi;
      return r == 0 && std::signbit(x) ? -0.0 : static_cast<double>(r);
    }
  }
  return std::fmod(x, y);
}

// ECMA-262 6.1.6.1.3 Number::exponentiate differs from pow for |base| = 1 and NaN.
double JsPow(double x, double y) {
  if (std::isnan(y)) return NAN;
  if (std::isinf(y) && std::fabs(x) == 1) return NAN;
  return ieee754::Pow(x, y);
}
// ECMA-262 7.2.13 IsLessThan steps 3-4 with a BigInt on one side (both already primitives,
// not both strings): a string side goes through StringToBigInt, and a string that is no
// BigInt or a NaN makes every comparison false.
Completion CompareWithBigInt(Runtime& rt, Op op, Value a, Value b, Value& out) {
  ScratchInt parsed;
  auto numeric = [&](Value& v) -> Completion {
    if (!v.IsString()) return rt.ToNumeric(v, v);
    if (!StringToBigInt(rt.StringOf(v), parsed.get())) {
      v = Value::Number(NAN);
      return Ok();
    }
    v = NewBigInt(rt, parsed.get());
    return Ok();
  };
  Completion c = numeric(a);
  if (!c.ok()) return c;
  TempRoot keep(rt, a);
  c = numeric(b);
  if (!c.ok()) return c;
  std::optional<int> cmp;
  if (a.IsBigInt() && b.IsBigInt())
    cmp = mpz_cmp(a.As<BigInt>()->value, b.As<BigInt>()->value);
  else if (a.IsBigInt())
    cmp = CompareBigIntNumber(a.As<BigInt>(), b.AsNumber());
  else if (auto reversed = CompareBigIntNumber(b.As<BigInt>(), a.AsNumber()))
    cmp = -*reversed;
  bool r = cmp && (op == Op::kLt   ? *cmp < 0
                   : op == Op::kGt ? *cmp > 0
                   : op == Op::kLe ? *cmp <= 0
                                   : *cmp >= 0);
  out = Value::Boolean(r);
  return Ok();
}

}  // namespace

Completion Interpreter::Binary(uint8_t raw_op, Value a, Value b, Value& out) {
  Op op = static_cast<Op>(raw_op);
  switch (op) {
    case Op::kStrictEq:
      out = Value::Boolean(rt_.StrictEquals(a, b));
      return Ok();
    case Op::kStrictNe:
      out = Value::Boolean(!rt_.StrictEquals(a, b));
      return Ok();
    case Op::kEq:
    case Op::kNe: {
      bool eq = false;
      Completion c = rt_.LooseEquals(a, b, eq);
      if (!c.ok()) return c;
      out = Value::Boolean(op == Op::kEq ? eq : !eq);
      return Ok();
    }
    case Op::kIn: {
      if (IsPrivateName(a)) {  // `#x in obj`
        Completion c = PrivateIn(rt_, b, a.As<Symbol>());
        if (c.ok()) out = c.value;
        return c;
      }
      if (!b.IsObject())
        return rt_.Throw(ErrorType::kTypeError, "Cannot use 'in' operator to search for '" +
                                                    rt_.ToDisplayString(a) + "' in " +
                                                    rt_.ToDisplayString(b));
      String* key = nullptr;
      Completion c = rt_.ToPropertyKey(a, key);
      if (!c.ok()) return c;
      out = Value::Boolean(rt_.HasProperty(b.As<Object>(), key));
      return Ok();
    }
    case Op::kInstanceOf: {
      bool found = false;
      Completion c = InstanceOf(a, b, found);
      if (!c.ok()) return c;
      out = Value::Boolean(found);
      return Ok();
    }
    default:
      break;
  }
  if (op == Op::kAdd) {
    Completion pa = rt_.ToPrimitive(a, Runtime::PrimitiveHint::kDefault);
    if (!pa.ok()) return pa;
    Completion pb = rt_.ToPrimitive(b, Runtime::PrimitiveHint::kDefault);
    if (!pb.ok()) return pb;
    if (pa.value.IsString() || pb.value.IsString()) {
      Completion sa = rt_.ToStringValue(pa.value);
      if (!sa.ok()) return sa;
      TempRoot keep(rt_, sa.value);
      Completion sb = rt_.ToStringValue(pb.value);
      if (!sb.ok()) return sb;
      Completion sum = rt_.ConcatStrings(sa.value.As<String>(), sb.value.As<String>());
      if (!sum.ok()) return sum;
      out = sum.value;
      return Ok();
    }
    a = pa.value;
    b = pb.value;
  }
  if (op == Op::kLt || op == Op::kGt || op == Op::kLe || op == Op::kGe) {
    Completion pa = rt_.ToPrimitive(a, false);
    if (!pa.ok()) return pa;
    Completion pb = rt_.ToPrimitive(b, false);
    if (!pb.ok()) return pb;
    if (pa.value.IsString() && pb.value.IsString()) {
      int cmp = rt_.StringOf(pa.value).compare(rt_.StringOf(pb.value));
      bool r = op == Op::kLt   ? cmp < 0
               : op == Op::kGt ? cmp > 0
               : op == Op::kLe ? cmp <= 0
                               : cmp >= 0;
      out = Value::Boolean(r);
      return Ok();
    }
    a = pa.value;
    b = pb.value;
    if (a.IsBigInt() || b.IsBigInt()) return CompareWithBigInt(rt_, op, a, b, out);
  }
  if (op != Op::kLt && op != Op::kGt && op != Op::kLe && op != Op::kGe) {
    // ECMA-262 13.15.3 ApplyStringOrNumericBinaryOperator steps 3-6: ToNumeric on both
    // sides, then the operation of their common type; a BigInt meets only a BigInt.
    Value na, nb;
    Completion c = rt_.ToNumeric(a, na);
    if (!c.ok()) return c;
    TempRoot keep(rt_, na);
    c = rt_.ToNumeric(b, nb);
    if (!c.ok()) return c;
    if (na.IsBigInt() || nb.IsBigInt()) {
      if (!na.IsBigInt() || !nb.IsBigInt())
        return rt_.Throw(ErrorType::kTypeError,
                         "Cannot mix BigInt and other types, use explicit conversions");
      c = BigIntBinary(rt_, op, na.As<BigInt>(), nb.As<BigInt>());
      if (c.ok()) out = c.value;
      return c;
    }
    a = na;
    b = nb;
  }
  double x, y;
  Completion c = rt_.ToNumber(a, x);
  if (!c.ok()) return c;
  c = rt_.ToNumber(b, y);
  if (!c.ok()) return c;
  double r = 0;
  switch (op) {
    case Op::kAdd:
      r = x + y;
      break;
    case Op::kSub:
      r = x - y;
      break;
    case Op::kMul:
      r = x * y;
      break;
    case Op::kDiv:
      r = x / y;
      break;
    case Op::kMod:
      r = NumberRemainder(x, y);
      break;
    case Op::kExp:
      r = JsPow(x, y);
      break;
    case Op::kBitAnd:
      r = ToInt32(x) & ToInt32(y);
      break;
    case Op::kBitOr:
      r = ToInt32(x) | ToInt32(y);
      break;
    case Op::kBitXor:
      r = ToInt32(x) ^ ToInt32(y);
      break;
    case Op::kShl:
      r = static_cast<int32_t>(ToUint32(x) << (ToUint32(y) & 31));
      break;
    case Op::kShr:
      r = ToInt32(x) >> (ToUint32(y) & 31);
      break;
    case Op::kUShr:
      r = ToUint32(x) >> (ToUint32(y) & 31);
      break;
    case Op::kLt:
      out = Value::Boolean(x < y);
      return Ok();
    case Op::kGt:
      out = Value::Boolean(x > y);
      return Ok();
    case Op::kLe:
      out = Value::Boolean(x <= y);
      return Ok();
    case Op::kGe:
      out = Value::Boolean(x >= y);
      return Ok();
    default:
      break;
  }
  out = Value::Number(r);
  return Ok();
}

// ECMA-262 13.10.2 InstanceofOperator: the target's @@hasInstance decides when it has one
// (Function.prototype's is OrdinaryHasInstance), else OrdinaryHasInstance itself.
Completion Interpreter::InstanceOf(Value v, Value target, bool& out) {
  if (!target.IsObject())
    return rt_.Throw(ErrorType::kTypeError, "Right-hand side of 'instanceof' is not an object");
  Completion handler = rt_.GetProperty(target, rt_.WellKnownSymbol(WellKnown::kHasInstance));
  if (!handler.ok()) return handler;
  if (!handler.value.IsNullish() && !handler.value.SameBits(rt_.realm.has_instance)) {
    if (!rt_.IsCallable(handler.value))
      return rt_.Throw(ErrorType::kTypeError, rt_.TypeOf(handler.value) + " " +
                                                  rt_.ToDisplayString(handler.value) +
                                                  " is not a function");
    Completion r = rt_.Call(handler.value, target, std::span<const Value>(&v, 1));
    if (!r.ok()) return r;
    out = Runtime::ToBoolean(r.value);
    return Ok();
  }
  if (!rt_.IsCallable(target))
    return rt_.Throw(ErrorType::kTypeError, "Right-hand side of 'instanceof' is not callable");
  return rt_.OrdinaryHasInstance(target, v, out);
}

// ECMA-262 15.7.14 ClassDefinitionEvaluation steps 5-8 and 12-16: [super? ctor -> ctor].
Completion Interpreter::MakeClass(bool has_super) {
  Value* st = rt_.stack.get();
  Closure* ctor = st[rt_.sp - 1].As<Closure>();
  Object* proto_parent = rt_.realm.object_proto;
  Object* ctor_parent = rt_.realm.function_proto;
  if (has_super) {
    Value parent = st[rt_.sp - 2];
    if (parent.IsNull()) {
      proto_parent = nullptr;
    } else {
      if (!rt_.IsConstructor(parent))
        return rt_.Throw(ErrorType::kTypeError, "Class extends value " + rt_.Inspect(parent) +
                                                    " is not a constructor or null");
      Completion pp = rt_.GetProperty(parent, rt_.key_prototype);
      if (!pp.ok()) return pp;
      if (!pp.value.IsObject() && !pp.value.IsNull())
        return rt_.Throw(ErrorType::kTypeError,
                         "Class extends value does not have valid prototype property " +
                             rt_.ToDisplayString(pp.value));
      proto_parent = pp.value.IsNull() ? nullptr : pp.value.As<Object>();
      ctor_parent = parent.As<Object>();
    }
  }
  Object* prototype = rt_.NewObject(proto_parent);
  prototype->Put(rt_.key_constructor, Value::FromCell(ctor), false);
  ctor->prototype = ctor_parent;
  // ECMA-262 15.7.14 step 16, MakeConstructor(F, false, proto): not writable.
  ctor->Append(Property{rt_.key_prototype, Value::FromCell(prototype), false, false, false});
  ctor->has_special_props = true;
  ctor->home_object = prototype;
  if (has_super) {
    st[rt_.sp - 2] = st[rt_.sp - 1];
    --rt_.sp;
  }
  return Ok();
}

Completion Interpreter::DefineMethod(Value cls, Value key, Value fn, bool is_static) {
  Object* target = cls.As<Object>();
  if (!is_static) {
    Property* p = target->Find(rt_.key_prototype);
    target = p->value.As<Object>();
  }
  String* k = nullptr;
  Completion c = rt_.ToPropertyKey(key, k);
  if (!c.ok()) return c;
  Closure* method = fn.As<Closure>();
  method->home_object = target;
  rt_.SetFunctionNameFromKey(method, k);
  if (target->kind == CellKind::kClosure && (k == rt_.key_name || k == rt_.key_length)) {
    rt_.MaterializeFunctionProperties(target);
    if (Property* p = target->Find(k)) {
      *p = Property{k, fn, false};
      return Ok();
    }
  }
  target->Put(k, fn, false);
  return Ok();
}

// ECMA-262 15.4.5 MethodDefinitionEvaluation of `get key() {}` / `set key(v) {}`: one half
// of an accessor property, enumerable in a literal and not in a class; the other half of a
// pair defined earlier is kept, a data property of that name is replaced.
Completion Interpreter::DefineAccessor(Value obj, Value key, Value fn, uint32_t flags) {
  Object* target = obj.As<Object>();
  bool in_class = flags & kAccessorClass;
  if (in_class && !(flags & kAccessorStatic))
    target = target->Find(rt_.key_prototype)->value.As<Object>();
  String* k = nullptr;
  Completion c = rt_.ToPropertyKey(key, k);
  if (!c.ok()) return c;
  bool setter = flags & kAccessorSetter;
  Closure* method = fn.As<Closure>();
  method->home_object = target;
  rt_.SetFunctionNameFromKey(method, k, setter ? "set " : "get ");
  if (rt_.IsBuiltinFunctionProperty(target, k)) rt_.MaterializeFunctionProperties(target);
  Property* p = target->Find(k);
  if (!p || !p->accessor) {
    Accessor* pair = rt_.Alloc<Accessor>(Value::Undefined(), Value::Undefined());
    Property fresh{k, Value::FromCell(pair), !in_class, false, true, true};
    if (p)
      *p = fresh;
    else
      target->Append(fresh);
    p = target->Find(k);
  }
  (setter ? p->value.As<Accessor>()->setter : p->value.As<Accessor>()->getter) = fn;
  target->has_special_props = true;
  return Ok();
}

// ECMA-262 13.3.7.1 SuperCall: construct the parent with this function's new.target.
Completion Interpreter::SuperCall(std::span<const Value> args, Value& this_out) {
  Frame& f = rt_.frames.back();
  // In an arrow, super() is the enclosing constructor's (whose `this` the compiler
  // binds to the result, Op::kInitThisEnv, which checks that it was unbound).
  bool in_arrow = f.proto->is_arrow;
  Closure* ctor = in_arrow ? f.closure->lexical_function : f.closure;
  Object* parent = ctor ? ctor->prototype : nullptr;
  if (!parent || !rt_.IsConstructor(Value::FromCell(parent)))
    return rt_.Throw(ErrorType::kTypeError,
                     "Super constructor " +
                         rt_.ToDisplayString(parent ? Value::FromCell(parent) : Value::Null()) +
                         " of anonymous class is not a constructor");
  Value new_target = in_arrow ? f.closure->lexical_new_target : f.new_target;
  Completion c = rt_.Construct(Value::FromCell(parent), args, new_target);
  if (!c.ok()) return c;
  Frame& again = rt_.frames.back();
  // Step 9, BindThisValue: a second super() fails only once the parent has run again.
  if (!in_arrow && !rt_.stack[again.base + 1].IsHole())
    return rt_.Throw(ErrorType::kReferenceError, "Super constructor may only be called once");
  rt_.stack[again.base + 1] = c.value;
  this_out = c.value;
  return Ok();
}

// ECMA-262 13.3.7.1 SuperCall step 9, BindThisValue, for an arrow's super(): the parent
// was constructed, and only then does binding the constructor's `this` a second time fail.
Completion Interpreter::InitThisEnv(Env* env, uint32_t hops, uint32_t slot, Value v) {
  for (; hops > 0; --hops) env = env->parent;
  Value& binding = env->slots[slot];
  if (!binding.IsHole())
    return rt_.Throw(ErrorType::kReferenceError, "Super constructor may only be called once");
  binding = v;
  return Ok();
}

// [iterable -> record] and the array spread: the protocol lives in iteration.cpp.
Completion Interpreter::ArraySpread(Array* target, Value iterable, Value text) {
  if (rt_.HasIntrinsicArrayIteration(iterable))
    return rt_.AppendIteratedElements(iterable.As<Array>(), target);
  if (iterable.Is(CellKind::kArguments)) {
    // Its length is a property a program can set to 2^32: the heap limit is asked first.
    Value length = rt_.GetOwnProperty(iterable.As<Object>(), rt_.key_length);
    if (length.IsNumber() && length.AsNumber() > 0) {
      double bytes = std::min(length.AsNumber(), 9007199254740991.0) * sizeof(Value);
      Completion room = rt_.ReserveHeap(static_cast<size_t>(bytes));
      if (!room.ok()) return room;
    }
  }
  std::string_view source = rt_.StringOf(text);
  Runtime::IterSite site = Runtime::IterSite::kSyntax;
  if (source.starts_with(kCallSpreadText)) {  // the compiler's marker for a call's arguments
    site = Runtime::IterSite::kCallSpread;
    source.remove_prefix(kCallSpreadText.size());
  }
  Array* items = nullptr;
  Completion c = rt_.IterableToArray(iterable, items, site, source);
  if (!c.ok()) return c;
  target->elements.insert(target->elements.end(), items->elements.begin(), items->elements.end());
  return Ok();
}

// for-in over own enumerable string keys (the subset's objects rarely inherit enumerable
// properties; inherited enumerable keys of user prototypes are included as V8 does).
Completion Interpreter::ObjectRest(std::span<const Value> excluded, Value src, Value& out) {
  // The keys stay rooted on the operand stack; copied, as a getter may grow that stack.
  std::vector<String*> skip_keys;
  for (Value e : excluded) skip_keys.push_back(e.As<String>());
  if (src.IsString()) src = WrapPrimitive(rt_, src);
  TempRoot keep_src(rt_, src);
  Object* rest = rt_.NewPlainObject();
  TempRoot keep_rest(rt_, Value::FromCell(rest));  // while getters run
  if (src.IsObject()) {
    for (String* k : rt_.OwnPropertyKeys(src.As<Object>(), true)) {
      if (std::find(skip_keys.begin(), skip_keys.end(), k) != skip_keys.end()) continue;
      Completion c = rt_.GetProperty(src, k);
      if (!c.ok()) return c;
      rest->Put(k, c.value);
    }
  }
  out = Value::FromCell(rest);
  return Ok();
}

Completion Interpreter::ToPropertyKeyInPlace(Value& v) {
  String* key;
  Completion c = rt_.ToPropertyKey(v, key);
  if (c.ok()) v = Value::FromCell(key);
  return c;
}

Completion Interpreter::ForInKeys(Value v, Value& out) {
  Array* keys = rt_.NewArray();
  if (v.IsObject()) {
    std::vector<String*> seen;
    for (Object* o = v.As<Object>(); o; o = o->prototype) {
      for (String* k : rt_.OwnKeys(o, true)) {
        if (std::find(seen.begin(), seen.end(), k) != seen.end()) continue;
        seen.push_back(k);
        keys->elements.push_back(Value::FromCell(k));
      }
      // ECMA-262 14.7.5.9 EnumerateObjectProperties: a non-enumerable own property still
      // hides an enumerable one of the same name further up the chain.
      if (o->prototype)
        for (const Property& p : o->props)
          if (!p.enumerable) seen.push_back(p.key);
    }
  } else if (v.IsString()) {
    for (size_t i = 0; i < rt_.StringOf(v).size(); ++i)
      keys->elements.push_back(rt_.Str(std::to_string(i)));
  }
  out = Value::FromCell(
      rt_.Alloc<Iterator>(rt_.realm.iterator_proto, Value::FromCell(keys), IterKind::kValues));
  return Ok();
}

}  // namespace loopscope::js
