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

}  // namespace loopscope::js
