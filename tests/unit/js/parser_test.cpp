// tests/unit/js/parser_test.cpp — syntax errors and out-of-subset constructs are reported
// as located diagnostics, several per run, with V8's wording for real syntax errors.
#include "engine/js/parser.h"

#include <gtest/gtest.h>

#include "engine/js/vm.h"

namespace loopscope::js {
namespace {

std::vector<Diagnostic> Errors(const std::string& src) {
  Hooks hooks;
  Vm vm(hooks);
  return vm.Compile(src, "prog.js").diagnostics;
}

TEST(Parser, ValidProgramHasNoDiagnostics) {
  EXPECT_TRUE(
      Errors("const f = async (a, { b = 1 } = {}, ...r) => { for (const [k, v] of r) await k; };\n"
             "class A extends B { constructor() { super(); } static s() {} }\n"
             "label = a?.b?.[c]?.(d) ?? `t${x}`; x ||= y; x &&= z; x ?\?= w; x **= 2;")
          .empty());
}

TEST(Parser, MissingParenInCall) {
  auto d = Errors("console.log('a', 1;\n");
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(d[0].message, "missing ) after argument list");
  EXPECT_EQ(d[0].file, "prog.js");
  EXPECT_EQ(d[0].loc.line, 1u);
  EXPECT_EQ(d[0].loc.col, 19u);
}

TEST(Parser, UnexpectedTokenAndEndOfInput) {
  auto d = Errors("let x = );\n");
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(d[0].message, "Unexpected token ')'");
  EXPECT_EQ(d[0].loc.col, 9u);
  auto e = Errors("function f() {\n  return 1;\n");
  ASSERT_EQ(e.size(), 1u);
  EXPECT_EQ(e[0].message, "Unexpected end of input");
}

TEST(Parser, RecoversAndReportsSeveralErrors) {
  auto d = Errors("let a = ;\nconst ok = 1;\nlet b = );\nfoo(1 2);\n");
  ASSERT_EQ(d.size(), 3u);
  EXPECT_EQ(d[0].loc.line, 1u);
  EXPECT_EQ(d[1].loc.line, 3u);
  EXPECT_EQ(d[2].loc.line, 4u);
}

TEST(Parser, StrayBackslashIsAnErrorAndRecoveryMovesOn) {
  auto d = Errors("\\");
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(d[0].message, "Invalid or unexpected token");
  // An identifier escape is a name (ab); the stray backslashes on line 2 are the error.
  auto e = Errors("let a\\u0062 = 1;\n\\\\\n");
  ASSERT_GE(e.size(), 1u);
  EXPECT_EQ(e[0].loc.line, 2u);
  EXPECT_EQ(e[0].message, "Invalid or unexpected token");
  auto bad = Errors("var a\\u00G = 1;");
  ASSERT_EQ(bad.size(), 1u);
  EXPECT_EQ(bad[0].message, "Invalid Unicode escape sequence");
  EXPECT_EQ(bad[0].loc.col, 6u);
  auto keyword = Errors("var bre\\u0061k = 1;");
  ASSERT_EQ(keyword.size(), 1u);
  EXPECT_EQ(keyword[0].message, "Keyword must not contain escaped characters");
}

TEST(Parser, OutOfSubsetConstructsAreNamed) {
  struct Case {
    const char* src;
    const char* construct;
    uint32_t line;
  };
  const Case cases[] = {
      {"with (o) {}", "with statements", 1},
  };
  for (const Case& c : cases) {
    auto d = Errors(c.src);
    ASSERT_EQ(d.size(), 1u) << c.src;
    EXPECT_NE(d[0].message.find(c.construct), std::string::npos) << d[0].message;
    EXPECT_NE(d[0].message.find("are not supported in Loopscope's JavaScript subset"),
              std::string::npos)
        << d[0].message;
    EXPECT_EQ(d[0].loc.line, c.line) << c.src;
  }
}

// ECMA-262 14.7.5: `for await` is an of-loop of an async function, worded as V8 words it.
TEST(Parser, ForAwaitOnlyOfLoopsInAsyncFunctions) {
  struct Case {
    const char* src;
    const char* message;
    uint32_t col;
  };
  const Case cases[] = {
      {"function f() { for await (const x of y) {} }", "Unexpected reserved word", 20},
      {"async function f() { for await (const x in y) {} }", "Unexpected token 'in'", 41},
      {"async function f() { for await (;;) {} }", "Unexpected token ';'", 33},
  };
  for (const Case& c : cases) {
    auto d = Errors(c.src);
    ASSERT_EQ(d.size(), 1u) << c.src;
    EXPECT_EQ(d[0].message, c.message) << c.src;
    EXPECT_EQ(d[0].loc.col, c.col) << c.src;
  }
  EXPECT_TRUE(Errors("async function f() { for await (const [a, b] of y) {} }").empty());
  EXPECT_TRUE(
      Errors("const o = { async *g() { yield* h(); } }; class C { async *m() {} }").empty());
}

TEST(Parser, RedeclarationAndBadTargets) {
  auto d = Errors("let a = 1;\nlet a = 2;\n");
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(d[0].message, "Identifier 'a' has already been declared");
  EXPECT_EQ(d[0].loc.line, 2u);
  EXPECT_EQ(Errors("1 = 2;")[0].message, "Invalid left-hand side in assignment");
  EXPECT_EQ(Errors("const c;")[0].message, "Missing initializer in const declaration");
  EXPECT_EQ(Errors("break;")[0].message, "Illegal break statement");
  EXPECT_EQ(Errors("'unterminated")[0].message, "Invalid or unexpected token");
}

TEST(Parser, EveryNodeHasALocation) {
  ParseResult r = Parse("const x = 1;\nif (x) {\n  f(x + 2);\n}\n", "p.js");
  ASSERT_TRUE(r.ast);
  Node* iff = r.ast->root->list[1];
  EXPECT_EQ(iff->kind, NodeKind::kIf);
  EXPECT_EQ(iff->loc.line, 2u);
  Node* call = iff->b->list[0]->a;
  EXPECT_EQ(call->kind, NodeKind::kCall);
  EXPECT_EQ(call->loc.line, 3u);
  EXPECT_EQ(call->loc.col, 3u);
  EXPECT_EQ(call->list[0]->loc.col, 5u);
  EXPECT_EQ(call->list[0]->b->loc.col, 9u);
}

}  // namespace
}  // namespace loopscope::js

namespace loopscope::js {
namespace {

TEST(Parser, DeepNestingIsAnErrorNotACrash) {
  for (const char* open : {"(", "[", "{a:", "!", "-"}) {
    std::string src;
    for (int i = 0; i < 100000; ++i) src += open;
    auto d = Errors(src + "1");
    ASSERT_FALSE(d.empty()) << open;
  }
  std::string blocks;
  for (int i = 0; i < 50000; ++i) blocks += "{";
  EXPECT_FALSE(Errors(blocks).empty());
}

TEST(Parser, GarbageInputNeverCrashes) {
  const char* inputs[] = {"\x01\x02\x03",
                          "`${",
                          "'\\u{110000",
                          "a.b.",
                          "class { constructor( }",
                          "async () =>",
                          "for (let of x) {}",
                          "((a, b) => c) => d",
                          "x = { ...",
                          "0x",
                          "1e",
                          "\"\\",
                          "/*",
                          "} } }"};
  for (const char* src : inputs) {
    Hooks hooks;
    Vm vm(hooks);
    CompileResult r = vm.Compile(src, "g.js");
    if (r.script) {
      EXPECT_TRUE(vm.RunScript(r.script).type != Completion::Type::kTerminated);
    }
  }
}

}  // namespace
}  // namespace loopscope::js

namespace loopscope::js {
namespace {

TEST(Parser, AwaitOutsideAsyncFunction) {
  auto d = Errors("function f() {\n  await g();\n}\n");
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(d[0].message,
            "await is only valid in async functions and the top level bodies of modules");
  EXPECT_EQ(d[0].loc, (SourceLoc{2, 3}));
  EXPECT_TRUE(Errors("const await = 1; console.log(await);").empty());
}

}  // namespace
}  // namespace loopscope::js
