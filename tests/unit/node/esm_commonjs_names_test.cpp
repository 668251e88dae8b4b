// tests/unit/node/esm_commonjs_names_test.cpp — an ES module that stops at a CommonJS name
// (require, module, exports, __filename, __dirname) reports it as node 20's module_job.js
// does: "… is not defined in ES module scope" (", you can use import instead" for require);
// any other undefined name keeps V8's message. The messages are node's own (node x.mjs).
#include <gtest/gtest.h>

#include "engine/node/simulation.h"
#include "engine/scenario/loader.h"

namespace loopscope::node {
namespace {

std::string StderrOf(const std::string& source) {
  scenario::LoadResult loaded = scenario::LoadFromText(source, "/scenario/m.mjs");
  EXPECT_TRUE(loaded.ok());
  RunResult r = Simulate(*loaded.scenario);
  EXPECT_EQ(r.exit_code, 1);
  return r.stderr_text;
}

TEST(EsmCommonJsNames, RequireSaysUseImportInstead) {
  EXPECT_NE(StderrOf("const fs = require('fs');\n")
                .find("\nReferenceError: require is not defined in ES module scope, you can use "
                      "import instead\n"),
            std::string::npos);
}

TEST(EsmCommonJsNames, DirnameSaysInEsModuleScope) {
  std::string err = StderrOf("console.log(__dirname);\n");
  EXPECT_NE(err.find("\nReferenceError: __dirname is not defined in ES module scope\n"),
            std::string::npos)
      << err;
}

TEST(EsmCommonJsNames, OtherNamesKeepTheirMessage) {
  std::string err = StderrOf("console.log(window);\n");
  EXPECT_NE(err.find("\nReferenceError: window is not defined\n"), std::string::npos) << err;
}

}  // namespace
}  // namespace loopscope::node
