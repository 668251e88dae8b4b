// tests/unit/node/zlib_stream_log_test.cpp — a zlib stream's writes in the step log: one pool
// job per pass through the handle, labelled with the stream's class as the pool panel shows
// it, each costing the zlib base (environment.io.zlib) split in two plus its bytes; and a
// Sync call doing the same passes on the main thread. Output bytes and chunking are the
// golden programs' business (tests/unit/node/programs/zlib_stream_*.js).
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "engine/node/simulation.h"
#include "tests/support/program.h"

namespace loopscope::node {
namespace {

using loopscope::testing::Program;

std::vector<std::string> PoolJobLabels(const RunResult& r) {
  std::vector<std::string> labels;
  const trace::StepLog& log = *r.log;
  for (size_t i = 0; i < log.size(); ++i) {
    const trace::Event& e = log.At(i);
    if (e.kind == trace::EventKind::kPoolJobStart) labels.emplace_back(log.Text(e.text));
  }
  return labels;
}

// 40,000 bytes of zeros inflated in 16 KiB output buffers: three passes for the written
// chunk (16384, 16384, the rest) and one for the finishing flush.
TEST(ZlibStreamLog, EachPassIsOnePoolJobNamedByItsClass) {
  RunResult r = Simulate(Program(R"(
const zlib = require('zlib');
const packed = zlib.gzipSync(Buffer.alloc(40000));
const gunzip = zlib.createGunzip();
const sizes = [];
gunzip.on('data', (c) => sizes.push(c.length));
gunzip.on('end', () => console.log(sizes.join(',')));
gunzip.end(packed);
)"));
  ASSERT_EQ(r.exit_code, 0) << r.stderr_text;
  EXPECT_EQ(r.stdout_text, "16384,16384,7232\n");
  EXPECT_EQ(PoolJobLabels(r), std::vector<std::string>(4, "zlib.Gunzip (write)"));
}

// (The first write to stdout has a cost of its own, so the programs pay it up front.)
// With a 4 ms zlib base cost each pass takes 2 ms: the callback form's two passes (write,
// finishing flush) end after 4 ms, later than a 3 ms timer set beside them; gzipSync's two
// passes block the main thread as long, so a 1 ms timer set before it waits.
TEST(ZlibStreamLog, PassesCostHalfTheBaseEach) {
  scenario::Scenario s = Program(R"(
const zlib = require('zlib');
console.log('stdout ready');
const t = Date.now();
setTimeout(() => console.log('timer 3'), 3);
zlib.gzip('small', () => console.log('gzip', Date.now() - t));
)");
  s.environment.io["zlib"] = scenario::IoCost{0, 4};
  RunResult r = Simulate(s);
  EXPECT_EQ(r.stdout_text, "stdout ready\ntimer 3\ngzip 4\n") << r.stderr_text;
  EXPECT_EQ(PoolJobLabels(r), std::vector<std::string>(2, "zlib.Gzip (write)"));

  scenario::Scenario sync = Program(R"(
const zlib = require('zlib');
console.log('stdout ready');
const t = Date.now();
setTimeout(() => console.log('timer after', Date.now() - t), 1);
zlib.gzipSync('small');
console.log('gzipSync took', Date.now() - t);
)");
  sync.environment.io["zlib"] = scenario::IoCost{0, 4};
  RunResult rs = Simulate(sync);
  EXPECT_EQ(rs.stdout_text.rfind("stdout ready\ngzipSync took 4\ntimer after ", 0), 0u)
      << rs.stdout_text << rs.stderr_text;
  EXPECT_TRUE(PoolJobLabels(rs).empty());
}

}  // namespace
}  // namespace loopscope::node
