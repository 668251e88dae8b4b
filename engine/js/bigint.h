// engine/js/bigint.h — the BigInt primitive (ECMA-262 6.1.6.2) on GMP integers.
//
// A BigInt is an immutable heap cell holding an mpz_t; every operation makes a new cell.
// GMP's and/ior/xor/com and its floor-division shifts already act on the infinite two's
// complement the specification describes, so the operators map to one mpz call each.
// The size limit is V8's (BigInt::kMaxLengthBits, 2^30 bits): past it, "Maximum BigInt size
// exceeded", checked before GMP allocates.
// Where to look next: builtins_bigint.cpp (BigInt and its prototype), operations.cpp and
// conversions.cpp (where the operators and comparisons reach this file).
#pragma once

#include <gmp.h>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "engine/js/bytecode.h"
#include "engine/js/runtime.h"

namespace loopscope::js {

struct BigInt : Cell {
  explicit BigInt(const mpz_t v) : Cell(CellKind::kBigInt) { mpz_init_set(value, v); }
  ~BigInt() override { mpz_clear(value); }
  BigInt(const BigInt&) = delete;
  BigInt& operator=(const BigInt&) = delete;
  mpz_t value;
};

// An mpz_t that clears itself: the scratch integers of the operations below.
class ScratchInt {
 public:
  ScratchInt() { mpz_init(v_); }
  ~ScratchInt() { mpz_clear(v_); }
  ScratchInt(const ScratchInt&) = delete;
  ScratchInt& operator=(const ScratchInt&) = delete;
  mpz_ptr get() { return v_; }

 private:
  mpz_t v_;
};

// V8's BigInt::kMaxLengthBits on 64-bit targets.
inline constexpr uint64_t kMaxBigIntBits = uint64_t{1} << 30;

Value NewBigInt(Runtime& rt, mpz_srcptr v);
Value BigIntFromInt64(Runtime& rt, int64_t v);
Value BigIntFromUint64(Runtime& rt, uint64_t v);
// The low 64 bits, as BigInt.asIntN(64, v) / BigInt.asUintN(64, v) would give them.
uint64_t BigIntToUint64(const BigInt* b);

// The literal's text without its `n` and separators (`0x1f`, `0o17`, `0b1`, `123`).
bool ParseBigIntLiteral(std::string_view text, mpz_ptr out);
// The literal's value in decimal: a property name written as a BigInt (`{ 0x10n: 1 }`).
std::string BigIntLiteralToDecimal(std::string_view text);
// ECMA-262 7.1.14 StringToBigInt: false where the specification answers undefined.
bool StringToBigInt(std::string_view text, mpz_ptr out);
std::string BigIntToString(const BigInt* b, int radix = 10);
// ECMA-262 6.1.6.2.21 BigInt::toString's Number counterpart: 𝔽(ℝ(b)), rounded to nearest.
double BigIntToNumber(const BigInt* b);
bool BigIntEquals(const BigInt* a, const BigInt* b);
// Compares b with a Number: negative, zero or positive, or nullopt when d is NaN.
std::optional<int> CompareBigIntNumber(const BigInt* b, double d);
size_t BigIntHash(const BigInt* b);
bool BigIntIsZero(const BigInt* b);

// ECMA-262 21.2.1.1.1 NumberToBigInt (RangeError for a non-integer).
Completion NumberToBigInt(Runtime& rt, double d);
// ECMA-262 7.1.13 ToBigInt, with V8's words for each refused type.
Completion ToBigInt(Runtime& rt, Value v);
// ECMA-262 6.1.6.2 BigInt::add ... BigInt::unsignedRightShift for the binary operators.
Completion BigIntBinary(Runtime& rt, Op op, const BigInt* a, const BigInt* b);
// Unary minus, ++, -- and ~ (6.1.6.2.1 unaryMinus, 6.1.6.2.2 bitwiseNOT).
Value BigIntUnary(Runtime& rt, Op op, const BigInt* a);
// ECMA-262 21.2.2.1 BigInt.asIntN / 21.2.2.2 BigInt.asUintN, bits already ToIndex'ed.
Completion BigIntAsN(Runtime& rt, bool is_signed, uint64_t bits, const BigInt* b);

}  // namespace loopscope::js
