// engine/node/well_formed.h — where JavaScript strings become UTF-8 bytes, and back.
//
// The engine stores strings as UTF-8, with a lone surrogate ('\ud800') kept as its 3-byte
// generalised-UTF-8 form (ED A0 80) so string indexing stays exact. Node never lets such
// bytes out: V8's String::WriteUtf8 writes each lone surrogate as U+FFFD (console.log,
// process.stdout.write, Buffer.from(string)), and its UTF-8 decoder (buf.toString())
// replaces each maximal ill-formed subpart with U+FFFD, as the WHATWG Encoding standard's
// "UTF-8 decode" does. Both are here, so the program's output is byte-identical to Node's.
#pragma once

#include <string>
#include <string_view>

namespace loopscope::node {

bool IsAscii(std::string_view s);  // then both conversions below return it unchanged

// Bytes → string (buf.toString('utf8')): each maximal ill-formed subpart becomes U+FFFD.
std::string DecodeUtf8(std::string_view bytes);

// String → bytes (console output, Buffer.from(string)): each lone surrogate becomes U+FFFD.
std::string EncodeUtf8(std::string_view text);

}  // namespace loopscope::node
