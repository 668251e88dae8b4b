// engine/js/bigint.cpp — BigInt values and their operations (see bigint.h).
// Where to look next: builtins_bigint.cpp (the BigInt function), operations.cpp (operators).
#include "engine/js/bigint.h"

#include <algorithm>
#include <cmath>

namespace loopscope::js {
namespace {

int DigitValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  c = static_cast<char>(c | 0x20);
  if (c >= 'a' && c <= 'z') return c - 'a' + 10;
  return 99;
}

// Digits only (mpz_set_str would also skip spaces inside), at least one, all below radix.
bool SetDigits(std::string_view digits, int radix, mpz_ptr out) {
  if (digits.empty()) return false;
  for (char c : digits)
    if (DigitValue(c) >= radix) return false;
  return mpz_set_str(out, std::string(digits).c_str(), radix) == 0;
}

// The radix of a `0x`/`0o`/`0b` prefix, or 0.
int PrefixRadix(std::string_view s) {
  if (s.size() < 2 || s[0] != '0') return 0;
  switch (s[1] | 0x20) {
    case 'x':
      return 16;
    case 'o':
      return 8;
    case 'b':
      return 2;
    default:
      return 0;
  }
}

std::string MpzToString(mpz_srcptr v, int radix) {
  // mpz_sizeinbase may answer one digit too many; the sign and the terminator need two more.
  std::string text(mpz_sizeinbase(v, radix) + 2, '\0');
  mpz_get_str(text.data(), radix, v);
  text.resize(std::char_traits<char>::length(text.c_str()));
  return text;
}

uint64_t Bits(mpz_srcptr v) {
  return mpz_sgn(v) == 0 ? 0 : mpz_sizeinbase(v, 2);
}

Completion TooBig(Runtime& rt) {
  return rt.Throw(ErrorType::kRangeError, "Maximum BigInt size exceeded");
}

// A result of up to `bits` bits is first asked of the heap limit, then computed.
Completion Room(Runtime& rt, uint64_t bits) {
  if (bits > kMaxBigIntBits) return TooBig(rt);
  return rt.ReserveHeap(static_cast<size_t>(bits / 8 + 8));
}

// ECMA-262 6.1.6.2.9 BigInt::leftShift: a negative count shifts right, rounding toward
// negative infinity (which is what an arithmetic shift of the two's complement does).
Completion ShiftLeft(Runtime& rt, mpz_srcptr a, mpz_srcptr count, mpz_ptr out) {
  if (mpz_sgn(a) == 0) return Ok();  // out is already 0
  if (mpz_sgn(count) >= 0) {
    if (!mpz_fits_ulong_p(count)) return TooBig(rt);
    uint64_t n = mpz_get_ui(count);
    Completion room = Room(rt, Bits(a) + n);
    if (!room.ok()) return room;
    mpz_mul_2exp(out, a, n);
    return Ok();
  }
  ScratchInt magnitude;
  mpz_neg(magnitude.get(), count);
  uint64_t n = mpz_fits_ulong_p(magnitude.get()) ? mpz_get_ui(magnitude.get()) : Bits(a) + 1;
  mpz_fdiv_q_2exp(out, a, std::min<uint64_t>(n, Bits(a) + 1));
  return Ok();
}

// ECMA-262 6.1.6.2.3 BigInt::exponentiate.
Completion Power(Runtime& rt, mpz_srcptr base, mpz_srcptr exponent, mpz_ptr out) {
  // V8's words (its message template is filled with no name).
  if (mpz_sgn(exponent) < 0) return rt.Throw(ErrorType::kRangeError, "undefined must be positive");
  if (mpz_sgn(exponent) == 0 || mpz_cmp_ui(base, 1) == 0) {
    mpz_set_ui(out, 1);
    return Ok();
  }
  if (mpz_sgn(base) == 0 || mpz_cmpabs_ui(base, 1) == 0) {  // 0 or -1
    mpz_set_si(out, mpz_sgn(base) == 0 ? 0 : (mpz_odd_p(exponent) ? -1 : 1));
    return Ok();
  }
  if (!mpz_fits_ulong_p(exponent)) return TooBig(rt);
  uint64_t n = mpz_get_ui(exponent);
  // |base| >= 2, so the result has at least n and at most n * bits(base) bits.
  if (n > kMaxBigIntBits) return TooBig(rt);
  Completion room = Room(rt, (Bits(base) - 1) * n + 1);
  if (!room.ok()) return room;
  mpz_pow_ui(out, base, n);
  return Ok();
}

}  // namespace

Value NewBigInt(Runtime& rt, mpz_srcptr v) {
  return Value::FromCell(rt.Alloc<BigInt>(v));
}

Value BigIntFromInt64(Runtime& rt, int64_t v) {
  ScratchInt s;
  mpz_set_si(s.get(), v);
  return NewBigInt(rt, s.get());
}

Value BigIntFromUint64(Runtime& rt, uint64_t v) {
  ScratchInt s;
  mpz_set_ui(s.get(), v);
  return NewBigInt(rt, s.get());
}

uint64_t BigIntToUint64(const BigInt* b) {
  ScratchInt low;
  mpz_fdiv_r_2exp(low.get(), b->value, 64);  // the two's complement's low 64 bits
  return mpz_get_ui(low.get());
}

bool ParseBigIntLiteral(std::string_view text, mpz_ptr out) {
  int radix = PrefixRadix(text);
  return radix ? SetDigits(text.substr(2), radix, out) : SetDigits(text, 10, out);
}

std::string BigIntLiteralToDecimal(std::string_view text) {
  ScratchInt v;
  ParseBigIntLiteral(text, v.get());
  return MpzToString(v.get(), 10);
}

bool StringToBigInt(std::string_view s, mpz_ptr out) {
  auto space = [](char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f';
  };
  while (!s.empty() && space(s.front())) s.remove_prefix(1);
  while (!s.empty() && space(s.back())) s.remove_suffix(1);
  if (s.empty()) {
    mpz_set_ui(out, 0);
    return true;
  }
  // 7.1.14 StringIntegerLiteral: a sign only before decimal digits.
  if (int radix = PrefixRadix(s)) return SetDigits(s.substr(2), radix, out);
  bool negative = s[0] == '-';
  if (s[0] == '+' || s[0] == '-') s.remove_prefix(1);
  if (!SetDigits(s, 10, out)) return false;
  if (negative) mpz_neg(out, out);
  return true;
}

std::string BigIntToString(const BigInt* b, int radix) {
  return MpzToString(b->value, radix);
}

double BigIntToNumber(const BigInt* b) {
  uint64_t n = Bits(b->value);
  if (n <= 53) return mpz_get_d(b->value);  // exact
  // Keep 54 bits (53 and the rounding bit) and whether any bit below them is set, then
  // round half to even by hand: mpz_get_d truncates.
  ScratchInt top;
  uint64_t shift = n - 54;
  mpz_tdiv_q_2exp(top.get(), b->value, shift);
  mpz_abs(top.get(), top.get());
  uint64_t mantissa = mpz_get_ui(top.get());
  bool sticky = mpz_scan1(b->value, 0) < shift;
  bool round = mantissa & 1;
  mantissa >>= 1;
  if (round && (sticky || (mantissa & 1))) ++mantissa;
  double magnitude = std::ldexp(static_cast<double>(mantissa),
                                static_cast<int>(std::min<uint64_t>(shift + 1, 4096)));
  return mpz_sgn(b->value) < 0 ? -magnitude : magnitude;
}

bool BigIntEquals(const BigInt* a, const BigInt* b) {
  return mpz_cmp(a->value, b->value) == 0;
}

std::optional<int> CompareBigIntNumber(const BigInt* b, double d) {
  if (std::isnan(d)) return std::nullopt;
  if (std::isinf(d)) return d > 0 ? -1 : 1;
  return mpz_cmp_d(b->value, d);  // exact for every finite double
}

size_t BigIntHash(const BigInt* b) {
  return std::hash<uint64_t>()(BigIntToUint64(b)) ^ mpz_size(b->value);
}

bool BigIntIsZero(const BigInt* b) {
  return mpz_sgn(b->value) == 0;
}

Completion NumberToBigInt(Runtime& rt, double d) {
  if (!std::isfinite(d) || std::trunc(d) != d)
    return rt.Throw(ErrorType::kRangeError, "The number " + NumberToString(d) +
                                                " cannot be converted to a BigInt because it "
                                                "is not an integer");
  ScratchInt v;
  mpz_set_d(v.get(), d);
  return Ok(NewBigInt(rt, v.get()));
}

Completion ToBigInt(Runtime& rt, Value v) {
  Completion prim = rt.ToPrimitive(v, Runtime::PrimitiveHint::kNumber);
  if (!prim.ok()) return prim;
  Value p = prim.value;
  if (p.IsBigInt()) return Ok(p);
  if (p.IsBoolean()) return Ok(BigIntFromInt64(rt, p.AsBoolean() ? 1 : 0));
  if (p.IsString()) {
    ScratchInt parsed;
    if (!StringToBigInt(rt.StringOf(p), parsed.get()))
      return rt.Throw(ErrorType::kSyntaxError,
                      "Cannot convert " + std::string(rt.StringOf(p)) + " to a BigInt");
    return Ok(NewBigInt(rt, parsed.get()));
  }
  return rt.Throw(ErrorType::kTypeError,
                  "Cannot convert " + rt.ToDisplayString(p) + " to a BigInt");
}

Completion BigIntBinary(Runtime& rt, Op op, const BigInt* a, const BigInt* b) {
  ScratchInt r;
  mpz_srcptr x = a->value, y = b->value;
  Completion c = Ok();
  switch (op) {
    case Op::kAdd:
    case Op::kSub:
      c = Room(rt, std::max(Bits(x), Bits(y)) + 1);
      if (c.ok()) (op == Op::kAdd ? mpz_add : mpz_sub)(r.get(), x, y);
      break;
    case Op::kMul:
      c = Room(rt, Bits(x) + Bits(y));
      if (c.ok()) mpz_mul(r.get(), x, y);
      break;
    case Op::kDiv:
    case Op::kMod:  // 6.1.6.2.5 divide truncates; 6.1.6.2.6 remainder has the dividend's sign
      if (mpz_sgn(y) == 0) return rt.Throw(ErrorType::kRangeError, "Division by zero");
      (op == Op::kDiv ? mpz_tdiv_q : mpz_tdiv_r)(r.get(), x, y);
      break;
    case Op::kExp:
      c = Power(rt, x, y, r.get());
      break;
    case Op::kBitAnd:
      mpz_and(r.get(), x, y);
      break;
    case Op::kBitOr:
      mpz_ior(r.get(), x, y);
      break;
    case Op::kBitXor:
      mpz_xor(r.get(), x, y);
      break;
    case Op::kShl:
      c = ShiftLeft(rt, x, y, r.get());
      break;
    case Op::kShr: {  // 6.1.6.2.10 signedRightShift is leftShift(x, -y)
      ScratchInt negated;
      mpz_neg(negated.get(), y);
      c = ShiftLeft(rt, x, negated.get(), r.get());
      break;
    }
    default:  // 6.1.6.2.11 unsignedRightShift
      return rt.Throw(ErrorType::kTypeError,
                      "BigInts have no unsigned right shift, use >> instead");
  }
  if (!c.ok()) return c;
  return Ok(NewBigInt(rt, r.get()));
}

Value BigIntUnary(Runtime& rt, Op op, const BigInt* a) {
  ScratchInt r;
  switch (op) {
    case Op::kNeg:
      mpz_neg(r.get(), a->value);
      break;
    case Op::kInc:
      mpz_add_ui(r.get(), a->value, 1);
      break;
    case Op::kDec:
      mpz_sub_ui(r.get(), a->value, 1);
      break;
    case Op::kBitNot:
      mpz_com(r.get(), a->value);
      break;
    default:
      return Value::FromCell(const_cast<BigInt*>(a));
  }
  return NewBigInt(rt, r.get());
}

Completion BigIntAsN(Runtime& rt, bool is_signed, uint64_t bits, const BigInt* b) {
  // Every BigInt has fewer than kMaxBigIntBits bits: wider signed results and non-negative
  // unsigned ones are the value itself; a negative one would need `bits` bits.
  if (bits > kMaxBigIntBits) {
    if (is_signed || mpz_sgn(b->value) >= 0) return Ok(Value::FromCell(const_cast<BigInt*>(b)));
    return TooBig(rt);
  }
  Completion room = Room(rt, bits);
  if (!room.ok()) return room;
  ScratchInt r;
  mpz_fdiv_r_2exp(r.get(), b->value, bits);  // the value modulo 2^bits, in [0, 2^bits)
  if (is_signed && bits > 0 && mpz_tstbit(r.get(), bits - 1)) {
    ScratchInt modulus;
    mpz_setbit(modulus.get(), bits);
    mpz_sub(r.get(), r.get(), modulus.get());
  }
  return Ok(NewBigInt(rt, r.get()));
}

}  // namespace loopscope::js
