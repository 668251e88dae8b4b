// engine/live/private_dir.h — a temporary directory that is gone however its process ends.
//
// A live run keeps its files in a private directory under the system's temporary directory.
// Removing it from a destructor covers only a clean exit; a signal, a crash, a wall-clock
// limit that kills the process or the app's SIGKILL would leave it behind. So the directory
// is removed from outside: a janitor process (/bin/sh) waits on a pipe whose only writer is
// this process; when the pipe closes — on any kind of exit, since the kernel closes it —
// the janitor runs `rm -rf`, which also removes trees deeper than the fd limit. The name
// holds the owner's pid (`loopscope-live-<pid>-XXXXXX`), so a directory whose janitor did
// not run either is collected by the next PrivateDir once that pid is dead.
#pragma once

#include <sys/types.h>

#include <filesystem>
#include <string>

namespace loopscope::live {

class PrivateDir {
 public:
  // Creates `<tmp>/<prefix>-<pid>-XXXXXX`; throws std::runtime_error if it cannot.
  explicit PrivateDir(const std::string& prefix);
  ~PrivateDir();  // removes the directory and waits for its janitor
  PrivateDir(const PrivateDir&) = delete;
  PrivateDir& operator=(const PrivateDir&) = delete;

  const std::filesystem::path& path() const { return path_; }

  // Removes `<tmp>/<prefix>-<pid>-*` directories whose pid is no longer running.
  static int CollectStale(const std::filesystem::path& tmp, const std::string& prefix);

 private:
  std::filesystem::path path_;
  int janitor_pipe_ = -1;  // the write end; closing it starts the removal
  pid_t janitor_ = -1;
};

}  // namespace loopscope::live
