// engine/js/debug.cpp — the disassembler (see debug.h).
//
// Walks a Proto's code with the operand counts of bytecode.h's table, printing each
// instruction with its source position, then the nested functions' code.
// Where to look next: compiler.cpp (what emits these instructions).
#include "engine/js/debug.h"

#include <cstring>

#include "engine/js/bytecode.h"

namespace loopscope::js {

std::string Disassemble(const Proto* proto) {
  std::string out =
      "== " + (proto->name.empty() ? std::string("<anonymous>") : proto->name) + " ==\n";
  std::vector<const Proto*> nested;
  for (size_t ip = 0; ip < proto->code.size();) {
    uint8_t op = proto->code[ip];
    const OpInfo& info = kOpInfo[op];
    SourceLoc loc = proto->LocAt(static_cast<uint32_t>(ip));
    out += std::to_string(ip) + "\t" + std::to_string(loc.line) + ":" + std::to_string(loc.col) +
           "\t" + std::string(info.name);
    for (int i = 0; i < info.operands; ++i) {
      uint32_t v;
      std::memcpy(&v, &proto->code[ip + 1 + 4 * static_cast<size_t>(i)], 4);
      out += " " + std::to_string(v);
    }
    out += "\n";
    ip += 1 + 4 * static_cast<size_t>(info.operands);
  }
  for (Value k : proto->constants)
    if (k.Is(CellKind::kProto)) out += Disassemble(k.As<Proto>());
  return out;
}

}  // namespace loopscope::js
