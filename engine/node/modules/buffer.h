// engine/node/modules/buffer.h — Buffer: bytes the modules hand to JavaScript.
//
// fs.readFile without an encoding, crypto and zlib results are Buffers. A Buffer here is a
// host object over a byte string with the methods puzzles use (toString with utf8, hex,
// base64 or latin1, length, slice, equals) and Node's printing, `<Buffer 68 69>`.
#pragma once

#include <string>
#include <string_view>

#include "engine/js/vm.h"
#include "engine/node/host_record.h"

namespace loopscope::node {

class Process;

struct BufferData : HostRecord {
  static constexpr HostKind kKind = HostKind::kBuffer;
  explicit BufferData(std::string b) : HostRecord(kKind), bytes(std::move(b)) {}
  std::string bytes;
};

// A new Buffer holding `bytes`.
js::Value NewBuffer(Process& p, std::string bytes);
// The bytes of a Buffer, or of a string in `encoding` (utf8 when empty); false otherwise.
bool BytesOf(js::Vm& vm, js::Value v, std::string_view encoding, std::string* out);
// Decodes bytes as Buffer.prototype.toString(encoding) does.
std::string DecodeBytes(const std::string& bytes, std::string_view encoding);

}  // namespace loopscope::node
