// engine/node/modules/buffer.h — Buffer: bytes the modules hand to JavaScript.
//
// fs.readFile without an encoding, crypto and zlib results are Buffers. A Buffer here is a
// host object over a byte string whose elements are its bytes (`buf[0] = 300` stores 44),
// with Buffer.prototype's methods (buffer_methods.cpp), every encoding of encodings.h and
// Node's printing, `<Buffer 68 69>`. slice/subarray copy (Node shares the memory).
#pragma once

#include <string>
#include <string_view>

#include "engine/js/vm.h"
#include "engine/node/host_record.h"

namespace loopscope::node {

class Process;

// The bytes live outside the JavaScript heap, like V8's ArrayBuffer backing stores, and are
// reported to the Vm as external memory for as long as the Buffer lives (the heap limit).
struct BufferData : HostRecord {
  static constexpr HostKind kKind = HostKind::kBuffer;
  BufferData(js::Vm& vm, std::string b) : HostRecord(kKind), bytes(std::move(b)), vm_(vm), counted_(bytes.size()) {
    vm_.AdjustExternalMemory(static_cast<int64_t>(counted_));
  }
  ~BufferData() { vm_.AdjustExternalMemory(-static_cast<int64_t>(counted_)); }
  BufferData(const BufferData&) = delete;
  BufferData& operator=(const BufferData&) = delete;
  std::string bytes;
  bool array_buffer = false;  // an ArrayBuffer's store (no elements, not a Buffer)

 private:
  js::Vm& vm_;
  size_t counted_;
};

// A new Buffer holding `bytes`.
js::Value NewBuffer(Process& p, std::string bytes);
// An ArrayBuffer holding `bytes` (crypto.hkdf's result); Buffer.from copies it.
js::Value NewArrayBuffer(Process& p, std::string bytes);
// The bytes of a Buffer, or of a string in `encoding` (utf8 when empty); false otherwise.
bool BytesOf(js::Vm& vm, js::Value v, std::string_view encoding, std::string* out);
// Decodes bytes as Buffer.prototype.toString(encoding) does (utf8 for unknown names).
std::string DecodeBytes(const std::string& bytes, std::string_view encoding);
// Node's ERR_INVALID_ARG_TYPE / ERR_OUT_OF_RANGE / ERR_UNKNOWN_ENCODING TypeErrors and
// RangeErrors, with messages as lib/internal/errors.js words them.
js::Completion ThrowArgType(js::Vm& vm, std::string_view name, std::string_view expected,
                            js::Value actual);
js::Completion ThrowOutOfRange(js::Vm& vm, std::string_view name, std::string_view range,
                               double received);
// Buffer.prototype's methods (buffer_methods.cpp), installed on `proto`.
void InstallBufferMethods(Process& p, js::Value proto);

}  // namespace loopscope::node
