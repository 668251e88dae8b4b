// tests/unit/js/typed_array_test.cpp — the edges of ArrayBuffer, TypedArrays and DataView
// that golden programs show poorly: the raw element conversions (ECMA-262 7.1.x, Float32
// rounding, byte order), canonical numeric keys, the heap meter on buffer bytes, and a
// buffer kept alive by its views alone across collections.
#include "engine/js/typed_array.h"

#include <gtest/gtest.h>

#include <cmath>

#include "tests/unit/js/test_host.h"

namespace loopscope::js::testing {
namespace {

constexpr size_t kMb = size_t{1} << 20;

double RoundTrip(ElementType t, double v) {
  uint8_t bytes[8] = {};
  WriteElement(t, bytes, v);
  return ReadElement(t, bytes);
}

TEST(TypedArrayElements, ConvertAsTheSpecsToIntNAndToUint8Clamp) {
  EXPECT_EQ(RoundTrip(ElementType::kInt8, 128), -128);
  EXPECT_EQ(RoundTrip(ElementType::kInt8, -129), 127);
  EXPECT_EQ(RoundTrip(ElementType::kUint8, -1), 255);
  EXPECT_EQ(RoundTrip(ElementType::kUint8, 256.9), 0);
  EXPECT_EQ(RoundTrip(ElementType::kUint8, NAN), 0);
  EXPECT_EQ(RoundTrip(ElementType::kUint8, INFINITY), 0);
  EXPECT_EQ(RoundTrip(ElementType::kUint16, 65537), 1);
  EXPECT_EQ(RoundTrip(ElementType::kInt16, 32768), -32768);
  EXPECT_EQ(RoundTrip(ElementType::kInt32, 2147483648.0), -2147483648.0);
  EXPECT_EQ(RoundTrip(ElementType::kUint32, -1), 4294967295.0);
  EXPECT_EQ(RoundTrip(ElementType::kUint32, 1e300), 0);
  // ToUint8Clamp rounds half to even and saturates.
  EXPECT_EQ(RoundTrip(ElementType::kUint8Clamped, 0.5), 0);
  EXPECT_EQ(RoundTrip(ElementType::kUint8Clamped, 1.5), 2);
  EXPECT_EQ(RoundTrip(ElementType::kUint8Clamped, 2.5), 2);
  EXPECT_EQ(RoundTrip(ElementType::kUint8Clamped, 254.5), 254);
  EXPECT_EQ(RoundTrip(ElementType::kUint8Clamped, 1000), 255);
  EXPECT_EQ(RoundTrip(ElementType::kUint8Clamped, -INFINITY), 0);
  EXPECT_EQ(RoundTrip(ElementType::kFloat32, 0.1), static_cast<double>(0.1f));
  EXPECT_TRUE(std::signbit(RoundTrip(ElementType::kFloat64, -0.0)));
  EXPECT_TRUE(std::isnan(RoundTrip(ElementType::kFloat32, NAN)));
}

TEST(TypedArrayElements, ByteOrder) {
  uint8_t bytes[4] = {};
  WriteElement(ElementType::kUint32, bytes, 0x01020304, /*little_endian=*/false);
  EXPECT_EQ(bytes[0], 1);
  EXPECT_EQ(bytes[3], 4);
  EXPECT_EQ(ReadElement(ElementType::kUint32, bytes, /*little_endian=*/true), 0x04030201);
  EXPECT_EQ(ReadElement(ElementType::kUint16, bytes, /*little_endian=*/false), 0x0102);
}

TEST(TypedArrayElements, CanonicalNumericIndexStrings) {
  double n = 0;
  for (const char* key : {"0", "-0", "1.5", "-1", "Infinity", "-Infinity", "NaN", "1e+21"})
    EXPECT_TRUE(CanonicalNumericIndex(key, n)) << key;
  EXPECT_TRUE(CanonicalNumericIndex("-0", n) && std::signbit(n));
  for (const char* key : {"", "01", "1.0", "+1", " 1", "0x10", "1e21", "length", "Inf", "-"})
    EXPECT_FALSE(CanonicalNumericIndex(key, n)) << key;
}

// A TestHost whose heap is limited; it records whether the limit hook ran.
class LimitedHost : public TestHost {
 public:
  explicit LimitedHost(size_t limit_mb) { vm().SetHeapLimit(limit_mb * kMb); }
  bool OnHeapLimitReached(size_t) override {
    ++calls;
    return false;
  }
  int calls = 0;
};

TEST(TypedArrayHeap, HugeBuffersStopAtTheLimitBeforeTheyAreMade) {
  for (const char* big :
       {"new Float64Array(1e9)", "new ArrayBuffer(2 ** 40)", "new Uint8Array(5e8).subarray(1)",
        "new ArrayBuffer(1, { maxByteLength: 2 ** 32 }).resize(2 ** 32)"}) {
    LimitedHost host(64);
    EXPECT_FALSE(host.Run(std::string("const a = ") + big + ";\n")) << big;
    EXPECT_EQ(host.calls, 1) << big;
  }
}

TEST(TypedArrayHeap, BufferBytesAreCountedAndGiveBackWhenCollected) {
  TestHost host;
  size_t before = host.vm().heap_bytes();
  ASSERT_TRUE(host.Run("globalThis.keep = new Uint8Array(8 * 1024 * 1024);\n")) << host.errors;
  EXPECT_GE(host.vm().heap_bytes(), before + 8 * kMb);
  ASSERT_TRUE(host.Run("globalThis.keep = undefined;\n")) << host.errors;
  host.vm().CollectGarbage();
  EXPECT_LT(host.vm().heap_bytes(), before + kMb);
}

TEST(TypedArrayHeap, ViewsKeepTheirBufferAlive) {
  TestHost host;
  host.vm().SetGcInterval(16);
  ASSERT_TRUE(
      host.Run("globalThis.v = new Uint8Array(new ArrayBuffer(4), 1, 2);\n"
               "globalThis.d = new DataView(new Uint16Array([0x0102]).buffer);\n"
               "const junk = [];\n"
               "for (let i = 0; i < 10000; i++) junk.push({ i });\n"))
      << host.errors;
  host.vm().CollectGarbage();
  ASSERT_TRUE(host.Run("v[0] = 7; console.log(v.buffer.byteLength, v[0], d.getUint16(0, true));\n"))
      << host.errors;
  EXPECT_EQ(host.out, "4 7 258\n");
}

}  // namespace
}  // namespace loopscope::js::testing
