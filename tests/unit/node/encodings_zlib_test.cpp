// tests/unit/node/encodings_zlib_test.cpp — Buffer encodings (encodings.h) in both
// directions with Node's lenient decoders, and zlib_ops.h: Node's gzip header, round trips
// and the errors Node reports; Brotli likewise. Byte values were checked against Node 20.
#include <gtest/gtest.h>

#include "engine/node/modules/encodings.h"
#include "engine/node/modules/zlib_ops.h"

namespace loopscope::node {
namespace {

TEST(Encodings, NamesAreNodesAliases) {
  EXPECT_EQ(ParseEncoding("UTF-8"), Encoding::kUtf8);
  EXPECT_EQ(ParseEncoding("ucs-2"), Encoding::kUtf16le);
  EXPECT_EQ(ParseEncoding("Binary"), Encoding::kLatin1);
  EXPECT_EQ(ParseEncoding("base64url"), Encoding::kBase64url);
  EXPECT_EQ(ParseEncoding("utf32"), std::nullopt);
}

TEST(Encodings, EncodeAndDecode) {
  EXPECT_EQ(Decode(std::string("\xff\x00\x10", 3), Encoding::kHex), "ff0010");
  EXPECT_EQ(Encode("ff0g10", Encoding::kHex), "\xff");  // stops at the first bad pair
  EXPECT_EQ(Decode("\xfb\xff", Encoding::kBase64), "+/8=");
  EXPECT_EQ(Decode("\xfb\xff", Encoding::kBase64url), "-_8");
  EXPECT_EQ(Encode("-_8", Encoding::kBase64), "\xfb\xff");  // either alphabet decodes
  EXPECT_EQ(Encode("aGk=\n junk", Encoding::kBase64), "hi");
  EXPECT_EQ(Encode("h\xC3\xA9", Encoding::kLatin1), "h\xE9");
  EXPECT_EQ(Decode("h\xE9", Encoding::kLatin1), "h\xC3\xA9");
  EXPECT_EQ(Decode("h\xE9", Encoding::kAscii), "hi");  // high bit cleared: 0xE9 & 0x7f
  EXPECT_EQ(Encode("h\xE2\x82\xAC", Encoding::kUtf16le), std::string("h\0\xAC\x20", 4));
  EXPECT_EQ(Decode(std::string("h\0\xAC\x20\x41", 5), Encoding::kUtf16le), "h\xE2\x82\xAC");
  // Invalid UTF-8 decodes to U+FFFD per maximal invalid subsequence.
  EXPECT_EQ(Decode("\xff\xfe\x41\xc3", Encoding::kUtf8),
            "\xEF\xBF\xBD\xEF\xBF\xBD"
            "A\xEF\xBF\xBD");
  EXPECT_EQ(EncodedLength("aGk=", Encoding::kBase64), 2u);
  EXPECT_EQ(EncodedLength("\xE2\x82\xAC", Encoding::kUtf8), 3u);
}

TEST(Zlib, GzipHeaderIsNodes) {
  zlib::Result r = zlib::Compress("abc", zlib::Format::kGzip, {});
  ASSERT_TRUE(r.ok);
  // Magic, deflate, no flags, mtime 0, XFL 0, OS 3 (Unix) — then the deflate data.
  EXPECT_EQ(Decode(r.bytes, Encoding::kHex), "1f8b08000000000000034b4c4a0600c241243503000000");
  EXPECT_EQ(zlib::Decompress(r.bytes, zlib::Format::kGzip, {}).bytes, "abc");
  EXPECT_EQ(zlib::Decompress(r.bytes, zlib::Format::kAuto, {}).bytes, "abc");
}

TEST(Zlib, ErrorsAreNodes) {
  zlib::Result bad = zlib::Decompress("not gzip", zlib::Format::kGzip, {});
  EXPECT_FALSE(bad.ok);
  EXPECT_EQ(bad.message, "incorrect header check");
  EXPECT_EQ(bad.errno_value, -3);
  EXPECT_EQ(bad.code, "Z_DATA_ERROR");
  std::string full = zlib::Compress(std::string(1000, 'x'), zlib::Format::kDeflate, {}).bytes;
  zlib::Result cut = zlib::Decompress(full.substr(0, 5), zlib::Format::kDeflate, {});
  EXPECT_EQ(cut.message, "unexpected end of file");
  EXPECT_EQ(cut.code, "Z_BUF_ERROR");
}

TEST(Zlib, BrotliBytesAndErrorsAreNodes) {
  zlib::Result r = zlib::BrotliCompress("abc", {});
  EXPECT_EQ(Decode(r.bytes, Encoding::kHex), "0b018061626303");
  EXPECT_EQ(zlib::BrotliDecompress(r.bytes).bytes, "abc");
  zlib::Result bad = zlib::BrotliDecompress("not brotli data at all");
  EXPECT_EQ(bad.message, "Decompression failed");
  EXPECT_EQ(bad.errno_value, -15);
  EXPECT_EQ(bad.code, "ERR__ERROR_FORMAT_PADDING_2");
}

}  // namespace
}  // namespace loopscope::node
