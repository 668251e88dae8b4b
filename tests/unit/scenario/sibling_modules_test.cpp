// tests/unit/scenario/sibling_modules_test.cpp — a program run from disk brings the modules it
// names by a literal relative path (sibling_modules.h): followed from file to file, resolved
// as node resolves them, and never a file outside the program's folder.
#include "engine/scenario/sibling_modules.h"

#include <gtest/gtest.h>

#include <filesystem>

#include "tests/unit/scenario/test_support.h"

namespace loopscope::scenario {
namespace {

using testing::AllErrors;
using testing::TempDir;

TEST(SiblingModules, SpecifiersAreTheLiteralRelativeOnes) {
  EXPECT_EQ(
      RelativeSpecifiers("const a = require('./a');\n"
                         "import b from \"../b.mjs\";\n"
                         "export * from './c.js';\n"
                         "import './d.mjs';\n"
                         "import('./e.mjs').then(() => {});\n"
                         "require('fs'); require(name); myrequire('./no'); require(`./t${x}`);\n"),
      (std::vector<std::string>{"./a", "./e.mjs", "./d.mjs", "../b.mjs", "./c.js"}));
}

// A worker's file named by a literal comes with the program too (new Worker, new URL).
TEST(SiblingModules, WorkerFilesAreSpecifiers) {
  EXPECT_EQ(RelativeSpecifiers("new Worker('./w.js');\n"
                               "new Worker(new URL('./w.mjs', import.meta.url));\n"
                               "new MyWorker('./no.js'); new Worker(file);\n"),
            (std::vector<std::string>{"./w.js", "./w.mjs"}));
}

TEST(SiblingModules, RequiredFilesAreFollowedAndResolvedAsNodeDoes) {
  TempDir dir;
  const std::string main = dir.Write("prog/main.js", "require('./lib'); require('./data');\n");
  dir.Write("prog/lib/index.js", "module.exports = require('../util.js');\n");
  dir.Write("prog/util.js", "exports.x = 1;\n");
  dir.Write("prog/data.json", "{}\n");
  dir.Write("prog/unused.js", "1;\n");
  const LoadResult r = LoadFile(main);
  ASSERT_TRUE(r.ok()) << AllErrors(r);
  std::vector<std::string> names;
  for (const auto& [name, file] : r.scenario->environment.files) names.push_back(name);
  EXPECT_EQ(names, (std::vector<std::string>{"data.json", "lib/index.js", "util.js"}));
  EXPECT_EQ(r.scenario->environment.files.at("util.js").content, "exports.x = 1;\n");
}

TEST(SiblingModules, NothingOutsideTheProgramsFolderIsRead) {
  TempDir dir;
  const std::string main = dir.Write(
      "prog/main.js", "require('../secret.js'); require('./link.js'); require('/etc/hostname');\n");
  dir.Write("secret.js", "1;\n");
  std::filesystem::create_symlink(dir.path() / "secret.js", dir.path() / "prog/link.js");
  const LoadResult r = LoadFile(main);
  ASSERT_TRUE(r.ok()) << AllErrors(r);
  EXPECT_TRUE(r.scenario->environment.files.empty());
}

TEST(SiblingModules, AModuleThatIsNotUtf8IsALocatedError) {
  TempDir dir;
  const std::string main = dir.Write("main.js", "require('./bad');\n");
  const std::string bad = dir.Write("bad.js", "let s = '\xC3';\n");
  EXPECT_EQ(AllErrors(LoadFile(main)),
            bad +
                ": error: invalid UTF-8 in a module the program imports (a module must be UTF-8 "
                "text)\n");
}

TEST(SiblingModules, AHugeModuleIsRefusedUnread) {
  TempDir dir;
  const std::string main = dir.Write("main.js", "require('./huge');\n");
  const std::string huge = dir.Write("huge.js", "");
  std::filesystem::resize_file(huge, uintmax_t{1} << 40);  // sparse: 1 TiB, no disk used
  EXPECT_EQ(AllErrors(LoadFile(main)),
            huge +
                ": error: a module the program imports is too large (1099511627776 bytes; a "
                "file may have 1048576 and the files of a program 8388608 in all)\n");
}

}  // namespace
}  // namespace loopscope::scenario
