// tests/unit/live/live_run_test.cpp — the live backend: real libuv ordering, real pool
// threads, real time in the log, files confined to the temporary directory, the limits.
#include "engine/live/live_run.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <sstream>

#include "engine/live/live_backend.h"
#include "engine/node/process.h"
#include "engine/trace/event.h"
#include "tests/support/program.h"

namespace loopscope::live {
namespace {

using trace::EventKind;

using loopscope::testing::Program;

std::vector<trace::Event> EventsOf(const trace::StepLog& log, EventKind kind) {
  std::vector<trace::Event> events;
  for (size_t i = 0; i < log.size(); ++i) {
    if (log.KindAt(i) == kind) events.push_back(log.At(i));
  }
  return events;
}

// Inside an I/O callback, an immediate always runs before a 0 ms timeout: check comes
// before the next iteration's timers. Not a race, so it holds on a real loop too.
TEST(LiveRun, ImmediateBeforeTimeoutInsideAnIoCallback) {
  node::RunResult r = RunLive(Program(R"(
const fs = require('fs');
fs.readFile(__filename, () => {
  setTimeout(() => console.log('timeout'), 0);
  setImmediate(() => console.log('immediate'));
  process.nextTick(() => console.log('tick'));
});
)"));
  EXPECT_EQ(r.stdout_text, "tick\nimmediate\ntimeout\n") << r.stderr_text;
  EXPECT_EQ(r.exit_code, 0);
}

TEST(LiveRun, TimersFireAfterTheirDelayInRealTime) {
  node::RunResult r = RunLive(Program(R"(
const start = Date.now();
setTimeout(() => console.log(Date.now() - start >= 60 ? 'late enough' : 'too early'), 60);
setTimeout(() => console.log('first'), 20);
)"));
  EXPECT_EQ(r.stdout_text, "first\nlate enough\n") << r.stderr_text;
  ASSERT_TRUE(r.log);
  // Every event is stamped with real time, in order.
  for (size_t i = 1; i < r.log->size(); ++i) {
    ASSERT_LE(r.log->At(i - 1).time_ns, r.log->At(i).time_ns) << "event " << i;
  }
  EXPECT_GE(r.log->At(r.log->size() - 1).time_ns, 60'000'000);
}

// Four 80 ms jobs on a pool of two real threads: two run at once, the other two wait in
// the FIFO queue, and the log names the threads that really ran them.
TEST(LiveRun, PoolJobsRunOnRealThreadsAndQueue) {
  scenario::Scenario s = Program(R"(
const crypto = require('crypto');
for (let i = 0; i < 4; i++) crypto.pbkdf2('p', 's', 1, 16, 'sha512', () => console.log('done ' + i));
)");
  s.environment.threadpool_size = 2;
  s.environment.io["crypto.pbkdf2"] = {0, 80};
  node::RunResult r = RunLive(s);
  ASSERT_EQ(r.exit_code, 0) << r.stderr_text;
  ASSERT_TRUE(r.log);
  auto pool_start = EventsOf(*r.log, EventKind::kPoolStart);
  ASSERT_EQ(pool_start.size(), 1u);
  // libuv sizes its pool once per process (CTest runs every test in a process of its own).
  if (pool_start[0].value != 2) GTEST_SKIP() << "libuv's pool already started in this process";
  auto starts = EventsOf(*r.log, EventKind::kPoolJobStart);
  auto finishes = EventsOf(*r.log, EventKind::kPoolJobFinish);
  ASSERT_EQ(starts.size(), 4u);
  ASSERT_EQ(finishes.size(), 4u);
  // The third job starts only after a thread finished one of the first two.
  EXPECT_GE(starts[2].time_ns, finishes[0].time_ns);
  EXPECT_GE(finishes[0].time_ns - starts[0].time_ns, 75'000'000);
  bool names_os_thread = false;
  for (const auto& note : EventsOf(*r.log, EventKind::kNote)) {
    names_os_thread |= r.log->Text(note.text).find("operating-system thread") != std::string::npos;
  }
  EXPECT_TRUE(names_os_thread);
}

TEST(LiveRun, FilesStayInsideTheTemporaryDirectoryWhichIsRemovedAfterwards) {
  namespace fs = std::filesystem;
  std::string escape = "/tmp/loopscope-live-escape-" + std::to_string(::getpid()) + ".txt";
  scenario::Scenario s = Program(R"(
const fs = require('fs');
fs.writeFileSync('../../../../..)" +
                                 escape + R"(', 'inside');
fs.writeFileSync(')" + escape + R"(', 'inside too');
console.log(fs.readFileSync(')" + escape +
                                 R"(', 'utf8'));
fs.readFile('data.txt', 'utf8', (err, text) => console.log(text));
)");
  s.environment.files["data.txt"].content = "from the scenario";
  fs::path temp;
  node::RunResult r;
  {
    LiveBackend backend(5);
    temp = backend.temp_dir();
    node::Process process(s, node::RunOptions{}, &backend);
    r = process.Run();
    EXPECT_TRUE(fs::exists(temp / fs::path(escape).relative_path()));
    backend.Shutdown();
  }
  EXPECT_EQ(r.stdout_text, "inside too\nfrom the scenario\n") << r.stderr_text;
  EXPECT_FALSE(fs::exists(escape));
  EXPECT_FALSE(fs::exists(temp));
}

TEST(LiveRun, WallClockLimitStopsAServerThatListensForever) {
  scenario::Scenario s = Program(R"(
require('http').createServer(() => {}).listen(8080, () => console.log('listening'));
)");
  // Long enough for an instrumented build on a loaded machine to reach 'listening'.
  node::RunResult r = RunLive(s, {}, LiveOptions{.wall_limit_seconds = 3});
  EXPECT_EQ(r.outcome, node::RunResult::Outcome::kLimit);
  EXPECT_EQ(r.exit_code, 3);
  EXPECT_EQ(r.stdout_text, "listening\n");
  EXPECT_NE(r.stderr_text.find("wall-clock limit reached"), std::string::npos) << r.stderr_text;
}

TEST(LiveRun, WallClockLimitStopsABusyLoop) {
  scenario::Scenario s = Program("setTimeout(() => { while (true) {} }, 1);");
  s.limits.max_steps = 1'000'000'000'000;
  node::RunResult r = RunLive(s, {}, LiveOptions{.wall_limit_seconds = 3});  // past any start-up
  EXPECT_EQ(r.exit_code, 3);
  EXPECT_NE(r.stderr_text.find("wall-clock limit reached"), std::string::npos) << r.stderr_text;
  EXPECT_NE(r.stderr_text.find("timers phase"), std::string::npos) << r.stderr_text;
}

TEST(LiveRun, ProcessExitEndsTheRunAtOnce) {
  node::RunResult r = RunLive(Program(R"(
setInterval(() => console.log('tick'), 5);
setTimeout(() => { console.log('bye'); process.exit(4); }, 30);
)"));
  EXPECT_EQ(r.exit_code, 4);
  EXPECT_NE(r.stdout_text.find("bye\n"), std::string::npos);
  EXPECT_EQ(r.stdout_text.substr(r.stdout_text.size() - 4), "bye\n");
}

TEST(LiveRun, CloseCallbacksRunInTheClosePhase) {
  node::RunResult r = RunLive(Program(R"(
const net = require('net');
const server = net.createServer((socket) => socket.end('hi'));
server.listen(0, () => {
  const client = net.connect(server.address().port, () => {});
  client.on('data', (d) => console.log('data ' + d));
  client.on('close', () => { console.log('client closed'); server.close(() => console.log('server closed')); });
});
)"));
  EXPECT_EQ(r.stdout_text, "data hi\nclient closed\nserver closed\n") << r.stderr_text;
  ASSERT_TRUE(r.log);
  bool close_phase_callback = false;
  trace::Phase phase = trace::Phase::kNone;
  for (size_t i = 0; i < r.log->size(); ++i) {
    const trace::Event& e = r.log->At(i);
    if (e.kind == EventKind::kPhaseEnter) phase = e.phase;
    if (e.kind == EventKind::kCallbackStart && phase == trace::Phase::kClose)
      close_phase_callback = true;
  }
  EXPECT_TRUE(close_phase_callback);
}

}  // namespace
}  // namespace loopscope::live
