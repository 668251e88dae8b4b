// engine/node/text_coding_global.h — the WHATWG Encoding globals of node 20, TextEncoder and
// TextDecoder (lib/internal/encoding.js over src/encoding_binding.cc and ICU's converters):
// UTF-8 both ways, and decoding of UTF-16LE/BE and windows-1252 (which node decodes as
// latin1). The classes are lib/text_coding.js; their instances are host objects whose state
// and printing live in text_coding_global.cpp. util.TextEncoder/TextDecoder are the same.
#pragma once

#include "engine/js/vm.h"

namespace loopscope::node {

class Modules;

// Defines `TextEncoder` and `TextDecoder` on `global` (not enumerable, as node's are) and
// returns lib/text_coding.js's exports, { TextEncoder, TextDecoder }.
js::Value InstallTextCoding(Modules& modules, js::Vm& vm, js::Value global);

}  // namespace loopscope::node
