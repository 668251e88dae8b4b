// engine/js/scope.h — scope analysis: which declaration every name refers to.
//
// Runs after parsing and before compiling. It hoists `var` and function declarations,
// opens block scopes for let/const/class, resolves each identifier to its Variable (or to
// the global object when undeclared) and marks variables that inner functions capture;
// only those live in heap environments, the rest stay in frame registers.
// Where to look next: compiler.cpp (assigns storage and emits code from these tables).
#pragma once

#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "engine/js/ast.h"

namespace loopscope::js {

// kCallee: a named function expression's own name, bound to the function inside its body
// (ECMA-262 15.2.5 InstantiateOrdinaryFunctionExpression step 3).
// kArguments: the implicit `arguments` object of a non-arrow function that mentions it.
// kImport: an ES module's imported binding (ECMA-262 16.2.1.6.4 InitializeEnvironment
// step 7); every reference to it is rewritten into a read of `import_holder` (the hidden
// parameter holding the exporting module's namespace), so it stays live.
enum class VarKind : uint8_t {
  kVar,
  kLet,
  kConst,
  kFunction,
  kParam,
  kClass,
  kThis,
  kCatch,
  kCallee,
  kArguments,
  kImport
};

struct Variable {
  std::string name;
  VarKind kind = VarKind::kVar;
  Scope* scope = nullptr;
  bool captured = false;  // referenced from a nested function: lives in the scope's Env
  int slot = -1;          // register index, or index in the Env (set by the compiler)
  SourceLoc loc;          // the first declaration (where a conflicting one is reported)
  // A parameter of a list with defaults, patterns or rest: bound in order, so reading it
  // before its turn throws, as a let would (ECMA-262 10.2.11 steps 21 and 26).
  bool param_tdz = false;
  Variable* import_holder = nullptr;  // kImport: the namespace parameter
  std::string import_name;            // kImport: the export read ("*": the namespace itself)
  bool NeedsTdz() const {
    return kind == VarKind::kLet || kind == VarKind::kConst || kind == VarKind::kClass || param_tdz;
  }
};

struct Scope {
  Scope* parent = nullptr;
  FunctionInfo* function = nullptr;  // the function this scope belongs to (null: the script)
  bool is_function_scope = false;
  std::vector<Variable*> vars;  // in declaration order
  std::unordered_map<std::string, Variable*> names;
  int env_size = 0;  // captured variables (set by the compiler)
  bool HasEnv() const { return env_size > 0; }
  Variable* Find(const std::string& name) const {
    auto it = names.find(name);
    return it == names.end() ? nullptr : it->second;
  }
};

// Owns the scopes and variables of one program.
class ScopeTable {
 public:
  Scope* NewScope(Scope* parent, FunctionInfo* function, bool is_function_scope);
  Variable* Declare(Scope* scope, const std::string& name, VarKind kind, SourceLoc loc = {});
  Scope* root = nullptr;

 private:
  std::vector<std::unique_ptr<Scope>> scopes_;
  std::vector<std::unique_ptr<Variable>> vars_;
};

// Annotates `ast` (Ident::var, Node::scope, FunctionInfo::scope). Reports the early errors
// about bindings as diagnostics worded like V8's: redeclarations ("Identifier 'x' has
// already been declared"), duplicate parameters, strict mode's reserved names.
void AnalyzeScopes(Ast& ast, ScopeTable& table, const std::string& file,
                   std::vector<Diagnostic>& diagnostics);

}  // namespace loopscope::js
