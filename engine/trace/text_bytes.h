// engine/trace/text_bytes.h — exporting texts that are not valid UTF-8.
//
// A program's console text, labels and source are bytes: a lone surrogate ('\ud800') or
// random bytes decoded as latin1 make texts that are not valid UTF-8, which JSON cannot
// hold as a string. The exports must still write a valid file: the `--trace` document
// stores such a text as hex under `<key>_hex` (docs/trace-format.md), which its loader
// turns back into the same bytes; the Chrome export, which nothing loads back, shows
// U+FFFD in their place.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace loopscope::trace {

// Well-formed UTF-8 (Unicode 15, table 3-7): no overlongs, no surrogates, nothing past
// U+10FFFF — exactly what nlohmann::json accepts when it dumps a string.
bool IsUtf8(std::string_view s);

// The length of the well-formed UTF-8 sequence at `i` (table 3-7), or, negated, the length
// of the maximal ill-formed subpart there (what a decoder replaces by one U+FFFD).
// `allow_surrogates` also accepts ED A0..BF xx, the generalised-UTF-8 form in which the
// engine keeps a lone surrogate. IsUtf8 and engine/node/well_formed.cpp both use it.
int Utf8SequenceAt(std::string_view s, size_t i, bool allow_surrogates = false);

std::string ToHex(std::string_view bytes);
// The bytes of an even-length string of hex digits, or nullopt.
std::optional<std::string> FromHex(std::string_view hex);

}  // namespace loopscope::trace
