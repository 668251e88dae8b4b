// engine/node/modules/zlib_context.cpp — see zlib_context.h. Each function names the
// src/node_zlib.cc (Node 20) function it mirrors; zlib's error texts and codes are Node's.
#include "engine/node/modules/zlib_context.h"

#include <brotli/decode.h>
#include <brotli/encode.h>
#include <zlib.h>

#include "engine/node/modules/zlib_ops.h"

namespace loopscope::node::zlib {

namespace {

constexpr unsigned char kGzipId1 = 0x1f;
constexpr unsigned char kGzipId2 = 0x8b;

// ZlibStrerror: zlib's return codes by name.
struct CodeName {
  int value;
  const char* name;
};
constexpr CodeName kCodeNames[] = {
    {Z_OK, "Z_OK"},
    {Z_STREAM_END, "Z_STREAM_END"},
    {Z_NEED_DICT, "Z_NEED_DICT"},
    {Z_ERRNO, "Z_ERRNO"},
    {Z_STREAM_ERROR, "Z_STREAM_ERROR"},
    {Z_DATA_ERROR, "Z_DATA_ERROR"},
    {Z_MEM_ERROR, "Z_MEM_ERROR"},
    {Z_BUF_ERROR, "Z_BUF_ERROR"},
    {Z_VERSION_ERROR, "Z_VERSION_ERROR"},
};

std::string CodeNameOf(int err) {
  for (const CodeName& c : kCodeNames) {
    if (c.value == err) return c.name;
  }
  return "Z_UNKNOWN_ERROR";
}

bool IsDeflateMode(Mode m) {
  return m == Mode::kDeflate || m == Mode::kGzip || m == Mode::kDeflateRaw;
}

}  // namespace

struct Context::State {
  z_stream strm{};
  int err = Z_OK;
  int flush = Z_NO_FLUSH;
  int level = 0, window_bits = 0, mem_level = 0, strategy = 0;
  std::string dictionary;
  bool init_done = false;
  int gzip_id_bytes_read = 0;
  Mode zlib_mode = Mode::kNone;  // UNZIP turns into INFLATE or GUNZIP once it saw the header
  BrotliEncoderState* encoder = nullptr;
  BrotliDecoderState* decoder = nullptr;
  bool encoder_ok = true;
  BrotliDecoderResult decoder_result = BROTLI_DECODER_RESULT_SUCCESS;
  BrotliDecoderErrorCode decoder_error = BROTLI_DECODER_NO_ERROR;

  // ZlibContext::ErrorForMessage: zlib's own message wins over Node's default text.
  StreamError ErrorFor(const char* message) const {
    return StreamError{strm.msg != nullptr ? strm.msg : message, err, CodeNameOf(err)};
  }
};

Context::Context(Mode mode) : mode_(mode), state_(std::make_unique<State>()) {
  state_->zlib_mode = mode;
}

Context::~Context() {
  Close();
}

// ZlibContext::Init: gzip adds 16 to the window bits, unzip 32 (header detection), raw
// negates them; zlib itself is initialised by the first write.
void Context::InitZlib(int level, int window_bits, int mem_level, int strategy,
                       std::string dictionary) {
  State& s = *state_;
  s.level = level;
  s.mem_level = mem_level;
  s.strategy = strategy;
  s.window_bits = window_bits;
  if (mode_ == Mode::kGzip || mode_ == Mode::kGunzip) s.window_bits += 16;
  if (mode_ == Mode::kUnzip) s.window_bits += 32;
  if (mode_ == Mode::kDeflateRaw || mode_ == Mode::kInflateRaw) s.window_bits *= -1;
  s.dictionary = std::move(dictionary);
}

// ZlibContext::InitZlib and SetDictionary.
std::optional<StreamError> Context::StartZlib() {
  State& s = *state_;
  if (s.init_done) return std::nullopt;
  s.init_done = true;
  if (IsDeflateMode(mode_)) {
    s.err = deflateInit2(&s.strm, s.level, Z_DEFLATED, s.window_bits, s.mem_level, s.strategy);
  } else {
    s.err = inflateInit2(&s.strm, s.window_bits);
  }
  if (s.err != Z_OK) {
    s.dictionary.clear();
    s.zlib_mode = Mode::kNone;
    return s.ErrorFor("Init error");
  }
  return SetDictionary();
}

// ZlibContext::SetDictionary: deflate takes it up front, raw inflate too (it has no header
// to ask for it); inflate and gunzip load it when zlib reports Z_NEED_DICT.
std::optional<StreamError> Context::SetDictionary() {
  State& s = *state_;
  if (s.dictionary.empty()) return std::nullopt;
  const auto* dict = reinterpret_cast<const Bytef*>(s.dictionary.data());
  auto size = static_cast<uInt>(s.dictionary.size());
  if (mode_ == Mode::kDeflate || mode_ == Mode::kDeflateRaw) {
    s.err = deflateSetDictionary(&s.strm, dict, size);
  } else if (mode_ == Mode::kInflateRaw) {
    s.err = inflateSetDictionary(&s.strm, dict, size);
  }
  if (s.err != Z_OK) return s.ErrorFor("Failed to set dictionary");
  return std::nullopt;
}

// BrotliEncoderContext/BrotliDecoderContext::Init and SetParams: ~0u marks a key left unset.
std::optional<StreamError> Context::InitBrotli(const std::vector<uint32_t>& params) {
  State& s = *state_;
  if (mode_ == Mode::kBrotliEncode) {
    s.encoder = BrotliEncoderCreateInstance(nullptr, nullptr, nullptr);
  } else {
    s.decoder = BrotliDecoderCreateInstance(nullptr, nullptr, nullptr);
  }
  if (s.encoder == nullptr && s.decoder == nullptr) {
    return StreamError{"Initialization failed", -1, "ERR_BROTLI_INITIALIZATION_FAILED"};
  }
  for (size_t key = 0; key < params.size(); ++key) {
    if (params[key] == ~0u) continue;
    bool ok = s.encoder != nullptr
                  ? BrotliEncoderSetParameter(s.encoder, static_cast<BrotliEncoderParameter>(key),
                                              params[key])
                  : BrotliDecoderSetParameter(s.decoder, static_cast<BrotliDecoderParameter>(key),
                                              params[key]);
    if (!ok) return StreamError{"Setting parameter failed", -1, "ERR_BROTLI_PARAM_SET_FAILED"};
  }
  return std::nullopt;
}

WriteResult Context::Write(int flush, std::string_view in, uint32_t out_len) {
  if (mode_ == Mode::kBrotliEncode || mode_ == Mode::kBrotliDecode) {
    return WriteBrotli(flush, in, out_len);
  }
  return WriteZlib(flush, in, out_len);
}

// ZlibContext::DoThreadPoolWork, then GetErrorInfo.
WriteResult Context::WriteZlib(int flush, std::string_view in, uint32_t out_len) {
  State& s = *state_;
  WriteResult r;
  r.out.resize(out_len);
  s.strm.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(in.data()));
  s.strm.avail_in = static_cast<uInt>(in.size());
  s.strm.next_out = reinterpret_cast<Bytef*>(r.out.data());
  s.strm.avail_out = out_len;
  s.flush = flush;
  bool first_init = !s.init_done;
  std::optional<StreamError> init_error = StartZlib();
  if (first_init && s.err != Z_OK) {
    r.error = init_error ? init_error : s.ErrorFor("Zlib error");
  } else if (IsDeflateMode(mode_)) {
    s.err = deflate(&s.strm, flush);
  } else {
    // UNZIP: the first two bytes decide between gzip and a zlib stream.
    if (s.zlib_mode == Mode::kUnzip && s.strm.avail_in > 0) {
      const Bytef* next = s.strm.next_in;
      if (s.gzip_id_bytes_read == 0) {
        if (*next == kGzipId1) {
          s.gzip_id_bytes_read = 1;
          ++next;
        } else {
          s.zlib_mode = Mode::kInflate;
        }
      }
      if (s.zlib_mode == Mode::kUnzip && s.gzip_id_bytes_read == 1 &&
          next < s.strm.next_in + s.strm.avail_in) {
        s.gzip_id_bytes_read = 2;
        s.zlib_mode = *next == kGzipId2 ? Mode::kGunzip : Mode::kInflate;
      }
    }
    s.err = inflate(&s.strm, flush);
    if (mode_ != Mode::kInflateRaw && s.err == Z_NEED_DICT && !s.dictionary.empty()) {
      s.err = inflateSetDictionary(&s.strm, reinterpret_cast<const Bytef*>(s.dictionary.data()),
                                   static_cast<uInt>(s.dictionary.size()));
      if (s.err == Z_OK) {
        s.err = inflate(&s.strm, flush);
      } else if (s.err == Z_DATA_ERROR) {
        s.err = Z_NEED_DICT;  // a bad dictionary, told apart from bad input
      }
    }
    // Another gzip member may follow in the same input; trailing zero bytes are padding.
    while (s.strm.avail_in > 0 && s.zlib_mode == Mode::kGunzip && s.err == Z_STREAM_END &&
           s.strm.next_in[0] != 0x00) {
      s.err = inflateReset(&s.strm);
      s.err = inflate(&s.strm, flush);
    }
  }
  if (!r.error) {
    switch (s.err) {
      case Z_OK:
      case Z_BUF_ERROR:
        if (s.strm.avail_out != 0 && s.flush == Z_FINISH)
          r.error = s.ErrorFor("unexpected end of file");
        break;
      case Z_STREAM_END:
        break;
      case Z_NEED_DICT:
        r.error = s.ErrorFor(s.dictionary.empty() ? "Missing dictionary" : "Bad dictionary");
        break;
      default:
        r.error = s.ErrorFor("Zlib error");
    }
  }
  r.avail_in_after = s.strm.avail_in;
  r.avail_out_after = s.strm.avail_out;
  r.out.resize(out_len - s.strm.avail_out);
  s.strm.next_in = nullptr;  // the input is the caller's, valid only during the write
  return r;
}

// BrotliEncoderContext/BrotliDecoderContext::DoThreadPoolWork, then GetErrorInfo.
WriteResult Context::WriteBrotli(int flush, std::string_view in, uint32_t out_len) {
  State& s = *state_;
  WriteResult r;
  r.out.resize(out_len);
  size_t avail_in = in.size();
  const auto* next_in = reinterpret_cast<const uint8_t*>(in.data());
  size_t avail_out = out_len;
  auto* next_out = reinterpret_cast<uint8_t*>(r.out.data());
  if (s.encoder != nullptr) {
    s.encoder_ok =
        BrotliEncoderCompressStream(s.encoder, static_cast<BrotliEncoderOperation>(flush),
                                    &avail_in, &next_in, &avail_out, &next_out, nullptr);
    if (!s.encoder_ok)
      r.error = StreamError{"Compression failed", -1, "ERR_BROTLI_COMPRESSION_FAILED"};
  } else if (s.decoder != nullptr) {
    s.decoder_result = BrotliDecoderDecompressStream(s.decoder, &avail_in, &next_in, &avail_out,
                                                     &next_out, nullptr);
    if (s.decoder_result == BROTLI_DECODER_RESULT_ERROR) {
      s.decoder_error = BrotliDecoderGetErrorCode(s.decoder);
    }
    if (s.decoder_error != BROTLI_DECODER_NO_ERROR) {
      r.error = StreamError{"Decompression failed", static_cast<int>(s.decoder_error),
                            BrotliErrorCode(s.decoder_error)};
    } else if (flush == BROTLI_OPERATION_FINISH &&
               s.decoder_result == BROTLI_DECODER_RESULT_NEEDS_MORE_INPUT) {
      r.error = StreamError{"unexpected end of file", Z_BUF_ERROR, "Z_BUF_ERROR"};
    }
  }
  r.avail_in_after = static_cast<uint32_t>(avail_in);
  r.avail_out_after = static_cast<uint32_t>(avail_out);
  r.out.resize(out_len - avail_out);
  return r;
}

// ZlibContext::SetParams: only deflate and raw deflate change their parameters (Node leaves
// a gzip stream's as they are).
std::optional<StreamError> Context::Params(int level, int strategy) {
  State& s = *state_;
  if (mode_ == Mode::kBrotliEncode || mode_ == Mode::kBrotliDecode) return std::nullopt;
  if (auto e = StartZlib()) return e;
  s.err = Z_OK;
  if (mode_ == Mode::kDeflate || mode_ == Mode::kDeflateRaw) {
    s.err = deflateParams(&s.strm, level, strategy);
  }
  if (s.err != Z_OK && s.err != Z_BUF_ERROR) return s.ErrorFor("Failed to set parameters");
  return std::nullopt;
}

// ZlibContext::ResetStream (and Brotli's, which makes a fresh instance without the
// parameters, as Node's does).
std::optional<StreamError> Context::Reset() {
  State& s = *state_;
  if (mode_ == Mode::kBrotliEncode || mode_ == Mode::kBrotliDecode) {
    Close();
    return InitBrotli({});
  }
  bool first_init = !s.init_done;
  if (auto e = StartZlib(); first_init && s.err != Z_OK) return e;
  s.err = IsDeflateMode(mode_) ? deflateReset(&s.strm) : inflateReset(&s.strm);
  s.gzip_id_bytes_read = 0;
  s.zlib_mode = mode_;
  if (s.err != Z_OK) return s.ErrorFor("Failed to reset stream");
  return SetDictionary();
}

void Context::Close() {
  State& s = *state_;
  if (s.init_done && s.zlib_mode != Mode::kNone) {
    if (IsDeflateMode(mode_)) {
      deflateEnd(&s.strm);
    } else {
      inflateEnd(&s.strm);
    }
  }
  s.init_done = false;
  s.zlib_mode = Mode::kNone;
  if (s.encoder != nullptr) BrotliEncoderDestroyInstance(s.encoder);
  if (s.decoder != nullptr) BrotliDecoderDestroyInstance(s.decoder);
  s.encoder = nullptr;
  s.decoder = nullptr;
}

}  // namespace loopscope::node::zlib
