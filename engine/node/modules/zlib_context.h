// engine/node/modules/zlib_context.h — one compression stream's state (a z_stream, or a Brotli
// encoder or decoder), driven one write at a time as src/node_zlib.cc's ZlibContext,
// BrotliEncoderContext and BrotliDecoderContext drive it: the stream forms
// (zlib.createGzip …) push each chunk through Write with the flush flag lib/zlib.js chose.
// Pure C++: modules/zlib_handle.cpp is the JavaScript handle over it, lib/zlib.js the
// Transform streams over that handle.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace loopscope::node::zlib {

// node_zlib_mode (src/node_zlib.cc), the values zlib.constants.DEFLATE … BROTLI_ENCODE carry.
enum class Mode : uint8_t {
  kNone,
  kDeflate,
  kInflate,
  kGzip,
  kGunzip,
  kDeflateRaw,
  kInflateRaw,
  kUnzip,
  kBrotliDecode,
  kBrotliEncode,
};

// A failure as the handle's onerror(message, errno, code) reports it.
struct StreamError {
  std::string message;
  int errno_value = 0;
  std::string code;
};

// What one Write did: the bytes produced (at most the output space given) and what is left.
struct WriteResult {
  std::string out;
  uint32_t avail_in_after = 0;
  uint32_t avail_out_after = 0;
  std::optional<StreamError> error;
};

class Context {
 public:
  explicit Context(Mode mode);
  ~Context();
  Context(const Context&) = delete;
  Context& operator=(const Context&) = delete;

  Mode mode() const { return mode_; }
  // ZlibContext::Init: the parameters, kept until the first write initialises zlib.
  void InitZlib(int level, int window_bits, int mem_level, int strategy, std::string dictionary);
  // Brotli{En,De}coderContext::Init then SetParams for every key whose value is not ~0u.
  std::optional<StreamError> InitBrotli(const std::vector<uint32_t>& params);
  // DoThreadPoolWork then CheckError/GetErrorInfo for one write.
  WriteResult Write(int flush, std::string_view in, uint32_t out_len);
  std::optional<StreamError> Params(int level, int strategy);  // deflateParams
  std::optional<StreamError> Reset();
  void Close();

 private:
  struct State;
  WriteResult WriteZlib(int flush, std::string_view in, uint32_t out_len);
  WriteResult WriteBrotli(int flush, std::string_view in, uint32_t out_len);
  std::optional<StreamError> StartZlib();  // InitZlib: deflateInit2/inflateInit2, once
  std::optional<StreamError> SetDictionary();

  Mode mode_;
  std::unique_ptr<State> state_;
};

}  // namespace loopscope::node::zlib
