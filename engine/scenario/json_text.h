// engine/scenario/json_text.h — from untrusted bytes to a JSON DOM, or a located error.
//
// Owns the checks that must happen before (or instead of) building a DOM: UTF-8 validity,
// nesting depth (a 1,000,000-deep `[[[[` must neither overflow the stack while parsing
// nor while destroying the tree), JSON syntax with `line:col`, and duplicate keys.
// The schema itself is checked by validate.h.
#pragma once

#include <cstddef>
#include <cstdint>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "engine/scenario/loader.h"

namespace loopscope::scenario {

inline constexpr int kMaxJsonDepth = 64;

// 1-based line and column of byte `offset`; the column counts code points, as editors do.
struct TextPosition {
  uint32_t line = 1;
  uint32_t col = 1;
};
TextPosition PositionOf(std::string_view text, size_t offset);

// The byte offset of the first invalid UTF-8 sequence (overlong forms, surrogates and
// code points above U+10FFFF included), or nullopt when the text is valid.
std::optional<size_t> FindInvalidUtf8(std::string_view text);

// A diagnostic at byte `offset` of `text`.
Diagnostic DiagnosticAt(std::string_view text, size_t offset, const std::string& file,
                        std::string message);

struct ParsedJson {
  std::optional<nlohmann::json> value;  // set only when errors is empty
  std::vector<Diagnostic> errors;
};

// UTF-8, depth and syntax checks, then the DOM. Duplicate keys are errors (JSON leaves
// them undefined; silently keeping the last one would hide a mistake).
ParsedJson ParseJsonText(std::string_view text, const std::string& file);

// "/a/b~1c" from path components, escaping `~` and `/` as RFC 6901 says.
std::string AppendPointer(const std::string& pointer, std::string_view token);

}  // namespace loopscope::scenario
