// tests/unit/node/encodings_zlib_test.cpp — Buffer encodings (encodings.h) in both
// directions with Node's lenient decoders, and zlib_context.h: Node's gzip header, round trips
// and the errors Node reports; Brotli likewise. Byte values were checked against Node 20.
#include <gtest/gtest.h>

#include "engine/node/modules/encodings.h"
#include "engine/node/modules/zlib_context.h"

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

// One write of `input` with `flush` through a fresh stream of `mode` (default options).
zlib::WriteResult Pass(zlib::Mode mode, std::string_view input, int flush = 4 /* Z_FINISH */) {
  zlib::Context c(mode);
  if (mode == zlib::Mode::kBrotliEncode || mode == zlib::Mode::kBrotliDecode) {
    EXPECT_FALSE(c.InitBrotli({}));
  } else {
    bool inflates =
        mode == zlib::Mode::kGunzip || mode == zlib::Mode::kInflate || mode == zlib::Mode::kUnzip;
    c.InitZlib(-1, inflates ? 0 : 15, 8, 0, "");
  }
  return c.Write(flush, input, 16384);
}

TEST(Zlib, GzipHeaderIsNodes) {
  zlib::WriteResult r = Pass(zlib::Mode::kGzip, "abc");
  ASSERT_FALSE(r.error);
  // Magic, deflate, no flags, mtime 0, XFL 0, OS 3 (Unix) — then the deflate data.
  EXPECT_EQ(Decode(r.out, Encoding::kHex), "1f8b08000000000000034b4c4a0600c241243503000000");
  EXPECT_EQ(Pass(zlib::Mode::kGunzip, r.out).out, "abc");
  EXPECT_EQ(Pass(zlib::Mode::kUnzip, r.out).out, "abc");
}

TEST(Zlib, ErrorsAreNodes) {
  zlib::WriteResult bad = Pass(zlib::Mode::kGunzip, "not gzip");
  ASSERT_TRUE(bad.error);
  EXPECT_EQ(bad.error->message, "incorrect header check");
  EXPECT_EQ(bad.error->errno_value, -3);
  EXPECT_EQ(bad.error->code, "Z_DATA_ERROR");
  std::string full = Pass(zlib::Mode::kDeflate, std::string(1000, 'x')).out;
  zlib::WriteResult cut = Pass(zlib::Mode::kInflate, full.substr(0, 5));
  ASSERT_TRUE(cut.error);
  EXPECT_EQ(cut.error->message, "unexpected end of file");
  EXPECT_EQ(cut.error->code, "Z_BUF_ERROR");
}

// The output never passes the space given: the rest waits for the next write.
TEST(Zlib, AWriteFillsAtMostItsOutputSpace) {
  std::string packed = Pass(zlib::Mode::kGzip, std::string(100000, 'z')).out;
  zlib::Context c(zlib::Mode::kGunzip);
  c.InitZlib(-1, 0, 8, 0, "");
  zlib::WriteResult first = c.Write(0, packed, 16384);
  EXPECT_EQ(first.out.size(), 16384u);
  EXPECT_EQ(first.avail_out_after, 0u);
  EXPECT_GT(first.avail_in_after, 0u);
}

TEST(Zlib, BrotliBytesAndErrorsAreNodes) {
  zlib::WriteResult r = Pass(zlib::Mode::kBrotliEncode, "abc", 2 /* FINISH */);
  EXPECT_EQ(Decode(r.out, Encoding::kHex), "0b018061626303");
  EXPECT_EQ(Pass(zlib::Mode::kBrotliDecode, r.out, 2).out, "abc");
  zlib::WriteResult bad = Pass(zlib::Mode::kBrotliDecode, "not brotli data at all", 2);
  ASSERT_TRUE(bad.error);
  EXPECT_EQ(bad.error->message, "Decompression failed");
  EXPECT_EQ(bad.error->errno_value, -15);
  EXPECT_EQ(bad.error->code, "ERR__ERROR_FORMAT_PADDING_2");
}

}  // namespace
}  // namespace loopscope::node
