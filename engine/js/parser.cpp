// engine/js/parser.cpp — the parser. [SECTION] index: infrastructure, modules, statements,
// functions and classes, expressions (Pratt table), patterns (cover grammar).
// Where to look next: scope.cpp, which resolves the names this tree uses.
#include "engine/js/parser.h"

#include <algorithm>
#include <optional>
#include <unordered_map>
#include <unordered_set>
#include <utility>

#include "engine/js/bigint.h"
#include "engine/js/lexer.h"
#include "engine/js/regexp_engine.h"

namespace loopscope::js {
namespace {

// Unwinds the parse of one statement after an error has been recorded.
struct ParseError {};

constexpr std::string_view kSubset = " are not supported in Loopscope's JavaScript subset";

struct BinaryRule {
  std::string_view op;
  int precedence;
};
// The Pratt table for binary operators (higher binds tighter); `**` is right-associative.
constexpr BinaryRule kBinaryRules[] = {
    {"??", 1},         {"||", 2},  {"&&", 3},  {"|", 4},  {"^", 5},   {"&", 6},  {"==", 7},
    {"!=", 7},         {"===", 7}, {"!==", 7}, {"<", 8},  {">", 8},   {"<=", 8}, {">=", 8},
    {"instanceof", 8}, {"in", 8},  {"<<", 9},  {">>", 9}, {">>>", 9}, {"+", 10}, {"-", 10},
    {"*", 11},         {"/", 11},  {"%", 11},  {"**", 12}};
constexpr int kBitwiseOrPrecedence = 4;

bool IsAssignOp(std::string_view t) {
  return t == "=" || t == "+=" || t == "-=" || t == "*=" || t == "/=" || t == "%=" || t == "**=" ||
         t == "<<=" || t == ">>=" || t == ">>>=" || t == "&=" || t == "|=" || t == "^=" ||
         t == "&&=" || t == "||=" || t == "?\?=";
}

const std::unordered_set<std::string_view>& ReservedWords() {
  static const std::unordered_set<std::string_view> kWords = {
      "break",  "case",   "catch", "class",      "const",   "continue", "debugger", "default",
      "delete", "do",     "else",  "export",     "extends", "finally",  "for",      "function",
      "if",     "import", "in",    "instanceof", "new",     "return",   "super",    "switch",
      "this",   "throw",  "try",   "typeof",     "var",     "void",     "while",    "with",
      "null",   "true",   "false", "enum"};
  return kWords;
}

class Parser {
 public:
  Parser(std::string_view source, const std::string& file, bool module = false)
      : lexer_(source), file_(file), module_(module) {
    ast_ = std::make_unique<Ast>();
    ast_->is_module = module;
    in_async_ = module;  // ECMA-262 16.2: a Module is parsed with [+Await]
  }

  ParseResult Run() {
    try {
      Advance();
    } catch (ParseError&) {
      private_scopes_.clear();  // the classes the error left unfinished
      Synchronize();
    }
    Node* program = ast_->Make(NodeKind::kProgram, {1, 1});
    while (cur_.kind != TokenKind::kEnd) {
      Node* s =
          module_ && StartsModuleItem() ? ParseModuleItemRecovering() : ParseStatementRecovering();
      if (s) program->list.push_back(s);
    }
    ast_->root = program;
    if (module_) ast_->module.has_top_level_await = HasTopLevelAwait(program);
    for (Node* assign : pending_cover_)
      diagnostics_.push_back({file_, assign->loc, "Invalid shorthand property initializer"});
    return {std::move(ast_), std::move(diagnostics_)};
  }

 private:
  // [SECTION] infrastructure
  void Advance() {
    prev_loc_ = cur_.loc;
    cur_ = lexer_.Next();
    if (cur_.kind == TokenKind::kError) Fail(cur_.loc, cur_.value);
  }
  [[noreturn]] void Fail(SourceLoc loc, std::string message) {
    if (diagnostics_.empty() || diagnostics_.back().loc.line != loc.line)
      diagnostics_.push_back({file_, loc, std::move(message)});
    throw ParseError{};
  }
  // An early error (ECMA-262's static semantics) after which the source still parses:
  // parsing goes on, so no follow-on error is reported from recovery.
  void Report(SourceLoc loc, std::string message) {
    diagnostics_.push_back({file_, loc, std::move(message)});
  }
  [[noreturn]] void Unexpected() {
    switch (cur_.kind) {
      case TokenKind::kEnd:
        Fail(cur_.loc, "Unexpected end of input");
      case TokenKind::kNumber:
      case TokenKind::kBigInt:
        Fail(cur_.loc, "Unexpected number");
      case TokenKind::kString:
        Fail(cur_.loc, "Unexpected string");
      case TokenKind::kTemplate:
        Fail(cur_.loc, "Unexpected template string");
      case TokenKind::kName:
        if (ReservedWords().contains(cur_.text) || cur_.text == "let" || cur_.text == "async" ||
            cur_.text == "await" || cur_.text == "yield")
          Fail(cur_.loc, "Unexpected token '" + std::string(cur_.text) + "'");
        Fail(cur_.loc, "Unexpected identifier '" + std::string(cur_.text) + "'");
      default:
        if (cur_.Is("#")) {  // a private name where none may stand: V8 names it
          Lexer saved = lexer_;
          Token next = lexer_.Next();
          lexer_ = saved;
          if (next.kind == TokenKind::kName && next.loc.line == cur_.loc.line &&
              next.loc.col == cur_.loc.col + 1)
            Fail(cur_.loc, "Unexpected identifier '#" + next.value + "'");
        }
        Fail(cur_.loc, "Unexpected token '" + std::string(cur_.text) + "'");
    }
  }
  [[noreturn]] void OutOfSubset(SourceLoc loc, std::string_view what) {
    Fail(loc, std::string(what) + std::string(kSubset));
  }
  bool Eat(std::string_view punct) {
    if (!cur_.Is(punct)) return false;
    Advance();
    return true;
  }
  bool EatName(std::string_view name) {
    if (!cur_.IsName(name)) return false;
    Advance();
    return true;
  }
  void Expect(std::string_view punct) {
    if (!Eat(punct)) Unexpected();
  }
  void ConsumeSemicolon() {
    if (Eat(";")) return;
    if (cur_.Is("}") || cur_.kind == TokenKind::kEnd || cur_.newline_before) return;
    Unexpected();
  }
  Node* Make(NodeKind kind, SourceLoc loc) { return ast_->Make(kind, loc); }
  // ECMA-262 13.1.1: a reserved word written with escapes (`bre\\u0061k`) is no identifier
  // either; it reads as a keyword nowhere (lexer.cpp), so it is refused here.
  void RejectEscapedReserved() {
    if (!cur_.escaped) return;
    const std::string& v = cur_.value;
    if (ReservedWords().contains(v) || (v == "await" && in_async_) ||
        (v == "yield" && in_generator_))
      Fail(cur_.loc, "Keyword must not contain escaped characters");
  }
  std::string ExpectIdentifier() {
    if (cur_.kind != TokenKind::kName || ReservedWords().contains(cur_.text)) Unexpected();
    RejectEscapedReserved();
    if (in_static_block_ && cur_.text == "await") Fail(cur_.loc, "Unexpected reserved word");
    std::string name = cur_.value;
    Advance();
    return name;
  }

  Node* ParseStatementRecovering() {
    try {
      return ParseStatement();
    } catch (ParseError&) {
      Synchronize();
      return nullptr;
    }
  }
  // Skips to a likely statement start so later errors are still reported.
  void Synchronize() {
    int depth = 0;
    while (cur_.kind != TokenKind::kEnd) {
      try {
        if (cur_.Is("{")) ++depth;
        if (cur_.Is("}")) {
          if (depth == 0) {
            Advance();
            return;
          }
          --depth;
        }
        if (cur_.Is(";") && depth == 0) {
          Advance();
          return;
        }
        Advance();
        if (depth == 0 && cur_.newline_before && cur_.kind == TokenKind::kName) return;
      } catch (ParseError&) {
      }
    }
  }

  // [SECTION] modules (ECMA-262 16.2.2 Imports, 16.2.3 Exports)
  // `import` starts a declaration unless it is `import(` or `import.meta`.
  bool StartsModuleItem() {
    if (cur_.IsName("export")) return true;
    if (!cur_.IsName("import")) return false;
    Lexer saved = lexer_;
    Token next = lexer_.Next();
    lexer_ = saved;
    return !next.Is("(") && !next.Is(".");
  }
  Node* ParseModuleItemRecovering() {
    try {
      return cur_.IsName("import") ? ParseImportDeclaration() : ParseExportDeclaration();
    } catch (ParseError&) {
      Synchronize();
      return nullptr;
    }
  }
  ModuleSyntax& Module() { return ast_->module; }
  void Request(const std::string& specifier, SourceLoc loc) {
    auto& r = Module().requested;
    if (std::find(r.begin(), r.end(), specifier) != r.end()) return;
    r.push_back(specifier);
    Module().requested_at.push_back(loc);
  }
  // FromClause: `from 'specifier'` (import attributes are not part of the subset).
  std::string ParseFromClause() {
    if (!EatName("from")) Unexpected();
    return ParseModuleSpecifier();
  }
  std::string ParseModuleSpecifier() {
    if (cur_.kind != TokenKind::kString) Unexpected();
    std::string specifier = cur_.value;
    Request(specifier, cur_.loc);
    Advance();
    if (cur_.IsName("with") && !cur_.newline_before) OutOfSubset(cur_.loc, "Import attributes");
    return specifier;
  }
  // ModuleExportName: any IdentifierName, or a string literal.
  std::string ParseExportName() {
    if (cur_.kind != TokenKind::kName && cur_.kind != TokenKind::kString) Unexpected();
    std::string name = cur_.value;
    Advance();
    return name;
  }
  std::string ParseImportedBinding() {
    if (cur_.IsName("await")) Fail(cur_.loc, "Unexpected reserved word");
    return ExpectIdentifier();
  }
  Node* ParseImportDeclaration() {
    SourceLoc loc = cur_.loc;
    Advance();  // "import"
    std::vector<ImportEntry> entries;
    if (cur_.kind == TokenKind::kString) {  // import 'm';
      ParseModuleSpecifier();
      ConsumeSemicolon();
      return Make(NodeKind::kEmpty, loc);
    }
    if (cur_.kind == TokenKind::kName) {  // default binding
      SourceLoc at = cur_.loc;
      entries.push_back({"", "default", ParseImportedBinding(), at});
      if (!Eat(",")) goto from;
    }
    if (cur_.Is("*")) {
      Advance();
      if (!EatName("as")) Unexpected();
      SourceLoc at = cur_.loc;
      entries.push_back({"", "*", ParseImportedBinding(), at});
    } else if (Eat("{")) {
      while (!Eat("}")) {
        SourceLoc at = cur_.loc;
        bool is_string = cur_.kind == TokenKind::kString;
        std::string imported = ParseExportName();
        std::string local = imported;
        if (EatName("as")) {
          local = ParseImportedBinding();
        } else if (is_string || ReservedWords().contains(imported)) {
          Unexpected();
        }
        entries.push_back({"", imported, local, at});
        if (!cur_.Is("}")) Expect(",");
      }
    } else {
      Unexpected();
    }
  from:
    std::string specifier = ParseFromClause();
    ConsumeSemicolon();
    for (ImportEntry& e : entries) {
      e.specifier = specifier;
      Module().imports.push_back(std::move(e));
    }
    return Make(NodeKind::kEmpty, loc);
  }
  void ExportLocal(const std::string& exported, const std::string& local, SourceLoc loc) {
    for (const ExportEntry& e : Module().exports) {
      if (e.export_name == exported) Report(loc, "Duplicate export of '" + exported + "'");
    }
    Module().exports.push_back({exported, local, "", "", loc});
  }
  Node* ParseExportDeclaration() {
    SourceLoc loc = cur_.loc;
    Advance();           // "export"
    if (cur_.Is("*")) {  // export * from 'm'; export * as ns from 'm';
      Advance();
      std::string exported;
      SourceLoc at = cur_.loc;
      if (EatName("as")) exported = ParseExportName();
      std::string specifier = ParseFromClause();
      ConsumeSemicolon();
      if (!exported.empty()) ExportLocal(exported, "", at);
      if (exported.empty())
        Module().exports.push_back({"", "", specifier, "*", at});
      else
        Module().exports.back() = {exported, "", specifier, "*", at};
      return Make(NodeKind::kEmpty, loc);
    }
    if (Eat("{")) return ParseExportClause(loc);
    if (cur_.IsName("default")) return ParseExportDefault(loc);
    Node* decl = nullptr;
    if (cur_.IsName("var") || cur_.IsName("let") || cur_.IsName("const") ||
        cur_.IsName("function") || cur_.IsName("async") || cur_.IsName("class"))
      decl = ParseStatement();
    if (!decl || decl->kind == NodeKind::kExprStmt) Unexpected();
    std::vector<std::pair<std::string, SourceLoc>> names;
    if (decl->kind == NodeKind::kVarDecl) {
      for (Node* d : decl->list) PatternNames(d->a, names);
    } else if (decl->kind == NodeKind::kFuncDecl) {
      names.push_back({decl->func->name, decl->loc});
    } else if (decl->kind == NodeKind::kClassDecl) {
      names.push_back({decl->a->str, decl->loc});
    }
    for (auto& [name, at] : names) ExportLocal(name, name, at);
    return decl;
  }
  static void PatternNames(Node* p, std::vector<std::pair<std::string, SourceLoc>>& out) {
    if (!p) return;
    switch (p->kind) {
      case NodeKind::kIdent:
        out.push_back({p->str, p->loc});
        return;
      case NodeKind::kAssignPattern:
      case NodeKind::kRest:
        return PatternNames(p->a, out);
      case NodeKind::kPatternProp:
        return PatternNames(p->b, out);
      case NodeKind::kArrayPattern:
      case NodeKind::kObjectPattern:
        for (Node* e : p->list) PatternNames(e, out);
        return;
      default:
        return;
    }
  }
  // export { a, b as c }; export { a as b } from 'm';
  Node* ParseExportClause(SourceLoc loc) {
    struct Spec {
      std::string local, exported;
      bool is_string;
      SourceLoc loc;
    };
    std::vector<Spec> specs;
    while (!Eat("}")) {
      SourceLoc at = cur_.loc;
      bool is_string = cur_.kind == TokenKind::kString;
      std::string local = ParseExportName();
      std::string exported = EatName("as") ? ParseExportName() : local;
      specs.push_back({local, exported, is_string, at});
      if (!cur_.Is("}")) Expect(",");
    }
    if (cur_.IsName("from")) {
      std::string specifier = ParseFromClause();
      ConsumeSemicolon();
      for (const Spec& s : specs) {
        ExportLocal(s.exported, "", s.loc);
        Module().exports.back() = {s.exported, "", specifier, s.local, s.loc};
      }
      return Make(NodeKind::kEmpty, loc);
    }
    ConsumeSemicolon();
    for (const Spec& s : specs) {
      if (s.is_string || ReservedWords().contains(s.local))
        Fail(s.loc, "Unexpected token '" + s.local + "'");
      ExportLocal(s.exported, s.local, s.loc);
    }
    return Make(NodeKind::kEmpty, loc);
  }
  // export default function/class declarations bind their own name (or "default");
  // an expression is stored in a binding the source cannot name (ECMA-262 16.2.3.7).
  Node* ParseExportDefault(SourceLoc loc) {
    Advance();  // "default"
    SourceLoc at = cur_.loc;
    bool is_async_function = false;
    if (cur_.IsName("async")) {
      Lexer saved = lexer_;
      Token next = lexer_.Next();
      lexer_ = saved;
      is_async_function = next.IsName("function") && !next.newline_before;
      if (is_async_function) Advance();
    }
    if (cur_.IsName("function")) {
      Node* decl = ParseFunctionDeclaration(is_async_function, at, /*anonymous_default=*/true);
      ExportLocal("default", decl->func->name, at);
      return decl;
    }
    if (cur_.IsName("class")) {
      Node* decl = Make(NodeKind::kClassDecl, at);
      decl->a = ParseClass(false);
      if (decl->a->str.empty()) {
        decl->a->str = decl->a->op = "default";
        decl->a->b->func->name = "default";
      }
      ExportLocal("default", decl->a->str, at);
      return decl;
    }
    Node* value = ParseAssignment();
    ConsumeSemicolon();
    // ECMA-262 16.2.3.7 step 3: an anonymous function or class is named "default".
    if (value->kind == NodeKind::kFunction && value->func->name.empty() &&
        !(value->flags & kParenthesized) && !value->func->is_arrow)
      value->func->name = "default";
    if (value->kind == NodeKind::kClass && value->str.empty()) {
      value->str = value->op = "default";
      value->b->func->name = "default";
    }
    Node* decl = Make(NodeKind::kVarDecl, loc);
    decl->op = "const";
    Node* d = Make(NodeKind::kDeclarator, at);
    d->a = Make(NodeKind::kIdent, at);
    d->a->str = ModuleSyntax::kDefaultLocal;
    d->b = value;
    decl->list.push_back(d);
    ExportLocal("default", ModuleSyntax::kDefaultLocal, at);
    return decl;
  }
  // import(specifier) and import.meta (ECMA-262 13.3.10, 13.3.12). Both read hidden names
  // the embedder binds: `%import` (a function of the referrer) and, in modules, `%meta`.
  Node* ParseImportExpression(SourceLoc loc) {
    Advance();  // "import"
    if (Eat(".")) {
      if (!cur_.IsName("meta") || !module_) Fail(loc, "Cannot use 'import.meta' outside a module");
      Advance();
      Node* meta = Make(NodeKind::kIdent, loc);
      meta->str = "%meta";
      return meta;
    }
    Node* call = Make(NodeKind::kCall, loc);
    call->a = Make(NodeKind::kIdent, loc);
    call->a->str = "%import";
    Expect("(");
    call->list.push_back(ParseAssignment());
    if (Eat(",") && !cur_.Is(")")) OutOfSubset(cur_.loc, "Import attributes");
    Expect(")");
    return call;
  }
  // Whether an `await` (or `for await`) runs in the module body itself, outside every
  // function: then the body is an async function (ECMA-262 16.2.1.5.3 [[HasTLA]]).
  static bool HasTopLevelAwait(const Node* n) {
    if (!n || n->kind == NodeKind::kFunction || n->kind == NodeKind::kFuncDecl) return false;
    if (n->kind == NodeKind::kAwait) return true;
    if (n->kind == NodeKind::kForOf && (n->flags & kForAwait)) return true;
    if (n->kind == NodeKind::kClass) return false;
    for (const Node* c : {n->a, n->b, n->c, n->d}) {
      if (HasTopLevelAwait(c)) return true;
    }
    for (const Node* c : n->list) {
      if (HasTopLevelAwait(c)) return true;
    }
    return false;
  }

  // [SECTION] statements
  Node* ParseStatement() {
    DepthGuard guard(*this);
    SourceLoc loc = cur_.loc;
    bool single_statement = std::exchange(single_statement_, false);
    if (cur_.Is("{")) return ParseBlock();
    if (cur_.Is(";")) {
      Advance();
      return Make(NodeKind::kEmpty, loc);
    }
    if (cur_.kind == TokenKind::kName) {
      std::string_view t = cur_.text;
      if (t == "var" || t == "const") return ParseVarStatement();
      if (t == "let" && !single_statement && LetStartsDeclaration()) return ParseVarStatement();
      if (t == "function") return ParseFunctionDeclaration(false, loc);
      if (t == "async") {
        Lexer saved = lexer_;
        Token saved_tok = cur_;
        Advance();
        if (cur_.IsName("function") && !cur_.newline_before)
          return ParseFunctionDeclaration(true, loc);
        lexer_ = saved;
        cur_ = saved_tok;
      }
      if (t == "class") return ParseClassDeclaration();
      if (t == "if") return ParseIf();
      if (t == "for") return ParseFor();
      if (t == "while") return ParseWhile();
      if (t == "do") return ParseDoWhile();
      if (t == "return") return ParseReturn();
      if (t == "break" || t == "continue") return ParseJump();
      if (t == "throw") return ParseThrow();
      if (t == "try") return ParseTry();
      if (t == "switch") return ParseSwitch();
      if (t == "export" || (t == "import" && StartsModuleItem())) {
        if (!module_ && t == "import") Fail(loc, "Cannot use import statement outside a module");
        Unexpected();
      }
      if (t == "with") OutOfSubset(loc, "with statements");
      if (t == "debugger") {
        Advance();
        ConsumeSemicolon();
        return Make(NodeKind::kEmpty, loc);
      }
    }
    Node* expr = ParseExpression();
    if (expr->kind == NodeKind::kIdent && cur_.Is(":") && !(expr->flags & kParenthesized)) {
      // ECMA-262 14.13 LabelledStatement: the compiler checks the label early errors.
      Advance();
      Node* labelled = Make(NodeKind::kLabelled, loc);
      labelled->str = expr->str;
      labelled->a = ParseLabelledItem();
      return labelled;
    }
    ConsumeSemicolon();
    Node* stmt = Make(NodeKind::kExprStmt, loc);
    stmt->a = expr;
    return stmt;
  }
  bool LetStartsDeclaration() {
    Lexer saved = lexer_;
    Token next = lexer_.Next();
    lexer_ = saved;
    return next.kind == TokenKind::kName || next.Is("[") || next.Is("{");
  }
  Node* ParseBlock() {
    Node* block = Make(NodeKind::kBlock, cur_.loc);
    Expect("{");
    while (!cur_.Is("}")) {
      if (cur_.kind == TokenKind::kEnd) Unexpected();
      if (Node* s = ParseStatementRecovering()) block->list.push_back(s);
    }
    Advance();
    return block;
  }
  Node* ParseVarDeclarations(bool allow_for_in) {
    Node* decl = Make(NodeKind::kVarDecl, cur_.loc);
    decl->op = cur_.value;
    Advance();
    do {
      Node* d = Make(NodeKind::kDeclarator, cur_.loc);
      d->a = ParseBindingTarget();
      if (Eat("=")) {
        d->b = ParseAssignment();
      } else if (!(allow_for_in && (cur_.IsName("of") || cur_.IsName("in")))) {
        if (decl->op == "const") Fail(cur_.loc, "Missing initializer in const declaration");
        if (d->a->kind != NodeKind::kIdent)
          Fail(cur_.loc, "Missing initializer in destructuring declaration");
      }
      decl->list.push_back(d);
    } while (Eat(","));
    return decl;
  }
  Node* ParseVarStatement() {
    Node* decl = ParseVarDeclarations(false);
    ConsumeSemicolon();
    return decl;
  }
  // An `if … else if … else if …` chain is built in a loop, so its length costs no native
  // stack (each branch's own nesting is still counted by the depth guard).
  Node* ParseIf() {
    Node* first = nullptr;
    Node** link = &first;
    while (true) {
      Node* n = Make(NodeKind::kIf, cur_.loc);
      Advance();
      Expect("(");
      n->a = ParseExpression();
      Expect(")");
      n->b = ParseSubStatement(true);
      *link = n;
      if (!EatName("else")) break;
      if (!cur_.IsName("if")) {
        n->c = ParseSubStatement(true);
        break;
      }
      link = &n->c;
    }
    return first;
  }
  // The body of if/else, a loop: a Statement, not a Declaration (ECMA-262 14.6, 14.7).
  // Annex B.3.3 lets sloppy code declare a plain function as the body of an if.
  // A labelled function is no body of an if or a loop (ECMA-262 14.7.1.1 IsLabelledFunction).
  Node* ParseSubStatement(bool if_body = false, bool labelled_item = false) {
    if (cur_.IsName("class") || cur_.IsName("const")) Unexpected();
    // ECMA-262 14.5 ExpressionStatement: only `let [` is refused here; before a name or `{`
    // on the next line, `let` is an identifier (automatic semicolon insertion).
    if (cur_.IsName("let")) {
      Lexer saved = lexer_;
      Token next = lexer_.Next();
      lexer_ = saved;
      if (next.Is("[") || (!next.newline_before && (next.kind == TokenKind::kName || next.Is("{"))))
        Fail(cur_.loc, "Lexical declaration cannot appear in a single-statement context");
    }
    single_statement_ = true;
    Node* s = ParseStatement();
    if (s->kind == NodeKind::kFuncDecl && s->func->is_async) {
      Report(s->loc, "Async functions can only be declared at the top level or inside a block.");
    } else if ((s->kind == NodeKind::kFuncDecl && !if_body) ||
               (!labelled_item && Unlabelled(s)->kind == NodeKind::kFuncDecl &&
                s != Unlabelled(s))) {
      Report(Unlabelled(s)->loc,
             "In non-strict mode code, functions can only be declared at top level, inside a "
             "block, or as the body of an if statement.");
    }
    return s;
  }
  // ECMA-262 14.13 LabelledItem: a Statement, or a plain function declaration (sloppy code
  // only: scope analysis refuses it in strict code); V8 marks a generator at its `*`.
  Node* ParseLabelledItem() {
    SourceLoc star_loc = cur_.loc;
    if (cur_.IsName("function")) {
      Lexer saved = lexer_;
      star_loc = lexer_.Next().loc;
      lexer_ = saved;
    }
    Node* s = ParseSubStatement(true, true);
    if (s->kind == NodeKind::kFuncDecl && s->func->is_generator)
      Report(star_loc, "Generators can only be declared at the top level or inside a block.");
    return s;
  }
  Node* ParseFor() {
    SourceLoc loc = cur_.loc;
    Advance();
    bool is_await = false;
    if (cur_.IsName("await")) {
      // ECMA-262 14.7.5: `for await` only in async functions (and modules, which a
      // CommonJS program is not); V8 reads `await` elsewhere as a reserved word.
      if (!in_async_) Report(cur_.loc, "Unexpected reserved word");
      is_await = true;
      Advance();
    }
    Expect("(");
    Node* init = nullptr;
    bool async_head = false;  // the head is the word `async`, unescaped
    if (cur_.IsName("var") || cur_.IsName("const") ||
        (cur_.IsName("let") && LetStartsDeclaration())) {
      init = ParseVarDeclarations(true);
    } else if (!cur_.Is(";")) {
      async_head = cur_.IsName("async") && !cur_.escaped;
      no_in_ = true;
      init = ParseExpression();
      no_in_ = false;
    }
    if (init && (cur_.IsName("of") || cur_.IsName("in"))) {
      bool of = cur_.IsName("of");
      // ECMA-262 14.7.5: [lookahead ≠ async of] (`for (async of => {};;)` reads otherwise).
      if (of && !is_await && async_head && init->kind == NodeKind::kIdent)
        Fail(init->loc, "The left-hand side of a for-of loop may not be 'async'.");
      if (init->kind == NodeKind::kVarDecl && (init->list.size() != 1 || init->list[0]->b))
        Fail(init->loc,
             std::string("Invalid left-hand side in for-") + (of ? "of" : "in") + " loop");
      if (init->kind != NodeKind::kVarDecl) init = ToPattern(init, false);
      if (is_await && !of) Unexpected();
      Advance();
      Node* n = Make(of ? NodeKind::kForOf : NodeKind::kForIn, loc);
      if (is_await) n->flags |= kForAwait;
      n->a = init;
      n->b = of ? ParseAssignment() : ParseExpression();
      Expect(")");
      n->c = ParseSubStatement();
      return n;
    }
    if (is_await) Unexpected();
    Node* n = Make(NodeKind::kFor, loc);
    n->a = init;
    Expect(";");
    if (!cur_.Is(";")) n->b = ParseExpression();
    Expect(";");
    if (!cur_.Is(")")) n->c = ParseExpression();
    Expect(")");
    n->d = ParseSubStatement();
    return n;
  }
  Node* ParseWhile() {
    Node* n = Make(NodeKind::kWhile, cur_.loc);
    Advance();
    Expect("(");
    n->a = ParseExpression();
    Expect(")");
    n->b = ParseSubStatement();
    return n;
  }
  Node* ParseDoWhile() {
    Node* n = Make(NodeKind::kDoWhile, cur_.loc);
    Advance();
    n->a = ParseSubStatement();
    if (!EatName("while")) Unexpected();
    Expect("(");
    n->b = ParseExpression();
    Expect(")");
    Eat(";");
    return n;
  }
  Node* ParseReturn() {
    if (in_static_block_) Fail(cur_.loc, "Illegal return statement");
    Node* n = Make(NodeKind::kReturn, cur_.loc);
    Advance();
    if (!cur_.Is(";") && !cur_.Is("}") && cur_.kind != TokenKind::kEnd && !cur_.newline_before)
      n->a = ParseExpression();
    ConsumeSemicolon();
    return n;
  }
  Node* ParseJump() {
    Node* n = Make(cur_.text == "break" ? NodeKind::kBreak : NodeKind::kContinue, cur_.loc);
    Advance();
    if (cur_.kind == TokenKind::kName && !cur_.newline_before &&
        !ReservedWords().contains(cur_.text)) {
      RejectEscapedReserved();
      n->str = cur_.value;
      n->op_loc = cur_.loc;
      Advance();
    }
    ConsumeSemicolon();
    return n;
  }
  Node* ParseThrow() {
    Node* n = Make(NodeKind::kThrow, cur_.loc);
    Advance();
    if (cur_.newline_before) Fail(cur_.loc, "Illegal newline after throw");
    n->a = ParseExpression();
    ConsumeSemicolon();
    return n;
  }
  Node* ParseTry() {
    Node* n = Make(NodeKind::kTry, cur_.loc);
    Advance();
    n->a = ParseBlock();
    if (EatName("catch")) {
      if (Eat("(")) {
        n->b = ParseBindingTarget();
        Expect(")");
      }
      n->c = ParseBlock();
    }
    if (EatName("finally")) n->d = ParseBlock();
    if (!n->c && !n->d) Fail(cur_.loc, "Missing catch or finally after try");
    return n;
  }
  Node* ParseSwitch() {
    Node* n = Make(NodeKind::kSwitch, cur_.loc);
    Advance();
    Expect("(");
    n->a = ParseExpression();
    Expect(")");
    Expect("{");
    bool has_default = false;
    while (!Eat("}")) {
      Node* c = Make(NodeKind::kCase, cur_.loc);
      if (EatName("case")) {
        c->a = ParseExpression();
      } else if (cur_.IsName("default")) {
        // ECMA-262 14.12.1: it is a Syntax Error if a CaseBlock has two DefaultClauses.
        if (has_default) Report(cur_.loc, "More than one default clause in switch statement");
        has_default = true;
        Advance();
      } else {
        Unexpected();
      }
      Expect(":");
      while (!cur_.IsName("case") && !cur_.IsName("default") && !cur_.Is("}")) {
        if (cur_.kind == TokenKind::kEnd) Unexpected();
        if (Node* s = ParseStatementRecovering()) c->list.push_back(s);
      }
      n->list.push_back(c);
    }
    return n;
  }

  // [SECTION] functions and classes
  Node* ParseFunctionDeclaration(bool is_async, SourceLoc loc, bool anonymous_default = false) {
    Advance();  // "function"
    bool is_generator = EatGeneratorStar();
    Node* n = Make(NodeKind::kFuncDecl, loc);
    // A declaration's BindingIdentifier takes the enclosing [Await] (ECMA-262 15.2).
    if (in_async_ && cur_.IsName("await")) Fail(cur_.loc, "Unexpected reserved word");
    SourceLoc name_loc = cur_.loc;
    // `export default function () {}` binds the name "default" (ECMA-262 16.2.3.7).
    std::string name = anonymous_default && cur_.Is("(") ? "default" : ExpectIdentifier();
    n->func = ParseFunctionRest(name, is_async, false, loc, is_generator);
    n->func->name_loc = name_loc;
    return n;
  }
  // The `*` of a generator (ECMA-262 15.5) or an async generator (15.6).
  bool EatGeneratorStar() {
    if (!cur_.Is("*")) return false;
    Advance();
    return true;
  }
  // Parses "(params) { body }" after the name.
  FunctionInfo* ParseFunctionRest(std::string name, bool is_async, bool is_method, SourceLoc loc,
                                  bool is_generator = false) {
    FunctionInfo* f = ast_->MakeFunction();
    f->name = std::move(name);
    f->is_async = is_async;
    f->is_generator = is_generator;
    f->is_method = is_method;
    f->loc = loc;
    bool saved_async = in_async_;
    bool saved_generator = in_generator_;
    bool saved_initializer = in_class_initializer_;
    in_async_ = is_async;
    in_generator_ = is_generator;
    in_class_initializer_ = false;  // a function of its own has its own `arguments`
    Expect("(");
    while (!cur_.Is(")")) {
      if (cur_.Is("...")) {
        Node* rest = Make(NodeKind::kRest, cur_.loc);
        Advance();
        rest->a = ParseBindingTarget();
        f->params.push_back(rest);
        if (!cur_.Is(")")) Fail(cur_.loc, "Rest parameter must be last formal parameter");
        break;
      }
      f->params.push_back(ParseBindingElement());
      if (!cur_.Is(")")) {
        if (!Eat(",")) Fail(cur_.loc, "missing ) after formal parameters");
      }
    }
    Advance();
    f->body = ParseFunctionBody();
    in_async_ = saved_async;
    in_generator_ = saved_generator;
    in_class_initializer_ = saved_initializer;
    return f;
  }
  Node* ParseFunctionBody(bool static_block = false) {
    bool saved_no_in = no_in_;
    bool saved_static_block = in_static_block_;
    no_in_ = false;
    in_static_block_ = static_block;
    Node* body = ParseBlock();
    no_in_ = saved_no_in;
    in_static_block_ = saved_static_block;
    return body;
  }
  Node* ParseFunctionExpression(bool is_async, SourceLoc loc) {
    Advance();  // "function"
    bool is_generator = EatGeneratorStar();
    std::string name;
    SourceLoc name_loc = cur_.loc;
    if (!cur_.Is("(")) name = ExpectIdentifier();
    Node* n = Make(NodeKind::kFunction, loc);
    n->func = ParseFunctionRest(name, is_async, false, loc, is_generator);
    n->func->name_loc = name_loc;
    return n;
  }
  Node* ParseClassDeclaration() {
    Node* n = Make(NodeKind::kClassDecl, cur_.loc);
    n->a = ParseClass(true);
    return n;
  }
  Node* ParseClass(bool require_name) {
    Node* cls = Make(NodeKind::kClass, cur_.loc);
    Advance();  // "class"
    if (cur_.kind == TokenKind::kName && !cur_.IsName("extends")) {
      // A class's BindingIdentifier takes the enclosing [Await] (ECMA-262 15.7).
      if (in_async_ && cur_.IsName("await")) Fail(cur_.loc, "Unexpected reserved word");
      cls->str = ExpectIdentifier();
    } else if (require_name) {
      Unexpected();
    }
    if (EatName("extends")) cls->a = ParseUnaryOrHigher();
    cls->op = cls->str.empty() ? "anonymous" : cls->str;
    private_scopes_.emplace_back();
    Expect("{");
    while (!Eat("}")) {
      if (Eat(";")) continue;
      size_t count = cls->list.size();
      ParseClassMember(cls);
      // V8 reports a second declaration of a private name at the end of the element.
      Node* m = cls->list.size() > count ? cls->list.back() : nullptr;
      if (m && (m->flags & kPrivate))
        DeclarePrivateName(m->c->str, m->flags & (kStatic | kGetter | kSetter | kField), prev_loc_);
    }
    ClosePrivateScope();
    if (!cls->b) {
      // ECMA-262 15.7.14 ClassDefinitionEvaluation step 14: the default constructor.
      Node* ctor = Make(NodeKind::kFunction, cls->loc);
      ctor->func = ast_->MakeFunction();
      ctor->func->loc = cls->loc;
      ctor->func->synthesized_ctor = true;
      ctor->func->body = Make(NodeKind::kBlock, cls->loc);
      if (cls->a) {
        // constructor(...args) { super(...args); } — the body is emitted by the compiler.
        Node* rest = Make(NodeKind::kRest, cls->loc);
        rest->a = Make(NodeKind::kIdent, cls->loc);
        rest->a->str = "args";
        ctor->func->params.push_back(rest);
      }
      cls->b = ctor;
    }
    FunctionInfo* f = cls->b->func;
    f->in_class = true;
    for (Node* m : cls->list) {
      if ((m->flags & kField) && !(m->flags & kStatic)) f->fields.push_back(m);
      if ((m->flags & kPrivate) && !(m->flags & (kField | kStatic)))
        f->private_methods.push_back(m);
    }
    f->name = cls->str;
    f->is_class_ctor = true;
    f->is_class = true;
    f->is_method = false;
    f->is_derived = cls->a != nullptr;
    return cls;
  }
  void ParseClassMember(Node* cls) {
    SourceLoc loc = cur_.loc;
    Node* member = Make(NodeKind::kClassMember, loc);
    if (cur_.IsName("static")) {
      Advance();
      if (cur_.Is("{")) return ParseStaticBlock(cls, member, loc);
      if (!cur_.Is("("))
        member->flags |= kStatic;
      else
        PushBackName(member, "static", loc);
    }
    bool is_async = false;
    if (cur_.IsName("async") && !member->a) {
      Lexer saved = lexer_;
      Token next = lexer_.Next();
      lexer_ = saved;
      if (!next.Is("(") && !next.newline_before) {
        Advance();
        is_async = true;
      }
    }
    bool is_generator = EatGeneratorStar();
    uint32_t accessor = 0;
    if ((cur_.IsName("get") || cur_.IsName("set")) && !member->a && !is_async && !is_generator) {
      Lexer saved = lexer_;
      Token next = lexer_.Next();
      lexer_ = saved;
      bool is_field = next.Is("=") || next.Is(";") || next.Is("}") || next.newline_before;
      if (!next.Is("(") && !is_field) {
        accessor = cur_.IsName("get") ? kGetter : kSetter;
        Advance();
      }
    }
    if (cur_.Is("#") && !member->a) {
      Node* id = ParsePrivateName();
      if (id->str == "#constructor") Fail(id->loc, "Class constructor may not be a private method");
      member->flags |= kPrivate;
      member->c = id;
      PushBackName(member, id->str, id->loc);
    }
    SourceLoc key_loc = cur_.loc;
    if (!member->a) member->a = ParsePropertyKey(member);
    std::string name = member->a->kind == NodeKind::kString ? member->a->str : "";
    if (accessor) {
      // ECMA-262 15.7.1 Static Semantics: Early Errors for ClassElement.
      if (!(member->flags & (kStatic | kComputed)) && name == "constructor")
        Fail(key_loc, "Class constructor may not be an accessor");
      if ((member->flags & kStatic) && !(member->flags & kComputed) && name == "prototype")
        Fail(key_loc, "Classes may not have a static property named 'prototype'");
      member->flags |= accessor;
      member->b = ParseAccessor(accessor, key_loc);
      member->b->func->in_class = true;
      cls->list.push_back(member);
      return;
    }
    if (!cur_.Is("(")) {
      if (is_generator) Unexpected();
      return ParseClassField(cls, member, is_async);
    }
    bool is_ctor = !(member->flags & (kStatic | kComputed)) && name == "constructor";
    if (is_ctor && is_generator) Fail(member->a->loc, "Class constructor may not be a generator");
    Node* fn = Make(NodeKind::kFunction, loc);
    fn->func = ParseFunctionRest(name, is_async, !is_ctor, loc, is_generator);
    fn->func->in_class = true;
    if (is_ctor) {
      if (cls->b) Fail(loc, "A class may only have one constructor");
      cls->b = fn;
      return;
    }
    member->b = fn;
    cls->list.push_back(member);
  }
  // The function of `get key() {}` / `set key(v) {}` once the key is parsed (ECMA-262 15.4
  // MethodDefinition). Its name ("get key") is given when it is defined, as the key may be
  // computed. The parameter counts are early errors V8 reports at the parameter list.
  Node* ParseAccessor(uint32_t accessor, SourceLoc loc) {
    SourceLoc params_loc = cur_.loc;
    if (!cur_.Is("(")) Unexpected();
    Node* fn = Make(NodeKind::kFunction, loc);
    fn->func = ParseFunctionRest("", false, true, loc);
    const std::vector<Node*>& params = fn->func->params;
    if (accessor == kGetter && !params.empty())
      Fail(params_loc, "Getter must not have any formal parameters.");
    if (accessor == kSetter && params.size() != 1)
      Fail(params_loc, "Setter must have exactly one formal parameter.");
    if (accessor == kSetter && params[0]->kind == NodeKind::kRest)
      Fail(params_loc, "Setter function argument must not be a rest parameter");
    return fn;
  }
  // `name = value;` / `static name = value;` (ECMA-262 15.7 FieldDefinition).
  void ParseClassField(Node* cls, Node* member, bool is_async) {
    if (is_async) Unexpected();
    if (member->flags & kComputed) {
      // ECMA-262 15.7.10: the key is evaluated once, with the class; each instance reuses it.
      member->c = Make(NodeKind::kIdent, member->a->loc);
      member->c->str = "%key" + std::to_string(computed_fields_++);
    }
    member->flags |= kField;
    if (Eat("=")) {
      bool saved_async = in_async_;
      bool saved_generator = in_generator_;
      bool saved_initializer = in_class_initializer_;
      in_async_ = in_generator_ = false;
      in_class_initializer_ = true;
      member->b = ParseAssignment();
      in_async_ = saved_async;
      in_generator_ = saved_generator;
      in_class_initializer_ = saved_initializer;
    }
    if ((member->flags & kStatic) && member->b) member->b = StaticInitializer(member);
    ConsumeSemicolon();
    cls->list.push_back(member);
  }
  // A static field's initializer is a method of the class (ECMA-262 15.7.10
  // ClassFieldDefinitionEvaluation), called with the class as `this`: `() => value` as a
  // method. An anonymous function or class is named after the key here, as the compiler
  // names an instance field's value.
  Node* StaticInitializer(Node* member) {
    Node* value = member->b;
    if (member->a->kind == NodeKind::kString) {
      if (value->kind == NodeKind::kFunction && value->func->name.empty())
        value->func->name = member->a->str;
      if (value->kind == NodeKind::kClass && value->str.empty()) {
        value->str = member->a->str;
        value->b->func->name = member->a->str;
      }
    }
    Node* fn = Make(NodeKind::kFunction, value->loc);
    fn->func = ast_->MakeFunction();
    fn->func->loc = value->loc;
    fn->func->is_method = true;
    fn->func->in_class = true;
    fn->func->expression_body = true;
    fn->func->body = value;
    return fn;
  }
  // `static { ... }` (ECMA-262 15.7 ClassStaticBlock): a method of the class, called once with
  // the class as `this` where it stands among the static fields.
  void ParseStaticBlock(Node* cls, Node* member, SourceLoc loc) {
    member->flags |= kStatic | kStaticBlock;
    Node* fn = Make(NodeKind::kFunction, loc);
    fn->func = ast_->MakeFunction();
    fn->func->loc = loc;
    fn->func->is_method = true;
    fn->func->in_class = true;
    bool saved_async = in_async_;
    bool saved_generator = in_generator_;
    bool saved_initializer = in_class_initializer_;
    in_async_ = in_generator_ = false;
    in_class_initializer_ = true;
    fn->func->body = ParseFunctionBody(true);
    in_async_ = saved_async;
    in_generator_ = saved_generator;
    in_class_initializer_ = saved_initializer;
    member->b = fn;
    cls->list.push_back(member);
  }
  // `#name` at the "#" token: an Ident (kPrivate) naming the hidden binding that holds the
  // class's Private Name.
  Node* ParsePrivateName() {
    SourceLoc hash = cur_.loc;
    Advance();  // "#"
    if (cur_.kind != TokenKind::kName || cur_.loc.line != hash.line || cur_.loc.col != hash.col + 1)
      Fail(hash, "Invalid or unexpected token");
    Node* id = Make(NodeKind::kIdent, hash);
    id->str = "#" + cur_.value;
    id->flags |= kPrivate;
    Advance();
    return id;
  }
  void UsePrivateName(const Node* id, SourceLoc loc) {
    if (private_scopes_.empty())
      Fail(loc, "Private field '" + id->str + "' must be declared in an enclosing class");
    private_scopes_.back().used.emplace_back(id->str, loc);
  }
  // A name may be declared once, but for a getter and a setter of the same placement.
  void DeclarePrivateName(const std::string& name, uint32_t kind, SourceLoc loc) {
    auto [it, fresh] = private_scopes_.back().declared.emplace(name, kind);
    if (fresh) return;
    if ((it->second ^ kind) != (kGetter | kSetter))
      Fail(loc, "Identifier '" + name + "' has already been declared");
    it->second |= kind;
  }
  void ClosePrivateScope() {
    PrivateScope done = std::move(private_scopes_.back());
    private_scopes_.pop_back();
    for (auto& [name, loc] : done.used) {
      if (done.declared.contains(name)) continue;
      if (private_scopes_.empty())
        Fail(loc, "Private field '" + name + "' must be declared in an enclosing class");
      private_scopes_.back().used.emplace_back(name, loc);
    }
  }
  void PushBackName(Node* member, std::string name, SourceLoc loc) {
    member->a = Make(NodeKind::kString, loc);
    member->a->str = std::move(name);
  }
  Node* ParsePropertyKey(Node* owner) {
    SourceLoc loc = cur_.loc;
    if (Eat("[")) {
      owner->flags |= kComputed;
      Node* key = ParseAssignment();
      Expect("]");
      return key;
    }
    Node* key = Make(NodeKind::kString, loc);
    if (cur_.kind == TokenKind::kName || cur_.kind == TokenKind::kString) {
      key->str = cur_.value;
    } else if (cur_.kind == TokenKind::kNumber) {
      key->kind = NodeKind::kNumber;
      key->num = cur_.number;
    } else if (cur_.kind == TokenKind::kBigInt) {
      key->str = BigIntLiteralToDecimal(cur_.value);  // ECMA-262 13.2.5.4 PropName: ToString
    } else {
      Unexpected();
    }
    Advance();
    return key;
  }

  // [SECTION] expressions
  Node* ParseExpression() {
    Node* first = ParseAssignment();
    if (!cur_.Is(",")) return first;
    Node* seq = Make(NodeKind::kSequence, first->loc);
    seq->list.push_back(first);
    while (Eat(",")) seq->list.push_back(ParseAssignment());
    return seq;
  }
  // Deeply nested source must not exhaust the C++ stack: the parser, the scope pass and the
  // compiler recurse once per level of nesting, so this one bound holds for all three. Long
  // chains (a + b + …, a.b.c…, f()()…, ?: and else-if chains) are walked with loops and
  // cost no depth.
  struct DepthGuard {
    Parser& p;
    explicit DepthGuard(Parser& parser) : p(parser) {
      if (++p.depth_ > kMaxNesting) p.Fail(p.cur_.loc, "Maximum call stack size exceeded");
    }
    ~DepthGuard() { --p.depth_; }
  };
  static constexpr int kMaxNesting = 400;
  static constexpr size_t kMaxArguments = 65535;

  Node* ParseAssignment() {
    DepthGuard guard(*this);
    if (in_generator_ && cur_.IsName("yield")) return ParseYield();
    if (Node* arrow = TryParseArrow()) return arrow;
    SourceLoc loc = cur_.loc;
    return FinishAssignment(ParseConditional(), loc);
  }
  // ECMA-262 15.5 YieldExpression: `yield`, `yield expr`, `yield* expr`. The operand is
  // optional: a line break or a token that cannot start an expression ends the yield.
  Node* ParseYield() {
    Node* n = Make(NodeKind::kYield, cur_.loc);
    Advance();
    if (cur_.newline_before) return n;
    if (Eat("*")) {
      n->flags |= kDelegate;
      n->a = ParseAssignment();
      return n;
    }
    static constexpr std::string_view kEnds[] = {")", "]", "}", ",", ";", ":", "=>"};
    if (cur_.kind == TokenKind::kEnd || cur_.IsName("in") || cur_.IsName("of")) return n;
    if (cur_.kind == TokenKind::kPunct)
      for (std::string_view end : kEnds)
        if (cur_.Is(end)) return n;
    n->a = ParseAssignment();
    return n;
  }
  // `lhs = rhs` (or any assignment operator) once lhs, which started at `loc`, is parsed.
  Node* FinishAssignment(Node* lhs, SourceLoc loc) {
    if (cur_.kind == TokenKind::kPunct && IsAssignOp(cur_.text)) {
      Node* n = Make(NodeKind::kAssign, lhs->loc);
      n->op = std::string(cur_.text);
      if (n->op == "=" && (lhs->kind == NodeKind::kArray || lhs->kind == NodeKind::kObject) &&
          !(lhs->flags & kParenthesized)) {
        n->a = ToPattern(lhs, false);
      } else if (lhs->kind == NodeKind::kIdent || lhs->kind == NodeKind::kMember) {
        n->a = lhs;
      } else {
        Fail(loc, "Invalid left-hand side in assignment");
      }
      Advance();
      n->b = ParseAssignment();
      return n;
    }
    return lhs;
  }
  // Arrow functions: `x =>`, `async x =>`, `(...) =>`, `async (...) =>`. Parenthesised
  // forms are parsed as expressions first and converted (the cover grammar).
  Node* TryParseArrow() {
    SourceLoc loc = cur_.loc;
    if (cur_.kind != TokenKind::kName) return nullptr;
    bool is_async = false;
    Lexer saved = lexer_;
    Token saved_tok = cur_;
    if (cur_.IsName("async")) {
      Token next = lexer_.Next();
      lexer_ = saved;
      if (next.kind == TokenKind::kName && !next.newline_before && !next.IsName("function")) {
        Advance();
        is_async = true;
      } else {
        return nullptr;
      }
    }
    if (cur_.kind == TokenKind::kName && !ReservedWords().contains(cur_.text)) {
      Lexer after_name = lexer_;
      Token next = lexer_.Next();
      lexer_ = after_name;
      if (next.Is("=>") && !next.newline_before) {
        if (in_static_block_ && cur_.IsName("await")) Fail(cur_.loc, "Unexpected reserved word");
        Node* param = Make(NodeKind::kIdent, cur_.loc);
        param->str = cur_.value;
        Advance();
        Advance();  // =>
        return ParseArrowBody({param}, is_async, loc);
      }
    }
    if (is_async) {
      lexer_ = saved;
      cur_ = saved_tok;
    }
    return nullptr;
  }
  Node* ParseArrowBody(std::vector<Node*> params, bool is_async, SourceLoc loc) {
    Node* n = Make(NodeKind::kFunction, loc);
    FunctionInfo* f = ast_->MakeFunction();
    n->func = f;
    f->params = std::move(params);
    f->is_arrow = true;
    f->is_async = is_async;
    f->loc = loc;
    bool saved_async = in_async_;
    bool saved_generator = in_generator_;
    in_async_ = is_async;
    in_generator_ = false;  // an arrow's `yield` is an identifier or an error, never a yield
    if (cur_.Is("{")) {
      f->body = ParseFunctionBody();
    } else {
      f->expression_body = true;
      f->body = ParseAssignment();
    }
    in_async_ = saved_async;
    in_generator_ = saved_generator;
    return n;
  }
  // `a ? b : c ? d : …` nests to the right. The chain of alternates is built in a loop, so
  // its length costs no native stack; an alternate that is not itself a conditional ends it.
  Node* ParseConditional() {
    Node* test = ParseBinary(0);
    if (!cur_.Is("?")) return test;
    Node* first = nullptr;
    Node** link = &first;
    while (true) {
      Advance();  // ?
      Node* n = Make(NodeKind::kConditional, test->loc);
      n->a = test;
      bool saved_no_in = no_in_;
      no_in_ = false;
      n->b = ParseAssignment();
      no_in_ = saved_no_in;
      Expect(":");
      *link = n;
      link = &n->c;
      // The alternate is an AssignmentExpression (ECMA-262 13.14).
      if (Node* arrow = TryParseArrow()) {
        *link = arrow;
        break;
      }
      SourceLoc loc = cur_.loc;
      Node* next = ParseBinary(0);
      if (!cur_.Is("?")) {
        *link = FinishAssignment(next, loc);
        break;
      }
      test = next;
    }
    return first;
  }
  int BinaryPrecedence() const {
    if (cur_.kind != TokenKind::kPunct &&
        !(cur_.kind == TokenKind::kName && (cur_.text == "instanceof" || cur_.text == "in")))
      return -1;
    if (no_in_ && cur_.text == "in") return -1;
    for (const BinaryRule& rule : kBinaryRules)
      if (rule.op == cur_.text) return rule.precedence;
    return -1;
  }
  static bool MixesCoalesce(const Node* left, std::string_view op) {
    if (left->kind != NodeKind::kLogical || (left->flags & kParenthesized)) return false;
    bool left_coalesce = left->op == "??";
    if (op == "??") return !left_coalesce;
    return left_coalesce && (op == "&&" || op == "||");
  }
  Node* ParseBinary(int min_precedence) {
    Node* left = ParseUnaryOrHigher();
    while (true) {
      int prec = BinaryPrecedence();
      if (prec < 0 || prec <= min_precedence - 1 || prec < min_precedence) break;
      // ECMA-262 13.13: `??` does not mix with `&&`/`||` without parentheses. As in V8, the
      // expression ends before the operator that would mix them, and whatever follows
      // reports it ("Unexpected token '||'", "missing ) after argument list").
      if (MixesCoalesce(left, cur_.text)) break;
      std::string op(cur_.text);
      SourceLoc op_loc = cur_.loc;
      Advance();
      // `**` is right-associative: its right operand may contain another `**`, and only
      // that recursion nests (the loop handles left-associative operators).
      Node* right;
      if (op == "**") {
        DepthGuard guard(*this);
        right = ParseBinary(prec);
      } else if (op == "??") {
        right = ParseBinary(kBitwiseOrPrecedence);  // CoalesceExpressionHead: no && or ||
      } else {
        right = ParseBinary(prec + 1);
      }
      bool logical = op == "&&" || op == "||" || op == "??";
      Node* n = Make(logical ? NodeKind::kLogical : NodeKind::kBinary, left->loc);
      n->op = op;
      n->op_loc = op_loc;
      n->a = left;
      n->b = right;
      left = n;
    }
    return left;
  }
  Node* ParseUnaryOrHigher() {
    DepthGuard guard(*this);
    SourceLoc loc = cur_.loc;
    if (cur_.kind == TokenKind::kPunct &&
        (cur_.text == "!" || cur_.text == "-" || cur_.text == "+" || cur_.text == "~")) {
      Node* n = Make(NodeKind::kUnary, loc);
      n->op = std::string(cur_.text);
      Advance();
      n->a = ParseUnaryOrHigher();
      if (cur_.Is("**"))
        Fail(cur_.loc,
             "Unary operator used immediately before exponentiation expression. Parenthesis must "
             "be used to disambiguate operator precedence");
      return n;
    }
    if (cur_.IsName("typeof") || cur_.IsName("void") || cur_.IsName("delete")) {
      Node* n = Make(NodeKind::kUnary, loc);
      n->op = cur_.value;
      Advance();
      n->a = ParseUnaryOrHigher();
      Node* target = n->a->kind == NodeKind::kOptionalChain ? n->a->a : n->a;
      if (n->op == "delete" && target->kind == NodeKind::kMember && (target->b->flags & kPrivate))
        Fail(target->b->loc, "Private fields can not be deleted");
      return n;
    }
    if (cur_.IsName("await") && !in_async_ && AwaitStartsExpression())
      Fail(loc, "await is only valid in async functions and the top level bodies of modules");
    if (cur_.IsName("await") && in_async_) {
      Node* n = Make(NodeKind::kAwait, loc);
      Advance();
      n->a = ParseUnaryOrHigher();
      return n;
    }
    if (cur_.Is("++") || cur_.Is("--")) {
      Node* n = Make(NodeKind::kUpdate, loc);
      n->op = std::string(cur_.text);
      n->flags |= kPrefix;
      Advance();
      n->a = ParseUnaryOrHigher();
      CheckSimpleTarget(n->a, "Invalid left-hand side expression in prefix operation");
      return n;
    }
    Node* expr = ParsePostfix();
    return expr;
  }
  // `await x` outside an async function: V8 reports it instead of "Unexpected identifier".
  bool AwaitStartsExpression() {
    Lexer saved = lexer_;
    Token next = lexer_.Next();
    lexer_ = saved;
    if (next.newline_before) return false;
    if (next.kind == TokenKind::kName)
      return !next.IsName("in") && !next.IsName("of") && !next.IsName("instanceof");
    return next.kind == TokenKind::kNumber || next.kind == TokenKind::kBigInt ||
           next.kind == TokenKind::kString || next.kind == TokenKind::kTemplate;
  }
  void CheckSimpleTarget(Node* n, const char* message) {
    if (n->kind != NodeKind::kIdent && n->kind != NodeKind::kMember) Fail(n->loc, message);
  }
  Node* ParsePostfix() {
    Node* expr = ParseCallOrMember(ParsePrimary(), true);
    if ((cur_.Is("++") || cur_.Is("--")) && !cur_.newline_before) {
      CheckSimpleTarget(expr, "Invalid left-hand side expression in postfix operation");
      Node* n = Make(NodeKind::kUpdate, expr->loc);
      n->op = std::string(cur_.text);
      n->a = expr;
      Advance();
      return n;
    }
    return expr;
  }
  // A call's arguments; `comma_after_spread` gets the first comma that follows a spread
  // (which `async (...a,) =>` must refuse as parameters).
  std::vector<Node*> ParseArguments(std::optional<SourceLoc>* comma_after_spread = nullptr) {
    AllowIn allow(no_in_);
    std::vector<Node*> args;
    while (!cur_.Is(")")) {
      if (cur_.Is("...")) {
        Node* s = Make(NodeKind::kSpread, cur_.loc);
        Advance();
        s->a = ParseAssignment();
        args.push_back(s);
        if (comma_after_spread && !*comma_after_spread && cur_.Is(","))
          *comma_after_spread = cur_.loc;
      } else {
        args.push_back(ParseAssignment());
      }
      // V8's limit, which also bounds the operand stack a call needs.
      if (args.size() >= kMaxArguments)
        Fail(args.back()->loc, "Too many arguments in function call (only 65535 allowed)");
      if (cur_.Is(")")) break;
      if (!Eat(",")) {
        if (cur_.kind == TokenKind::kEnd) Unexpected();
        Fail(cur_.loc, "missing ) after argument list");
      }
    }
    Advance();
    return args;
  }
  Node* ParseCallOrMember(Node* expr, bool allow_call) {
    bool optional_chain = false;
    while (true) {
      SourceLoc loc = cur_.loc;
      if (cur_.Is(".") || cur_.Is("?.")) {
        bool optional = cur_.Is("?.");
        Advance();
        if (optional && (cur_.Is("(") || cur_.Is("["))) {
          optional_chain = true;
          if (cur_.Is("(")) {
            if (!allow_call) Fail(loc, "Invalid optional chain from new expression");
            Advance();
            Node* call = Make(NodeKind::kCall, loc);
            call->a = expr;
            call->list = ParseArguments();
            call->flags |= kOptional;
            expr = call;
          } else {
            Advance();
            Node* m = Make(NodeKind::kMember, loc);
            m->a = expr;
            m->b = ParseExpression();
            m->flags |= kComputed | kOptional;
            Expect("]");
            expr = m;
          }
          continue;
        }
        if (cur_.Is("#")) {
          if (expr->kind == NodeKind::kSuper) Report(cur_.loc, "Unexpected private field");
          Node* m = Make(NodeKind::kMember, loc);
          m->a = expr;
          m->b = ParsePrivateName();
          UsePrivateName(m->b, loc);
          m->flags |= kComputed | (optional ? kOptional : 0);
          optional_chain = optional_chain || optional;
          expr = m;
          continue;
        }
        if (cur_.kind != TokenKind::kName) Unexpected();
        Node* m = Make(NodeKind::kMember, loc);
        m->a = expr;
        m->b = Make(NodeKind::kString, cur_.loc);
        m->b->str = cur_.value;
        if (optional) {
          m->flags |= kOptional;
          optional_chain = true;
        }
        Advance();
        expr = m;
      } else if (cur_.Is("[")) {
        Advance();
        Node* m = Make(NodeKind::kMember, loc);
        m->a = expr;
        m->b = ParseExpression();
        m->flags |= kComputed;
        Expect("]");
        expr = m;
      } else if (cur_.Is("(") && allow_call) {
        Advance();
        Node* call = Make(NodeKind::kCall, expr->loc);
        call->a = expr;
        call->list = ParseArguments();
        expr = call;
      } else if (cur_.kind == TokenKind::kTemplate) {
        if (optional_chain) Fail(cur_.loc, "Invalid tagged template on optional chain");
        expr = ParseTaggedTemplate(expr);
      } else {
        break;
      }
    }
    if (optional_chain) {
      Node* chain = Make(NodeKind::kOptionalChain, expr->loc);
      chain->a = expr;
      return chain;
    }
    return expr;
  }
  Node* ParseNew() {
    DepthGuard guard(*this);  // `new new new … X` nests
    SourceLoc loc = cur_.loc;
    Advance();
    if (Eat(".")) {
      // ECMA-262 13.3.12 new.target. Node's CommonJS wrapper is a function, so it is
      // allowed (and undefined) at the top level of a file too.
      if (!cur_.IsName("target")) Unexpected();
      Advance();
      return Make(NodeKind::kNewTarget, loc);
    }
    Node* callee = cur_.IsName("new") ? ParseNew() : ParsePrimary();
    callee = ParseCallOrMember(callee, false);
    Node* n = Make(NodeKind::kNew, loc);
    n->a = callee;
    if (Eat("(")) n->list = ParseArguments();
    return n;
  }
  Node* ParsePrimary() {
    SourceLoc loc = cur_.loc;
    switch (cur_.kind) {
      case TokenKind::kNumber: {
        Node* n = Make(NodeKind::kNumber, loc);
        n->num = cur_.number;
        Advance();
        return n;
      }
      case TokenKind::kBigInt: {
        Node* n = Make(NodeKind::kBigInt, loc);
        n->str = cur_.value;
        Advance();
        return n;
      }
      case TokenKind::kString: {
        Node* n = Make(NodeKind::kString, loc);
        n->str = cur_.value;
        Advance();
        return n;
      }
      case TokenKind::kTemplate:
        return ParseTemplate();
      case TokenKind::kName:
        return ParseNamePrimary();
      case TokenKind::kPunct:
        break;
      default:
        Unexpected();
    }
    if (cur_.Is("#")) {  // `#x in obj` (ECMA-262 13.10 RelationalExpression)
      Node* id = ParsePrivateName();
      UsePrivateName(id, loc);
      if (!cur_.IsName("in") || no_in_) Fail(id->loc, "Unexpected identifier '" + id->str + "'");
      return id;
    }
    if (cur_.Is("(")) return ParseParenthesized();
    if (cur_.Is("[")) return ParseArrayLiteral();
    if (cur_.Is("{")) return ParseObjectLiteral();
    if (cur_.Is("/") || cur_.Is("/=")) return ParseRegExpLiteral();
    Unexpected();
  }
  // The pattern's early errors (ECMA-262 22.2.1.1) are reported here, at the literal, as V8
  // reports them; parsing goes on after them.
  Node* ParseRegExpLiteral() {
    Token t = lexer_.ScanRegExp(cur_);
    if (t.kind == TokenKind::kError) Fail(t.loc, t.value);
    RegExpFlags flags;
    if (!ParseRegExpFlags(t.text, flags)) {
      Report(t.loc, "Invalid regular expression flags");
    } else {
      std::string error;
      if (!CompiledRegExp::Compile(t.value, flags, error))
        Report(t.loc, RegExpErrorMessage(t.value, t.text, error));
    }
    Node* n = Make(NodeKind::kRegExp, t.loc);
    n->str = t.value;
    n->op = std::string(t.text);
    Advance();
    return n;
  }
  Node* ParseNamePrimary() {
    SourceLoc loc = cur_.loc;
    std::string_view t = cur_.text;
    auto simple = [&](NodeKind k) {
      Advance();
      return Make(k, loc);
    };
    if (t == "this") return simple(NodeKind::kThis);
    if (t == "null") return simple(NodeKind::kNull);
    if (t == "await" && in_static_block_) Fail(loc, "Unexpected reserved word");
    if (t == "arguments" && in_class_initializer_)
      Fail(loc,
           "'arguments' is not allowed in class field initializer or static initialization block");
    if (t == "true") return simple(NodeKind::kTrue);
    if (t == "false") return simple(NodeKind::kFalse);
    if (t == "function") return ParseFunctionExpression(false, loc);
    if (t == "class") return ParseClass(false);
    if (t == "new") return ParseNew();
    if (t == "super") {
      Advance();
      if (!cur_.Is("(") && !cur_.Is(".") && !cur_.Is("["))
        Fail(loc, "'super' keyword unexpected here");
      return Make(NodeKind::kSuper, loc);
    }
    if (t == "async") {
      Lexer saved = lexer_;
      Token next = lexer_.Next();
      lexer_ = saved;
      if (next.IsName("function") && !next.newline_before) {
        Advance();
        return ParseFunctionExpression(true, loc);
      }
      if (next.Is("(") && !next.newline_before) return ParseAsyncArrowOrCall(loc);
    }
    if (t == "import") return ParseImportExpression(loc);
    if (ReservedWords().contains(t)) Unexpected();
    RejectEscapedReserved();
    Node* n = Make(NodeKind::kIdent, loc);
    n->str = cur_.value;
    Advance();
    return n;
  }
  // `async (a, b) => ...` or a call of a function named async.
  Node* ParseAsyncArrowOrCall(SourceLoc loc) {
    Node* callee = Make(NodeKind::kIdent, loc);
    callee->str = "async";
    Advance();
    Advance();  // (
    std::optional<SourceLoc> comma_after_spread;
    std::vector<Node*> args = ParseArguments(&comma_after_spread);
    if (cur_.Is("=>") && !cur_.newline_before) {
      if (comma_after_spread)
        Fail(*comma_after_spread, "Rest parameter must be last formal parameter");
      Advance();
      std::vector<Node*> params;
      for (Node* a : args) params.push_back(ToParam(a));
      return ParseArrowBody(std::move(params), true, loc);
    }
    Node* call = Make(NodeKind::kCall, loc);
    call->a = callee;
    call->list = std::move(args);
    return call;
  }
  Node* ParseParenthesized() {
    SourceLoc loc = cur_.loc;
    Advance();
    if (Eat(")")) {
      // ECMA-262 15.3: [no LineTerminator here] between the parameters and `=>`.
      if (!cur_.Is("=>") || cur_.newline_before) Unexpected();
      Advance();
      return ParseArrowBody({}, false, loc);
    }
    std::vector<Node*> items;
    bool saved_no_in = no_in_;
    no_in_ = false;
    bool trailing_rest = false;
    while (true) {
      if (cur_.Is("...")) {
        Node* rest = Make(NodeKind::kRest, cur_.loc);
        Advance();
        rest->a = ParseBindingTarget();
        items.push_back(rest);
        trailing_rest = true;
        // V8 marks the rest target's last token.
        if (cur_.Is(",")) Fail(prev_loc_, "Rest parameter must be last formal parameter");
        break;
      }
      items.push_back(ParseAssignment());
      if (!Eat(",")) break;
      if (cur_.Is(")")) {
        trailing_rest = true;
        break;
      }  // trailing comma: arrow params only
    }
    no_in_ = saved_no_in;
    Expect(")");
    if (cur_.Is("=>") && !cur_.newline_before) {
      Advance();
      std::vector<Node*> params;
      for (Node* item : items) params.push_back(ToParam(item));
      return ParseArrowBody(std::move(params), false, loc);
    }
    if (trailing_rest) Unexpected();
    Node* expr = items[0];
    if (items.size() > 1) {
      expr = Make(NodeKind::kSequence, items[0]->loc);
      expr->list = std::move(items);
    }
    expr->flags |= kParenthesized;
    return expr;
  }
  // A template literal; `tagged` keeps chunks with invalid escapes (ECMA-262 13.2.8.3
  // NotEscapeSequence: their cooked string is undefined), flagged kRawOnly.
  Node* ParseTemplate(bool tagged = false) {
    Node* n = Make(NodeKind::kTemplate, cur_.loc);
    while (true) {
      if (!cur_.escape_error.empty() && !tagged) Fail(cur_.escape_error_loc, cur_.escape_error);
      Node* quasi = Make(NodeKind::kString, cur_.loc);
      quasi->str = cur_.value;
      quasi->op = cur_.raw;
      if (!cur_.escape_error.empty()) quasi->flags |= kRawOnly;
      n->list.push_back(quasi);
      if (cur_.tail) break;
      Advance();
      n->list.push_back(ParseExpression());
      if (!cur_.Is("}")) Unexpected();
      cur_ = lexer_.ScanTemplateChunk();
      if (cur_.kind == TokenKind::kError) Fail(cur_.loc, cur_.value);
    }
    Advance();
    return n;
  }
  // ECMA-262 13.3.11 tag`a${x}b`: a call of the tag with the site's template object
  // (a TemplateSite node) and the substitutions; a member tag is the call's `this`.
  Node* ParseTaggedTemplate(Node* tag) {
    Node* call = Make(NodeKind::kCall, tag->loc);
    call->a = tag;
    Node* literal = ParseTemplate(true);
    Node* site = Make(NodeKind::kTemplateSite, literal->loc);
    call->list.push_back(site);
    for (size_t i = 0; i < literal->list.size(); ++i)
      (i % 2 == 0 ? site->list : call->list).push_back(literal->list[i]);
    return call;
  }
  // Inside brackets `in` is an operator again, even in a for head's left side (ECMA-262
  // 13.2.4: ArrayLiteral and ObjectLiteral take AssignmentExpression[+In]).
  struct AllowIn {
    explicit AllowIn(bool& no_in) : no_in_(no_in), saved_(no_in) { no_in = false; }
    ~AllowIn() { no_in_ = saved_; }
    AllowIn(const AllowIn&) = delete;
    AllowIn& operator=(const AllowIn&) = delete;
    bool& no_in_;
    bool saved_;
  };
  Node* ParseArrayLiteral() {
    AllowIn allow_in(no_in_);
    Node* n = Make(NodeKind::kArray, cur_.loc);
    Advance();
    while (!Eat("]")) {
      if (cur_.Is(",")) {
        Advance();
        n->list.push_back(nullptr);
        continue;
      }
      if (cur_.Is("...")) {
        Node* s = Make(NodeKind::kSpread, cur_.loc);
        Advance();
        s->a = ParseAssignment();
        n->list.push_back(s);
        if (cur_.Is(",")) s->flags |= kCommaAfter;
      } else {
        n->list.push_back(ParseAssignment());
      }
      if (!cur_.Is("]")) Expect(",");
    }
    return n;
  }
  Node* ParseObjectLiteral() {
    AllowIn allow_in(no_in_);
    Node* n = Make(NodeKind::kObject, cur_.loc);
    Advance();
    while (!Eat("}")) {
      Node* p = ParseObjectProperty();
      n->list.push_back(p);
      if ((p->flags & kSpreadProp) && cur_.Is(",")) p->flags |= kCommaAfter;
      if (!cur_.Is("}")) Expect(",");
    }
    return n;
  }
  Node* ParseObjectProperty() {
    SourceLoc loc = cur_.loc;
    Node* p = Make(NodeKind::kProperty, loc);
    if (cur_.Is("...")) {
      Advance();
      p->flags |= kSpreadProp;
      p->b = ParseAssignment();
      return p;
    }
    bool is_async = false;
    uint32_t accessor = 0;
    if ((cur_.IsName("get") || cur_.IsName("set") || cur_.IsName("async")) && !cur_.Is("(")) {
      Lexer saved = lexer_;
      Token next = lexer_.Next();
      lexer_ = saved;
      bool is_prefix =
          !next.Is("(") && !next.Is(",") && !next.Is(":") && !next.Is("}") && !next.Is("=");
      if (is_prefix) {
        if (cur_.IsName("async"))
          is_async = true;
        else
          accessor = cur_.IsName("get") ? kGetter : kSetter;
        Advance();
      }
    }
    bool is_generator = EatGeneratorStar();
    bool name_token = cur_.kind == TokenKind::kName;
    SourceLoc key_loc = cur_.loc;
    p->a = ParsePropertyKey(p);
    if (accessor) {
      p->flags |= kMethod | accessor;
      p->b = ParseAccessor(accessor, key_loc);
      return p;
    }
    if (cur_.Is("(")) {
      p->flags |= kMethod;
      Node* fn = Make(NodeKind::kFunction, key_loc);
      std::string name = p->a->kind == NodeKind::kString ? p->a->str : "";
      fn->func = ParseFunctionRest(name, is_async, true, key_loc, is_generator);
      p->b = fn;
      return p;
    }
    if (is_generator) Unexpected();
    if (Eat(":")) {
      p->b = ParseAssignment();
      return p;
    }
    if (!name_token || (p->flags & kComputed) || ReservedWords().contains(p->a->str)) Unexpected();
    // A shorthand is an IdentifierReference: `yield` in a generator and `await` in an async
    // function or a static block are not names there (ECMA-262 13.1.1).
    if (in_generator_ && p->a->str == "yield") Fail(key_loc, "Unexpected identifier 'yield'");
    if ((in_async_ || in_static_block_) && p->a->str == "await")
      Fail(key_loc, "Unexpected reserved word");
    p->flags |= kShorthand;
    Node* ident = Make(NodeKind::kIdent, key_loc);
    ident->str = p->a->str;
    p->b = ident;
    if (cur_.Is("=")) {
      // CoverInitializedName: only valid when the literal turns out to be a pattern.
      Node* assign = Make(NodeKind::kAssign, cur_.loc);
      assign->op = "=";
      Advance();
      assign->a = ident;
      assign->b = ParseAssignment();
      p->b = assign;
      pending_cover_.push_back(assign);
    }
    return p;
  }

  // [SECTION] patterns
  Node* ParseBindingTarget() {
    SourceLoc loc = cur_.loc;
    if (cur_.Is("[") || cur_.Is("{")) {
      Node* literal = cur_.Is("[") ? ParseArrayLiteral() : ParseObjectLiteral();
      return ToPattern(literal, true);
    }
    Node* n = Make(NodeKind::kIdent, loc);
    n->str = ExpectIdentifier();
    return n;
  }
  Node* ParseBindingElement() {
    Node* target = ParseBindingTarget();
    if (!cur_.Is("=")) return target;
    Node* n = Make(NodeKind::kAssignPattern, cur_.loc);
    Advance();
    n->a = target;
    n->b = ParseAssignment();
    return n;
  }
  Node* ToParam(Node* expr) {
    if (expr->kind == NodeKind::kRest) return expr;
    if (expr->kind == NodeKind::kSpread) {  // `async (...args) =>` was parsed as call arguments
      Node* rest = Make(NodeKind::kRest, expr->loc);
      rest->a = ToPattern(expr->a, true);
      return rest;
    }
    if (expr->kind == NodeKind::kMember) Fail(expr->loc, "Invalid destructuring assignment target");
    return ToPattern(expr, true);
  }
  // Reinterprets an expression as a destructuring pattern (ECMA-262 13.15.5).
  Node* ToPattern(Node* expr, bool binding) {
    switch (expr->kind) {
      case NodeKind::kIdent:
        return expr;
      case NodeKind::kMember:
        if (binding) break;
        return expr;
      case NodeKind::kAssign: {
        if (expr->op != "=") break;
        std::erase(pending_cover_, expr);
        Node* n = Make(NodeKind::kAssignPattern, expr->loc);
        n->a = ToPattern(expr->a, binding);
        n->b = expr->b;
        return n;
      }
      case NodeKind::kArray: {
        Node* n = Make(NodeKind::kArrayPattern, expr->loc);
        for (size_t i = 0; i < expr->list.size(); ++i) {
          Node* e = expr->list[i];
          if (e && e->kind == NodeKind::kSpread) {
            if (i + 1 != expr->list.size() || (e->flags & kCommaAfter))
              Fail(e->loc, "Rest element must be last element");
            Node* rest = Make(NodeKind::kRest, e->loc);
            rest->a = ToPattern(e->a, binding);
            n->list.push_back(rest);
          } else {
            n->list.push_back(e ? ToPattern(e, binding) : nullptr);
          }
        }
        return n;
      }
      case NodeKind::kObject: {
        Node* n = Make(NodeKind::kObjectPattern, expr->loc);
        for (Node* p : expr->list) {
          if (p->flags & kSpreadProp) {
            if (p != expr->list.back() || (p->flags & kCommaAfter))
              Report(p->b->loc, "Rest element must be last element");
            Node* rest = Make(NodeKind::kRest, p->loc);
            rest->a = ToPattern(p->b, binding);
            n->list.push_back(rest);
            continue;
          }
          if (p->flags & kMethod) Fail(p->loc, "Invalid destructuring assignment target");
          Node* pp = Make(NodeKind::kPatternProp, p->loc);
          pp->a = p->a;
          pp->flags = p->flags & (kComputed | kShorthand);
          pp->b = ToPattern(p->b, binding);
          n->list.push_back(pp);
        }
        return n;
      }
      case NodeKind::kRest:
      case NodeKind::kArrayPattern:
      case NodeKind::kObjectPattern:
      case NodeKind::kAssignPattern:
        return expr;  // already converted (a default value's target)
      default:
        break;
    }
    Fail(expr->loc, binding ? "Invalid destructuring assignment target"
                            : "Invalid left-hand side in assignment");
  }

 private:
  Lexer lexer_;
  const std::string& file_;
  Token cur_;
  SourceLoc prev_loc_;
  std::unique_ptr<Ast> ast_;
  std::vector<Diagnostic> diagnostics_;
  std::vector<Node*> pending_cover_;
  bool module_ = false;            // parsing a Module (ECMA-262 16.2), not a Script
  bool single_statement_ = false;  // the next statement is an if/loop body or labelled item
  bool in_async_ = false;
  bool in_generator_ = false;  // `yield` is a YieldExpression (the body of a generator)
  bool no_in_ = false;
  // A static block's own statements: `return` and the name `await` are early errors there.
  bool in_static_block_ = false;
  // A field initializer or static block, arrows included: `arguments` is an early error.
  bool in_class_initializer_ = false;
  int depth_ = 0;
  // The private names declared by the classes being parsed, innermost last (ECMA-262 15.7.1
  // AllPrivateIdentifiersValid): a `#x` not declared by its class is checked against the
  // enclosing ones when that class ends.
  struct PrivateScope {
    std::unordered_map<std::string, uint32_t> declared;  // kStatic | kGetter | kSetter | kField
    std::vector<std::pair<std::string, SourceLoc>> used;
  };
  std::vector<PrivateScope> private_scopes_;
  uint32_t computed_fields_ = 0;  // names the hidden bindings of computed field keys
};

}  // namespace

ParseResult Parse(std::string_view source, const std::string& file_name) {
  Parser parser(source, file_name);
  return parser.Run();
}

ParseResult ParseModule(std::string_view source, const std::string& file_name) {
  Parser parser(source, file_name, /*module=*/true);
  return parser.Run();
}

}  // namespace loopscope::js
