// engine/scenario/sibling_modules.h — the modules a program run from disk imports from its own
// folder (`require('./util')`, `import { x } from './lib/x.mjs'`), copied into its virtual files.
//
// The simulator never reads the host's disk while a program runs (docs/engine.md, "The program's
// files"), so the files a program's modules need are read once, at load time: the relative
// specifiers written as string literals in `require(…)`, `import(…)`, `import … from`,
// `export … from`, `new Worker(…)` and `new URL(…)` (a worker's file), followed from file to file.
// Only regular files inside the program's folder (after symlinks) are read; a specifier built at
// run time is not seen, and such a require fails as node's would for a missing file.
#pragma once

#include <string>
#include <vector>

#include "engine/scenario/loader.h"
#include "engine/scenario/scenario.h"

namespace loopscope::scenario {

inline constexpr size_t kMaxSiblingModules = 200;

// Adds to `s.environment.files` each module reached from `s.source`, keyed by its path relative
// to the program's folder. Returns diagnostics for a reached file that cannot be a module
// (too large, not UTF-8) or for too many of them; none when everything reached loaded.
std::vector<Diagnostic> AddSiblingModules(Scenario& s, const std::string& program_path);

// The relative specifiers ("./x", "../y/z.js") written as literals in `source`, in order.
std::vector<std::string> RelativeSpecifiers(std::string_view source);

}  // namespace loopscope::scenario
