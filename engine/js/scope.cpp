// engine/js/scope.cpp — the scope analysis pass (see scope.h).
//
// One walk over the tree: hoisting first (var and function declarations, then the
// lexical declarations of each block), then name resolution with capture marking.
// Where to look next: compiler.cpp.
#include "engine/js/scope.h"

#include <algorithm>
#include <memory>

namespace loopscope::js {

Scope* ScopeTable::NewScope(Scope* parent, FunctionInfo* function, bool is_function_scope) {
  scopes_.push_back(std::make_unique<Scope>());
  Scope* s = scopes_.back().get();
  s->parent = parent;
  s->function = function;
  s->is_function_scope = is_function_scope;
  return s;
}

Variable* ScopeTable::Declare(Scope* scope, const std::string& name, VarKind kind, SourceLoc loc) {
  if (Variable* existing = scope->Find(name)) {
    // A function declaration replaces an earlier var or function of the same name, and a
    // parameter or declaration shadows a function expression's own name.
    if (kind == VarKind::kFunction || existing->kind == VarKind::kCallee) existing->kind = kind;
    return existing;
  }
  vars_.push_back(std::make_unique<Variable>());
  Variable* v = vars_.back().get();
  v->name = name;
  v->kind = kind;
  v->scope = scope;
  v->loc = loc;
  scope->vars.push_back(v);
  scope->names.emplace(name, v);
  return v;
}

namespace {

// ECMA-262 13.1.1: names a strict mode binding or reference may not use.
bool IsStrictReservedWord(const std::string& name) {
  static constexpr std::string_view kWords[] = {"implements", "interface", "let",
                                                "package",    "private",   "protected",
                                                "public",     "static",    "yield"};
  for (std::string_view w : kWords)
    if (name == w) return true;
  return false;
}

bool IsLexical(const Variable* v) {
  return v->kind == VarKind::kLet || v->kind == VarKind::kConst || v->kind == VarKind::kClass ||
         v->kind == VarKind::kFunction;
}

// V8 reports a conflict between two declarations at the one later in the source.
SourceLoc Later(SourceLoc a, SourceLoc b) {
  return (a.line > b.line || (a.line == b.line && a.col > b.col)) ? a : b;
}

// ECMA-262 15.1.3 IsSimpleParameterList: identifiers only, no defaults, patterns or rest.
bool IsSimpleParameterList(const FunctionInfo& f) {
  for (const Node* p : f.params)
    if (p->kind != NodeKind::kIdent) return false;
  return true;
}

class Analyzer {
 public:
  Analyzer(Ast& ast, ScopeTable& table, const std::string& file, std::vector<Diagnostic>& diags)
      : ast_(ast), table_(table), file_(file), diags_(diags) {}

  void Program(Node* program) {
    Scope* scope = table_.NewScope(nullptr, nullptr, true);
    table_.root = scope;
    program->scope = scope;
    table_.Declare(scope, "this", VarKind::kThis);
    strict_ = UseStrictDirective(program->list) != nullptr;
    HoistVars(program->list, scope);
    DeclareLexical(program->list, scope);
    for (Node* s : program->list) Visit(s, scope);
  }

 private:
  // A name can be checked both as a binding and as a reference: one report per place.
  void Error(SourceLoc loc, std::string message) {
    if (!diags_.empty() && diags_.back().loc == loc && diags_.back().message == message) return;
    diags_.push_back({file_, loc, std::move(message)});
  }

  // Collects the names a binding pattern declares.
  void BoundNames(Node* pattern, std::vector<Node*>& out) {
    if (!pattern) return;
    switch (pattern->kind) {
      case NodeKind::kIdent:
        out.push_back(pattern);
        break;
      case NodeKind::kAssignPattern:
        BoundNames(pattern->a, out);
        break;
      case NodeKind::kRest:
        BoundNames(pattern->a, out);
        break;
      case NodeKind::kPatternProp:
        BoundNames(pattern->b, out);
        break;
      case NodeKind::kArrayPattern:
      case NodeKind::kObjectPattern:
        for (Node* e : pattern->list) BoundNames(e, out);
        break;
      default:
        break;
    }
  }

  // ECMA-262 VarDeclaredNames: `var` anywhere in the function body, not in nested functions.
  void HoistVars(const std::vector<Node*>& stmts, Scope* fn_scope) {
    for (Node* s : stmts) HoistVarsIn(s, fn_scope);
  }
  void HoistVarsIn(Node* s, Scope* fn_scope) {
    if (!s) return;
    switch (s->kind) {
      case NodeKind::kVarDecl:
        if (s->op == "var") {
          for (Node* d : s->list) {
            std::vector<Node*> names;
            BoundNames(d->a, names);
            for (Node* n : names) {
              CheckBindingName(n, false);
              table_.Declare(fn_scope, n->str, VarKind::kVar, n->loc);
            }
          }
        }
        break;
      case NodeKind::kBlock:
        HoistVars(s->list, fn_scope);
        break;
      case NodeKind::kIf:
        for (; s && s->kind == NodeKind::kIf; s = s->c)
          HoistVarsIn(s->b, fn_scope);  // else-if chains
        HoistVarsIn(s, fn_scope);
        break;
      case NodeKind::kFor:
        HoistVarsIn(s->a, fn_scope);
        HoistVarsIn(s->d, fn_scope);
        break;
      case NodeKind::kForIn:
      case NodeKind::kForOf:
        HoistVarsIn(s->a, fn_scope);
        HoistVarsIn(s->c, fn_scope);
        break;
      case NodeKind::kWhile:
        HoistVarsIn(s->b, fn_scope);
        break;
      case NodeKind::kDoWhile:
      case NodeKind::kLabelled:
        HoistVarsIn(s->a, fn_scope);
        break;
      case NodeKind::kTry:
        HoistVarsIn(s->a, fn_scope);
        HoistVarsIn(s->c, fn_scope);
        HoistVarsIn(s->d, fn_scope);
        break;
      case NodeKind::kSwitch:
        for (Node* c : s->list) HoistVars(c->list, fn_scope);
        break;
      default:
        break;
    }
  }

  // Lexically scoped declarations directly in a statement list.
  void DeclareLexical(const std::vector<Node*>& stmts, Scope* scope) {
    // Names declared here by async functions or generators, which Annex B.3.2.4 leaves out.
    std::vector<std::string> special_functions;
    for (Node* statement : stmts) {
      Node* s = Unlabelled(statement);
      if (s->kind == NodeKind::kVarDecl && s->op != "var") {
        VarKind kind = s->op == "const" ? VarKind::kConst : VarKind::kLet;
        for (Node* d : s->list) {
          std::vector<Node*> names;
          BoundNames(d->a, names);
          for (Node* n : names) {
            CheckBindingName(n, true);
            DeclareChecked(scope, n, kind);
          }
        }
      } else if (s->kind == NodeKind::kFuncDecl) {
        DeclareFunction(scope, s, special_functions);
      } else if (s->kind == NodeKind::kClassDecl) {
        Node name{NodeKind::kIdent, s->a->loc};
        name.str = s->a->str;
        CheckBindingName(&name, true);
        DeclareChecked(scope, &name, VarKind::kClass);
      }
    }
  }
  void DeclareChecked(Scope* scope, Node* ident, VarKind kind) {
    if (Variable* existing = scope->Find(ident->str);
        existing && existing->kind != VarKind::kThis) {
      Error(Later(ident->loc, existing->loc),
            "Identifier '" + ident->str + "' has already been declared");
      return;
    }
    table_.Declare(scope, ident->str, kind, ident->loc);
  }
  // ECMA-262 14.2.1 / 15.2.1: a function declaration may not share its name with a
  // let/const/class of the same scope; in a block it is itself lexical, so a second
  // declaration of the name is an error too, except between two plain functions (neither
  // async nor a generator) in sloppy code (Annex B.3.2.4).
  void DeclareFunction(Scope* scope, Node* decl, std::vector<std::string>& special_functions) {
    const std::string& name = decl->func->name;
    Variable* existing = scope->Find(name);
    bool special = decl->func->is_async || decl->func->is_generator;
    bool was_special = std::find(special_functions.begin(), special_functions.end(), name) !=
                       special_functions.end();
    if (special) special_functions.push_back(name);
    bool conflict = existing && IsLexical(existing) && existing->kind != VarKind::kFunction;
    if (existing && existing->kind == VarKind::kFunction && !scope->is_function_scope)
      conflict = strict_ || special || was_special;
    if (conflict) {
      Error(Later(decl->loc, existing->loc), "Identifier '" + name + "' has already been declared");
      return;
    }
    table_.Declare(scope, name, VarKind::kFunction, decl->loc);
  }
  // ECMA-262 14.3.1.1 (`let` as a lexical name) and 13.1.1 (strict mode: eval, arguments
  // and the reserved words).
  void CheckBindingName(const Node* ident, bool lexical) {
    if (async_ && ident->str == "await") {
      ReportReservedAwait(ident);
    } else if (strict_ && (ident->str == "eval" || ident->str == "arguments")) {
      Error(ident->loc, "Unexpected eval or arguments in strict mode");
    } else if (strict_ && IsStrictReservedWord(ident->str)) {
      Error(ident->loc, "Unexpected strict mode reserved word");
    } else if (lexical && ident->str == "let") {
      Error(ident->loc, "let is disallowed as a lexically bound name");
    }
  }
  // ECMA-262 15.8.1: `await` is reserved inside async functions and, as arrows take their
  // parameters' [Await] from where they are, in the parameters of the arrows there.
  void ReportReservedAwait(const Node* ident) {
    Error(ident->loc, in_async_arrow_params_
                          ? "'await' is not a valid identifier name in an async function"
                          : "Unexpected reserved word");
  }
  // ECMA-262 14.3.2.1 / 14.12.1: a var declared inside blocks may not share a name with a
  // lexical declaration of an enclosing block (the function's own scope is checked when
  // the lexical names are declared).
  void CheckVarAgainstBlocks(const Node* ident, Scope* scope) {
    for (Scope* s = scope; s && !s->is_function_scope; s = s->parent) {
      if (Variable* v = s->Find(ident->str); v && IsLexical(v)) {
        Error(Later(ident->loc, v->loc),
              "Identifier '" + ident->str + "' has already been declared");
        return;
      }
    }
  }
  // ECMA-262 15.2.1 / 15.3.1 / 15.5.1: parameter lists. Duplicates are allowed only in
  // sloppy ordinary functions with simple lists, and a "use strict" body needs a simple
  // list. Returns the function's strictness.
  bool CheckParameters(FunctionInfo* f, const std::vector<Node*>& names) {
    bool simple = IsSimpleParameterList(*f);
    const Node* directive = f->expression_body ? nullptr : UseStrictDirective(f->body->list);
    if (directive && !simple)
      Error(directive->loc,
            "Illegal 'use strict' directive in function with non-simple parameter list");
    bool strict = strict_ || f->in_class || directive;
    bool unique = strict || !simple || f->is_arrow || f->is_method || f->is_class_ctor;
    for (size_t i = 0; i < names.size(); ++i) {
      for (size_t j = 0; unique && j < i; ++j) {
        if (names[j]->str == names[i]->str) {
          Error(names[i]->loc, "Duplicate parameter name not allowed in this context");
          break;
        }
      }
    }
    return strict;
  }

  // `target`: the name is assigned to (an import then stays a binding, which the compiler
  // refuses to store into).
  void Resolve(Node* ident, Scope* scope, bool target = false) {
    if (strict_ && IsStrictReservedWord(ident->str))
      Error(ident->loc, "Unexpected strict mode reserved word");
    bool is_arguments = ident->str == "arguments";
    for (Scope* s = scope; s; s = s->parent) {
      if (Variable* v = s->Find(ident->str)) {
        if (v->kind == VarKind::kImport && !target) return ReadImport(ident, v, scope);
        ident->var = v;
        if (v->scope->function != scope->function) v->captured = true;
        return;
      }
      // Every non-arrow function has its own `arguments`: an outer one is never reached.
      if (is_arguments && s->is_function_scope && s->function && !s->function->is_arrow) break;
    }
    if (is_arguments) return DeclareArguments(ident, scope);
    ident->var = nullptr;  // a global
  }
  // An imported name reads the exporter's namespace: `ns` itself for `import * as ns`,
  // otherwise `(0, ns.name)`, so a call through it gets an undefined `this` as a call of
  // the binding would (ECMA-262 13.3.6.1 EvaluateCall with an environment reference).
  void ReadImport(Node* ident, Variable* v, Scope* scope) {
    Variable* holder = v->import_holder;
    if (holder->scope->function != scope->function) holder->captured = true;
    if (v->import_name == "*") {
      ident->str = holder->name;
      ident->var = holder;
      return;
    }
    Node* object = ast_.Make(NodeKind::kIdent, ident->loc);
    object->str = holder->name;
    object->var = holder;
    Node* key = ast_.Make(NodeKind::kString, ident->loc);
    key->str = v->import_name;
    Node* member = ast_.Make(NodeKind::kMember, ident->loc);
    member->a = object;
    member->b = key;
    Node* zero = ast_.Make(NodeKind::kNumber, ident->loc);
    ident->kind = NodeKind::kSequence;
    ident->str.clear();
    ident->list = {zero, member};
  }
  // ECMA-262 16.2.1.6.4 InitializeEnvironment step 7: the module's imported bindings, in
  // its function scope next to the holder parameters they read.
  void DeclareImports(const ModuleSyntax& module, Scope* scope) {
    for (const ImportEntry& e : module.imports) {
      auto at = std::find(module.requested.begin(), module.requested.end(), e.specifier);
      Variable* holder = scope->Find(ModuleHolderParam(at - module.requested.begin()));
      if (scope->Find(e.local_name)) {
        Error(e.loc, "Identifier '" + e.local_name + "' has already been declared");
        continue;
      }
      Variable* v = table_.Declare(scope, e.local_name, VarKind::kImport, e.loc);
      v->import_holder = holder;
      v->import_name = e.import_name;
    }
  }
  // ECMA-262 10.2.11 FunctionDeclarationInstantiation step 22: a non-arrow function gets an
  // arguments object; it is only materialised for functions that use the name.
  void DeclareArguments(Node* ident, Scope* scope) {
    Scope* fn = scope;
    while (fn && !(fn->is_function_scope && fn->function && !fn->function->is_arrow))
      fn = fn->parent;
    if (!fn) {
      ident->var = nullptr;
      return;
    }
    Variable* v = table_.Declare(fn, "arguments", VarKind::kArguments);
    fn->function->uses_arguments = true;
    ident->var = v;
    if (v->scope->function != scope->function) v->captured = true;
  }
  void ResolveThis(Node* node, Scope* scope) {
    for (Scope* s = scope; s; s = s->parent) {
      if (Variable* v = s->Find("this"); v && v->kind == VarKind::kThis) {
        node->var = v;
        if (v->scope->function != scope->function) v->captured = true;
        return;
      }
    }
  }

  void VisitFunction(FunctionInfo* f, Scope* outer, bool binds_own_name = false) {
    Scope* scope = table_.NewScope(outer, f, true);
    f->scope = scope;
    if (!f->is_arrow) table_.Declare(scope, "this", VarKind::kThis);
    if (binds_own_name && !f->name.empty()) table_.Declare(scope, f->name, VarKind::kCallee);
    std::vector<Node*> names;
    for (Node* p : f->params) BoundNames(p, names);
    bool outer_strict = strict_, outer_async = async_, outer_in_params = in_params_,
         outer_in_async_arrow_params = in_async_arrow_params_,
         outer_super_property_ok = super_property_ok_, outer_super_call_ok = super_call_ok_;
    if (!f->is_arrow) {
      super_property_ok_ = f->is_method || f->is_class_ctor;
      super_call_ok_ = f->is_class_ctor && f->is_derived;
    }
    strict_ = CheckParameters(f, names);
    // ECMA-262 15.2.1: a strict function (its own directive included) may not be named
    // eval or arguments.
    if (strict_ && !f->is_method && (f->name == "eval" || f->name == "arguments") &&
        f->name_loc.line != 0)
      Error(f->name_loc, "Unexpected eval or arguments in strict mode");
    // ArrowParameters[?Await] (ECMA-262 15.3): an arrow's parameters inherit [Await], and an
    // async arrow's parameters pass the cover grammar's wording to the arrows inside them.
    async_ = f->is_async || (f->is_arrow && outer_async);
    in_params_ = true;
    in_async_arrow_params_ = f->is_arrow && (f->is_async || outer_in_async_arrow_params);
    bool simple = IsSimpleParameterList(*f);
    for (Node* n : names) {
      CheckBindingName(n, false);
      table_.Declare(scope, n->str, VarKind::kParam, n->loc)->param_tdz = !simple;
    }
    for (Node* p : f->params) VisitPattern(p, scope);
    if (f->module) DeclareImports(*f->module, scope);
    in_params_ = in_async_arrow_params_ = false;
    async_ = f->is_async;
    // Instance field initializers run inside the constructor, with its `this`.
    for (Node* field : f->fields) {
      Visit(field->c, scope);
      Visit(field->b, scope);
    }
    for (Node* method : f->private_methods) Visit(method->c, scope);
    if (f->expression_body) {
      Visit(f->body, scope);
    } else {
      HoistVars(f->body->list, scope);
      DeclareLexical(f->body->list, scope);
      f->body->scope = scope;
      for (Node* s : f->body->list) Visit(s, scope);
    }
    // ECMA-262 10.2.11 step 22: a sloppy function with a simple parameter list gets a
    // mapped arguments object (10.4.4.7), which reaches its parameters through the Env.
    if (f->uses_arguments && !strict_ && simple) {
      f->mapped_arguments = true;
      for (Node* p : f->params) p->var->captured = true;
    }
    strict_ = outer_strict;
    async_ = outer_async;
    in_params_ = outer_in_params;
    in_async_arrow_params_ = outer_in_async_arrow_params;
    super_property_ok_ = outer_super_property_ok;
    super_call_ok_ = outer_super_call_ok;
  }

  void VisitPattern(Node* p, Scope* scope) {
    if (!p) return;
    switch (p->kind) {
      case NodeKind::kIdent:
        Resolve(p, scope, /*target=*/true);
        break;
      case NodeKind::kAssignPattern:
        VisitPattern(p->a, scope);
        Visit(p->b, scope);
        break;
      case NodeKind::kRest:
        // ECMA-262 14.3.3 / 13.15.5: a rest element has no initializer.
        if (p->a && p->a->kind == NodeKind::kAssignPattern)
          Error(p->loc, "Invalid destructuring assignment target");
        VisitPattern(p->a, scope);
        break;
      case NodeKind::kPatternProp:
        if (p->flags & kComputed) Visit(p->a, scope);
        VisitPattern(p->b, scope);
        break;
      case NodeKind::kArrayPattern:
      case NodeKind::kObjectPattern:
        for (Node* e : p->list) VisitPattern(e, scope);
        break;
      default:
        Visit(p, scope);
        break;  // member expressions in assignment patterns
    }
  }

  Scope* BlockScope(Node* node, Scope* scope, const std::vector<Node*>& stmts) {
    Scope* s = table_.NewScope(scope, scope->function, false);
    node->scope = s;
    DeclareLexical(stmts, s);
    return s;
  }

  // Links of left-deep chains — `a + b + …`, `a || b || …`, `a.b.c…`, `f()()…` — whose
  // first child is visited first.
  static bool IsChainLink(const Node* n) {
    switch (n->kind) {
      case NodeKind::kBinary:
      case NodeKind::kLogical:
      case NodeKind::kMember:
      case NodeKind::kCall:
      case NodeKind::kNew:
        return true;
      default:
        return false;
    }
  }
  // A chain is walked with a loop, in the order a recursive walk would take, so native
  // recursion follows only the source's nesting (which the parser bounds).
  void Visit(Node* n, Scope* scope) {
    if (!n) return;
    if (!IsChainLink(n)) return VisitNode(n, scope);
    std::vector<Node*> links;
    for (; n && IsChainLink(n); n = n->a) links.push_back(n);
    if (n && n->kind == NodeKind::kSuper && links.back()->kind == NodeKind::kCall &&
        super_property_ok_ && !super_call_ok_)
      Error(n->loc, "'super' keyword unexpected here");
    Visit(n, scope);
    for (auto it = links.rbegin(); it != links.rend(); ++it) {
      Node* link = *it;
      if (link->kind != NodeKind::kMember || (link->flags & kComputed)) Visit(link->b, scope);
      for (Node* c : link->list) Visit(c, scope);
    }
  }

  // ECMA-262 15.7.14 steps 4-7: a class with a name, private names or computed field keys
  // gets a scope of its own: its name, then hidden const bindings (`#x`, `%key0`, named by
  // the members' Idents) holding what each evaluation of the class creates.
  Scope* ClassScope(Node* cls, Scope* scope) {
    Scope* body = nullptr;
    if (!cls->str.empty()) {  // step 4: the class's own immutable binding of its name
      body = table_.NewScope(scope, scope->function, false);
      table_.Declare(body, cls->str, VarKind::kConst, cls->loc);
    }
    for (Node* m : cls->list) {
      if (!m->c) continue;
      if (!body) body = table_.NewScope(scope, scope->function, false);
      if (!body->Find(m->c->str)) table_.Declare(body, m->c->str, VarKind::kConst, m->c->loc);
    }
    cls->scope = body;
    return body ? body : scope;
  }

  void VisitNode(Node* n, Scope* scope) {
    switch (n->kind) {
      case NodeKind::kIdent:
        // An async arrow's parameters were parsed as call arguments, where `await` was a
        // name (`async (x = await) => x`).
        if (async_ && n->str == "await") ReportReservedAwait(n);
        Resolve(n, scope);
        return;
      case NodeKind::kThis:
        ResolveThis(n, scope);
        return;
      case NodeKind::kSuper:
        // ECMA-262 15.1.1 / 15.7.1: super.x only in methods, super() only in the
        // constructor of a derived class (arrows see their enclosing function's).
        if (!super_property_ok_) Error(n->loc, "'super' keyword unexpected here");
        ResolveThis(n, scope);
        return;
      case NodeKind::kFunction:
        VisitFunction(n->func, scope, !n->func->is_arrow && !n->func->is_method);
        return;
      case NodeKind::kFuncDecl: {
        Node ident{NodeKind::kIdent, n->loc};
        ident.str = n->func->name;
        Resolve(&ident, scope);
        n->var = ident.var;
        VisitFunction(n->func, scope);
        return;
      }
      case NodeKind::kClassDecl: {
        Node ident{NodeKind::kIdent, n->loc};
        ident.str = n->a->str;
        Resolve(&ident, scope);
        n->var = ident.var;
        Visit(n->a, scope);
        return;
      }
      case NodeKind::kClass: {
        // ECMA-262 11.2.2: all parts of a class are strict mode code.
        bool outer_strict = strict_;
        strict_ = true;
        Visit(n->a, scope);
        Scope* body = ClassScope(n, scope);
        Visit(n->b, body);
        for (Node* m : n->list) Visit(m, body);
        strict_ = outer_strict;
        return;
      }
      case NodeKind::kClassMember: {
        if (n->flags & kComputed) Visit(n->a, scope);
        Visit(n->c, scope);
        // A static field's initializer is a method of the class: super.x is allowed.
        bool outer_super_property_ok = super_property_ok_;
        if (n->flags & kField) super_property_ok_ = true;
        if (!(n->flags & kField) || (n->flags & kStatic)) Visit(n->b, scope);
        super_property_ok_ = outer_super_property_ok;
        return;
      }
      case NodeKind::kProperty:
        if (n->flags & kComputed) Visit(n->a, scope);
        Visit(n->b, scope);
        return;
      case NodeKind::kVarDecl:
        for (Node* d : n->list) {
          if (n->op == "var") {
            std::vector<Node*> names;
            BoundNames(d->a, names);
            for (Node* name : names) CheckVarAgainstBlocks(name, scope);
          }
          VisitPattern(d->a, scope);
          Visit(d->b, scope);
        }
        return;
      case NodeKind::kAssign:
        CheckStrictTarget(n->a);
        CheckStrictAssignmentPattern(n->a);
        VisitPattern(n->a, scope);
        Visit(n->b, scope);
        return;
      case NodeKind::kUpdate:
        CheckStrictTarget(n->a);
        if (n->a->kind == NodeKind::kIdent)
          Resolve(n->a, scope, /*target=*/true);
        else
          Visit(n->a, scope);
        return;
      case NodeKind::kYield:
        // ECMA-262 15.5.1: a generator's parameters may not yield.
        if (in_params_) Error(n->loc, "Yield expression not allowed in formal parameter");
        if (n->a) Visit(n->a, scope);
        return;
      case NodeKind::kAwait:
        // ECMA-262 15.8.1: an async function's parameters may not await.
        if (in_params_ && async_)
          Error(n->loc, "Illegal await-expression in formal parameters of async function");
        Visit(n->a, scope);
        return;
      case NodeKind::kUnary:
        // ECMA-262 13.5.1.1: `delete x` of a plain name is a strict mode Syntax Error.
        if (strict_ && n->op == "delete" && n->a->kind == NodeKind::kIdent)
          Error(n->a->loc, "Delete of an unqualified identifier in strict mode.");
        Visit(n->a, scope);
        return;
      case NodeKind::kLabelled:
        // ECMA-262 14.13.1: no reserved label in strict code, no labelled functions there.
        if (strict_ && IsStrictReservedWord(n->str))
          Error(n->loc, "Unexpected strict mode reserved word");
        if (strict_ && n->a->kind == NodeKind::kFuncDecl)
          Error(n->a->loc,
                "In strict mode code, functions can only be declared at top level or inside a "
                "block.");
        Visit(n->a, scope);
        return;
      case NodeKind::kBlock: {
        Scope* s = BlockScope(n, scope, n->list);
        for (Node* st : n->list) Visit(st, s);
        return;
      }
      case NodeKind::kFor: {
        Scope* s = table_.NewScope(scope, scope->function, false);
        n->scope = s;
        if (n->a && n->a->kind == NodeKind::kVarDecl) DeclareLexical({n->a}, s);
        Visit(n->a, s);
        Visit(n->b, s);
        Visit(n->c, s);
        Visit(n->d, s);
        return;
      }
      case NodeKind::kForIn:
      case NodeKind::kForOf: {
        if (n->a->kind == NodeKind::kVarDecl && n->a->op != "var") {
          n->head_scope = table_.NewScope(scope, scope->function, false);
          DeclareLexical({n->a}, n->head_scope);
          Visit(n->b, n->head_scope);
        } else {
          Visit(n->b, scope);
        }
        Scope* s = table_.NewScope(scope, scope->function, false);
        n->scope = s;
        if (n->a->kind == NodeKind::kVarDecl) {
          DeclareLexical({n->a}, s);
          for (Node* d : n->a->list) VisitPattern(d->a, s);
        } else {
          CheckStrictTarget(n->a);
          CheckStrictAssignmentPattern(n->a);
          VisitPattern(n->a, s);
        }
        Visit(n->c, s);
        return;
      }
      case NodeKind::kTry: {
        Visit(n->a, scope);
        if (n->c) {
          Scope* s = table_.NewScope(scope, scope->function, false);
          n->scope = s;
          std::vector<Node*> names;
          BoundNames(n->b, names);
          for (Node* name : names) {
            CheckBindingName(name, false);
            // ECMA-262 14.15.1: the parameter's bound names are unique.
            if (s->Find(name->str))
              Error(name->loc, "Identifier '" + name->str + "' has already been declared");
            table_.Declare(s, name->str, VarKind::kCatch, name->loc);
          }
          VisitPattern(n->b, s);
          Visit(n->c, s);
          // ECMA-262 14.15.1: the catch block may not redeclare its parameter lexically.
          for (Node* name : names) {
            if (Variable* v = n->c->scope->Find(name->str); v && IsLexical(v))
              Error(v->loc, "Identifier '" + name->str + "' has already been declared");
          }
        }
        Visit(n->d, scope);
        return;
      }
      case NodeKind::kConditional:
      case NodeKind::kIf:
        // `?:` and else-if chains nest to the right: walked with a loop.
        for (NodeKind kind = n->kind; n && n->kind == kind; n = n->c) {
          Visit(n->a, scope);
          Visit(n->b, scope);
        }
        Visit(n, scope);
        return;
      case NodeKind::kSwitch: {
        Visit(n->a, scope);
        std::vector<Node*> all;
        for (Node* c : n->list) all.insert(all.end(), c->list.begin(), c->list.end());
        Scope* s = BlockScope(n, scope, all);
        for (Node* c : n->list) {
          Visit(c->a, s);
          for (Node* st : c->list) Visit(st, s);
        }
        return;
      }
      default:
        Visit(n->a, scope);
        Visit(n->b, scope);
        Visit(n->c, scope);
        Visit(n->d, scope);
        for (Node* c : n->list) Visit(c, scope);
        return;
    }
  }

  // ECMA-262 13.1.1: in strict mode code, eval and arguments are not assignment targets.
  void CheckStrictTarget(const Node* target) {
    if (strict_ && target->kind == NodeKind::kIdent &&
        (target->str == "eval" || target->str == "arguments"))
      Error(target->loc, "Unexpected eval or arguments in strict mode");
  }

  // ECMA-262 13.15.5.1: nor are they the targets of a destructuring assignment. V8 words it
  // by place: a bare element or property value is an invalid target, a name that could
  // take a default (shorthand or with one) is an unexpected eval or arguments.
  void CheckStrictAssignmentPattern(const Node* p) {
    if (!strict_ || !p) return;
    switch (p->kind) {
      case NodeKind::kIdent:
        if (p->str == "eval" || p->str == "arguments")
          Error(p->loc, "Invalid destructuring assignment target");
        return;
      case NodeKind::kAssignPattern:
        if (p->a->kind == NodeKind::kIdent) return CheckStrictTarget(p->a);
        return CheckStrictAssignmentPattern(p->a);
      case NodeKind::kRest:
        return CheckStrictAssignmentPattern(p->a);
      case NodeKind::kPatternProp:
        if ((p->flags & kShorthand) && p->b->kind == NodeKind::kIdent)
          return CheckStrictTarget(p->b);
        return CheckStrictAssignmentPattern(p->b);
      case NodeKind::kArrayPattern:
      case NodeKind::kObjectPattern:
        for (const Node* e : p->list) CheckStrictAssignmentPattern(e);
        return;
      default:
        return;
    }
  }

  Ast& ast_;
  ScopeTable& table_;
  const std::string& file_;
  bool strict_ = false;     // the code being visited is strict mode code (ECMA-262 11.2.2)
  bool async_ = false;      // ... has [Await]: an async function, or the parameters of its arrows
  bool in_params_ = false;  // ... is a parameter list
  bool in_async_arrow_params_ = false;  // ... is an async arrow's parameter list
  bool super_property_ok_ = false;      // ... may use super.x (a method, or its arrows)
  bool super_call_ok_ = false;          // ... may call super() (a derived constructor)
  std::vector<Diagnostic>& diags_;
};

}  // namespace

void AnalyzeScopes(Ast& ast, ScopeTable& table, const std::string& file,
                   std::vector<Diagnostic>& diagnostics) {
  Analyzer(ast, table, file, diagnostics).Program(ast.root);
}

}  // namespace loopscope::js
