// tests/unit/js/bigint_test.cpp — the BigInt primitive below the golden programs
// (tests/unit/js/programs/bigint_*.js): the embedder's 64-bit window (Vm::NewBigInt64,
// Vm::BigIntFits64), the literal and string grammars, Number conversion's rounding, the
// lexer's refusals, BigInts surviving collections, and the size and heap limits answered
// before GMP allocates.
#include "engine/js/bigint.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <utility>

#include "tests/unit/js/test_host.h"

namespace loopscope::js::testing {
namespace {

// An 8 MiB heap whose limit stops the program (as heap_limit_test.cpp's LimitedHost).
class HeapLimitedHost : public TestHost {
 public:
  HeapLimitedHost() { vm().SetHeapLimit(size_t{8} << 20); }
  bool OnHeapLimitReached(size_t) override { return false; }
};

TEST(BigInt, EmbedderReadsAndWritesSixtyFourBits) {
  TestHost host;
  Vm& vm = host.vm();
  uint64_t bits = 0;
  Value minus_one = vm.NewBigInt64(~uint64_t{0}, true);
  EXPECT_EQ(vm.ToDisplayString(minus_one), "-1");
  EXPECT_TRUE(vm.BigIntFits64(minus_one, true, &bits));
  EXPECT_EQ(bits, ~uint64_t{0});
  EXPECT_FALSE(vm.BigIntFits64(minus_one, false, &bits));
  Value max_unsigned = vm.NewBigInt64(~uint64_t{0}, false);
  EXPECT_EQ(vm.ToDisplayString(max_unsigned), "18446744073709551615");
  EXPECT_TRUE(vm.BigIntFits64(max_unsigned, false, &bits));
  EXPECT_FALSE(vm.BigIntFits64(max_unsigned, true, &bits));
  Value min_signed = vm.NewBigInt64(uint64_t{1} << 63, true);
  EXPECT_TRUE(vm.BigIntFits64(min_signed, true, &bits));
  EXPECT_EQ(bits, uint64_t{1} << 63);
  EXPECT_FALSE(vm.BigIntFits64(Value::Number(1), true, &bits));
}

TEST(BigInt, StringAndLiteralGrammars) {
  ScratchInt v;
  EXPECT_TRUE(StringToBigInt("  -12\n", v.get()));
  EXPECT_EQ(mpz_get_si(v.get()), -12);
  EXPECT_TRUE(StringToBigInt("", v.get()));
  EXPECT_EQ(mpz_sgn(v.get()), 0);
  EXPECT_TRUE(StringToBigInt("0o17", v.get()));
  EXPECT_EQ(mpz_get_si(v.get()), 15);
  for (const char* bad : {"-0x1", "1n", "1 2", "0b2", "1e3", "1.0", "+", "0x"})
    EXPECT_FALSE(StringToBigInt(bad, v.get())) << bad;
  EXPECT_EQ(BigIntLiteralToDecimal("0x10"), "16");
  EXPECT_EQ(BigIntLiteralToDecimal("0b11"), "3");
}

TEST(BigInt, NumberConversionRoundsToNearestEven) {
  TestHost host;
  Runtime& rt = host.vm().runtime();
  auto number = [&](const char* decimal) {
    ScratchInt v;
    EXPECT_TRUE(StringToBigInt(decimal, v.get()));
    return BigIntToNumber(NewBigInt(rt, v.get()).As<BigInt>());
  };
  EXPECT_EQ(number("9007199254740993"), 9007199254740992.0);  // a tie: to even
  EXPECT_EQ(number("9007199254740995"), 9007199254740996.0);  // a tie: to even
  // Far from a tie, the nearest double: what glibc's correctly rounded strtod reads.
  EXPECT_EQ(number("9007199254740993000000001"), std::strtod("9007199254740993000000001", nullptr));
  EXPECT_EQ(number("123456789012345678901234567890123"),
            std::strtod("123456789012345678901234567890123", nullptr));
  EXPECT_EQ(number("-18446744073709551617"), -18446744073709551616.0);
}

TEST(BigInt, LexerRefusesMalformedLiterals) {
  for (const char* source : {"1.5n", "1e3n", "0e0n", "01n", "08n", "1nx", "0x_1n", "1._5"}) {
    TestHost host;
    EXPECT_FALSE(host.Run(source)) << source;
    EXPECT_NE(host.errors.find("Invalid or unexpected token"), std::string::npos) << source;
  }
}

// Numeric separators (ECMA-262 12.9.3), for BigInts and Numbers alike, in V8's words.
TEST(BigInt, LexerPlacesNumericSeparatorsAsV8Does) {
  const std::pair<const char*, const char*> cases[] = {
      {"1__0n", "Only one underscore is allowed as numeric separator"},
      {"1_n", "Numeric separators are not allowed at the end of numeric literals"},
      {"0b1_n", "Numeric separators are not allowed at the end of numeric literals"},
      {"1_e1", "Numeric separators are not allowed at the end of numeric literals"},
      {"0_1n", "Numeric separator can not be used after leading 0."},
      {"0_8", "Numeric separator can not be used after leading 0."},
  };
  for (const auto& [source, message] : cases) {
    TestHost host;
    EXPECT_FALSE(host.Run(source)) << source;
    EXPECT_NE(host.errors.find(message), std::string::npos) << source << ": " << host.errors;
  }
  TestHost host;
  ASSERT_TRUE(host.Run("console.log(1_000n, 0x1_f, 1_0.2_5e1_0, 0b1_0n, 0.0_1)")) << host.errors;
  EXPECT_EQ(host.out, "1000n 31 102500000000 2n 0.01\n");  // what node prints
}

TEST(BigInt, ValuesSurviveCollections) {
  TestHost host;
  host.vm().SetGcInterval(7);
  ASSERT_TRUE(host.Run(R"(
    const m = new Map();
    let x = 1n;
    for (let i = 0; i < 300; i++) { x = x * 3n + BigInt(i); m.set(x % 1000n, x); }
    console.log(x % 1000000007n, m.size, [...m.values()].reduce((a, b) => a + b) % 97n);
  )"));
  EXPECT_EQ(host.out, "639368929n 280 93n\n");  // what node prints
}

TEST(BigInt, SizeLimitAndHeapLimitComeFirst) {
  TestHost host;
  ASSERT_TRUE(host.Run(R"(
    for (const f of [() => 1n << (2n ** 31n), () => 3n ** (2n ** 31n), () => BigInt.asUintN(2 ** 31, -1n)]) {
      try { f(); } catch (e) { console.log(e.name + ': ' + e.message); }
    }
  )"));
  EXPECT_EQ(host.out,
            "RangeError: Maximum BigInt size exceeded\n"
            "RangeError: Maximum BigInt size exceeded\n"
            "RangeError: Maximum BigInt size exceeded\n");
  // A result of 64 MiB is refused by the heap limit before GMP makes it.
  HeapLimitedHost small;
  EXPECT_FALSE(small.Run("const big = 1n << (2n ** 29n);"));
  EXPECT_EQ(small.errors, "terminated\n");
  EXPECT_LT(small.vm().heap_bytes(), size_t{8} << 20);
}

}  // namespace
}  // namespace loopscope::js::testing
