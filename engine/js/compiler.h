// engine/js/compiler.h — from the analysed syntax tree to bytecode Protos.
//
// One FunctionCompiler per function literal, nested like the source. Storage: a variable
// that no inner function captures lives in a frame register; a captured one lives in its
// scope's Env (a heap cell), which loops copy per iteration for `let` (ECMA-262 14.7.4.4
// CreatePerIterationEnvironment). `finally` blocks are compiled inline on every exit path
// (normal, break/continue/return) and once more as an exception handler that rethrows.
// Where to look next: bytecode.h (the instruction set), interpreter.cpp.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "engine/js/ast.h"
#include "engine/js/object.h"
#include "engine/js/scope.h"

namespace loopscope::js {

class Runtime;

// Compiles a whole analysed program into the Proto of its top level. Errors found while
// compiling (for example `break` outside a loop) are appended to `diagnostics`.
Proto* CompileProgram(Runtime& rt, Ast& ast, std::shared_ptr<const std::string> file, bool internal,
                      std::vector<Diagnostic>& diagnostics);

}  // namespace loopscope::js
