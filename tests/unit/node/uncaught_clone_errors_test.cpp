// tests/unit/node/uncaught_clone_errors_test.cpp — how node reports structuredClone's errors
// when nothing catches them: the program's line and caret (they are thrown from C++ at the
// call), and for a DOMException, which V8 does not count as a native error, a blank line
// before that line instead of after the caret. Expected texts are node's stderr for
// /virtual/test.js, less the frames of node's own module loader that Loopscope does not show.
#include <gtest/gtest.h>

#include "engine/node/simulation.h"
#include "tests/support/program.h"

namespace loopscope::node {
namespace {

using loopscope::testing::Program;

TEST(UncaughtCloneErrors, DataCloneErrorIsLaidOutAsANonNativeError) {
  RunResult r = Simulate(Program("structuredClone(Symbol(\"x\"));\n"));
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(r.stderr_text,
            "\n/virtual/test.js:1\n"
            "structuredClone(Symbol(\"x\"));\n"
            "^\n"
            "DOMException [DataCloneError]: Symbol(x) could not be cloned.\n"
            "    at new DOMException (node:internal/per_context/domexception:53:5)\n"
            "    at Object.<anonymous> (/virtual/test.js:1:1)\n"
            "\n"
            "Node.js v20.20.2\n");
}

TEST(UncaughtCloneErrors, MissingArgumentNamesTheCall) {
  RunResult r = Simulate(Program("structuredClone();\n"));
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(r.stderr_text,
            "/virtual/test.js:1\n"
            "structuredClone();\n"
            "^\n"
            "\n"
            "TypeError: The value argument must be specified\n"
            "    at Object.<anonymous> (/virtual/test.js:1:1) {\n"
            "  code: 'ERR_MISSING_ARGS'\n"
            "}\n"
            "\n"
            "Node.js v20.20.2\n");
}

}  // namespace
}  // namespace loopscope::node
