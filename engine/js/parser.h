// engine/js/parser.h — recursive-descent statements, Pratt-table expressions.
//
// Parse() returns an Ast and every error it found: after an error the parser skips to the
// next statement boundary and goes on, so one run reports several. Messages follow V8
// ("Unexpected token ')'", "missing ) after argument list", "Unexpected end of input");
// constructs outside the supported subset are reported by name.
// Where to look next: ast.h (the output), scope.h (the next stage).
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "engine/js/ast.h"
#include "engine/js/embedder.h"

namespace loopscope::js {

struct ParseResult {
  std::unique_ptr<Ast> ast;
  std::vector<Diagnostic> diagnostics;
};

// Parses a whole program (a script or a CommonJS function body: `return` is allowed at top
// level, as Node's module wrapper allows it).
ParseResult Parse(std::string_view source, const std::string& file_name);
// Parses an ES module (ECMA-262 16.2): import/export declarations at top level (recorded in
// Ast::module), `await` at top level; the tree is then wrapped like a script's.
ParseResult ParseModule(std::string_view source, const std::string& file_name);

}  // namespace loopscope::js
