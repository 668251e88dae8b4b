// tests/unit/node/modules_table_test.cpp — the built-in module table (modules.cpp): every
// module it names can be required, with or without the `node:` prefix (only with it for the
// ones it lists as `node:NAME`), and the "Cannot find module" message lists exactly the
// table, so the two can never drift apart again.
#include <gtest/gtest.h>

#include <sstream>
#include <string>

#include "engine/node/modules.h"
#include "engine/node/simulation.h"
#include "tests/support/program.h"

namespace loopscope::node {
namespace {

using loopscope::testing::Program;

std::vector<std::string> Ids() {
  std::vector<std::string> ids;
  std::stringstream in(BuiltinModuleList());
  for (std::string id; std::getline(in, id, ',');)
    ids.push_back(id.substr(id.find_first_not_of(' ')));
  return ids;
}

TEST(ModuleTable, EveryModuleItNamesCanBeRequired) {
  const std::vector<std::string> ids = Ids();
  ASSERT_GE(ids.size(), 15u);
  std::string source;
  for (const std::string& id : ids) {
    if (id.starts_with("node:")) {
      // Known only by its node: name (node:test): the bare name is a package, not found.
      source += "console.log('" + id + "', typeof require('" + id + "'), (() => { try { require('" +
                id.substr(5) + "'); } catch (e) { return e.code === 'MODULE_NOT_FOUND'; } })());\n";
      continue;
    }
    source += "console.log('" + id + "', typeof require('" + id + "'), require('node:" + id +
              "') === require('" + id + "'));\n";
  }
  RunResult r = Simulate(Program(source));
  ASSERT_EQ(r.exit_code, 0) << r.stderr_text;
  const std::vector<std::string> lines = loopscope::testing::Lines(r.stdout_text);
  ASSERT_EQ(lines.size(), ids.size());
  for (size_t i = 0; i < ids.size(); ++i) {
    EXPECT_TRUE(lines[i] == ids[i] + " object true" || lines[i] == ids[i] + " function true")
        << lines[i];
  }
}

// Node's own text on stderr; the list of what Loopscope simulates goes to the step log.
TEST(ModuleTable, TheNotFoundNoteListsTheTable) {
  RunResult r = Simulate(Program("require('left-pad');\n"));
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.stderr_text.find("Error: Cannot find module 'left-pad'\nRequire stack:\n- "),
            std::string::npos)
      << r.stderr_text;
  EXPECT_EQ(r.stderr_text.find(BuiltinModuleList()), std::string::npos) << r.stderr_text;
  EXPECT_NE(r.stderr_text.find("code: 'MODULE_NOT_FOUND'"), std::string::npos) << r.stderr_text;
  ASSERT_NE(r.log, nullptr);
  bool noted = false;
  for (size_t i = 0; i < r.log->size(); ++i) {
    const trace::Event& e = r.log->At(i);
    if (e.kind == trace::EventKind::kNote &&
        r.log->Text(e.text).find(BuiltinModuleList()) != std::string::npos)
      noted = true;
  }
  EXPECT_TRUE(noted);
}

}  // namespace
}  // namespace loopscope::node
