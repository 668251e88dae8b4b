// tests/unit/node/node_lib_errors_test.cpp — an uncaught error thrown by Node's own library
// code (events, assert) is reported with the header Node prints, which names the library's
// line (lib binding.throwSite, Modules::ThrowSite), not a line of the program; an error the
// program rethrows itself keeps the program's line.
#include <gtest/gtest.h>

#include "engine/node/simulation.h"
#include "tests/support/program.h"

namespace loopscope::node {
namespace {

using loopscope::testing::Program;

std::string Stderr(const std::string& source) {
  return Simulate(Program(source)).stderr_text;
}

TEST(NodeLibErrors, UnhandledErrorEventNamesEventsJs) {
  std::string err = Stderr("const E = require('events'); new E().emit('error', 'x');\n");
  EXPECT_EQ(err.rfind("node:events:515\n    throw err; // Unhandled 'error' event\n    ^\n\n"
                      "Error [ERR_UNHANDLED_ERROR]: Unhandled error. ('x')\n"
                      "    at EventEmitter.emit (node:events:513:17)\n",
                      0),
            0u)
      << err;
}

TEST(NodeLibErrors, UnhandledErrorObjectShowsWhereItWasEmitted) {
  std::string err = Stderr(
      "const E = require('events');\nclass Db extends E {}\nnew Db().emit('error', new "
      "Error('boom'));\n");
  EXPECT_EQ(err.rfind("node:events:502\n      throw er; // Unhandled 'error' event\n      ^\n\n"
                      "Error: boom\n",
                      0),
            0u)
      << err;
  EXPECT_NE(err.find("Emitted 'error' event on Db instance at:\n    at "), std::string::npos)
      << err;
}

TEST(NodeLibErrors, AssertionErrorNamesAssertJs) {
  std::string err = Stderr("const assert = require('assert');\nassert.strictEqual(1, 2);\n");
  EXPECT_EQ(err.rfind("node:assert:90\n  throw new AssertionError(obj);\n  ^\n\n"
                      "AssertionError [ERR_ASSERTION]: Expected values to be strictly equal:\n\n"
                      "1 !== 2\n\n",
                      0),
            0u)
      << err;
}

TEST(NodeLibErrors, RethrownByTheProgramKeepsTheProgramsLine) {
  std::string err = Stderr(
      "const assert = require('assert');\ntry { assert.ok(0); } catch (e) {\n  throw e;\n}\n");
  EXPECT_EQ(err.rfind("/virtual/test.js:3\n", 0), 0u) << err;
  EXPECT_NE(err.find(":3\n  throw e;\n  ^\n"), std::string::npos) << err;
}

}  // namespace
}  // namespace loopscope::node
