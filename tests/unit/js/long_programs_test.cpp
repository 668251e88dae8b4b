// tests/unit/js/long_programs_test.cpp — generated giants: chains 200,000 links long compile
// and run (no tree walk recurses along them), deep nesting of every kind is the located
// "Maximum call stack size exceeded" error, and the operand stack a function reserves is
// computed from its code, so huge argument lists cannot overrun it.
#include <gtest/gtest.h>

#include "engine/js/runtime.h"
#include "tests/unit/js/test_host.h"

namespace loopscope::js::testing {
namespace {

std::string Repeat(const std::string& piece, int n) {
  std::string out;
  out.reserve(piece.size() * static_cast<size_t>(n));
  for (int i = 0; i < n; ++i) out += piece;
  return out;
}

constexpr int kLinks = 200'000;

struct LongCase {
  const char* name;
  std::string source;
  const char* printed;
};

TEST(LongPrograms, ChainsOfEveryKindCompileAndRun) {
  const LongCase cases[] = {
      {"sum", "console.log(0" + Repeat(" + 1", kLinks) + ");", "200000\n"},
      {"string concatenation", "console.log((''" + Repeat(" + 'ab'", 2000) + ").length);",
       "4000\n"},
      {"or", "console.log(0" + Repeat(" || 0", kLinks) + " || 'end');", "end\n"},
      {"nullish", "console.log(null" + Repeat(" ?? null", kLinks) + " ?? 'end');", "end\n"},
      {"member", "const a = {}; a.b = a; console.log(typeof a" + Repeat(".b", kLinks) + ");",
       "object\n"},
      {"computed member",
       "const a = [0]; a[0] = a; console.log(a" + Repeat("[0]", kLinks) + ".length);", "1\n"},
      {"optional chain",
       "const a = {}; a.b = a; console.log(typeof a" + Repeat("?.b", kLinks) + "?.c);",
       "undefined\n"},
      {"call", "function f() { return f; } console.log(typeof f" + Repeat("()", kLinks) + ");",
       "function\n"},
      {"method call",
       "const o = { m() { return o; } }; console.log(typeof o" + Repeat(".m()", kLinks) + ");",
       "object\n"},
      {"conditional", "let x = 0; console.log(" + Repeat("x ? 1 : ", kLinks) + "'end');", "end\n"},
      {"comma", "let x = 1; console.log((x" + Repeat(", x", kLinks) + "));", "1\n"},
      {"else if", "let x = 0;\n" + Repeat("if (x) x++; else ", kLinks / 4) + "console.log('end');",
       "end\n"},
      {"template", "console.log(`" + Repeat("${1}", 2000) + "`.length);", "2000\n"},
  };
  for (const LongCase& c : cases) {
    TestHost host;
    EXPECT_TRUE(host.Run(c.source)) << c.name << ": " << host.errors;
    EXPECT_EQ(host.out, c.printed) << c.name;
  }
}

// The parser's depth guard bounds every recursive walk; each form of nesting must reach it
// and report it where it happened.
TEST(LongPrograms, DeepNestingOfEveryKindIsALocatedError) {
  const std::string expressions[] = {"(",
                                     "[",
                                     "{a: ",
                                     "!",
                                     "-",
                                     "new ",
                                     "x => ",
                                     "async () => ",
                                     "typeof ",
                                     "a ? (",
                                     "f(",
                                     "`${",
                                     "function g() { return ",
                                     "class extends ",
                                     "x = ",
                                     "2 ** "};
  const std::string statements[] = {"if (x) ", "while (x) ", "{ ", "try { ", "for (;;) "};
  std::vector<std::string> programs;
  for (const std::string& opener : expressions)
    programs.push_back("y = " + Repeat(opener, 100'000) + "1");
  for (const std::string& opener : statements) programs.push_back(Repeat(opener, 100'000) + "1");
  for (const std::string& program : programs) {
    std::string opener = program.substr(0, 12);
    TestHost host;
    EXPECT_FALSE(host.Run(program)) << opener;
    EXPECT_NE(host.errors.find("test.js:1:"), std::string::npos) << opener << ": " << host.errors;
    EXPECT_NE(host.errors.find("error: Maximum call stack size exceeded"), std::string::npos)
        << opener << ": " << host.errors;
  }
}

TEST(LongPrograms, NestingJustInsideTheGuardCompilesAndRuns) {
  TestHost host;
  ASSERT_TRUE(host.Run("console.log(" + Repeat("[", 150) + Repeat("]", 150) + ".length, " +
                       Repeat("(", 150) + "1" + Repeat(")", 150) + ", " + Repeat("!", 300) + "1);"))
      << host.errors;
  EXPECT_EQ(host.out, "1 1 true\n");
}

// A chain's callee is named by its last links only: the message stays short.
TEST(LongPrograms, CalleeTextOfALongChainIsBounded) {
  TestHost host;
  EXPECT_FALSE(host.Run("const a = {}; a.b = a;\na" + Repeat(".b", kLinks) + ".c();"));
  EXPECT_NE(host.errors.find("TypeError: (intermediate value)" + Repeat(".b", 31) +
                             ".c is not a function"),
            std::string::npos)
      << host.errors.substr(0, 300);
}

uint32_t TopLevelMaxStack(Vm& vm, const std::string& source) {
  CompileResult r = vm.Compile(source, "s.js");
  EXPECT_TRUE(r.script) << (r.diagnostics.empty() ? "" : r.diagnostics[0].message);
  return r.script ? r.script->proto->max_stack : 0;
}

TEST(StackDepth, IsExactlyWhatTheCodeNeeds) {
  TestHost host;
  EXPECT_EQ(TopLevelMaxStack(host.vm(), "f(1, 2, 3);"), 5u);  // callee, receiver, 3 arguments
  EXPECT_EQ(TopLevelMaxStack(host.vm(), "f(1, g(2, 3));"), 7u);
  EXPECT_EQ(TopLevelMaxStack(host.vm(), "f(" + Repeat("1, ", 60'000) + "1);"), 60'003u);
  // A caught exception restarts at the handler's depth: the catch path is counted too.
  EXPECT_EQ(TopLevelMaxStack(host.vm(), "try { f(1); } catch (e) { g(e, 1, 2, 3); }"), 6u);
}

TEST(StackDepth, AHugeCallAtTheDeepestRecursionIsSafe) {
  // Each frame of r holds 40 locals; the RangeError comes when the next frame would not fit,
  // and the catch then calls with 60,000 arguments: the frame must have reserved them.
  std::string locals;
  for (int i = 0; i < 40; ++i)
    locals += "let v" + std::to_string(i) + " = " + std::to_string(i) + ";";
  TestHost host;
  ASSERT_TRUE(
      host.Run("function big() { return arguments.length; }\n"
               "function r() { " +
               locals + " try { return r(); } catch (e) { return big(" + Repeat("1, ", 59'999) +
               "1); } }\nconsole.log(r());\n"))
      << host.errors;
  EXPECT_EQ(host.out, "60000\n");
}

TEST(StackDepth, MoreArgumentsThanV8AllowsIsASyntaxError) {
  TestHost host;
  EXPECT_FALSE(host.Run("Math.max(" + Repeat("1,", 65'535) + "1);"));
  EXPECT_NE(host.errors.find("error: Too many arguments in function call (only 65535 allowed)"),
            std::string::npos);
  TestHost ok;
  EXPECT_TRUE(ok.Run("console.log(Math.max(" + Repeat("1,", 65'533) + "2));")) << ok.errors;
  EXPECT_EQ(ok.out, "2\n");
}

// Each finally block is compiled once, however many exits pass through it: deep nesting
// compiles to code linear in its size and runs (it once grew exponentially).
TEST(LongPrograms, NestedFinallyBlocksCompileOnce) {
  TestHost host;
  EXPECT_TRUE(host.Run("function f() {\n" + Repeat("try { return 1; } finally { ", 300) +
                       Repeat("}", 300) + "\n}\nconsole.log(f());\n"))
      << host.errors;
  EXPECT_EQ(host.out, "1\n");
}

}  // namespace
}  // namespace loopscope::js::testing
