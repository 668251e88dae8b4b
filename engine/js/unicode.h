// engine/js/unicode.h — UTF-8 (how strings are stored) to UTF-16 (how JavaScript indexes
// them) and back.
//
// ASCII text never needs these; they serve indexing and case mapping of other text.
// Where to look next: builtins_string.cpp, properties.cpp.
#pragma once

#include <string>
#include <string_view>

namespace loopscope::js {

std::u16string ToU16(std::string_view s);
std::string FromU16(std::u16string_view s);
// The length JavaScript sees: UTF-16 code units (a 4-byte UTF-8 sequence is two).
size_t Utf16Units(std::string_view s);

// Strings are stored as generalized UTF-8 (WTF-8): a lone surrogate is the 3-byte
// sequence ED A0..BF xx, so it survives every operation as one UTF-16 unit. A high
// surrogate followed by a low one is the character they make, as in UTF-16, so where two
// meet (concatenation, a join, '\\ud801\\udc28') they are rewritten as its 4-byte sequence
// and '\\ud801\\udc28' === '\\u{10428}'. True when `s` holds such a meeting.
bool HasSplitSurrogatePair(std::string_view s);
// Rewrites every high+low surrogate pair of `s` as the 4-byte sequence of its code point.
void JoinSurrogatePairs(std::string& s);

}  // namespace loopscope::js
