// engine/js/operations.cpp — the interpreter's slower operations: binary operators on
// non-numbers, classes, super(), iteration and spreading.
// Where to look next: dispatch.cpp (the fast paths), conversions.cpp.
#include <algorithm>
#include <cmath>

#include "engine/js/bytecode.h"
#include "engine/js/interpreter.h"
#include "engine/js/vm.h"
#include "engine/js/wrapper_objects.h"

namespace loopscope::js {

int32_t ToInt32(double d) {
  return static_cast<int32_t>(ToUint32(d));
}
uint32_t ToUint32(double d) {
  if (!std::isfinite(d)) return 0;
  double t = std::trunc(d);
  double m = std::fmod(t, 4294967296.0);
  if (m < 0) m += 4294967296.0;
  return static_cast<uint32_t>(m);
}

namespace {
// ECMA-262 6.1.6.1.3 Number::exponentiate differs from pow for |base| = 1 and NaN.
double JsPow(double x, double y) {
  if (std::isnan(y)) return NAN;
  if (std::isinf(y) && std::fabs(x) == 1) return NAN;
  return std::pow(x, y);
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
      if (!rt_.IsCallable(b))
        return rt_.Throw(ErrorType::kTypeError, "Right-hand side of 'instanceof' is not callable");
      Completion proto = rt_.GetProperty(b, rt_.key_prototype);
      if (!proto.ok()) return proto;
      bool found = false;
      if (a.IsObject() && proto.value.IsObject()) {
        for (Object* o = a.As<Object>()->prototype; o; o = o->prototype)
          if (o == proto.value.As<Object>()) {
            found = true;
            break;
          }
      }
      out = Value::Boolean(found);
      return Ok();
    }
    default:
      break;
  }
  if (op == Op::kAdd) {
    Completion pa = rt_.ToPrimitive(a, false);
    if (!pa.ok()) return pa;
    Completion pb = rt_.ToPrimitive(b, false);
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
      r = std::fmod(x, y);
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
  ctor->Put(rt_.key_prototype, Value::FromCell(prototype), false);
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
  if (method->proto->name.empty()) method->proto->name = k->data;
  target->Put(k, fn, false);
  return Ok();
}

// ECMA-262 13.3.7.1 SuperCall: construct the parent with this function's new.target.
Completion Interpreter::SuperCall(std::span<const Value> args, Value& this_out) {
  Frame& f = rt_.frames.back();
  // In an arrow, super() is the enclosing constructor's (whose `this` the compiler
  // stores the result into; its "called once" check is the constructor's own).
  bool in_arrow = f.proto->is_arrow;
  Closure* ctor = in_arrow ? f.closure->lexical_function : f.closure;
  Object* parent = ctor ? ctor->prototype : nullptr;
  if (!parent || !rt_.IsConstructor(Value::FromCell(parent)))
    return rt_.Throw(ErrorType::kTypeError,
                     "Super constructor " +
                         rt_.ToDisplayString(parent ? Value::FromCell(parent) : Value::Null()) +
                         " of anonymous class is not a constructor");
  if (!in_arrow && !rt_.stack[f.base + 1].IsHole())
    return rt_.Throw(ErrorType::kReferenceError, "Super constructor may only be called once");
  Value new_target = in_arrow ? f.closure->lexical_new_target : f.new_target;
  Completion c = rt_.Construct(Value::FromCell(parent), args, new_target);
  if (!c.ok()) return c;
  Frame& again = rt_.frames.back();
  rt_.stack[again.base + 1] = c.value;
  this_out = c.value;
  return Ok();
}

Completion Interpreter::GetIterator(Value v, Value& out) {
  if (v.Is(CellKind::kIterator)) {
    out = v;
    return Ok();
  }
  IterKind kind = IterKind::kValues;
  if (v.Is(CellKind::kMap)) kind = IterKind::kEntries;
  // A host object with byte elements (a Buffer) iterates its bytes, as
  // %TypedArray%.prototype[@@iterator] does (ECMA-262 23.2.3.37).
  bool bytes = v.Is(CellKind::kHost) && v.As<HostObject>()->has_byte_elements;
  // Arguments and String objects iterate as array-likes (ECMA-262 10.4.4.6 step 6 gives
  // arguments %Array.prototype.values%; String objects inherit String.prototype[@@iterator]).
  bool array_like = v.Is(CellKind::kArguments) ||
                    (v.Is(CellKind::kPrimitiveWrapper) && UnwrapPrimitive(v).IsString());
  if (!(v.Is(CellKind::kArray) || v.IsString() || v.Is(CellKind::kMap) || v.Is(CellKind::kSet) ||
        bytes || array_like)) {
    std::string text = v.IsObject() && !rt_.IsCallable(v) ? "object" : rt_.ToDisplayString(v);
    if (v.IsString()) text = "\"" + text + "\"";
    if (v.IsObject() && !rt_.IsCallable(v))
      return rt_.Throw(ErrorType::kTypeError,
                       rt_.TypeOf(v) == "object"
                           ? "object is not iterable (cannot read property Symbol(Symbol.iterator))"
                           : text + " is not iterable");
    return rt_.Throw(ErrorType::kTypeError, text + " is not iterable");
  }
  out = Value::FromCell(rt_.Alloc<Iterator>(rt_.realm.iterator_proto, v, kind));
  return Ok();
}

// What an index-keyed iterator yields: the index, the value, or [index, value].
Value Interpreter::IterResult(IterKind kind, Value index, Value v) {
  if (kind == IterKind::kKeys) return index;
  if (kind == IterKind::kValues) return v;
  Array* pair = rt_.NewArray();
  pair->elements = {index, v};
  return Value::FromCell(pair);
}

bool Interpreter::IterStep(Value iter_value, Value& out) {
  Iterator* it = iter_value.As<Iterator>();
  Value t = it->target;
  if (t.Is(CellKind::kArray)) {
    Array* a = t.As<Array>();
    if (it->position >= a->Length()) return false;
    Value v = a->Get(it->position);
    Value index = Value::Number(it->position++);
    out = IterResult(it->kind, index, v.IsHole() ? Value::Undefined() : v);
    return true;
  }
  if (t.Is(CellKind::kArguments)) {
    // 23.1.5.2.1 %ArrayIteratorPrototype%.next: the length is read again at every step.
    Value length = rt_.GetOwnProperty(t.As<Object>(), rt_.key_length);
    if (!length.IsNumber() || it->position >= length.AsNumber()) return false;
    Value index = Value::Number(it->position++);
    Completion v = rt_.GetElement(t, index);
    out = IterResult(it->kind, index, v.ok() ? v.value : Value::Undefined());
    return true;
  }
  if (t.Is(CellKind::kPrimitiveWrapper)) t = UnwrapPrimitive(t);
  if (t.Is(CellKind::kHost)) {
    std::span<char> bytes = t.As<HostObject>()->byte_elements;
    if (it->position >= bytes.size()) return false;
    Value index = Value::Number(it->position);
    out = IterResult(it->kind, index, Value::Number(static_cast<uint8_t>(bytes[it->position++])));
    return true;
  }
  if (t.IsString()) {
    std::string_view s = rt_.StringOf(t);
    if (it->position >= s.size()) return false;
    size_t len = 1;
    unsigned char c = static_cast<unsigned char>(s[it->position]);
    if (c >= 0xF0)
      len = 4;
    else if (c >= 0xE0)
      len = 3;
    else if (c >= 0xC0)
      len = 2;
    out = rt_.Str(s.substr(it->position, len));
    it->position += static_cast<uint32_t>(len);
    return true;
  }
  if (t.Is(CellKind::kMap) || t.Is(CellKind::kSet)) {
    Collection* c = t.As<Collection>();
    while (it->position < c->keys.size() && c->keys[it->position].IsHole()) ++it->position;
    if (it->position >= c->keys.size()) return false;
    uint32_t i = it->position++;
    bool is_map = t.Is(CellKind::kMap);
    Value key = c->keys[i];
    Value val = is_map ? c->values[i] : key;
    if (it->kind == IterKind::kKeys) {
      out = key;
    } else if (it->kind == IterKind::kValues) {
      out = val;
    } else {
      Array* pair = rt_.NewArray();
      pair->elements = {key, val};
      out = Value::FromCell(pair);
    }
    return true;
  }
  return false;
}

Completion Interpreter::ArraySpread(Array* target, Value iterable) {
  if (iterable.Is(CellKind::kArray)) {
    // Every index becomes an element, holes as undefined: the heap limit is asked first.
    Array* src = iterable.As<Array>();
    Completion room = rt_.ReserveHeap(size_t{src->Length()} * sizeof(Value));
    if (!room.ok()) return room;
    for (uint32_t i = 0; i < src->Length(); ++i) {
      Value v = src->Get(i);
      target->elements.push_back(v.IsHole() ? Value::Undefined() : v);
    }
    return Ok();
  }
  if (iterable.Is(CellKind::kArguments)) {
    // Its length is a property a program can set to 2^32: the heap limit is asked first.
    Value length = rt_.GetOwnProperty(iterable.As<Object>(), rt_.key_length);
    if (length.IsNumber() && length.AsNumber() > 0) {
      double bytes = std::min(length.AsNumber(), 9007199254740991.0) * sizeof(Value);
      Completion room = rt_.ReserveHeap(static_cast<size_t>(bytes));
      if (!room.ok()) return room;
    }
  }
  Value it;
  Completion c = GetIterator(iterable, it);
  if (!c.ok()) return c;
  Value v;
  while (IterStep(it, v)) target->elements.push_back(v);
  return Ok();
}

// for-in over own enumerable string keys (the subset's objects rarely inherit enumerable
// properties; inherited enumerable keys of user prototypes are included as V8 does).
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
