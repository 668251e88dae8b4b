// tests/unit/node/module_file_steps_test.cpp — the step log shows one source, the program's:
// code of a module loaded from another file (require, import) runs without a location, so no
// line number of that file is ever lit in the program's source; the program's own lines keep
// theirs, before and after the call into the module.
#include <gtest/gtest.h>

#include <string>

#include "engine/node/simulation.h"
#include "tests/support/program.h"

namespace loopscope::node {
namespace {

// A module whose statements sit on lines 6 to 9, below the program's last line (3).
constexpr const char* kHelper =
    "\n\n\n\n\n"
    "exports.add = function add(a, b) {\n"
    "  const sum = a + b;\n"
    "  return sum;\n"
    "};\n";

void ExpectOnlyProgramLines(const RunResult& r, uint32_t program_lines) {
  ASSERT_NE(r.log, nullptr);
  int program_statements = 0, frames_without_location = 0;
  for (size_t i = 0; i < r.log->size(); ++i) {
    const trace::Event& e = r.log->At(i);
    if (e.kind == trace::EventKind::kStatement) {
      EXPECT_LE(e.loc.line, program_lines) << "step " << i << " lights a line of another file";
      if (e.loc.line > 0) ++program_statements;
    }
    if (e.kind == trace::EventKind::kFramePush && r.log->Text(e.text) == "add") {
      EXPECT_EQ(e.loc.line, 0u);
      ++frames_without_location;
    }
    if (e.kind == trace::EventKind::kEnqueue) EXPECT_LE(e.from.line, program_lines);
  }
  EXPECT_GE(program_statements, 3);
  EXPECT_EQ(frames_without_location, 2);  // add(2, 3) in the script, add(1, 2) in the timer
}

TEST(ModuleFileSteps, RequiredCodeRunsWithoutALineOfTheProgram) {
  scenario::Scenario s = loopscope::testing::Program(
      "const { add } = require('./helper');\n"
      "setTimeout(() => console.log(add(1, 2)), 0);\n"
      "console.log('sum', add(2, 3));\n");
  s.environment.files["helper.js"].content = kHelper;
  RunResult r = Simulate(s);
  ASSERT_EQ(r.exit_code, 0) << r.stderr_text;
  EXPECT_EQ(r.stdout_text, "sum 5\n3\n");
  ExpectOnlyProgramLines(r, 3);
}

TEST(ModuleFileSteps, ImportedCodeRunsWithoutALineOfTheProgram) {
  scenario::Scenario s = loopscope::testing::Program(
      "import { add } from './helper.mjs';\n"
      "setTimeout(() => console.log(add(1, 2)), 0);\n"
      "console.log('sum', add(2, 3));\n");
  s.is_module = true;
  std::string helper = kHelper;
  helper.replace(helper.find("exports.add = function"), 22, "export function");
  helper.replace(helper.rfind("};"), 2, "} ");
  s.environment.files["helper.mjs"].content = helper;
  RunResult r = Simulate(s);
  ASSERT_EQ(r.exit_code, 0) << r.stderr_text;
  EXPECT_EQ(r.stdout_text, "sum 5\n3\n");
  ExpectOnlyProgramLines(r, 3);
}

}  // namespace
}  // namespace loopscope::node
