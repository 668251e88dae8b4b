// engine/node/modules/buffer.h — Buffer: bytes the modules hand to JavaScript.
//
// fs.readFile without an encoding, crypto and zlib results are Buffers. A Buffer here is a
// host object over a byte string whose elements are its bytes (`buf[0] = 300` stores 44),
// with Buffer.prototype's methods (buffer_methods.cpp), every encoding of encodings.h and
// Node's printing, `<Buffer 68 69>`. subarray/slice views share the bytes, as in Node.
#pragma once

#include <algorithm>
#include <memory>
#include <span>
#include <string>
#include <string_view>

#include "engine/js/vm.h"
#include "engine/node/host_record.h"

namespace loopscope::node {

class Process;

// The bytes live outside the JavaScript heap, like V8's ArrayBuffer backing stores, and are
// reported to the Vm as external memory for as long as a Buffer viewing them lives (the heap
// limit). Their size never changes, so views stay valid.
struct ByteStore {
  ByteStore(js::Vm& vm, std::string b) : bytes(std::move(b)), vm_(vm), counted_(bytes.size()) {
    vm_.AdjustExternalMemory(static_cast<int64_t>(counted_));
  }
  ~ByteStore() { vm_.AdjustExternalMemory(-static_cast<int64_t>(counted_)); }
  ByteStore(const ByteStore&) = delete;
  ByteStore& operator=(const ByteStore&) = delete;
  std::string bytes;

 private:
  js::Vm& vm_;
  size_t counted_;
};

// A fixed-size window on a ByteStore: what a Buffer's methods read and write.
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

// A Buffer (or hkdf's ArrayBuffer): a view on a store that subarray/slice views share.
struct BufferData : HostRecord {
  static constexpr HostKind kKind = HostKind::kBuffer;
  BufferData(std::shared_ptr<ByteStore> s, size_t offset, size_t length)
      : HostRecord(kKind), store(std::move(s)), bytes(store->bytes.data() + offset, length) {}
  BufferData(js::Vm& vm, std::string b)
      : BufferData(std::make_shared<ByteStore>(vm, std::move(b)), 0, 0) {
    bytes = ByteView(store->bytes.data(), store->bytes.size());
  }
  std::shared_ptr<ByteStore> store;
  ByteView bytes;
  bool array_buffer = false;  // an ArrayBuffer (no elements, not a Buffer)
};

// A new Buffer holding `bytes`.
js::Value NewBuffer(Process& p, std::string bytes);
// A Buffer over `length` bytes of `of` from `offset` (buf.subarray): writes show in both.
js::Value NewBufferView(Process& p, const BufferData& of, size_t offset, size_t length);
// An ArrayBuffer holding `bytes` (crypto.hkdf's result); Buffer.from copies it.
js::Value NewArrayBuffer(Process& p, std::string bytes);
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
