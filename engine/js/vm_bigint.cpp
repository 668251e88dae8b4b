// engine/js/vm_bigint.cpp — the embedder's view of BigInt values (Vm::NewBigInt64,
// Vm::BigIntFits64): Node's Buffer methods read and write 64-bit integers through these
// without seeing GMP.
// Where to look next: bigint.h, engine/node/modules/buffer_methods.cpp.
#include "engine/js/bigint.h"
#include "engine/js/vm.h"

namespace loopscope::js {

Value Vm::NewBigInt64(uint64_t bits, bool is_signed) {
  return is_signed ? BigIntFromInt64(*rt_, static_cast<int64_t>(bits))
                   : BigIntFromUint64(*rt_, bits);
}

bool Vm::BigIntFits64(Value v, bool is_signed, uint64_t* bits) const {
  if (!v.IsBigInt()) return false;
  mpz_srcptr n = v.As<BigInt>()->value;
  // [-(2^63), 2^63) or [0, 2^64): the bit length of the magnitude (of -n - 1 for negatives,
  // the two's complement view) decides.
  if (mpz_sgn(n) < 0 && !is_signed) return false;
  ScratchInt magnitude;
  if (mpz_sgn(n) < 0)
    mpz_com(magnitude.get(), n);  // -n - 1
  else
    mpz_set(magnitude.get(), n);
  size_t width = mpz_sgn(magnitude.get()) == 0 ? 0 : mpz_sizeinbase(magnitude.get(), 2);
  if (width > (is_signed ? 63u : 64u)) return false;
  *bits = BigIntToUint64(v.As<BigInt>());
  return true;
}

}  // namespace loopscope::js
