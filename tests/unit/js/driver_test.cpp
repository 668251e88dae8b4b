// tests/unit/js/driver_test.cpp — a debugging driver: with LOOPSCOPE_JS_FILE=path set,
// runs that program through the TestHost and prints what it printed; skipped otherwise.
//   LOOPSCOPE_JS_FILE=prog.js build-js/tests/test_js --gtest_filter=Driver.*
// With LOOPSCOPE_JS_DISASSEMBLE=1 it prints the bytecode first.
#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>
#include <iostream>
#include <sstream>

#include "engine/js/debug.h"
#include "engine/js/runtime.h"
#include "tests/unit/js/test_host.h"

namespace loopscope::js::testing {
namespace {

TEST(Driver, RunFile) {
  const char* path = std::getenv("LOOPSCOPE_JS_FILE");
  if (!path) GTEST_SKIP() << "set LOOPSCOPE_JS_FILE to run a program";
  std::ifstream in(path);
  std::stringstream text;
  text << in.rdbuf();
  TestHost host;
  if (std::getenv("LOOPSCOPE_JS_DISASSEMBLE")) {
    CompileResult compiled = host.vm().Compile(text.str(), path);
    if (compiled.script) std::cout << Disassemble(compiled.script->proto);
  }
  host.Run(text.str(), path);
  std::cout << host.out << host.errors;
  SUCCEED();
}

}  // namespace
}  // namespace loopscope::js::testing
