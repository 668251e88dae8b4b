// tests/unit/js/early_errors_test.cpp — ECMA-262's early errors are load errors located
// and worded as node v20 reports them (each row was checked against `node`): the first
// diagnostic names the place V8 marks with its caret.
#include <gtest/gtest.h>

#include "engine/js/vm.h"

namespace loopscope::js {
namespace {

struct EarlyError {
  const char* source;
  const char* message;
  uint32_t line;
  uint32_t col;
};

constexpr EarlyError kEarlyErrors[] = {
    // ?? does not mix with && or || without parentheses: the expression ends there.
    {"var a, b, c; a ?? b || c;", "Unexpected token '||'", 1, 21},
    {"var a, b, c; console.log(a || b ?? c);", "missing ) after argument list", 1, 33},
    {"var a, b, c; x = a && b ?? c;", "Unexpected token '?\?'", 1, 25},
    {"var a, b, c; a ?? b && c;", "Unexpected token '&&'", 1, 21},
    {"switch (1) {\n  default: 1;\n  case 2: 2;\n  default: 3;\n}\n",
     "More than one default clause in switch statement", 4, 3},
    // Parameters.
    {"\"use strict\";\nfunction f(a, a) {}", "Duplicate parameter name not allowed in this context",
     2, 15},
    {"const f = (a, a) => 1;", "Duplicate parameter name not allowed in this context", 1, 15},
    {"function f(a = 1, a) {}", "Duplicate parameter name not allowed in this context", 1, 19},
    {"(function (a, [a]) {})", "Duplicate parameter name not allowed in this context", 1, 16},
    {"class C { m(a, a) {} }", "Duplicate parameter name not allowed in this context", 1, 16},
    {"var o = { m(a, a) {} }", "Duplicate parameter name not allowed in this context", 1, 16},
    {"function f(a, a) { \"use strict\"; }", "Duplicate parameter name not allowed in this context",
     1, 15},
    {"function f(a = 1) { \"use strict\"; }",
     "Illegal 'use strict' directive in function with non-simple parameter list", 1, 21},
    // Accessors: parameter counts at the parameter list, names at the key.
    {"var o = { get x(a) { return 1; } };", "Getter must not have any formal parameters.", 1, 16},
    {"var o = { set x() {} };", "Setter must have exactly one formal parameter.", 1, 16},
    {"var o = { set x(a, b) {} };", "Setter must have exactly one formal parameter.", 1, 16},
    {"var o = { set x(...a) {} };", "Setter function argument must not be a rest parameter", 1, 16},
    {"class C { static set x() {} }", "Setter must have exactly one formal parameter.", 1, 23},
    {"var o = { get x }", "Unexpected token '}'", 1, 17},
    {"class C { get constructor() {} }", "Class constructor may not be an accessor", 1, 15},
    {"class C { static get prototype() {} }",
     "Classes may not have a static property named 'prototype'", 1, 22},
    {"var {get x() {}} = {};", "Invalid destructuring assignment target", 1, 6},
    // Lexical names and redeclarations (reported at the later declaration).
    {"const let = 1;", "let is disallowed as a lexically bound name", 1, 7},
    {"for (let let of []) ;", "let is disallowed as a lexically bound name", 1, 10},
    {"let x; { var x; }", "Identifier 'x' has already been declared", 1, 14},
    {"let x; var x;", "Identifier 'x' has already been declared", 1, 12},
    {"var x; let x;", "Identifier 'x' has already been declared", 1, 12},
    {"function f(){} let f;", "Identifier 'f' has already been declared", 1, 20},
    {"try {} catch (e) { let e; }", "Identifier 'e' has already been declared", 1, 24},
    {"function f(a) { let a; }", "Identifier 'a' has already been declared", 1, 21},
    // Strict mode code.
    {"\"use strict\"; let let = 1;", "Unexpected strict mode reserved word", 1, 19},
    {"\"use strict\"; implements = 1;", "Unexpected strict mode reserved word", 1, 15},
    {"\"use strict\"; let yield = 1;", "Unexpected strict mode reserved word", 1, 19},
    {"\"use strict\"; try {} catch (static) {}", "Unexpected strict mode reserved word", 1, 29},
    {"\"use strict\"; function f(eval) {}", "Unexpected eval or arguments in strict mode", 1, 26},
    {"\"use strict\"; var arguments;", "Unexpected eval or arguments in strict mode", 1, 19},
    {"\"use strict\"; eval = 1;", "Unexpected eval or arguments in strict mode", 1, 15},
    {"\"use strict\"; arguments++;", "Unexpected eval or arguments in strict mode", 1, 15},
    {"\"use strict\"; var x; delete x;", "Delete of an unqualified identifier in strict mode.", 1,
     29},
    // Functions where a Statement is expected, and block-level function declarations.
    {"for (var x of []) function f() {}",
     "In non-strict mode code, functions can only be declared at top level, inside a block, or "
     "as the body of an if statement.",
     1, 19},
    {"while (false) async function f() {}",
     "Async functions can only be declared at the top level or inside a block.", 1, 15},
    {"switch (0) { case 1: function f() {} default: async function f() {} }",
     "Identifier 'f' has already been declared", 1, 47},
    {"switch (0) { case 1: let f; default: function f() {} }",
     "Identifier 'f' has already been declared", 1, 38},
    {"\"use strict\"; { function f() {} function f() {} }",
     "Identifier 'f' has already been declared", 1, 33},
    {"let f; function f(){}", "Identifier 'f' has already been declared", 1, 8},
    // Patterns.
    {"let [...x = []] = [];", "Invalid destructuring assignment target", 1, 6},
    {"var x; [...x = 1] = [];", "Invalid destructuring assignment target", 1, 9},
    {"try {} catch ([a, a]) {}", "Identifier 'a' has already been declared", 1, 19},
    {"\"use strict\"; [arguments] = [];", "Invalid destructuring assignment target", 1, 16},
    {"\"use strict\"; ({a: eval} = {});", "Invalid destructuring assignment target", 1, 20},
    {"\"use strict\"; for ([eval] of []) ;", "Invalid destructuring assignment target", 1, 21},
    {"\"use strict\"; [eval = 1] = [];", "Unexpected eval or arguments in strict mode", 1, 16},
    {"\"use strict\"; ({ eval } = {});", "Unexpected eval or arguments in strict mode", 1, 18},
    {"var a, b; ({...a, b} = {});", "Rest element must be last element", 1, 16},
    // super outside methods, super() outside derived constructors.
    {"function f() { super.x; }", "'super' keyword unexpected here", 1, 16},
    {"async function f() { super.x; }", "'super' keyword unexpected here", 1, 22},
    {"class A { constructor() { super(); } }", "'super' keyword unexpected here", 1, 27},
    {"class A extends Object { m() { super(); } }", "'super' keyword unexpected here", 1, 32},
    // Escapes.
    {"var x = `\\08`;", "Octal escape sequences are not allowed in template strings.", 1, 10},
    {"var x = `a${1}\\9`;", "\\8 and \\9 are not allowed in template strings.", 1, 15},
    {"var y = '\\u{110000}';", "Undefined Unicode code-point", 1, 10},
    {"var y = 'ab\\x4g';", "Invalid hexadecimal escape sequence", 1, 12},
    // await inside async functions.
    {"async function f(await) {}", "Unexpected reserved word", 1, 18},
    {"async function f() { let await; }", "Unexpected reserved word", 1, 26},
    {"var x = async (await) => 1;", "'await' is not a valid identifier name in an async function",
     1, 16},
    {"async function f(a = await 1) {}",
     "Illegal await-expression in formal parameters of async function", 1, 22},
    // Generators: yield only in a generator's body, `yield *` on one line.
    {"function* g(a = yield) {}", "Yield expression not allowed in formal parameter", 1, 17},
    {"function* g() { yield\n* 2 }", "Unexpected token '*'", 2, 1},
    {"class C { *constructor() {} }", "Class constructor may not be a generator", 1, 12},
    {"function* g() { function f() { yield 1; } }", "Unexpected number", 1, 38},
    {"function* g() { const f = () => yield 1; }", "Unexpected number", 1, 39},
    {"function* g() { yield * ; }", "Unexpected token ';'", 1, 25},
    // Labels: at the label a jump names, or at the second declaration.
    {"x: for (;;) { continue y; }", "Undefined label 'y'", 1, 24},
    {"a: ; a: ; break a;", "Undefined label 'a'", 1, 17},
    {"a: while (0) { (() => { break a; })(); }", "Undefined label 'a'", 1, 31},
    {"a: b: while (0) { a: ; }", "Label 'a' has already been declared", 1, 19},
    {"a: a: ;", "Label 'a' has already been declared", 1, 4},
    {"a: { for (;;) continue a; }",
     "Illegal continue statement: 'a' does not denote an iteration statement", 1, 24},
    {"s: switch (1) { case 1: continue s; }",
     "Illegal continue statement: 's' does not denote an iteration statement", 1, 34},
    // What a label may stand on (a sloppy plain function is the only declaration).
    {"l: const x = 1;", "Unexpected token 'const'", 1, 4},
    {"l: let x;", "Lexical declaration cannot appear in a single-statement context", 1, 4},
    {"l: async function f() {}",
     "Async functions can only be declared at the top level or inside a block.", 1, 4},
    {"l: function* g() {}", "Generators can only be declared at the top level or inside a block.",
     1, 12},
    {"\"use strict\"; l: function f() {}",
     "In strict mode code, functions can only be declared at top level or inside a block.", 1, 18},
    {"while (0) l: function f() {}",
     "In non-strict mode code, functions can only be declared at top level, inside a block, or as "
     "the body of an if statement.",
     1, 14},
    {"\"use strict\"; yield: ;", "Unexpected strict mode reserved word", 1, 15},
    {"if (false) let\n[a] = 1;", "Lexical declaration cannot appear in a single-statement context",
     1, 12},
    // Tagged templates: not after an optional chain; a plain template's bad escape is an
    // error (a tagged one's is an undefined cooked string).
    {"const a = {b() {}}; a?.b`x`;", "Invalid tagged template on optional chain", 1, 25},
    {"const s = `bad \\xZ`;", "Invalid hexadecimal escape sequence", 1, 16},
    // new.target is an expression, not an assignment target.
    {"function f() { new.target = 1; }", "Invalid left-hand side in assignment", 1, 16},
    {"function f() { return new.foo; }", "Unexpected identifier 'foo'", 1, 27},
    // Private names: declared once by an enclosing class (a getter and setter pair may
    // share one), never deleted, never after super.
    {"class A { m() { return this.#z; } }",
     "Private field '#z' must be declared in an enclosing class", 1, 28},
    {"this.#z", "Private field '#z' must be declared in an enclosing class", 1, 5},
    {"class A { #a; m() { class B { n() { return this.#b; } } } }",
     "Private field '#b' must be declared in an enclosing class", 1, 48},
    {"class A { #a; #a; }", "Identifier '#a' has already been declared", 1, 17},
    {"class A { get #a(){} get #a(){} }", "Identifier '#a' has already been declared", 1, 31},
    {"class A { static get #a(){} set #a(v){} }", "Identifier '#a' has already been declared", 1,
     39},
    {"class A { #a; m() { delete this.#a; } }", "Private fields can not be deleted", 1, 33},
    {"class A{ #constructor(){} }", "Class constructor may not be a private method", 1, 10},
    {"class A { #a; m() { return super.#a } }", "Unexpected private field", 1, 34},
    {"class A { # a }", "Invalid or unexpected token", 1, 11},
    {"class A { #a; m() { return ({ #a: 1 }) } }", "Unexpected identifier '#a'", 1, 31},
    {"class A { #a; m() { return #a } }", "Unexpected identifier '#a'", 1, 28},
    // A static block is not a function body.
    {"class A { static { return 1 } }", "Illegal return statement", 1, 20},
    {"class A { static { await; } }", "Unexpected reserved word", 1, 20},
    {"class A { static { var await; } }", "Unexpected reserved word", 1, 24},
    {"class A { x = () => arguments; }",
     "'arguments' is not allowed in class field initializer or static initialization block", 1, 21},
    {"class A { static { arguments } }",
     "'arguments' is not allowed in class field initializer or static initialization block", 1, 20},
    // Rest elements and parameters are last, with no comma after them; [Await] and [Yield]
    // reach nested arrows' parameters, shorthand names and declarations' names; a strict
    // function is named neither eval nor arguments; generators get no Annex B redeclaration.
    {"0, [...x,] = [];", "Rest element must be last element", 1, 5},
    {"var rest;\n0, {...rest,} = {};", "Rest element must be last element", 2, 8},
    {"(function*() {\n0, { yield } = {};\n});", "Unexpected identifier 'yield'", 2, 6},
    {"async(a = await => {}) => {};", "'await' is not a valid identifier name in an async function",
     1, 11},
    {"async() => { (a = await/r/g) => {} };",
     "Illegal await-expression in formal parameters of async function", 1, 19},
    {"async(a = (await) => {}) => {};",
     "'await' is not a valid identifier name in an async function", 1, 12},
    {"async(a = (...await) => {}) => {};",
     "'await' is not a valid identifier name in an async function", 1, 15},
    {"async(x = await) => {  }", "'await' is not a valid identifier name in an async function", 1,
     11},
    {"(async (...a,) => {\n});", "Rest parameter must be last formal parameter", 1, 13},
    {"async function foo() {\n  function await() {\n  }\n}", "Unexpected reserved word", 2, 12},
    {"class C {\n  static {\n    (await => 0);\n  }\n}", "Unexpected reserved word", 3, 6},
    {"var af = ()\n=> {};", "Unexpected token '=>'", 2, 1},
    {"var async;\nfor (async of [1]) ;", "The left-hand side of a for-of loop may not be 'async'.",
     2, 6},
    {"\"use strict\";\nasync function arguments () {  }",
     "Unexpected eval or arguments in strict mode", 2, 16},
    {"\"use strict\";\nasync function eval () {  }", "Unexpected eval or arguments in strict mode",
     2, 16},
    {"switch (0) { case 1: function f() {} default: function* f() {} }",
     "Identifier 'f' has already been declared", 1, 47},
    {"switch (0) { case 1: function* f() {} default: function f() {} }",
     "Identifier 'f' has already been declared", 1, 48},
    {"switch (0) { case 1: function* f() {} default: function* f() {} }",
     "Identifier 'f' has already been declared", 1, 48},
    {"class C {\n  static {\n    var {await} = {};\n  }\n}", "Unexpected reserved word", 3, 10},
    {"var [...x,] = [];", "Rest element must be last element", 1, 6},
    {"function f(...a,) {}", "Rest parameter must be last formal parameter", 1, 16},
    {"(...a,) => 1;", "Rest parameter must be last formal parameter", 1, 5},
    {"(...[a],) => 1;", "Rest parameter must be last formal parameter", 1, 7},
    {"(...a, b) => 1;", "Rest parameter must be last formal parameter", 1, 5},
    {"async (...a, b) => 1;", "Rest parameter must be last formal parameter", 1, 12},
    {"\"use strict\";\nfunction arguments () {  }", "Unexpected eval or arguments in strict mode",
     2, 10},
    {"\"use strict\";\n(async function eval () {  })",
     "Unexpected eval or arguments in strict mode", 2, 17},
    {"async function eval () { \"use strict\"; }", "Unexpected eval or arguments in strict mode", 1,
     16},
    {"class C { static { await => 0; } }", "Unexpected reserved word", 1, 20},
    {"async function f() { ({await}) => 1 }", "Unexpected reserved word", 1, 24},
    {"async function f() { (...await) => 1 }", "Unexpected reserved word", 1, 26},
    {"async function f() { class await {} }", "Unexpected reserved word", 1, 28},
    {"async function f() { (class await {}); }", "Unexpected reserved word", 1, 29},
    {"async (x = (y = await) => 1) => 1",
     "'await' is not a valid identifier name in an async function", 1, 17},
};

TEST(EarlyErrors, LocatedWithV8sWording) {
  for (const EarlyError& e : kEarlyErrors) {
    Hooks hooks;
    Vm vm(hooks);
    std::vector<Diagnostic> d = vm.Compile(e.source, "prog.js").diagnostics;
    ASSERT_FALSE(d.empty()) << e.source;
    EXPECT_EQ(d[0].message, e.message) << e.source;
    EXPECT_EQ(d[0].loc.line, e.line) << e.source;
    EXPECT_EQ(d[0].loc.col, e.col) << e.source;
  }
}

// The same names are fine where the rules do not apply.
TEST(EarlyErrors, SloppyCodeKeepsItsFreedoms) {
  Hooks hooks;
  Vm vm(hooks);
  EXPECT_TRUE(
      vm.Compile("function f(a, a) {}\nvar implements = 1, eval2;\nvar yield = 2;\n"
                 "{ let q; { var r; } }\nvar a, b, c; (a ?? b) || c; a ?? (b || c);\n"
                 "switch (1) { case 1: default: }\ntry {} catch (e) { var e; }\n"
                 "{ function f() {} function f() {} }\nif (true) function g() {}\n"
                 "async function h() { function i(await) {} }\n"
                 "async function k() { () => { var await; }; (function await() {}); }\n"
                 "class D { static { () => { var await; }; } }\n"
                 "var async; for ((async) of []); for (async in {});\n"
                 "var [...r] = [], {...s} = {}; [1, ...r,]; ({...s,});\n"
                 "async function j(a = async () => await 1, b = 2) {}\n"
                 "var o = { m() { return () => super.x; }, async n() { super.x; } };\n"
                 "class B extends Object { static s = super.constructor; x = super.toString;\n"
                 "  constructor() { super(); } }\n",
                 "prog.js")
          .diagnostics.empty());
}

}  // namespace
}  // namespace loopscope::js
