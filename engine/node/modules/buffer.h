// engine/node/modules/buffer.h — Buffer: bytes the modules hand to JavaScript.
//
// fs.readFile without an encoding, crypto and zlib results are Buffers. As in Node a Buffer
// is a Uint8Array whose prototype is Buffer.prototype (lib/buffer.js FastBuffer), over an
// engine ArrayBuffer: small ones share an 8 KiB pool (buffer_pool.h), subarray/slice views
// and Buffer.from(arrayBuffer) share memory. Every API that takes bytes reads them from any
// ArrayBufferView through BufferBytes. Methods: buffer_methods.cpp; encodings: encodings.h.
#pragma once

#include <algorithm>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "engine/js/vm.h"
#include "engine/node/host_record.h"

namespace loopscope::node {

class Process;

// A fixed-size window on a view's bytes: what a Buffer's methods read and write. Valid until
// script code runs again (which could resize the ArrayBuffer or let it be collected).
class ByteView {
 public:
  ByteView(char* data, size_t size) : data_(data), size_(size) {}
  size_t size() const { return size_; }
  char* data() { return data_; }
  const char* data() const { return data_; }
  char* begin() { return data_; }
  char* end() { return data_ + size_; }
  const char* begin() const { return data_; }
  const char* end() const { return data_ + size_; }
  char& operator[](size_t i) { return data_[i]; }
  char operator[](size_t i) const { return data_[i]; }
  operator std::string_view() const { return {data_, size_}; }
  std::span<char> span() { return {data_, size_}; }
  std::string substr(size_t pos, size_t n = std::string::npos) const {
    return std::string(std::string_view(*this).substr(pos, n));
  }
  // Overwrites min(n, src.size()) bytes at `pos`; the size never changes.
  void replace(size_t pos, size_t n, std::string_view src) {
    std::copy_n(src.data(), std::min({n, src.size(), size_ - pos}), data_ + pos);
  }
  int compare(const ByteView& o) const { return std::string_view(*this).compare(o); }
  bool operator==(const ByteView& o) const {
    return std::string_view(*this) == std::string_view(o);
  }

 private:
  char* data_;
  size_t size_;
};

// The bytes of a TypedArray or DataView (Node's ArrayBufferView), with `array_buffer` also
// of an ArrayBuffer; none for anything else.
struct BufferData {
  ByteView bytes;
};
std::optional<BufferData> BufferBytes(js::Vm& vm, js::Value v, bool array_buffer = false);

// A new Buffer holding `bytes`, over an ArrayBuffer of its own (what Node's C++ side makes).
js::Value NewBuffer(Process& p, std::string_view bytes);
// A Buffer over `length` bytes of what `of` views (a view or an ArrayBuffer) from `offset`
// (buf.subarray, Buffer.from(arrayBuffer, offset, length)): writes show in both.
js::Value NewBufferView(Process& p, js::Value of, size_t offset, size_t length);
// An ArrayBuffer holding `bytes` (crypto.hkdf's result).
js::Value NewArrayBuffer(Process& p, std::string_view bytes);
// The bytes of a Buffer, or of a string in `encoding` (utf8 when empty); false otherwise.
bool BytesOf(js::Vm& vm, js::Value v, std::string_view encoding, std::string* out);
// Decodes bytes as Buffer.prototype.toString(encoding) does (utf8 for unknown names).
std::string DecodeBytes(std::string_view bytes, std::string_view encoding);
// Node's ERR_INVALID_ARG_TYPE / ERR_OUT_OF_RANGE / ERR_UNKNOWN_ENCODING TypeErrors and
// RangeErrors, with messages as lib/internal/errors.js words them.
js::Completion ThrowArgType(js::Vm& vm, std::string_view name, std::string_view expected,
                            js::Value actual);
js::Completion ThrowOutOfRange(js::Vm& vm, std::string_view name, std::string_view range,
                               double received);
// Buffer.prototype's methods (buffer_methods.cpp), installed on `proto`.
void InstallBufferMethods(Process& p, js::Value proto);

}  // namespace loopscope::node
