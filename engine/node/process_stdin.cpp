// engine/node/process_stdin.cpp — the run's input: the bytes on the program's fd 0.
//
// A scenario's "stdin" text, the input `loopscope run` was given, or nothing (node's
// `< /dev/null`). It is read once, the first time the program asks for it (process.stdin,
// fd 0, /dev/stdin), so a program that never touches stdin never waits for a pipe that stays
// open. The bytes become the virtual file /dev/stdin, which fd 0 names: fs.readFileSync(0)
// and an fs.ReadStream on fd 0 read them as any file. The pipe and terminal forms of
// process.stdin read them through modules/stdin.cpp.
#include "engine/node/process.h"
#include "engine/node/virtual_fs.h"

namespace loopscope::node {

namespace {
constexpr char kStdinPath[] = "/dev/stdin";
}  // namespace

bool Process::LoadStdin() {
  if (stdin_loaded_) return stdin_ok_;
  stdin_loaded_ = true;
  const scenario::StdinSource& source = scenario_.stdin_source;
  stdin_bytes_ = source.text;
  if (source.read && !source.read(&stdin_bytes_)) {
    stdin_ok_ = false;
    stdin_bytes_.clear();
    StopForLimit("stdin limit reached: the run's input is over " +
                 std::to_string(scenario::kMaxStdinBytes >> 20) +
                 " MiB, the most Loopscope reads (docs/cli.md)");
    return false;
  }
  vfs_->Write(kStdinPath, stdin_bytes_);
  fds_[0] = {kStdinPath, 0};
  return true;
}

void Process::ChargeFirstStdinRead() {
  if (stdin_read_) return;
  stdin_read_ = true;
  SyncClock();
  ChargeNodeCost(costs_.first_stdin_read, "Node reads fd 0 for the first time");
}

}  // namespace loopscope::node
