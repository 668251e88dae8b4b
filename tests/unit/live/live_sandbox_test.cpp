// tests/unit/live/live_sandbox_test.cpp — live mode's sandbox: NUL bytes never cut a path,
// the private directory is gone however its process ends (killed, signalled, crashed, a
// tree deeper than the fd limit), stale directories are collected, the disk quota fails
// writes with ENOSPC, and blocking calls stop at the wall-clock limit.
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <thread>

#include "engine/live/disk_fs.h"
#include "engine/live/live_run.h"
#include "engine/live/private_dir.h"
#include "tests/support/program.h"

namespace loopscope::live {
namespace {

namespace fs = std::filesystem;
using loopscope::testing::Program;

// The directory's janitor removes it shortly after its owner is gone; wait for that (no
// assertion on how long it takes, only a bound against hanging).
bool GoneSoon(const fs::path& dir) {
  for (int i = 0; i < 500 && fs::exists(dir); ++i) {
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
  return !fs::exists(dir);
}

// Runs `ending` in a child process that owns a PrivateDir (with a tree `depth` levels deep
// in it, and at most `max_fds` open files, the janitor included); returns the directory's
// path after the child has ended.
template <typename Ending>
fs::path DirOfAChildThat(Ending ending, int depth = 1, rlim_t max_fds = 0) {
  int fds[2];
  EXPECT_EQ(pipe(fds), 0);
  pid_t child = fork();
  if (child == 0) {
    close(fds[0]);
    if (max_fds > 0) {
      rlimit limit{max_fds, max_fds};
      setrlimit(RLIMIT_NOFILE, &limit);
    }
    PrivateDir dir("loopscope-live-test");
    fs::path deep = dir.path();
    std::error_code ec;
    for (int i = 0; i < depth; ++i) {
      deep /= "d";
      fs::create_directory(deep, ec);
      if (ec) break;
    }
    std::string path = dir.path().string() + "\n";
    if (write(fds[1], path.data(), path.size()) < 0) _exit(9);
    ending();
    _exit(0);
  }
  close(fds[1]);
  std::string path;
  char c;
  while (read(fds[0], &c, 1) == 1 && c != '\n') path.push_back(c);
  close(fds[0]);
  int status = 0;
  waitpid(child, &status, 0);
  return path;
}

TEST(PrivateDir, IsRemovedWhenTheOwnerEndsNormally) {
  fs::path dir;
  {
    PrivateDir owned("loopscope-live-test");
    dir = owned.path();
    EXPECT_TRUE(fs::is_directory(dir));
    EXPECT_NE(dir.filename().string().find(std::to_string(getpid())), std::string::npos);
  }
  EXPECT_FALSE(fs::exists(dir));  // the destructor waits for the removal
}

TEST(PrivateDir, IsRemovedWhenTheOwnerIsKilledSignalledOrCrashes) {
  for (int sig : {SIGKILL, SIGTERM, SIGINT, SIGHUP, SIGSEGV, SIGABRT}) {
    fs::path dir = DirOfAChildThat([sig] {
      signal(sig, SIG_DFL);
      raise(sig);
      pause();
    });
    ASSERT_FALSE(dir.empty());
    EXPECT_TRUE(GoneSoon(dir)) << "signal " << sig << ": " << dir;
  }
}

TEST(PrivateDir, IsRemovedOnExitWithoutDestructorsEvenWhenDeeperThanTheFdLimit) {
  fs::path dir = DirOfAChildThat([] { _exit(3); }, /*depth=*/300, /*max_fds=*/64);
  ASSERT_FALSE(dir.empty());
  EXPECT_TRUE(GoneSoon(dir)) << dir;
}

TEST(PrivateDir, CollectsStaleDirectoriesOfDeadOwnersOnly) {
  pid_t dead = fork();
  if (dead == 0) _exit(0);
  waitpid(dead, nullptr, 0);
  fs::path tmp = fs::temp_directory_path();
  fs::path stale = tmp / ("loopscope-live-test-" + std::to_string(dead) + "-AbCdEf");
  fs::path mine = tmp / ("loopscope-live-test-" + std::to_string(getpid()) + "-AbCdEf");
  fs::create_directories(stale / "sub");
  fs::create_directories(mine);
  EXPECT_GE(PrivateDir::CollectStale(tmp, "loopscope-live-test"), 1);
  EXPECT_FALSE(fs::exists(stale));
  EXPECT_TRUE(fs::exists(mine));  // its owner (this test) is alive
  fs::remove_all(mine);
}

TEST(DiskFs, PathsWithNulBytesStayInsideTheRoot) {
  fs::path root = fs::temp_directory_path() / ("loopscope-diskfs-" + std::to_string(getpid()));
  fs::create_directories(root);
  {
    DiskFs disk(Program(""), "/virtual/test.js", "/virtual", root);
    for (std::string path : {std::string("/..\0", 4), std::string("/\0/etc/passwd", 13),
                             std::string("../../..\0x", 10)}) {
      fs::path on_disk = disk.OnDisk(path);
      EXPECT_EQ(on_disk.string().find('\0'), std::string::npos);
      EXPECT_EQ(on_disk.string().rfind(root.string(), 0), 0u) << on_disk;
      EXPECT_TRUE(disk.List(path).empty());
    }
  }
  fs::remove_all(root);
}

TEST(DiskFs, TheQuotaCountsReplacedAppendedAndRemovedFiles) {
  fs::path root = fs::temp_directory_path() / ("loopscope-quota-" + std::to_string(getpid()));
  fs::create_directories(root);
  {
    DiskFs disk(Program(""), "/virtual/test.js", "/virtual", root, /*quota_bytes=*/1000);
    EXPECT_TRUE(disk.Fits("a", 1000, false));
    disk.Write("a", std::string(600, 'x'));
    EXPECT_FALSE(disk.Fits("b", 401, false));
    EXPECT_TRUE(disk.Fits("a", 1000, false));  // replacing a frees its 600 bytes
    EXPECT_FALSE(disk.Fits("a", 401, true));
    disk.Append("a", std::string(400, 'x'));
    EXPECT_EQ(disk.used_bytes(), 1000u);
    EXPECT_TRUE(disk.Remove("a"));
    EXPECT_EQ(disk.used_bytes(), 0u);
  }
  fs::remove_all(root);
}

TEST(LiveSandbox, NulPathsAreRefusedAsNodeRefusesThem) {
  node::RunResult r = RunLive(Program(R"(
const fs = require('fs');
try { fs.readdirSync('/..\0'); } catch (e) { console.log(e.code, e.message); }
fs.stat('/..\0x', () => {});
)"));
  EXPECT_EQ(r.stdout_text,
            "ERR_INVALID_ARG_VALUE The argument 'path' must be a string, Uint8Array, or URL "
            "without null bytes. Received '/..\\x00'\n");
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.stderr_text.find("TypeError"), std::string::npos) << r.stderr_text;
}

TEST(LiveSandbox, WritesPastTheQuotaFailWithEnospc) {
  node::RunResult r =
      RunLive(Program(R"(
const fs = require('fs');
const chunk = 'x'.repeat(8 * 1024 * 1024);
let written = 0;
try {
  for (let i = 0; i < 100; i++) { fs.appendFileSync('big.txt', chunk); written++; }
} catch (e) {
  console.log(written, e.code, e.errno, e.syscall, e.message);
}
fs.writeFile('other.txt', chunk, (err) => console.log(err.code));
)"),
              {}, LiveOptions{.wall_limit_seconds = 120});  // about the quota, not time
  // 7 chunks fit: the program's own file is on the run's disk too.
  EXPECT_EQ(r.stdout_text, "7 ENOSPC -28 write ENOSPC: no space left on device, write\nENOSPC\n")
      << r.stderr_text;
}

TEST(LiveSandbox, ABlockingCallStopsAtTheWallClockLimit) {
  node::RunResult r = RunLive(Program(R"(
console.log('start');
require('crypto').pbkdf2Sync('p', 's', 4e6, 16, 'sha512');  // seconds of real work, within the step limit
console.log('never');
)"),
                              {}, LiveOptions{.wall_limit_seconds = 1.5});
  EXPECT_EQ(r.stdout_text, "start\n");
  EXPECT_EQ(r.exit_code, 3);
  EXPECT_NE(r.stderr_text.find("wall-clock limit reached"), std::string::npos) << r.stderr_text;
}

TEST(LiveSandbox, ASlowSyncReadStopsAtTheWallClockLimit) {
  scenario::Scenario s = Program(R"(
for (let i = 0; i < 1000; i++) require('fs').readFileSync('slow.txt');
console.log('never');
)");
  s.environment.files["slow.txt"].content = "x";
  s.environment.files["slow.txt"].latency_ms = 3'600'000;
  node::RunResult r = RunLive(s, {}, LiveOptions{.wall_limit_seconds = 0.5});
  EXPECT_EQ(r.stdout_text, "");
  EXPECT_EQ(r.exit_code, 3);
}

// A socket connected again while its first connect is still in flight: Node's EALREADY from
// the real socket, never a libuv assertion.
TEST(LiveSandbox, ConnectingASocketAgainGivesNodesError) {
  node::RunResult r = RunLive(Program(R"(
const net = require('net');
const c = net.connect(1, '127.0.0.1');
c.on('error', () => {});
c.destroy();
c.once('error', (e) => console.log('again', e.code, e.message));
c.connect(1, '127.0.0.1');
)"));
  // Node adds " - Local (127.0.0.1:<port>)" when the kernel had picked a local port.
  EXPECT_EQ(r.stdout_text.rfind("again EALREADY connect EALREADY 127.0.0.1:1", 0), 0u)
      << r.stdout_text << r.stderr_text;
  EXPECT_EQ(r.exit_code, 0);
}

}  // namespace
}  // namespace loopscope::live
