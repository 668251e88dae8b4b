// tests/unit/node/stream_module_test.cpp — require('stream') beyond what the golden programs
// print: an uncaught error thrown synchronously by the stream library is reported with the
// header Node prints (lib/stream.js kThrowSites), an unhandled stream 'error' with events.js's
// header, and the stream classes are one set shared with fs and net.
#include <gtest/gtest.h>

#include "engine/node/simulation.h"
#include "tests/support/program.h"

namespace loopscope::node {
namespace {

using loopscope::testing::Program;

std::string Stderr(const std::string& source) {
  return Simulate(Program(source)).stderr_text;
}

TEST(StreamModule, WritingANonChunkNamesWritableJs) {
  std::string err = Stderr(
      "const { Writable } = require('stream');\n"
      "new Writable({ write(c, e, cb) { cb(); } }).write(5);\n");
  EXPECT_EQ(err.rfind("node:internal/streams/writable:482\n      throw new ERR_INVALID_ARG_TYPE(\n"
                      "      ^\n\nTypeError [ERR_INVALID_ARG_TYPE]: The \"chunk\" argument must be "
                      "of type string or an instance of Buffer, TypedArray, or DataView. Received "
                      "type number (5)\n",
                      0),
            0u)
      << err;
}

TEST(StreamModule, PipelineWithoutCallbackNamesTheValidator) {
  std::string err = Stderr("const s = require('stream');\ns.pipeline(new s.PassThrough());\n");
  EXPECT_EQ(err.rfind("node:internal/errors:541\n      throw error;\n      ^\n\n"
                      "TypeError [ERR_INVALID_ARG_TYPE]: The \"streams[stream.length - 1]\" "
                      "property must be of type function. Received an instance of PassThrough\n",
                      0),
            0u)
      << err;
}

TEST(StreamModule, UnhandledPushAfterEofIsAnErrorEvent) {
  RunResult r =
      Simulate(Program("const { Readable } = require('stream');\n"
                       "const r = new Readable({ read() {} });\nr.push(null);\nr.push('x');\n"));
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(r.stderr_text.rfind("node:events:502\n      throw er; // Unhandled 'error' event\n"
                                "      ^\n\nError [ERR_STREAM_PUSH_AFTER_EOF]: stream.push() "
                                "after EOF\n",
                                0),
            0u)
      << r.stderr_text;
}

TEST(StreamModule, FsAndNetShareTheClasses) {
  RunResult r = Simulate(
      Program("const stream = require('node:stream');\nconst fs = require('fs');\n"
              "fs.writeFileSync('f', 'x');\nconst rs = fs.createReadStream('f');\n"
              "console.log(rs instanceof stream.Readable, fs.createWriteStream('g') instanceof "
              "stream.Writable, new (require('net').Socket)() instanceof stream.Duplex, "
              "require('stream/promises') === stream.promises);\n"));
  EXPECT_EQ(r.stdout_text, "true true true true\n") << r.stderr_text;
}

}  // namespace
}  // namespace loopscope::node
