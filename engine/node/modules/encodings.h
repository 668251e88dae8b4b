// engine/node/modules/encodings.h — Node's Buffer encodings, one table.
//
// Strings in the engine are UTF-8; a Buffer is bytes. Encode turns a JavaScript string into
// bytes as Buffer.from(string, encoding) does, Decode turns bytes into a string as
// buf.toString(encoding) does (lib/buffer.js, src/string_bytes.cc).
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace loopscope::node {

enum class Encoding { kUtf8, kUtf16le, kLatin1, kAscii, kBase64, kBase64url, kHex };

// Node's normalizeEncoding (lib/internal/util.js): case-insensitive, with the aliases
// utf-8, ucs2, ucs-2, utf-16le, binary. nullopt for anything else.
std::optional<Encoding> ParseEncoding(std::string_view name);

std::string Encode(std::string_view text, Encoding e);
std::string Decode(std::string_view bytes, Encoding e);
// Buffer.byteLength(string, encoding): base64 counts by length, as lib/buffer.js does.
size_t EncodedLength(std::string_view text, Encoding e);

}  // namespace loopscope::node
