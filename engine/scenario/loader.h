// engine/scenario/loader.h — turn a `.js` or `.json` file into a validated Scenario.
//
// A `.js` file becomes a Scenario with the default environment; a `.json` scenario is
// parsed and checked against docs/scenario-format.md. Files are untrusted input: every
// problem becomes a located Diagnostic and nothing half-loads. The program text itself is
// compiled elsewhere (node::CheckProgram). Implementation: loader.cpp (entry points),
// json_text.cpp (size/depth/UTF-8 pre-checks), validate.cpp (the schema).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "engine/scenario/scenario.h"

namespace loopscope::scenario {

// One load error. Either a text position (line/col, 1-based, for malformed files) or a
// JSON pointer (for schema errors); ToString() renders the form the CLI prints:
//   "f.json:3:14: error: ..."  or  "f.json: error: /environment/threadpool_size: expected ..."
struct Diagnostic {
  std::string file;
  uint32_t line = 0, col = 0;  // 0 when the error has no text position
  std::string json_pointer;    // empty when the error is not about one value
  std::string message;
  std::string ToString() const;
};

struct LoadResult {
  std::optional<Scenario> scenario;  // set only when errors is empty
  std::vector<Diagnostic> errors;
  bool ok() const { return scenario.has_value() && errors.empty(); }
};

// Reads `path` and loads it by extension (".js" or ".json"); anything else is an error.
LoadResult LoadFile(const std::string& path);

// Same as LoadFile, with the file's text already in memory. `path` names the file in
// diagnostics and anchors a relative `source_file`.
LoadResult LoadFromText(std::string_view text, const std::string& path);

}  // namespace loopscope::scenario
