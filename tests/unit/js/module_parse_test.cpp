// tests/unit/js/module_parse_test.cpp — ES module syntax: what ParseModule records of each
// import and export form (engine/js/module_syntax.h), the errors V8 reports for module
// syntax in a script, and where top-level await makes a module body async.
#include <gtest/gtest.h>

#include "engine/js/parser.h"
#include "engine/js/vm.h"

namespace loopscope::js {
namespace {

ModuleSyntax Syntax(const std::string& src) {
  ParseResult r = ParseModule(src, "m.mjs");
  EXPECT_TRUE(r.diagnostics.empty()) << (r.diagnostics.empty() ? "" : r.diagnostics[0].message);
  return r.ast->module;
}

TEST(ModuleParse, ImportForms) {
  ModuleSyntax m = Syntax(
      "import d, * as ns from './a.mjs';\nimport { x, y as z, 'q' as w } from './b.mjs';\n"
      "import './a.mjs';\nimport e, { f } from 'node:fs';");
  EXPECT_EQ(m.requested, (std::vector<std::string>{"./a.mjs", "./b.mjs", "node:fs"}));
  ASSERT_EQ(m.imports.size(), 7u);
  EXPECT_EQ(m.imports[0].import_name, "default");
  EXPECT_EQ(m.imports[1].import_name, "*");
  EXPECT_EQ(m.imports[1].local_name, "ns");
  EXPECT_EQ(m.imports[3].import_name, "y");
  EXPECT_EQ(m.imports[3].local_name, "z");
  EXPECT_EQ(m.imports[4].import_name, "q");
  EXPECT_EQ(m.imports[4].loc.line, 2u);
  EXPECT_FALSE(m.has_top_level_await);
}

TEST(ModuleParse, ExportForms) {
  ModuleSyntax m = Syntax(
      "export const a = 1, { b, c: [d] } = {};\nexport function f() {}\nexport class K {}\n"
      "let g; export { g as h, g as default };\nexport * from './s.mjs';\n"
      "export * as ns from './s.mjs';\nexport { x as y } from './t.mjs';");
  std::vector<std::string> names;
  for (const ExportEntry& e : m.exports) names.push_back(e.export_name);
  EXPECT_EQ(names,
            (std::vector<std::string>{"a", "b", "d", "f", "K", "h", "default", "", "ns", "y"}));
  EXPECT_EQ(m.exports[5].local_name, "g");
  EXPECT_EQ(m.exports[7].specifier, "./s.mjs");  // export * (a star entry)
  EXPECT_EQ(m.exports[8].import_name, "*");
  EXPECT_EQ(m.exports[9].import_name, "x");
  EXPECT_TRUE(m.exports[9].local_name.empty());
}

TEST(ModuleParse, DefaultExports) {
  EXPECT_EQ(Syntax("export default function () {}").exports[0].local_name, "default");
  EXPECT_EQ(Syntax("export default function named() {}").exports[0].local_name, "named");
  EXPECT_EQ(Syntax("export default class {}").exports[0].local_name, "default");
  EXPECT_EQ(Syntax("export default 1 + 2;").exports[0].local_name, ModuleSyntax::kDefaultLocal);
}

TEST(ModuleParse, TopLevelAwaitOnlyOutsideFunctions) {
  EXPECT_TRUE(Syntax("await 1;").has_top_level_await);
  EXPECT_TRUE(Syntax("if (x) { for await (const y of z) {} }").has_top_level_await);
  EXPECT_FALSE(Syntax("async function f() { await 1; }\nconst g = async () => await 2;")
                   .has_top_level_await);
}

TEST(ModuleParse, ErrorsAreLocated) {
  ParseResult dup = ParseModule("const a = 1;\nexport { a, a };", "m.mjs");
  ASSERT_FALSE(dup.diagnostics.empty());
  EXPECT_EQ(dup.diagnostics[0].message, "Duplicate export of 'a'");
  EXPECT_EQ(dup.diagnostics[0].loc.line, 2u);
  ParseResult meta = Parse("import.meta.url", "s.js");
  ASSERT_FALSE(meta.diagnostics.empty());
  EXPECT_EQ(meta.diagnostics[0].message, "Cannot use 'import.meta' outside a module");
  ParseResult script = Parse("\nimport fs from 'fs';", "s.js");
  ASSERT_FALSE(script.diagnostics.empty());
  EXPECT_EQ(script.diagnostics[0].message, "Cannot use import statement outside a module");
  EXPECT_EQ(script.diagnostics[0].loc.line, 2u);
  ParseResult exp = Parse("export const x = 1;", "s.js");
  ASSERT_FALSE(exp.diagnostics.empty());
  EXPECT_EQ(exp.diagnostics[0].message, "Unexpected token 'export'");
}

TEST(ModuleParse, ImportsReadTheNamespaceAndCannotBeAssigned) {
  Hooks hooks;
  Vm vm(hooks);
  ModuleSyntax syntax;
  Completion c = vm.CompileModule(
      "import { x } from './a.mjs';\nfunction f(x) { return x; }\nexport const y = x + f(1);\n"
      "export function set() { x = 2; }",
      "m.mjs", &syntax);
  ASSERT_TRUE(c.ok()) << vm.ToDisplayString(c.value);
  EXPECT_TRUE(vm.IsCallable(c.value));
}

}  // namespace
}  // namespace loopscope::js
