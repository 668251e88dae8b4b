// engine/js/ast.h — the syntax tree: one generic node type, owned by an arena.
//
// Every node carries its line:column. Fields are used per kind as documented on the enum
// (a, b, c, d are children; list holds sequences). The scope analysis (scope.h) annotates
// identifiers with their Variable and functions with their FunctionInfo.
// Where to look next: parser.h (builds it), scope.h (annotates it), compiler.cpp.
#pragma once

#include <deque>
#include <memory>
#include <string>
#include <vector>

#include "engine/js/embedder.h"
#include "engine/js/module_syntax.h"

namespace loopscope::js {

struct Variable;
struct Scope;

enum class NodeKind : uint8_t {
  // Expressions
  kNumber,    // num
  kBigInt,    // str: the literal's text without separators and `n`
  kString,    // str
  kTemplate,  // list: String, expr, String, ... (op = raw text; flag kRawOnly)
  kIdent,     // str; var after scope analysis (null = global)
  kThis,      // var = the function's `this` binding
  kSuper,     // only as callee (super(...)) or member object (super.x)
  kNull,
  kTrue,
  kFalse,
  kArray,          // list (null entries are holes; Spread allowed)
  kObject,         // list of Property
  kProperty,       // a = key (String, or expr when computed), b = value; flags
  kFunction,       // func (expression, declaration, arrow or method)
  kClass,          // str = name, a = superclass, b = constructor Function, list = ClassMember;
                   // op = the name as written ("anonymous" if none); scope (private names)
  kClassMember,    // a = key, b = Function (or a field's initializer, may be null); flags kStatic,
                   // kComputed, kField, kPrivate, kStaticBlock; c = the Ident of the hidden
                   // binding holding a private name or a computed field's key
  kUnary,          // op, a            (- + ! ~ typeof void delete)
  kUpdate,         // op ("++"/"--"), a, flags kPrefix
  kBinary,         // op, a, b; op_loc
  kLogical,        // op ("&&" "||" "??"), a, b
  kAssign,         // op ("=" "+=" ...), a = target (pattern for "="), b = value
  kConditional,    // a ? b : c
  kCall,           // a = callee, list = args; flags kOptional (a?.())
  kNew,            // a = callee, list = args
  kMember,         // a = object, b = key (String when not computed, a kPrivate Ident for
                   // `o.#x`); flags kComputed, kOptional
  kOptionalChain,  // a = the chain (short-circuits to undefined)
  kSequence,       // list
  kSpread,         // a
  kAwait,          // a
  kRegExp,         // str = pattern, op = flags (both checked by the parser)
  kYield,          // a (may be null); flags kDelegate for yield*
  kNewTarget,      // new.target
  kTemplateSite,   // list: a tagged template's String chunks (its call's first argument)
  // Patterns
  kArrayPattern,   // list (null = elision; Rest last)
  kObjectPattern,  // list of PatternProperty, Rest last
  kPatternProp,    // a = key (String or computed expr), b = target pattern; flags kComputed
  kAssignPattern,  // a = target, b = default value
  kRest,           // a = target
  // Statements
  kVarDecl,     // op ("var" "let" "const"), list of Declarator
  kDeclarator,  // a = target, b = init (may be null)
  kReturn,      // a (may be null)
  kIf,          // a test, b then, c else
  kFor,         // a init, b test, c update, d body (each may be null); scope
  kForIn,       // a = left (VarDecl or pattern), b = object, c = body; scope
  kForOf,       // same as kForIn
  kWhile,       // a test, b body
  kDoWhile,     // a body, b test
  kBreak,
  kContinue,
  kLabelled,  // str = label, a = body (a break/continue's label: str, located at op_loc)
  kThrow,     // a
  kTry,       // a block, b catch param (may be null), c handler, d finalizer; scope (catch)
  kSwitch,    // a discriminant, list of Case; scope
  kCase,      // a test (null = default), list = body
  kBlock,     // list; scope
  kExprStmt,  // a
  kEmpty,
  kFuncDecl,   // func
  kClassDecl,  // a = Class node
  kProgram,    // list
};

// Node flags.
enum : uint32_t {
  kComputed = 1,
  kShorthand = 2,
  kMethod = 4,
  kStatic = 8,
  kPrefix = 16,
  kOptional = 32,
  kSpreadProp = 64,
  kParenthesized = 128,
  kField = 256,
  kGetter = 512,     // `get key() {}` in an object literal or class (with kMethod in literals)
  kSetter = 1024,    // `set key(v) {}`
  kDelegate = 2048,  // yield*
  kRawOnly = 4096,   // a tagged template chunk with an invalid escape: no cooked string
  // Class members: `#x` (a member, or an Ident naming its hidden binding), `static { ... }`
  // (a ClassMember whose b is a method of the class).
  kPrivate = 8192,
  kStaticBlock = 16384,
  kForAwait = 32768,  // for await (x of y)
  // A spread element or property followed by a comma (`[...x,]`, `{...x,}`): a literal may
  // have one, a rest element may not (ECMA-262 13.15.5: AssignmentRestElement is last).
  kCommaAfter = 65536,
};

struct Node;

// A function literal: declaration, expression, arrow, method or class constructor.
struct FunctionInfo {
  std::string name;
  std::vector<Node*> params;  // patterns; the last may be a Rest
  std::vector<Node*> fields;  // class constructor: the instance fields (kClassMember, kField)
  Node* body = nullptr;       // a Block, or the expression of an expression-bodied arrow
  // Class constructor: the instance's private methods and accessors (`#m()`, `get #p()`).
  std::vector<Node*> private_methods;
  bool is_arrow = false;
  bool is_async = false;
  bool is_generator = false;  // function*, *method()
  bool expression_body = false;
  bool is_method = false;  // object or class method (not a constructor)
  bool is_class_ctor = false;
  bool is_derived = false;        // constructor of a class with `extends`
  bool synthesized_ctor = false;  // a class without an explicit constructor
  bool is_class = false;          // the constructor function stands for a class
  bool in_class = false;          // class constructor or method: strict mode code
  bool uses_arguments = false;    // mentions `arguments` (set by scope analysis)
  bool mapped_arguments = false;  // ... and its arguments object is mapped to the parameters
  SourceLoc loc;
  SourceLoc name_loc;      // a declaration's or function expression's name, when it has one
  Scope* scope = nullptr;  // the function's parameter/body scope (scope analysis)
  // An ES module's body (Vm::CompileModule): its imports become kImport bindings that read
  // the parameter `ModuleHolderParam(i)` of the module they come from.
  const ModuleSyntax* module = nullptr;
};

// The hidden parameter of a module body that holds its i-th requested module's namespace.
inline std::string ModuleHolderParam(size_t i) {
  return "%m" + std::to_string(i);
}

struct Node {
  NodeKind kind;
  SourceLoc loc;
  uint32_t flags = 0;
  std::string op;
  std::string str;
  double num = 0;
  Node* a = nullptr;
  Node* b = nullptr;
  Node* c = nullptr;
  Node* d = nullptr;
  std::vector<Node*> list;
  FunctionInfo* func = nullptr;
  Variable* var = nullptr;  // kIdent / kThis: the resolved binding
  Scope* scope = nullptr;   // block-like nodes: the scope they open
  // for-in/of with a let/const head: the scope its expression runs in, holding the bound
  // names uninitialised (ECMA-262 14.7.5.6 ForIn/OfHeadEvaluation step 2, the TDZ).
  Scope* head_scope = nullptr;
  SourceLoc op_loc;  // kBinary: the operator, where V8 reports a failed operation
};

// The statement under the labels of `a: b: stmt` (itself when unlabelled): a labelled
// function declaration is declared with the statement list around it (ECMA-262 14.13.2).
inline Node* Unlabelled(Node* s) {
  while (s->kind == NodeKind::kLabelled) s = s->a;
  return s;
}

// ECMA-262 11.2.1 Directive Prologues: the leading "use strict" string statement of a
// body, or null.
inline const Node* UseStrictDirective(const std::vector<Node*>& body) {
  for (const Node* s : body) {
    if (s->kind != NodeKind::kExprStmt || s->a->kind != NodeKind::kString) return nullptr;
    if (s->a->str == "use strict") return s;
  }
  return nullptr;
}

// Owns all nodes and function infos of one parse.
class Ast {
 public:
  Node* Make(NodeKind kind, SourceLoc loc) {
    nodes_.push_back(Node{kind, loc});
    return &nodes_.back();
  }
  FunctionInfo* MakeFunction() {
    functions_.emplace_back();
    return &functions_.back();
  }
  Node* root = nullptr;
  bool is_module = false;
  ModuleSyntax module;  // filled when is_module

 private:
  std::deque<Node> nodes_;
  std::deque<FunctionInfo> functions_;
};

}  // namespace loopscope::js
