// engine/js/conversions.cpp — ECMA-262 7.1 type conversions and 7.2 comparisons.
//
// ToPrimitive may call user valueOf/toString, so the conversions that can reach it return
// a Completion; ToDisplayString is the variant for messages that never runs user code.
// Where to look next: number_format.cpp (Number::toString), operations.cpp (operators).
#include <cmath>
#include <cstdlib>

#include "engine/js/bigint.h"
#include "engine/js/runtime.h"
#include "engine/js/unicode.h"

namespace loopscope::js {

bool Runtime::ToBoolean(Value v) {
  if (v.IsBoolean()) return v.AsBoolean();
  if (v.IsNumber()) {
    double d = v.AsNumber();
    return !(d == 0 || std::isnan(d));
  }
  if (v.IsNullish() || v.IsHole()) return false;
  if (v.IsString()) return !v.As<String>()->data.empty();
  if (v.IsBigInt()) return !BigIntIsZero(v.As<BigInt>());
  return true;
}

std::string Runtime::TypeOf(Value v) const {
  if (v.IsUndefined()) return "undefined";
  if (v.IsNull()) return "object";
  if (v.IsBoolean()) return "boolean";
  if (v.IsNumber()) return "number";
  if (v.IsString()) return "string";
  if (v.IsSymbol()) return "symbol";
  if (v.IsBigInt()) return "bigint";
  if (IsCallable(v)) return "function";
  return "object";
}

bool Runtime::IsConstructor(Value v) const {
  if (v.Is(CellKind::kClosure)) {
    const Proto* p = v.As<Closure>()->proto;
    return !p->is_arrow && !p->is_method && !p->is_async && !p->is_generator;
  }
  return v.Is(CellKind::kNative) && v.As<Native>()->is_constructor;
}

int32_t Runtime::Utf16Length(String* s) {
  if (s->utf16_length < 0) s->utf16_length = static_cast<int32_t>(Utf16Units(s->data));
  return s->utf16_length;
}

Completion Runtime::ThrowInvalidStringLength() {
  return Throw(ErrorType::kRangeError, "Invalid string length");
}

// UTF-8 never has fewer bytes than the text has UTF-16 code units, so the exact lengths are
// only needed when the bytes alone pass the limit.
Completion Runtime::ConcatStrings(String* a, String* b) {
  if (a->data.empty()) return Ok(Value::FromCell(b));  // `${s}` costs no copy
  if (b->data.empty()) return Ok(Value::FromCell(a));
  if (a->data.size() + b->data.size() > kMaxStringLength &&
      static_cast<size_t>(Utf16Length(a)) + static_cast<size_t>(Utf16Length(b)) > kMaxStringLength)
    return ThrowInvalidStringLength();
  Completion room = ReserveHeap(a->data.size() + b->data.size());
  if (!room.ok()) return room;
  std::string text;
  text.reserve(a->data.size() + b->data.size());
  text += a->data;
  text += b->data;
  String* s = NewConcatenatedString(std::move(text), a->data.size());
  if (a->utf16_length >= 0 && b->utf16_length >= 0)
    s->utf16_length = a->utf16_length + b->utf16_length;
  return Ok(Value::FromCell(s));
}

// ECMA-262 7.1.1 ToPrimitive: an object's @@toPrimitive method decides when it has one
// (step 1.b), else 7.1.1.1 OrdinaryToPrimitive tries valueOf and toString in hint order.
Completion Runtime::ToPrimitive(Value v, PrimitiveHint hint) {
  if (!v.IsObject()) return Ok(v);
  Completion exotic = GetProperty(v, WellKnownSymbol(WellKnown::kToPrimitive));
  if (!exotic.ok()) return exotic;
  if (!exotic.value.IsNullish()) {
    if (!IsCallable(exotic.value))
      return Throw(ErrorType::kTypeError, ToDisplayString(exotic.value) + " is not a function");
    static constexpr const char* kHintNames[] = {"default", "number", "string"};
    TempRoot keep(*this, v);
    Value hint_value = Str(kHintNames[static_cast<int>(hint)]);
    Completion r = Call(exotic.value, v, std::span<const Value>(&hint_value, 1));
    if (!r.ok()) return r;
    if (r.value.IsObject())
      return Throw(ErrorType::kTypeError, "Cannot convert object to primitive value");
    return r;
  }
  return OrdinaryToPrimitive(v, hint);
}

// ECMA-262 7.1.1.1 OrdinaryToPrimitive: valueOf then toString, or toString first for a
// string hint.
Completion Runtime::OrdinaryToPrimitive(Value v, PrimitiveHint hint) {
  String* order[2] = {Intern("valueOf"), key_to_string};
  if (hint == PrimitiveHint::kString) std::swap(order[0], order[1]);
  for (String* name : order) {
    Completion m = GetProperty(v, name);
    if (!m.ok()) return m;
    if (!IsCallable(m.value)) continue;
    TempRoot keep(*this, v);
    Completion r = Call(m.value, v, {});
    if (!r.ok()) return r;
    if (!r.value.IsObject()) return r;
  }
  return Throw(ErrorType::kTypeError, "Cannot convert object to primitive value");
}

namespace {
double StringToNumber(std::string_view s) {
  size_t b = 0, e = s.size();
  auto space = [](char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f';
  };
  while (b < e && space(s[b])) ++b;
  while (e > b && space(s[e - 1])) --e;
  s = s.substr(b, e - b);
  if (s.empty()) return 0;
  if (s.size() > 2 && s[0] == '0' &&
      (s[1] == 'x' || s[1] == 'X' || s[1] == 'b' || s[1] == 'B' || s[1] == 'o' || s[1] == 'O')) {
    int base = (s[1] | 0x20) == 'x' ? 16 : (s[1] | 0x20) == 'b' ? 2 : 8;
    double v = 0;
    for (char c : s.substr(2)) {
      int d = c >= '0' && c <= '9'                     ? c - '0'
              : (c | 0x20) >= 'a' && (c | 0x20) <= 'f' ? (c | 0x20) - 'a' + 10
                                                       : 99;
      if (d >= base) return NAN;
      v = v * base + d;
    }
    return v;
  }
  std::string_view body = s;
  bool negative = false;
  if (body[0] == '+' || body[0] == '-') {
    negative = body[0] == '-';
    body = body.substr(1);
  }
  if (body == "Infinity") return negative ? -INFINITY : INFINITY;
  for (char c : body)
    if (!((c >= '0' && c <= '9') || c == '.' || c == 'e' || c == 'E' || c == '+' || c == '-'))
      return NAN;
  std::string text(s);
  char* end = nullptr;
  double d = std::strtod(text.c_str(), &end);
  if (end != text.c_str() + text.size()) return NAN;
  return d;
}
}  // namespace

Completion Runtime::ToNumber(Value v, double& out) {
  if (v.IsNumber()) {
    out = v.AsNumber();
    return Ok();
  }
  if (v.IsUndefined()) {
    out = NAN;
    return Ok();
  }
  if (v.IsNull()) {
    out = 0;
    return Ok();
  }
  if (v.IsBoolean()) {
    out = v.AsBoolean() ? 1 : 0;
    return Ok();
  }
  if (v.IsString()) {
    out = StringToNumber(v.As<String>()->data);
    return Ok();
  }
  if (v.IsSymbol())
    return Throw(ErrorType::kTypeError, "Cannot convert a Symbol value to a number");
  if (v.IsBigInt())
    return Throw(ErrorType::kTypeError, "Cannot convert a BigInt value to a number");
  Completion p = ToPrimitive(v, PrimitiveHint::kNumber);
  if (!p.ok()) return p;
  return ToNumber(p.value, out);
}

// ECMA-262 7.1.3 ToNumeric: a Number or a BigInt value.
Completion Runtime::ToNumeric(Value v, Value& out) {
  Completion p = ToPrimitive(v, PrimitiveHint::kNumber);
  if (!p.ok()) return p;
  if (p.value.IsBigInt()) {
    out = p.value;
    return Ok();
  }
  double d;
  Completion n = ToNumber(p.value, d);
  if (n.ok()) out = Value::Number(d);
  return n;
}

Completion Runtime::ToStringStd(Value v, std::string& out) {
  if (v.IsString()) {
    out = v.As<String>()->data;
    return Ok();
  }
  if (v.IsNumber()) {
    out = NumberToString(v.AsNumber());
    return Ok();
  }
  if (v.IsUndefined()) {
    out = "undefined";
    return Ok();
  }
  if (v.IsNull()) {
    out = "null";
    return Ok();
  }
  if (v.IsBoolean()) {
    out = v.AsBoolean() ? "true" : "false";
    return Ok();
  }
  if (v.IsSymbol())
    return Throw(ErrorType::kTypeError, "Cannot convert a Symbol value to a string");
  if (v.IsBigInt()) {
    out = BigIntToString(v.As<BigInt>());
    return Ok();
  }
  Completion p = ToPrimitive(v, PrimitiveHint::kString);
  if (!p.ok()) return p;
  return ToStringStd(p.value, out);
}

Completion Runtime::ToStringValue(Value v) {
  if (v.IsString()) return Ok(v);
  std::string s;
  Completion c = ToStringStd(v, s);
  if (!c.ok()) return c;
  return Ok(Str(s));
}

std::string Runtime::ToDisplayString(Value v) {
  if (!v.IsObject()) {
    std::string s;
    if (v.IsHole()) return "undefined";
    if (v.IsSymbol()) return v.As<Symbol>()->data;
    ToStringStd(v, s);
    return s;
  }
  Object* o = v.As<Object>();
  if (o->kind == CellKind::kArray) {
    std::string s;
    auto& el = static_cast<Array*>(o)->elements;
    for (size_t i = 0; i < el.size() && i < 1000; ++i) {
      if (i) s += ',';
      if (!el[i].IsNullish() && !el[i].IsHole() && !el[i].Is(CellKind::kArray))
        s += ToDisplayString(el[i]);
    }
    return s;
  }
  if (o->kind == CellKind::kError) {
    Value name = Value::Undefined(), message = Value::Undefined();
    for (Object* p = o; p; p = p->prototype) {
      if (name.IsUndefined())
        if (Property* n = p->Find(key_name)) name = n->value;
      if (message.IsUndefined())
        if (Property* m = p->Find(key_message)) message = m->value;
    }
    std::string n = name.IsString() ? std::string(StringOf(name)) : "Error";
    std::string m = message.IsString() ? std::string(StringOf(message)) : "";
    return m.empty() ? n : n + ": " + m;
  }
  if (o->kind == CellKind::kClosure || o->kind == CellKind::kNative) {
    Value name = GetOwnProperty(o, key_name);
    return "function " + (name.IsString() ? std::string(StringOf(name)) : std::string());
  }
  return "[object Object]";
}

bool Runtime::StrictEquals(Value a, Value b) const {
  if (a.IsNumber() && b.IsNumber()) return a.AsNumber() == b.AsNumber();
  if (a.IsString() && b.IsString())
    return a.As<String>() == b.As<String>() || a.As<String>()->data == b.As<String>()->data;
  if (a.IsBigInt() && b.IsBigInt()) return BigIntEquals(a.As<BigInt>(), b.As<BigInt>());
  return a.SameBits(b);
}

bool Runtime::SameValueZero(Value a, Value b) const {
  if (a.IsNumber() && b.IsNumber()) {
    double x = a.AsNumber(), y = b.AsNumber();
    return x == y || (std::isnan(x) && std::isnan(y));
  }
  return StrictEquals(a, b);
}

bool Runtime::SameValue(Value a, Value b) const {
  if (a.IsNumber() && b.IsNumber()) {
    double x = a.AsNumber(), y = b.AsNumber();
    if (std::isnan(x) && std::isnan(y)) return true;
    return x == y && std::signbit(x) == std::signbit(y);
  }
  return StrictEquals(a, b);
}

// ECMA-262 7.2.14 IsLooselyEqual.
Completion Runtime::LooseEquals(Value a, Value b, bool& out) {
  if (a.IsNullish() && b.IsNullish()) {
    out = true;
    return Ok();
  }
  if (a.IsNullish() || b.IsNullish()) {
    out = false;
    return Ok();
  }
  if ((a.IsNumber() && b.IsNumber()) || (a.IsString() && b.IsString()) ||
      (a.IsObject() && b.IsObject()) || (a.IsBoolean() && b.IsBoolean())) {
    out = StrictEquals(a, b);
    return Ok();
  }
  if (a.IsObject() || b.IsObject()) {
    Completion p = ToPrimitive(a.IsObject() ? a : b, PrimitiveHint::kDefault);
    if (!p.ok()) return p;
    return a.IsObject() ? LooseEquals(p.value, b, out) : LooseEquals(a, p.value, out);
  }
  if (a.IsSymbol() || b.IsSymbol()) {  // step 13: a symbol equals only itself
    out = a.SameBits(b);
    return Ok();
  }
  if (a.IsBigInt() || b.IsBigInt()) return LooseEqualsBigInt(a, b, out);
  double x, y;
  ToNumber(a, x);
  ToNumber(b, y);
  out = x == y;
  return Ok();
}

}  // namespace loopscope::js

namespace loopscope::js {

// ECMA-262 7.2.14 IsLooselyEqual steps 6-7 and 10-13 with a BigInt on one side (the other
// a primitive that is not a symbol, null or undefined).
Completion Runtime::LooseEqualsBigInt(Value a, Value b, bool& out) {
  if (a.IsBigInt() && b.IsBigInt()) {
    out = BigIntEquals(a.As<BigInt>(), b.As<BigInt>());
    return Ok();
  }
  Value big = a.IsBigInt() ? a : b, other = a.IsBigInt() ? b : a;
  if (other.IsString()) {  // steps 6-7: StringToBigInt, no match when it is undefined
    ScratchInt parsed;
    out = StringToBigInt(StringOf(other), parsed.get()) &&
          mpz_cmp(parsed.get(), big.As<BigInt>()->value) == 0;
    return Ok();
  }
  double d = other.IsBoolean() ? (other.AsBoolean() ? 1 : 0) : other.AsNumber();
  std::optional<int> cmp = CompareBigIntNumber(big.As<BigInt>(), d);  // step 13
  out = cmp && *cmp == 0;
  return Ok();
}

}  // namespace loopscope::js
