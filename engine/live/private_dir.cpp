// engine/live/private_dir.cpp — see private_dir.h.
#include "engine/live/private_dir.h"

#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <stdexcept>
#include <vector>

extern char** environ;

namespace loopscope::live {

namespace fs = std::filesystem;

namespace {
// The janitor ignores the signals a terminal or a process group sends (it is in its own
// session, too), waits for end-of-file on its stdin and removes the directory.
constexpr const char* kJanitorScript = "trap '' HUP INT TERM; read _; rm -rf -- \"$1\"";

fs::path TempBase() {
  std::error_code ec;
  fs::path base = fs::temp_directory_path(ec);
  return ec ? fs::path("/tmp") : base;
}

// Starts the janitor with the read end of a pipe as its stdin; returns the write end, or -1.
int StartJanitor(const fs::path& dir, pid_t* janitor) {
  int fds[2];
  if (pipe2(fds, O_CLOEXEC) != 0) return -1;
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_adddup2(&actions, fds[0], STDIN_FILENO);
  posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, "/dev/null", O_WRONLY, 0);
  posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, "/dev/null", O_WRONLY, 0);
  posix_spawnattr_t attr;
  posix_spawnattr_init(&attr);
  posix_spawnattr_setflags(&attr, POSIX_SPAWN_SETSID);
  std::vector<std::string> args = {"/bin/sh", "-c", kJanitorScript, "loopscope-janitor",
                                   dir.string()};
  std::vector<char*> argv;
  for (std::string& a : args) argv.push_back(a.data());
  argv.push_back(nullptr);
  int rc = posix_spawn(janitor, "/bin/sh", &actions, &attr, argv.data(), environ);
  posix_spawnattr_destroy(&attr);
  posix_spawn_file_actions_destroy(&actions);
  close(fds[0]);
  if (rc != 0) {
    close(fds[1]);
    return -1;
  }
  return fds[1];
}

// The pid in "<prefix>-<pid>-XXXXXX", or 0.
pid_t OwnerPid(const std::string& name, const std::string& prefix) {
  if (name.size() <= prefix.size() + 1 || name.compare(0, prefix.size() + 1, prefix + "-") != 0) {
    return 0;
  }
  const char* digits = name.c_str() + prefix.size() + 1;
  char* end = nullptr;
  long pid = std::strtol(digits, &end, 10);
  return end != digits && *end == '-' && pid > 0 ? static_cast<pid_t>(pid) : 0;
}
}  // namespace

PrivateDir::PrivateDir(const std::string& prefix) {
  fs::path base = TempBase();
  CollectStale(base, prefix);
  std::string pattern = (base / (prefix + "-" + std::to_string(getpid()) + "-XXXXXX")).string();
  if (!mkdtemp(pattern.data())) throw std::runtime_error("cannot create a temporary directory");
  path_ = pattern;
  janitor_pipe_ = StartJanitor(path_, &janitor_);
}

PrivateDir::~PrivateDir() {
  if (janitor_pipe_ < 0) {  // no janitor could start: remove it from here
    std::error_code ec;
    fs::remove_all(path_, ec);
    return;
  }
  close(janitor_pipe_);
  int status = 0;
  while (waitpid(janitor_, &status, 0) < 0 && errno == EINTR) {
  }
}

int PrivateDir::CollectStale(const fs::path& tmp, const std::string& prefix) {
  int removed = 0;
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(tmp, ec)) {
    pid_t owner = OwnerPid(entry.path().filename().string(), prefix);
    if (owner == 0 || kill(owner, 0) == 0 || errno != ESRCH) continue;
    std::error_code remove_ec;
    if (fs::remove_all(entry.path(), remove_ec) > 0) ++removed;
  }
  return removed;
}

}  // namespace loopscope::live
