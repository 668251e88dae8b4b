// engine/js/module_syntax.h — what the parser learns from an ES module's import and export
// declarations (ECMA-262 16.2.1.6 ParseModule: RequestedModules, ImportEntries,
// LocalExportEntries, IndirectExportEntries, StarExportEntries).
//
// The declarations themselves leave only their inner declaration (or nothing) in the tree;
// the embedder links modules from these tables (engine/node/esm_loader.h), and scope
// analysis turns each imported name into a read of the exporting module's namespace.
#pragma once

#include <string>
#include <vector>

#include "engine/js/embedder.h"

namespace loopscope::js {

// `import_name` is "*" for `import * as ns` (the whole namespace).
struct ImportEntry {
  std::string specifier;
  std::string import_name;
  std::string local_name;
  SourceLoc loc;
};

// Local: `local_name` set, `specifier` empty. Indirect: `specifier` and `import_name` set
// ("*" for `export * as ns from`). Star (`export * from`): `export_name` empty.
struct ExportEntry {
  std::string export_name;
  std::string local_name;
  std::string specifier;
  std::string import_name;
  SourceLoc loc;
};

struct ModuleSyntax {
  std::vector<std::string> requested;  // specifiers, first appearance order, no repeats
  std::vector<SourceLoc> requested_at;
  std::vector<ImportEntry> imports;
  std::vector<ExportEntry> exports;
  bool has_top_level_await = false;
  // The local name a default export expression is stored in (unreachable from the source).
  static constexpr const char* kDefaultLocal = "*default*";
};

}  // namespace loopscope::js
